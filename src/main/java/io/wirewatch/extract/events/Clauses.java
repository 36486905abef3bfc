package io.wirewatch.extract.events;

import io.wirewatch.extract.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a sentence's tokens into clauses at commas, semicolons, colons and dashes; a relative
 * clause (который посетил Белград) stays with the clause before it when that clause only names its
 * subject (holds no trigger of its own); a comma inside a Russian list of sides ({@link RussianLists}) splits
 * nothing. Only clauses holding a trigger are coded, so only they are kept.
 */
final class Clauses {
    private static final String SEPARATORS = ",;:–—-";

    static final java.util.Set<String> RELATIVES = java.util.Set.of("который", "who", "which");

    private Clauses() {
    }

    /**
     * The sentence's clauses that hold a trigger word, in order, as views of the sentence; a relative
     * clause joined to the one before takes the separator between them along.
     */
    static List<List<Token>> withTriggers(List<Token> sentence, TokenFlags flags, SideMentions mentions) {
        int[] bounds = new int[16];
        int count = 0;
        int from = 0;
        for (int i = 0; i < sentence.size(); i++) {
            Token token = sentence.get(i);
            if (token.end() - token.start() == 1 && SEPARATORS.indexOf(token.text().charAt(0)) >= 0
                    && !RussianLists.joinsNames(sentence, i, mentions)) {
                if (from < i) {
                    if (count + 2 > bounds.length) {
                        bounds = java.util.Arrays.copyOf(bounds, bounds.length * 2);
                    }
                    bounds[count++] = from;
                    bounds[count++] = i;
                }
                from = i + 1;
            } else if (i == from && count > 0 && flags.has(token, TokenFlags.RELATIVE) && !holdsTrigger(sentence, bounds[count - 2], bounds[count - 1], flags)) {
                from = bounds[count - 2];
                count -= 2;
            }
        }
        List<List<Token>> clauses = new ArrayList<>();
        for (int c = 0; c < count; c += 2) {
            if (holdsTrigger(sentence, bounds[c], bounds[c + 1], flags)) {
                clauses.add(sentence.subList(bounds[c], bounds[c + 1]));
            }
        }
        if (from < sentence.size() && holdsTrigger(sentence, from, sentence.size(), flags)) {
            clauses.add(sentence.subList(from, sentence.size()));
        }
        return clauses;
    }

    /** Where the token stands in the list (the same token, not an equal one), or -1. */
    static int positionOf(List<Token> tokens, Token token) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i) == token) {
                return i;
            }
        }
        return -1;
    }

    private static boolean holdsTrigger(List<Token> sentence, int from, int to, TokenFlags flags) {
        return flags.anyTriggerIn(sentence.get(from).start(), sentence.get(to - 1).end());
    }
}
