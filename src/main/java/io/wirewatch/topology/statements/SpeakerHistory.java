package io.wirewatch.topology.statements;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A speaker's latest statements, as the {@code speaker-statements} store holds them (Avro, schemas/state/SpeakerHistoryState.avsc):
 * newest first, at most {@link #LATEST}, with when the speaker was last heard.
 */
public record SpeakerHistory(String speakerId, String name, String role, long lastHeard, List<Said> latest) {
    static final int LATEST = 20;

    /** One statement, as much of it as a dashboard shows. */
    public record Said(String statementId, String quote, boolean direct, String articleId, String headline,
            String source, Long published, long at) {
    }

    static SpeakerHistory after(SpeakerHistory before, String speakerId, String name, String role, Said said) {
        List<Said> latest = new ArrayList<>();
        latest.add(said);
        if (before != null) {
            before.latest().stream().filter(s -> !s.statementId().equals(said.statementId())).forEach(latest::add);
        }
        latest.sort(Comparator.comparingLong(Said::at).reversed());
        if (latest.size() > LATEST) {
            latest = new ArrayList<>(latest.subList(0, LATEST));
        }
        long lastHeard = Math.max(said.at(), before == null ? 0 : before.lastHeard());
        return new SpeakerHistory(speakerId, name, role, lastHeard, List.copyOf(latest));
    }
}
