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
        for (String relative : RELATIVES) {
            if (token.keys().contains(relative)) {
                return true;
            }
        }
        return false;
    }

    static List<List<Token>> split(List<Token> sentence, java.util.function.Predicate<Token> trigger) {
        List<List<Token>> clauses = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        for (Token token : sentence) {
            if (token.end() - token.start() == 1 && SEPARATORS.indexOf(token.text().charAt(0)) >= 0) {
                if (!current.isEmpty()) {
                    clauses.add(current);
                }
                current = new ArrayList<>();
            } else if (current.isEmpty() && isRelative(token) && !clauses.isEmpty()
                    && clauses.get(clauses.size() - 1).stream().noneMatch(trigger)) {
                current = clauses.remove(clauses.size() - 1);
                current.add(token);
            } else {
                current.add(token);
            }
        }
        if (!current.isEmpty()) {
            clauses.add(current);
        }
        return clauses;
    }
}
