package io.wirewatch.extract.statements;

import io.wirewatch.extract.link.LinkedEntity;
import io.wirewatch.extract.text.TextRange;
import io.wirewatch.extract.text.Token;
import io.wirewatch.extract.text.TokenSpans;
import io.wirewatch.kb.EntityKind;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * A speaker described, not named, in a Russian attribution: a noun for a person (протоиерей,
 * министр, художественный руководитель) stands for the person last named as a subject before it,
 * resolved by TITLE; with no one named before, the description itself is the speaker (an entity of
 * its own named by it). Reads an attribution's tokens; produces the speaker.
 */
final class Descriptions {
    /** How many adjectives may stand between the verb and the description after it. */
    private static final int WORDS_BETWEEN = 3;

    private Descriptions() {
    }

    /**
     * "…", - сказал протоиерей; заявил художественный руководитель; по словам прокурора: the description right after the
     * verb or its adjectives (after "по словам" in any case, one person).
     */
    static SpeakerCandidate afterVerb(Attribution attribution, List<Token> tokens, IntFunction<SpeakerCandidate> antecedentBefore,
            String text, boolean orItself) {
        List<Token> clause = TokenSpans.within(tokens, attribution.clause());
        for (int i = 0; i < clause.size(); i++) {
            if (clause.get(i).range().equals(attribution.verb())) {
                boolean according = SpeechLexicon.isAccording(clause.get(i)); // по словам прокурора
                for (int j = i + 1; j < clause.size() && j <= i + 1 + WORDS_BETWEEN && clause.get(j).isWord(); j++) {
                    if (SpeechLexicon.isDescription(clause.get(j)) || according && SpeechLexicon.isSingularPersonNoun(clause.get(j))) {
                        return resolved(clause.get(j), antecedentBefore.apply(attribution.clause().start()), text, orItself);
                    }
                    if (!SpeechLexicon.isAdjective(clause.get(j))) {
                        return null;
                    }
                }
                return null;
            }
        }
        return null;
    }

    /**
     * Позднее президент, выступая…, назвал «…»; Журналист отметил, что «…»: the description before the verb, its
     * subject (the last one outside quotations; at a sentence's start it is capitalized).
     */
    static SpeakerCandidate beforeVerb(Attribution attribution, List<Token> tokens, IntFunction<SpeakerCandidate> antecedentBefore,
            Predicate<TextRange> insideQuote, String text, boolean orItself) {
        Token description = null;
        List<Token> clause = TokenSpans.within(tokens, attribution.clause());
        for (int i = 0; i < clause.size(); i++) {
            Token token = clause.get(i);
            if (token.start() >= attribution.verb().start()) {
                break;
            }
            boolean opensSentence = i == 0 && attribution.clause().start() == token.start() && sentenceStart(tokens, token);
            if ((SpeechLexicon.isDescription(token) || opensSentence && SpeechLexicon.isCapitalizedDescription(token))
                    && !insideQuote.test(token.range())) {
                description = token;
            }
        }
        return description == null ? null : resolved(description, antecedentBefore.apply(attribution.clause().start()), text, orItself);
    }

    private static boolean sentenceStart(List<Token> tokens, Token token) {
        int at = TokenSpans.firstFrom(tokens, token.start());
        return at == 0 || SentenceEnds.at(tokens, at - 1) || tokens.get(at - 1).text().equals("\n");
    }

    /** The antecedent the description stands for; with none, the description itself if {@code orItself}, else null. */
    private static SpeakerCandidate resolved(Token description, SpeakerCandidate antecedent, String text, boolean orItself) {
        if (antecedent != null) {
            return new SpeakerCandidate(description.range(), antecedent.person(), Resolution.TITLE);
        }
        if (!orItself) {
            return null;
        }
        String name = description.range().of(text);
        LinkedEntity described = new LinkedEntity("text:" + name, EntityKind.PERSON, name, null, null, null, null,
                List.of(description.range()));
        return new SpeakerCandidate(description.range(), described, Resolution.TITLE);
    }
}
