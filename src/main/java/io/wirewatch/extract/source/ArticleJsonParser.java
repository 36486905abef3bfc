package io.wirewatch.extract.source;

import io.wirewatch.extract.text.Dateline;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads articles from JSON: one object {@code {"id","source","url","language","published",
 * "headline","body" (or "text"),"dateline"}}, or JSON lines (one object per line). Only the body or
 * text is required; a missing id becomes a content hash ({@link ArticleIds}).
 */
public final class ArticleJsonParser {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ArticleJsonParser() {
    }

    /** One article from a JSON object. */
    public static Article parse(String input, String json) {
        try {
            return fromNode(input, JSON.readTree(json));
        } catch (JsonProcessingException e) {
            throw new ArticleFormatException(input, "malformed JSON: " + e.getOriginalMessage());
        }
    }

    /** Every line of JSON lines; a bad line is reported with its number and the rest still parse. */
    public static List<Parsed> parseLines(String input, String text) {
        List<Parsed> results = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String where = input + ":" + (i + 1);
            try {
                results.add(Parsed.ok(parse(where, lines[i]), where));
            } catch (ArticleFormatException e) {
                results.add(Parsed.failed(where, e.reason()));
            }
        }
        return results;
    }

    /**
     * One JSON object or an array of them (a batch); each element is parsed on its own, a bad one
     * reported with its index ({@code input[3]}) while the rest still parse.
     */
    public static List<Parsed> parseBatch(String input, String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return List.of(Parsed.failed(input, "malformed JSON: " + e.getOriginalMessage()));
        }
        if (root == null || root.isMissingNode()) {
            return List.of(Parsed.failed(input, "empty: no JSON article"));
        }
        if (!root.isArray()) {
            return List.of(parsedNode(input, root));
        }
        List<Parsed> results = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            results.add(parsedNode(input + "[" + i + "]", root.get(i)));
        }
        return results;
    }

    private static Parsed parsedNode(String where, JsonNode node) {
        try {
            return Parsed.ok(fromNode(where, node), where);
        } catch (ArticleFormatException e) {
            return Parsed.failed(where, e.reason());
        }
    }

    static Article fromNode(String input, JsonNode node) {
        if (!node.isObject()) {
            throw new ArticleFormatException(input, "expected a JSON object, found " + node.getNodeType());
        }
        String body = text(node, "body");
        if (body == null) {
            body = text(node, "text");
        }
        if (body == null || body.isBlank()) {
            throw new ArticleFormatException(input, "empty: no \"body\" or \"text\"");
        }
        String source = text(node, "source");
        String headline = text(node, "headline");
        String id = text(node, "id");
        if (id == null || id.isBlank()) {
            id = ArticleIds.contentId(source, headline, body);
        }
        int lead = Dateline.find(body).map(Dateline::length).orElse(0);
        String dateline = text(node, "dateline");
        if (dateline == null) {
            dateline = Dateline.find(body).map(Dateline::city).orElse(null);
        }
        return Article.fromParts(id, source, text(node, "url"), text(node, "language"),
                published(input, text(node, "published")), dateline, headline, body, lead, SourceFormat.JSON);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static LocalDate published(String input, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.length() <= 10 ? LocalDate.parse(value) : OffsetDateTime.parse(value).toLocalDate();
        } catch (DateTimeParseException e) {
            throw new ArticleFormatException(input, "\"published\" is not an ISO date or date-time: " + value);
        }
    }

    /** An article, or why one line or file could not be read. */
    public record Parsed(Article article, String input, String error) {
        public static Parsed ok(Article article, String input) {
            return new Parsed(article, input, null);
        }

        public static Parsed failed(String input, String error) {
            return new Parsed(null, input, error);
        }

        public boolean isOk() {
            return error == null;
        }
    }
}
