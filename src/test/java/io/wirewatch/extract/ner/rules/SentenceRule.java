package io.wirewatch.extract.ner.rules;

import java.util.Arrays;
import java.util.List;

/**
 * A {@link NameRule} run on a sentence split at spaces: its names as {@code TYPE:words}, for tests to compare.
 */
interface SentenceRule extends NameRule {
    default List<String> names(String sentence, Found... found) {
        String[] words = sentence.split(" ");
        return apply(words, List.of(found)).stream()
                .map(n -> n.type() + ":" + String.join(" ", Arrays.copyOfRange(words, n.start(), n.end()))).toList();
    }
}
