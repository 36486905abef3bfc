package io.wirewatch.extract.ner;

import io.wirewatch.extract.Gazetteer;
import io.wirewatch.extract.NameIndex;
import io.wirewatch.kb.KnowledgeBase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The knowledge base's names in a sentence as name-finder types (PER, ORG, LOC), and how they join the finder's. */
final class KnowledgeBaseNames {
    private KnowledgeBaseNames() {
    }

    static List<StatisticalNameFinder.Found> find(String[] words) {
        NameIndex index = NameIndex.of(KnowledgeBase.bundled());
        List<StatisticalNameFinder.Found> names = new ArrayList<>();
        for (Gazetteer.Match<String> match : index.find(words)) {
            if (!Character.isUpperCase(words[match.from()].codePointAt(0))) {
                continue; // российский, американский: adjectives name a country but are not names
            }
            String type = switch (index.kindOf(match.target())) {
                case PERSON -> "PER";
                case ORGANIZATION, MEDIA -> "ORG";
                case COUNTRY, LOCATION -> "LOC";
                case NATIONALITY -> null;
            };
            if (type != null) {
                names.add(new StatisticalNameFinder.Found(match.from(), match.to(), type, 1.0));
            }
        }
        return names;
    }

    /**
     * The finder's names plus the knowledge base's that overlap none of them; with {@code nested},
     * also those inside a name of another type.
     */
    static List<StatisticalNameFinder.Found> merge(List<StatisticalNameFinder.Found> found,
            List<StatisticalNameFinder.Found> known, boolean nested) {
        List<StatisticalNameFinder.Found> merged = new ArrayList<>(found);
        for (StatisticalNameFinder.Found name : known) {
            boolean clash = found.stream().anyMatch(f -> f.start() < name.end() && name.start() < f.end()
                    && (!nested || f.type().equals(name.type()) || !(f.start() <= name.start() && name.end() <= f.end())));
            if (!clash) {
                merged.add(name);
            }
        }
        merged.sort(Comparator.comparingInt(StatisticalNameFinder.Found::start));
        return merged;
    }
}
