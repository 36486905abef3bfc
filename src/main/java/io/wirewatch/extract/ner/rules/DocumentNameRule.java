package io.wirewatch.extract.ner.rules;

import java.util.List;

/**
 * A rule over the names of a whole document, run after the sentence rules ({@link NameRule}):
 * reads every sentence's words and names, returns every sentence's names. Stateless and
 * thread-safe; the order is declared in {@link NameRules}.
 */
public interface DocumentNameRule {
    /** The names of each sentence after this rule; {@code found} is not changed. */
    List<List<Found>> apply(List<String[]> sentences, List<List<Found>> found);

    /** The rule's name, as {@code wirewatch eval ner --without} takes it. */
    default String name() {
        return getClass().getSimpleName();
    }
}
