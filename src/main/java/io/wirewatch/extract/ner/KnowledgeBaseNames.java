package io.wirewatch.extract.ner;

import io.wirewatch.extract.ner.rules.Found;
import io.wirewatch.extract.link.Gazetteer;
import io.wirewatch.extract.link.NameIndex;
import io.wirewatch.kb.KnowledgeBase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The knowledge base's names in a sentence as name-finder types (PER, ORG, LOC), and how they join the finder's. */
public final class KnowledgeBaseNames {
    private KnowledgeBaseNames() {
    }

    public static List<Found> find(String[] words) {
        NameIndex index = NameIndex.of(KnowledgeBase.bundled());
        List<Found> names = new ArrayList<>();
        for (Gazetteer.Match<String> match : index.find(words)) {
            if (!Character.isUpperCase(words[match.from()].codePointAt(0)) || match.to() - match.from() == 1 && io.wirewatch.extract.morph.RussianMorphology.get().isAdjective(words[match.from()])) {
                continue; // российский, Российские власти: adjectives name a country but are not names (as in EntityExtractor)
            }
            String type = switch (index.kindOf(match.target())) {
                case PERSON -> "PER";
                case ORGANIZATION, MEDIA -> "ORG";
                case COUNTRY, LOCATION -> "LOC";
                case NATIONALITY -> null;
            };
            if (type != null) {
                names.add(new Found(match.from(), match.to(), type, 1.0));
            }
        }
        return names;
    }

    /** Беньямин Нетаньяху, Мишель Обама, Северной Африке: a person or place found with words before a known one. */
    private static boolean nameBeforeKnown(Found name, List<Found> overlapping) {
        return !name.type().equals("ORG") && overlapping.size() == 1 && overlapping.get(0).type().equals(name.type())
                && name.start() < overlapping.get(0).start() && overlapping.get(0).end() == name.end();
    }

    /**
     * The names as the extractor keeps them: a person's name loses the known words that open it
     * ({@link Found#withoutKnownWordsBefore}), then the knowledge base's win
     * over the finder's that overlap them, except an organisation the finder found around a known
     * name (мэрии Москвы) and a person or place found with words before a known one (Мишель Обама,
     * Северной Африке), which it keeps; with {@code nested}, the known names inside those stay too.
     */
    public static List<Found> merge(List<Found> found,
            List<Found> known, boolean nested) {
        List<Found> merged = new ArrayList<>();
        List<Found> around = new ArrayList<>();
        boolean[] knownWords = new boolean[found.stream().mapToInt(Found::end).max().orElse(0)];
        known.stream().filter(k -> k.start() < knownWords.length)
                .forEach(k -> java.util.Arrays.fill(knownWords, k.start(), Math.min(k.end(), knownWords.length), true));
        for (Found tagged : found) {
            Found name = tagged.withoutKnownWordsBefore(knownWords);
            List<Found> overlapping = known.stream()
                    .filter(k -> k.start() < name.end() && name.start() < k.end()).toList();
            if (overlapping.isEmpty()) {
                merged.add(name);
            } else if (name.type().equals("ORG") && overlapping.stream().allMatch(k -> name.start() < k.start() && k.end() <= name.end())
                    || nameBeforeKnown(name, overlapping)) {
                merged.add(name);
                around.add(name);
            }
        }
        for (Found name : known) {
            boolean inside = around.stream().anyMatch(o -> o.start() <= name.start() && name.end() <= o.end());
            if (!inside || nested) {
                merged.add(name);
            }
        }
        merged.sort(Comparator.comparingInt(Found::start));
        return merged;
    }
}
