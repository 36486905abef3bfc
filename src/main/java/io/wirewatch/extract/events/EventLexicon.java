package io.wirewatch.extract.events;

import io.wirewatch.extract.link.Gazetteer;
import io.wirewatch.kb.KnowledgeBaseException;
import io.wirewatch.kb.TsvTable;
import java.util.HashMap;
import java.util.Map;

/**
 * The event lexicons of {@code events/} on the classpath: contact triggers, status cues and level
 * phrases (see its README). Read once; immutable.
 */
final class EventLexicon {
    /** What a trigger word means. */
    record Trigger(ContactType type, String cameo, ContactMode mode) {
    }

    final Map<String, Trigger> triggers = new HashMap<>();
    final Map<String, ContactStatus> statuses = new HashMap<>();
    final Gazetteer<ContactLevel> levels = new Gazetteer<>();
    /** The comparison keys of the level phrases' first words: a clause without them names no level. */
    final java.util.Set<String> levelStarts = new java.util.HashSet<>();

    private static final EventLexicon INSTANCE = new EventLexicon("/events/");

    /**
     * Reads the lexicons under a classpath folder.
     *
     * @throws KnowledgeBaseException naming the file, line and the values allowed, when an entry's
     *                                type, mode, status or level is none of them
     */
    EventLexicon(String folder) {
        for (TsvTable.Row row : TsvTable.read(folder + "triggers.tsv").rows()) {
            triggers.put(row.require("word"), new Trigger(value(row, "type", ContactType.class), row.require("cameo"),
                    value(row, "mode", ContactMode.class)));
        }
        for (TsvTable.Row row : TsvTable.read(folder + "status-cues.tsv").rows()) {
            statuses.put(row.require("word"), value(row, "status", ContactStatus.class));
        }
        for (TsvTable.Row row : TsvTable.read(folder + "levels.tsv").rows()) {
            levels.add(row.require("phrase"), value(row, "level", ContactLevel.class), false, false, false);
            io.wirewatch.extract.text.Tokenizer.tokenize(row.require("phrase")).stream().findFirst()
                    .ifPresent(first -> levelStarts.addAll(first.keys()));
        }
    }

    private static <E extends Enum<E>> E value(TsvTable.Row row, String column, Class<E> type) {
        String value = row.require(column);
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new KnowledgeBaseException(row.file() + ":" + row.line() + ": " + column + " '" + value + "' is none of "
                    + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    static EventLexicon get() {
        return INSTANCE;
    }
}
