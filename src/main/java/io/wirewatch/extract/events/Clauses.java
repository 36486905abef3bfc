package io.wirewatch.extract.events;

import io.wirewatch.extract.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a sentence's tokens into clauses at commas, semicolons, colons and dashes; a relative
 * clause (который посетил Белград) stays with the clause before it when that clause only names its
 * subject (holds no trigger of its own).
 */
final class Clauses {
    private static final String SEPARATORS = ",;:–—-";

    private static final java.util.Set<String> RELATIVES = java.util.Set.of("который", "who", "which");

    private Clauses() {
    }

    private static boolean isRelative(Token token) {
        return token.keys().anyIn(RELATIVES);
    }

    /** The sentence's clauses, in order, as views of it; a relative clause joined to the one before takes the separator between them along. */
    static List<List<Token>> split(List<Token> sentence, java.util.function.Predicate<List<Token>> holdsTrigger) {
        List<List<Token>> clauses = new ArrayList<>();
        int from = 0;
        int lastFrom = -1;
        for (int i = 0; i < sentence.size(); i++) {
            Token token = sentence.get(i);
            if (token.end() - token.start() == 1 && SEPARATORS.indexOf(token.text().charAt(0)) >= 0) {
                if (from < i) {
                    clauses.add(sentence.subList(from, i));
                    lastFrom = from;
                }
                from = i + 1;
            } else if (i == from && !clauses.isEmpty() && isRelative(token) && !holdsTrigger.test(clauses.get(clauses.size() - 1))) {
                clauses.remove(clauses.size() - 1);
                from = lastFrom;
            }
        }
        if (from < sentence.size()) {
            clauses.add(sentence.subList(from, sentence.size()));
        }
        return clauses;
    }
}
