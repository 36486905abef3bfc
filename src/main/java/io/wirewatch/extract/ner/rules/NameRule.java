package io.wirewatch.extract.ner.rules;

import java.util.List;

/**
 * A rule over one sentence's names (the task interface of a rule, in the manner of OpenNLP's
 * {@code TokenNameFinder}): reads the sentence's words and the names found so far, returns the
 * names it leaves (grown, retyped, split, dropped or added). Stateless and thread-safe; the
 * order the rules run in is declared once, in {@link NameRules}.
 */
public interface NameRule {
    /** The names after this rule; {@code found} is not changed. */
    List<Found> apply(String[] words, List<Found> found);

    /** The rule's name, as {@code wirewatch eval ner --without} takes it. */
    default String name() {
        return getClass().getSimpleName();
    }
}
