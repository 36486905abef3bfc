package io.wirewatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirewatch.topology.Topics;
import java.util.ArrayList;
import java.util.List;

/** One line a person can read for a record of each Wirewatch topic. */
final class ReadableRecord {
    private static final int QUOTE_WIDTH = 140;

    private ReadableRecord() {
    }

    static String describe(String topic, String key, JsonNode value) {
        if (value == null || value.isNull()) {
            return String.format("%-24s %s (deleted)", topic, key);
        }
        String body = switch (topic) {
            case Topics.ANALYZED -> analyzed(value);
            case Topics.CONTACT_EVENTS -> event(value);
            case Topics.STATEMENTS -> statement(value);
            case Topics.ALERTS -> alert(value);
            case Topics.RAW -> raw(value);
            default -> clip(value.toString());
        };
        return String.format("%-24s %-28s %s", topic, key, body);
    }

    /** A dead letter: the reason and where the poison record came from (KIP-1034 headers). */
    static String deadLetter(Object key, JsonNode headers) {
        String origin = headers.path("__streams.errors.topic").asText("?") + "/"
                + headers.path("__streams.errors.partition").asText("?") + "@"
                + headers.path("__streams.errors.offset").asText("?");
        return String.format("%-24s %-28s from %s: %s: %s", Topics.DLQ, key, origin,
                headers.path("__streams.errors.exception").asText("?"),
                clip(headers.path("__streams.errors.message").asText("")));
    }

    private static String raw(JsonNode v) {
        return "[" + v.path("source").asText() + "] " + clip(v.path("headline").asText());
    }

    private static String analyzed(JsonNode v) {
        List<String> names = new ArrayList<>();
        v.path("entities").forEach(e -> names.add(e.path("nameEn").asText() + " (" + e.path("type").asText() + ")"));
        return "[" + v.path("language").asText() + "] " + clip(v.path("article").path("headline").asText())
                + " | " + v.path("sentences").size() + " sentences, " + names.size() + " entities"
                + (names.isEmpty() ? "" : ": " + clip(String.join(", ", names)));
    }

    private static String event(JsonNode v) {
        List<String> actors = new ArrayList<>();
        v.path("actors").forEach(a -> actors.add(a.path("code").asText()));
        JsonNode evidence = v.path("evidence").path(0);
        return v.path("type").asText() + " " + String.join("-", actors) + " " + v.path("status").asText()
                + " level=" + v.path("level").asText() + " date=" + v.path("eventDate").asText("?")
                + " | " + clip(evidence.path("text").asText());
    }

    private static String statement(JsonNode v) {
        JsonNode speaker = v.path("speaker");
        return speaker.path("name").asText() + " (" + speaker.path("resolution").asText() + "): «"
                + clip(v.path("quote").asText()) + "»";
    }

    private static String alert(JsonNode v) {
        return "[" + v.path("severity").asText() + "] " + v.path("ruleId").asText() + ": " + clip(v.path("summary").asText());
    }

    static String clip(String text) {
        String oneLine = text.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= QUOTE_WIDTH ? oneLine : oneLine.substring(0, QUOTE_WIDTH - 1) + "…";
    }
}
