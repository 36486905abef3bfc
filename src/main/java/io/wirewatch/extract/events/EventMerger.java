package io.wirewatch.extract.events;

import io.wirewatch.extract.TextRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One event per real-world contact: events with the same sides, status and level join, their
 * evidence together; an event of unspecified level joins one with the same sides and status whose
 * level the text gave. Confidence grows with the evidence.
 */
final class EventMerger {
    private final List<ContactEventRecord> events = new ArrayList<>();

    void add(ContactEventRecord event) {
        for (int i = 0; i < events.size(); i++) {
            ContactEventRecord known = events.get(i);
            if (sameContact(known, event)) {
                events.set(i, merged(known, event));
                return;
            }
        }
        for (int i = 0; i < events.size(); i++) {
            ContactEventRecord known = events.get(i);
            if (sides(known).equals(sides(event)) && known.status().equals(event.status())
                    && (known.level().equals("UNSPECIFIED") || event.level().equals("UNSPECIFIED"))) {
                ContactEventRecord specific = known.level().equals("UNSPECIFIED") ? event : known;
                events.set(i, merged(specific, known == specific ? event : known));
                return;
            }
        }
        events.add(event);
    }

    void addEvidenceToLast(TextRange evidence) {
        if (!events.isEmpty()) {
            ContactEventRecord last = events.get(events.size() - 1);
            events.set(events.size() - 1, withEvidence(last, List.of(evidence)));
        }
    }

    List<ContactEventRecord> events() {
        return List.copyOf(events);
    }

    private static boolean sameContact(ContactEventRecord a, ContactEventRecord b) {
        return sides(a).equals(sides(b)) && a.status().equals(b.status()) && a.level().equals(b.level());
    }

    private static Set<String> sides(ContactEventRecord event) {
        return event.actors().stream().map(ContactEventRecord.EventActor::code).collect(Collectors.toCollection(TreeSet::new));
    }

    private static ContactEventRecord merged(ContactEventRecord kept, ContactEventRecord other) {
        ContactEventRecord event = withEvidence(kept, other.evidence());
        return kept.eventDate() != null || other.eventDate() == null ? event
                : new ContactEventRecord(event.type(), event.cameo(), event.mode(), event.actors(), event.status(),
                        event.level(), other.eventDate(), event.evidence(), event.confidence(), event.goldstein());
    }

    private static ContactEventRecord withEvidence(ContactEventRecord event, List<TextRange> more) {
        List<TextRange> evidence = new ArrayList<>(event.evidence());
        for (TextRange range : more) {
            if (!evidence.contains(range)) {
                evidence.add(range);
            }
        }
        evidence.sort(Comparator.comparingInt(TextRange::start));
        double confidence = Math.min(0.95, 0.5 + 0.1 * evidence.size() + (event.level().equals("UNSPECIFIED") ? 0 : 0.1));
        confidence = Math.round(confidence * 100) / 100.0;
        return new ContactEventRecord(event.type(), event.cameo(), event.mode(), event.actors(), event.status(),
                event.level(), event.eventDate(), evidence, confidence, event.goldstein());
    }
}
