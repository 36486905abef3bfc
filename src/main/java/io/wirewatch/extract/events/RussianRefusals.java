package io.wirewatch.extract.events;

import io.wirewatch.extract.morph.TokenKeys;
import io.wirewatch.extract.text.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A Russian refusal (отказался от участия, отказываются от переговоров) says the contact will not
 * happen: DENIED, as ANNOTATION.md codes it. A refusal of a contact the article also reports as
 * planned or announced calls that contact off: SUSPENDED (the planned phase keeps its own event).
 * Reads the article's text and its coded events; produces the events with those refusals recoded.
 */
final class RussianRefusals {
    private RussianRefusals() {
    }

    /** The events, each Russian DENIED one whose sides have a PLANNED event too made SUSPENDED. */
    static List<ContactEventRecord> settle(List<ContactEventRecord> events, String text) {
        List<ContactEventRecord> settled = new ArrayList<>(events.size());
        for (ContactEventRecord event : events) {
            settled.add(event.status() == ContactStatus.DENIED && inRussian(event, text) && plannedToo(event, events)
                    ? withStatus(event, ContactStatus.SUSPENDED) : event);
        }
        return settled;
    }

    private static boolean plannedToo(ContactEventRecord refused, List<ContactEventRecord> events) {
        for (ContactEventRecord event : events) {
            if (event.status() == ContactStatus.PLANNED && codes(event).equals(codes(refused))) {
                return true;
            }
        }
        return false;
    }

    private static boolean inRussian(ContactEventRecord event, String text) {
        TextRange first = event.evidence().get(0);
        for (String word : text.substring(first.start(), first.end()).split("\\s+")) {
            if (!word.isEmpty() && TokenKeys.isCyrillic(word)) {
                return true;
            }
        }
        return false;
    }

    private static TreeSet<String> codes(ContactEventRecord event) {
        TreeSet<String> codes = new TreeSet<>();
        event.actors().forEach(a -> codes.add(a.code()));
        return codes;
    }

    private static ContactEventRecord withStatus(ContactEventRecord event, ContactStatus status) {
        return new ContactEventRecord(event.type(), event.cameo(), event.mode(), event.actors(), status, event.level(),
                event.eventDate(), event.evidence(), event.confidence(), Goldstein.of(event.cameo()));
    }
}
