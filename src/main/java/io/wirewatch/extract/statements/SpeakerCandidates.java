package io.wirewatch.extract.statements;

import io.wirewatch.extract.link.LinkedEntity;
import io.wirewatch.extract.link.MentionIndex;
import io.wirewatch.extract.link.MentionKind;
import io.wirewatch.extract.link.TitleMention;
import io.wirewatch.kb.EntityKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The places where an article names a possible speaker: reads its linked entities with their
 * mentions and the titles resolved to their holders; produces the candidates in text order.
 */
final class SpeakerCandidates {
    private SpeakerCandidates() {
    }

    /** The titles resolved to a holder the article names, in text order. */
    static List<SpeakerCandidate> titled(List<LinkedEntity> entities, List<TitleMention> titles) {
        Map<String, LinkedEntity> byId = new HashMap<>();
        for (LinkedEntity entity : entities) {
            byId.put(entity.id(), entity);
        }
        List<SpeakerCandidate> titled = new ArrayList<>();
        for (TitleMention title : titles) {
            LinkedEntity holder = title.holder() == null ? null : byId.get(title.holder().personId());
            if (holder != null) {
                titled.add(new SpeakerCandidate(title.range(), holder, Resolution.TITLE));
            }
        }
        return titled;
    }

    /** People named (the index is in text order) merged with the titles (in text order too); a name first at the same offset. */
    static List<SpeakerCandidate> namesAndTitles(MentionIndex all, List<SpeakerCandidate> titled) {
        List<SpeakerCandidate> people = new ArrayList<>();
        int nextTitle = 0;
        for (int i = 0; i < all.size(); i++) {
            if (all.entity(i).kind() == EntityKind.PERSON) {
                for (; nextTitle < titled.size() && titled.get(nextTitle).range().start() < all.range(i).start(); nextTitle++) {
                    people.add(titled.get(nextTitle));
                }
                boolean title = all.entity(i).kindOf(all.range(i)) == MentionKind.TITLE;
                people.add(new SpeakerCandidate(all.range(i), all.entity(i), title ? Resolution.TITLE : Resolution.NAMED));
            }
        }
        people.addAll(titled.subList(nextTitle, titled.size()));
        return people;
    }
}
