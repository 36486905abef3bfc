package io.wirewatch.extract.ner;

import io.wirewatch.extract.RussianMorphology;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A place's name with the geographic term that factRuEval counts as part of it: the term before
 * the name (реку Нарву, порт Козьмино, мысе Канаверал, штат Калифорния), or after a name that is
 * an adjective (Кронштадтскому бульвару, Манежную площадь). Not город: городе Грозном, but
 * города Минска, городах России.
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
                int start = name.start() - 1 >= previousEnd && isTerm(words[name.start() - 1], BEFORE)
                        ? name.start() - 1 : name.start();
                int end = name.end() < nextStart && RussianMorphology.get().isAdjective(words[name.end() - 1])
                        && isTerm(words[name.end()], AFTER) ? name.end() + 1 : name.end();
                name = new StatisticalNameFinder.Found(start, end, name.type(), name.probability());
            }
            result.add(name);
            previousEnd = name.end();
        }
        return result;
    }

    private static boolean isTerm(String word, Set<String> terms) {
        return !word.isEmpty() && Character.isLowerCase(word.codePointAt(0)) && RussianMorphology.get().hasLemmaIn(word, terms);
    }
}
