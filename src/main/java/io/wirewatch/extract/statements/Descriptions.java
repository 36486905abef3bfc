package io.wirewatch.extract.statements;

import io.wirewatch.extract.text.TextRange;
import io.wirewatch.extract.text.Token;
import io.wirewatch.extract.text.TokenSpans;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * A speaker described, not named, in a Russian attribution: a lower-case noun for a person
 * (протоиерей, министр, президент) stands for the person last named as a subject before it. Reads
 * an attribution's tokens; produces the antecedent, resolved by TITLE.
 */
final class Descriptions {
    private Descriptions() {
    }

    /** "…", - сказал протоиерей: the description right after the verb. */
    static SpeakerCandidate afterVerb(Attribution attribution, List<Token> tokens, IntFunction<SpeakerCandidate> antecedentBefore) {
        List<Token> clause = TokenSpans.within(tokens, attribution.clause());
        for (int i = 0; i < clause.size(); i++) {
            if (clause.get(i).range().equals(attribution.verb()) && i + 1 < clause.size()
                    && SpeechLexicon.isDescription(clause.get(i + 1))) {
                return resolved(clause.get(i + 1), antecedentBefore.apply(attribution.clause().start()));
            }
        }
        return null;
    }

    /** Позднее президент, выступая…, назвал «…»: the description before the verb, its subject (the last one outside quotations). */
    static SpeakerCandidate beforeVerb(Attribution attribution, List<Token> tokens, IntFunction<SpeakerCandidate> antecedentBefore,
            Predicate<TextRange> insideQuote) {
        Token description = null;
        for (Token token : TokenSpans.within(tokens, attribution.clause())) {
            if (token.start() >= attribution.verb().start()) {
                break;
            }
            if (SpeechLexicon.isDescription(token) && !insideQuote.test(token.range())) {
                description = token;
            }
        }
        return description == null ? null : resolved(description, antecedentBefore.apply(attribution.clause().start()));
    }

    private static SpeakerCandidate resolved(Token description, SpeakerCandidate antecedent) {
        return antecedent == null ? null : new SpeakerCandidate(description.range(), antecedent.person(), Resolution.TITLE);
    }
}
