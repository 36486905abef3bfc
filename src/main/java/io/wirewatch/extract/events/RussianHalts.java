package io.wirewatch.extract.events;

import io.wirewatch.extract.morph.RussianMorphology;
import io.wirewatch.extract.morph.TokenKeys;
import io.wirewatch.extract.text.Token;
import java.util.List;

/**
 * Визит президента в Москву, запланированный на май, отменен: in Russian the predicate that halts a
 * contact may stand clauses after the trigger, past a participial phrase. Reads the trigger's
 * clause, its sentence and the tokens' flags; finds the halting word (отменить, отложить,
 * приостановить) that the clause, holding no verb of its own, is the subject of.
 */
final class RussianHalts {
    private RussianHalts() {
    }

    /** The word after the clause that halts its contact, or null: no other trigger between, the clause without a finite verb. */
    static Token haltAfter(List<Token> clause, List<Token> sentence, TokenFlags flags) {
        if (!TokenKeys.isCyrillic(clause.get(0).text())) {
            return null;
        }
        for (int i = Clauses.positionOf(sentence, clause.get(clause.size() - 1)) + 1; i < sentence.size(); i++) {
            Token token = sentence.get(i);
            if (flags.trigger(token) != null) {
                return null;
            }
            if (flags.statusWithTense(token) == ContactStatus.SUSPENDED) {
                // the dictionary last: most clauses have no halt after them
                return anyFiniteVerb(clause) ? null : token;
            }
        }
        return null;
    }

    private static boolean anyFiniteVerb(List<Token> clause) {
        for (Token token : clause) {
            if (TokenKeys.isCyrillic(token.text()) && RussianMorphology.get().everyReading(token.text(), r -> r.tag().startsWith("VB:"))) {
                return true;
            }
        }
        return false;
    }
}
