package io.wirewatch.topology.contacts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The contact state of one country pair, as the {@code dyad-status} store holds it (JSON): the
 * latest status reported (by report date, then arrival), its level, dates, event and first
 * evidence sentence, and the history of events behind it (newest last, at most
 * {@link #HISTORY} entries).
 */
public record DyadStatus(String dyad, String status, String level, String eventDate, String reportDate,
        String eventId, String evidence, long updatedAt, List<Entry> history) {
    static final int HISTORY = 20;

    /** One event in a dyad's history. */
    public record Entry(String eventId, String type, String status, String level, String eventDate, String reportDate,
            int revision, int articles, String evidence, long at) {
    }

    /** The state after {@code entry} is reported: the entry replaces its event's earlier revision. */
    static DyadStatus after(DyadStatus before, String dyad, Entry entry) {
        List<Entry> history = new ArrayList<>();
        if (before != null) {
            before.history().stream().filter(e -> !e.eventId().equals(entry.eventId())).forEach(history::add);
        }
        history.add(entry);
        history.sort(Comparator.comparing(Entry::reportDate).thenComparingLong(Entry::at));
        if (history.size() > HISTORY) {
            history = new ArrayList<>(history.subList(history.size() - HISTORY, history.size()));
        }
        Entry latest = history.get(history.size() - 1);
        return new DyadStatus(dyad, latest.status(), latest.level(), latest.eventDate(), latest.reportDate(),
                latest.eventId(), latest.evidence(), entry.at(), List.copyOf(history));
    }
}
