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

    /**
     * The sentence's clauses, in order: views of the sentence, or a copy for a clause joined with
     * the relative clause after it (the separator between them left out).
     */
    static List<List<Token>> split(List<Token> sentence, java.util.function.Predicate<Token> trigger) {
        List<List<Token>> clauses = new ArrayList<>();
        int from = 0;
        List<Token> joined = null;
        for (int i = 0; i < sentence.size(); i++) {
            Token token = sentence.get(i);
            if (token.end() - token.start() == 1 && SEPARATORS.indexOf(token.text().charAt(0)) >= 0) {
                close(clauses, sentence, from, i, joined);
                joined = null;
                from = i + 1;
            } else if (i == from && joined == null && !clauses.isEmpty() && isRelative(token)
                    && noneMatch(clauses.get(clauses.size() - 1), trigger)) {
                joined = new ArrayList<>(clauses.remove(clauses.size() - 1));
            }
        }
        close(clauses, sentence, from, sentence.size(), joined);
        return clauses;
    }

    private static void close(List<List<Token>> clauses, List<Token> sentence, int from, int to, List<Token> joined) {
        if (joined != null) {
            joined.addAll(sentence.subList(from, to));
            clauses.add(joined);
        } else if (from < to) {
            clauses.add(sentence.subList(from, to));
        }
    }

    private static boolean noneMatch(List<Token> clause, java.util.function.Predicate<Token> trigger) {
        for (int i = 0; i < clause.size(); i++) {
            if (trigger.test(clause.get(i))) {
                return false;
            }
        }
        return true;
    }
}
