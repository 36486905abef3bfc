package io.wirewatch.extract.ner;

import io.wirewatch.extract.ner.rules.Found;
import io.wirewatch.extract.text.Token;
import java.util.List;

/**
 * English: the model reads every sentence with a capitalized word outside the knowledge base's
 * names, the first word of the sentence included (English capitalizes few common words, and the
 * model knows them). A found name over known names stands unless a known name runs on beyond it:
 * a longer one (Moscow City Council, New York Stock Exchange, Hillary Clinton) is a name the
 * knowledge base holds only part of; one in a known name's place is weighed against it by kind
 * ({@link KnownNameJoins}: Nice the club is no city).
 */
public final class EnglishSentenceGate implements SentenceGate {
    @Override
    public Decision decide(List<Token> tokens, boolean[] known) {
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (!known[i] && token.isWord() && Character.isUpperCase(token.text().codePointAt(0))) {
                return Decision.MODEL;
            }
        }
        return Decision.RULES;
    }

    @Override
    public boolean mayEnclose(Found found, boolean[] known) {
        boolean runsOnBefore = found.start() > 0 && known[found.start() - 1] && known[found.start()];
        boolean runsOnAfter = found.end() < known.length && known[found.end()] && known[found.end() - 1];
        return !runsOnBefore && !runsOnAfter;
    }
}
