package io.wirewatch.extract.ner;

import io.wirewatch.extract.RussianMorphology;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A place's name with the geographic term that factRuEval counts as part of it: the term before
 * the name (реку Нарву, порт Козьмино, мысе Канаверал, штат Калифорния), or after a name that is
 * an adjective (Кронштадтскому бульвару, Манежную площадь). Not город: городе Грозном, but
 * города Минска, городах России. A capitalized adjective before a street term, or a capitalized
 * word after a geographic term, is a place even where the finder found nothing there (Манежной
 * площади, реки Славянки). A place the finder found in lower-case words only (очередной, леди,
 * британском учёном) is dropped: in factRuEval's devset such a "place" is wrong far more often than not.
 * Reads the finder's names of one sentence; returns them with those places grown.
 */
final class LocationDescriptors {
    private static final Set<String> BEFORE = Set.of("река", "мыс", "посёлок", "поселок", "порт", "озеро", "штат");
    private static final Set<String> AFTER = Set.of("бульвар", "площадь", "улица", "проспект", "переулок", "шоссе", "набережная");

    private LocationDescriptors() {
    }

    static List<StatisticalNameFinder.Found> apply(String[] words, List<StatisticalNameFinder.Found> found) {
        List<StatisticalNameFinder.Found> result = new ArrayList<>(found.size());
        int previousEnd = 0;
        for (int n = 0; n < found.size(); n++) {
            StatisticalNameFinder.Found name = found.get(n);
            int nextStart = n + 1 < found.size() ? found.get(n + 1).start() : words.length;
            if (name.type().equals("LOC")) {
                if (isLowerCase(words, name)) {
                    continue;
                }
                int start = name.start() - 1 >= previousEnd && isTerm(words[name.start() - 1], BEFORE)
                        ? name.start() - 1 : name.start();
                int end = name.end() < nextStart && RussianMorphology.get().isAdjective(words[name.end() - 1])
                        && isTerm(words[name.end()], AFTER) ? name.end() + 1 : name.end();
                name = new StatisticalNameFinder.Found(start, end, name.type(), name.probability());
            }
            result.add(name);
            previousEnd = name.end();
        }
        return withTermedPlaces(words, result);
    }

    /**
     * Манежной площади, Кронштадтскому бульвару, реки Славянки: a capitalized adjective before a
     * street term, or a capitalized word after a geographic term, is a place, whether the finder
     * missed it or took it for something else (an organisation, a person) within those two words.
     */
    private static List<StatisticalNameFinder.Found> withTermedPlaces(String[] words, List<StatisticalNameFinder.Found> found) {
        List<StatisticalNameFinder.Found> names = found;
        for (int i = 0; i + 1 < words.length; i++) {
            int start = i;
            boolean street = startsUpperCase(words[i]) && isTerm(words[i + 1], AFTER) && RussianMorphology.get().isAdjective(words[i]);
            boolean termFirst = !street && startsUpperCase(words[i + 1]) && isTerm(words[i], BEFORE);
            if (!street && !termFirst) {
                continue;
            }
            List<StatisticalNameFinder.Found> overlapping = names.stream()
                    .filter(name -> name.start() < start + 2 && start < name.end()).toList();
            if (overlapping.stream().anyMatch(name -> name.type().equals("LOC") || name.start() < start || name.end() > start + 2)) {
                continue;
            }
            names = new ArrayList<>(names);
            names.removeAll(overlapping);
            names.add(new StatisticalNameFinder.Found(start, start + 2, "LOC", 0));
            names.sort(Comparator.comparingInt(StatisticalNameFinder.Found::start));
        }
        return names;
    }

    /** очередной, леди, британском учёном: no word of it capitalized. */
    private static boolean isLowerCase(String[] words, StatisticalNameFinder.Found name) {
        for (int i = name.start(); i < name.end(); i++) {
            if (!words[i].isEmpty() && !Character.isLowerCase(words[i].codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsUpperCase(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }

    private static boolean isTerm(String word, Set<String> terms) {
        return !word.isEmpty() && Character.isLowerCase(word.codePointAt(0)) && RussianMorphology.get().hasLemmaIn(word, terms);
    }
}
