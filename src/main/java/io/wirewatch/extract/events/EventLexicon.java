package io.wirewatch.extract.events;

import io.wirewatch.extract.link.Gazetteer;
import io.wirewatch.kb.TsvTable;
import java.util.HashMap;
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
    /** The comparison keys of the level phrases' first words: a clause without them names no level. */
    final java.util.Set<String> levelStarts = new java.util.HashSet<>();

    private static final EventLexicon INSTANCE = new EventLexicon();

    private EventLexicon() {
        for (TsvTable.Row row : TsvTable.read("/events/triggers.tsv").rows()) {
            triggers.put(row.require("word"), new Trigger(row.require("type"), row.require("cameo"), row.require("mode")));
        }
        for (TsvTable.Row row : TsvTable.read("/events/status-cues.tsv").rows()) {
            statuses.put(row.require("word"), row.require("status"));
        }
        for (TsvTable.Row row : TsvTable.read("/events/levels.tsv").rows()) {
            levels.add(row.require("phrase"), row.require("level"), false, false, false);
            io.wirewatch.extract.text.Tokenizer.tokenize(row.require("phrase")).stream().findFirst()
                    .ifPresent(first -> levelStarts.addAll(first.keys()));
        }
    }

    static EventLexicon get() {
        return INSTANCE;
    }
}
