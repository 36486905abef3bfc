package io.wirewatch.extract.events;

import io.wirewatch.extract.Token;
import java.util.ArrayList;
import java.util.List;

/** Splits a sentence's tokens into clauses at commas, semicolons, colons and dashes. */
final class Clauses {
    private static final String SEPARATORS = ",;:–—-";

    private Clauses() {
    }

    static List<List<Token>> split(List<Token> sentence) {
        List<List<Token>> clauses = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        for (Token token : sentence) {
            if (token.text().length() == 1 && SEPARATORS.indexOf(token.text().charAt(0)) >= 0) {
                if (!current.isEmpty()) {
                    clauses.add(current);
                }
                current = new ArrayList<>();
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
