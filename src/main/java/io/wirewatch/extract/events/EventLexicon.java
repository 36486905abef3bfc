package io.wirewatch.extract.events;

import io.wirewatch.extract.Gazetteer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The event lexicons of {@code events/} on the classpath: contact triggers, status cues and level
 * phrases (see its README). Read once; immutable.
 */
final class EventLexicon {
    /** What a trigger word means. */
    record Trigger(String type, String cameo, String mode) {
    }

    final Map<String, Trigger> triggers = new HashMap<>();
    final Map<String, String> statuses = new HashMap<>();
    final Gazetteer<String> levels = new Gazetteer<>();

    private static final EventLexicon INSTANCE = new EventLexicon();

    private EventLexicon() {
        for (String[] row : rows("/events/triggers.tsv", 5)) {
            triggers.put(row[0], new Trigger(row[2], row[3], row[4]));
        }
        for (String[] row : rows("/events/status-cues.tsv", 3)) {
            statuses.put(row[0], row[2]);
        }
        for (String[] row : rows("/events/levels.tsv", 3)) {
            levels.add(row[0], row[2], false, false, false);
        }
    }

    static EventLexicon get() {
        return INSTANCE;
    }

    private static List<String[]> rows(String resource, int columns) {
        InputStream in = EventLexicon.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("event lexicon " + resource + " is missing from the classpath");
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int line = 0;
            boolean header = true;
            for (String text; (text = reader.readLine()) != null; ) {
                line++;
                if (text.isBlank() || text.startsWith("#")) {
                    continue;
                }
                String[] cells = text.split("\t", -1);
                if (cells.length != columns) {
                    throw new IllegalStateException(resource + ":" + line + ": " + cells.length + " columns, expected " + columns);
                }
                if (!header) {
                    rows.add(cells);
                }
                header = false;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return rows;
    }
}
