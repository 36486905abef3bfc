package io.wirewatch.extract.events;

import io.wirewatch.extract.text.TextRange;
import java.util.ArrayList;
import java.util.List;

/**
 * One event per real-world contact: events with the same sides, status and level join, their
 * evidence together; an event of unspecified level joins one with the same sides and status whose
 * level the text gave, when their types agree (or one is the generic CONSULT: контакты, диалог);
 * two visits with the same sides and status are one trip at the more senior level (Erdoğan's visit
 * and the delegation that came with him); the same contact reported once with fewer of its sides
 * (a headline) joins the report that names more. Confidence grows with the evidence.
 */
final class EventMerger {
    private final List<ContactEventRecord> events = new ArrayList<>();
    /** Each event's side codes, worked out once; they change only when a report naming more sides joins it. */
    private final List<List<String>> sidesOfEvents = new ArrayList<>();

    void add(ContactEventRecord event) {
        List<String> sides = sides(event);
        for (int i = 0; i < events.size(); i++) {
            ContactEventRecord known = events.get(i);
            if (sidesOfEvents.get(i).equals(sides) && known.status() == event.status() && known.level() == event.level()
                    && !visitAndTalks(known, event)) {
                events.set(i, merged(known, event));
                return;
            }
        }
        for (int i = 0; i < events.size(); i++) {
            ContactEventRecord known = events.get(i);
            boolean oneUnspecified = known.level() == ContactLevel.UNSPECIFIED || event.level() == ContactLevel.UNSPECIFIED;
            if (sidesOfEvents.get(i).equals(sides) && known.status() == event.status()
                    && (oneUnspecified && compatibleTypes(known, event) || bothVisits(known, event))) {
                ContactEventRecord specific = event.level().moreSeniorThan(known.level()) ? event : known;
                events.set(i, merged(specific, known == specific ? event : known));
                return;
            }
        }
        for (int i = 0; i < events.size(); i++) {
            ContactEventRecord known = events.get(i);
            if (sameContactFewerSidesNamed(known, sidesOfEvents.get(i), event, sides)) {
                boolean wider = sides.size() > sidesOfEvents.get(i).size();
                events.set(i, wider ? merged(event, known) : merged(known, event));
                sidesOfEvents.set(i, wider ? sides : sidesOfEvents.get(i));
                return;
            }
        }
        events.add(event);
        sidesOfEvents.add(sides);
    }

    /**
     * SHULTZ TO HEAD FOR MOSCOW TALKS, then the body's talks with Shevardnadze: the same contact
     * (type and status, the level the same or unspecified in one) with one report's sides among the
     * other's is one event, with the sides of the report that names more.
     */
    private static boolean sameContactFewerSidesNamed(ContactEventRecord known, List<String> knownSides, ContactEventRecord event,
            List<String> sides) {
        boolean levels = known.level() == event.level() || known.level() == ContactLevel.UNSPECIFIED
                || event.level() == ContactLevel.UNSPECIFIED;
        boolean nested = knownSides.size() != sides.size() && (knownSides.containsAll(sides) || sides.containsAll(knownSides));
        return nested && Math.min(knownSides.size(), sides.size()) >= 2 && known.type() == event.type()
                && known.status() == event.status() && levels;
    }

    void addEvidenceToLast(TextRange evidence) {
        if (!events.isEmpty()) {
            ContactEventRecord last = events.get(events.size() - 1);
            events.set(events.size() - 1, withEvidence(last, List.of(evidence)));
        }
    }

    /**
     * "The talks" without named sides after talks were reported: evidence for the latest event of that
     * type. False when there is none.
     */
    boolean addEvidenceToLastOfType(ContactType type, TextRange evidence) {
        for (int i = events.size() - 1; i >= 0; i--) {
            if (events.get(i).type() == type) {
                events.set(i, withEvidence(events.get(i), List.of(evidence)));
                return true;
            }
        }
        return false;
    }

    /**
     * Иерусалим будет представлять на саммите министр …: a contact of a type reported before, naming
     * one side only, is that earlier contact's: its sides, this one first. Just the side when none fits.
     * Not for the generic "contacts" and "dialogue" (CONSULT): those name no particular contact.
     */
    List<ContactEventRecord.EventActor> sidesOfEarlier(ContactType type, ContactEventRecord.EventActor side) {
        for (int i = events.size() - 1; i >= 0; i--) {
            ContactEventRecord earlier = events.get(i);
            if (earlier.type() == type && sidesOfEvents.get(i).contains(side.code())) {
                List<ContactEventRecord.EventActor> actors = new ArrayList<>(List.of(side));
                earlier.actors().stream().filter(a -> !a.code().equals(side.code())).forEach(actors::add);
                return actors;
            }
        }
        return List.of(side);
    }

    List<ContactEventRecord> events() {
        return List.copyOf(events);
    }

    /**
     * A visit and the talks held during it are two contacts (ANNOTATION.md codes each), once they
     * happen or are scheduled; an invitation to visit for talks is one proposal.
     */
    private static boolean visitAndTalks(ContactEventRecord a, ContactEventRecord b) {
        return (a.type() == ContactType.VISIT) != (b.type() == ContactType.VISIT)
                && (a.status() == ContactStatus.CONFIRMED || a.status() == ContactStatus.PLANNED);
    }

    /** A visit between the same sides with the same status is one trip, whoever in the party the text names. */
    private static boolean bothVisits(ContactEventRecord a, ContactEventRecord b) {
        return a.type() == ContactType.VISIT && b.type() == ContactType.VISIT;
    }

    /** A visit and talks are two contacts; "contacts" or "dialogue" (CONSULT) may be either. */
    private static boolean compatibleTypes(ContactEventRecord a, ContactEventRecord b) {
        return a.type() == b.type() || a.type() == ContactType.CONSULT || b.type() == ContactType.CONSULT;
    }

    /** The event's distinct side codes, sorted. */
    private static List<String> sides(ContactEventRecord event) {
        List<String> codes = new ArrayList<>(event.actors().size());
        for (ContactEventRecord.EventActor actor : event.actors()) {
            if (!codes.contains(actor.code())) {
                codes.add(actor.code());
            }
        }
        codes.sort(null);
        return codes;
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
                int at = evidence.size();
                while (at > 0 && evidence.get(at - 1).start() > range.start()) {
                    at--;
                }
                evidence.add(at, range);
            }
        }
        double confidence = Math.min(0.95, 0.5 + 0.1 * evidence.size() + (event.level() == ContactLevel.UNSPECIFIED ? 0 : 0.1));
        confidence = Math.round(confidence * 100) / 100.0;
        return new ContactEventRecord(event.type(), event.cameo(), event.mode(), event.actors(), event.status(),
                event.level(), event.eventDate(), evidence, confidence, event.goldstein());
    }
}
