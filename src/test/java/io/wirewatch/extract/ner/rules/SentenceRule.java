package io.wirewatch.extract.ner.rules;

import io.wirewatch.extract.ner.model.StatisticalNameFinder;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;

/**
 * One of the name finder's sentence rules (words and names in, names out), run on a sentence
 * split at spaces: its names as {@code TYPE:words}, for tests to compare.
 */
interface SentenceRule extends BiFunction<String[], List<StatisticalNameFinder.Found>, List<StatisticalNameFinder.Found>> {
    default List<String> names(String sentence, StatisticalNameFinder.Found... found) {
        String[] words = sentence.split(" ");
        return apply(words, List.of(found)).stream()
                .map(n -> n.type() + ":" + String.join(" ", Arrays.copyOfRange(words, n.start(), n.end()))).toList();
    }
}
