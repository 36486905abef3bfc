package io.wirewatch.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirewatch.topology.contacts.ContactStateOrder;
import io.wirewatch.topology.contacts.DyadStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /api/dyads/{pair}/timeline}: how a country pair's relationship moved, its events older
 * states first by {@link ContactStateOrder} (the order that makes the last one the pair's status),
 * each with the date its state holds from ({@code asOf}), whether it changed the status stated
 * before it, and whether it is the pair's current state.
 */
final class DyadTimeline {
    static final String RULE = "the latest reported state: events ordered by the state's date (the event's own date,"
            + " or its report date when the event date is unknown or later), then report date, then phase"
            + " (intentions, then contacts, then their end), then event id";
    private static final ObjectMapper JSON = new ObjectMapper();

    private DyadTimeline() {
    }

    static ObjectNode of(DyadStatus status) {
        List<DyadStatus.Entry> events = new ArrayList<>(status.history());
        events.sort(ContactStateOrder.OLDER_FIRST);
        ObjectNode answer = JSON.createObjectNode();
        answer.put("dyad", status.dyad()).put("status", status.status()).put("level", status.level())
                .put("eventId", status.eventId()).put("rule", RULE);
        ArrayNode array = answer.putArray("events");
        String before = null;
        for (DyadStatus.Entry e : events) {
            ObjectNode node = JSON.valueToTree(e);
            node.remove("at");
            node.put("asOf", ContactStateOrder.asOf(e.eventDate(), e.reportDate()))
                    .put("changed", !e.status().equals(before))
                    .put("current", e.eventId().equals(status.eventId()));
            array.add(node);
            before = e.status();
        }
        return answer;
    }
}
