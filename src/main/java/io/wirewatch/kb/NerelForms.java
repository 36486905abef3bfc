package io.wirewatch.kb;

import io.wirewatch.extract.morph.RussianMorphology;
import io.wirewatch.extract.morph.TokenKeys;
import io.wirewatch.extract.text.Token;
import io.wirewatch.extract.text.Tokenizer;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the NEREL mentions linked to one Wikidata id say of it ({@link NerelLinkImport}): the kind
 * of entity their types agree on, the names they are written as, and a Russian name for a new
 * entity from the linked item's label (Сагитов, Азамат Талгатович gives Азамат Сагитов).
 */
final class NerelForms {
    /** The NEREL types a mention of an entity of each kind may carry. */
    private static final Map<EntityKind, Set<String>> TYPES = Map.of(
            EntityKind.PERSON, Set.of("PERSON"),
            EntityKind.ORGANIZATION, Set.of("ORGANIZATION"),
            EntityKind.MEDIA, Set.of("ORGANIZATION"),
            EntityKind.COUNTRY, Set.of("COUNTRY"),
            EntityKind.LOCATION, Set.of("CITY", "STATE_OR_PROVINCE", "DISTRICT", "LOCATION", "COUNTRY"));
    /** The kinds a new entity may have: a country the knowledge base lacks (Абхазия) is a place, having no ISO code. */
    private static final List<EntityKind> NEW_KINDS = List.of(EntityKind.PERSON, EntityKind.ORGANIZATION, EntityKind.LOCATION);
    /** Share of an id's mentions whose types must agree before a new entity gets their kind. */
    static final double CLEAR = 0.8;

    private NerelForms() {
    }

    /** The kind of a new entity when the mentions' types clearly agree on one, else null. */
    static EntityKind kind(List<NerelLinks.Link> mentions) {
        for (EntityKind kind : NEW_KINDS) {
            long agreeing = mentions.stream().filter(m -> TYPES.get(kind).contains(m.type())).count();
            if (agreeing >= CLEAR * mentions.size()) {
                return kind;
            }
        }
        return null;
    }

    /** The texts of the mentions whose type fits the kind: nominative forms first, then the more frequent, then by text. */
    static List<String> formsOf(List<NerelLinks.Link> mentions, EntityKind kind) {
        Map<String, Long> counts = mentions.stream().filter(m -> TYPES.getOrDefault(kind, Set.of()).contains(m.type()))
                .collect(Collectors.groupingBy(NerelLinks.Link::text, TreeMap::new, Collectors.counting()));
        return counts.keySet().stream()
                .sorted(Comparator.comparing((String f) -> !nominative(f)).thenComparing(f -> -counts.get(f))
                        .thenComparing(Function.identity()))
                .toList();
    }

    /**
     * Whether the word is an adjective (Московский, Харьковского names no city): one the dictionary
     * knows only as an adjective, or, for a place or organisation, one with an adjective's ending.
     */
    static boolean isAdjective(String word, EntityKind kind) {
        return RussianMorphology.get().isAdjective(word) || kind != EntityKind.PERSON
                && RussianMorphology.normalize(word).matches(".+[сц]к(ий|ая|ое|ие|ого|ой|ом|им|их|ому|ую|ими|ых|ым|о)");
    }

    /** Whether every Russian word of the name can be a nominative (or is unknown to the dictionary). */
    static boolean nominative(String name) {
        for (Token token : Tokenizer.tokenize(name)) {
            List<RussianMorphology.Reading> readings = RussianMorphology.get().readings(token.text());
            if (TokenKeys.isCyrillic(token.text()) && !readings.isEmpty()
                    && readings.stream().noneMatch(RussianMorphology.Reading::isNominative)) {
                return false;
            }
        }
        return true;
    }

    /** A Russian name from the most frequent label of the mentions, or null when the label is no name. */
    static String nameOf(List<NerelLinks.Link> mentions, EntityKind kind) {
        String label = mentions.stream().collect(Collectors.groupingBy(NerelLinks.Link::label, TreeMap::new, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("")
                .replaceAll("\\s*\\(.*?\\)", "").strip();
        if (label.isEmpty() || !Character.isUpperCase(label.codePointAt(0))) {
            return null;
        }
        return kind == EntityKind.PERSON ? personName(label) : label;
    }

    /** Сагитов, Азамат Талгатович and Азамат Талгатович Сагитов give Азамат Сагитов: given name and surname. */
    static String personName(String label) {
        String[] parts = label.split(",\\s*", 2);
        if (parts.length == 2) {
            String[] given = parts[1].split("\\s+");
            return given[0] + " " + parts[0];
        }
        String[] words = label.split("\\s+");
        if (words.length == 3 && words[1].matches(".+(вич|вна|ична|ич)")) {
            return words[0] + " " + words[2];
        }
        return label;
    }
}
