package io.wirewatch.extract.statements;

import io.wirewatch.extract.text.TextRange;
import io.wirewatch.extract.text.Token;
import io.wirewatch.extract.text.TokenSpans;
import java.util.List;

/**
 * A quotation interrupted by its attribution: «Первая часть, – сказал X. – Вторая часть». The
 * attribution runs from a dash after a comma or full stop to the next dash; it holds a verb of
 * saying. The two parts are separate statements of the same speaker.
 */
record Interruption(TextRange first, TextRange attribution, TextRange second) {
    static Interruption in(String text, List<Token> tokens, Quote quote) {
        List<Token> inside = TokenSpans.within(tokens, quote.inner());
        for (int i = 1; i + 1 < inside.size(); i++) {
            if (isDash(inside.get(i)) && isPause(inside.get(i - 1)) && SpeechLexicon.isSpeechVerb(inside.get(i + 1))) {
                for (int j = i + 2; j + 1 < inside.size(); j++) {
                    if (isDash(inside.get(j)) && isPause(inside.get(j - 1))) {
                        return new Interruption(new TextRange(quote.inner().start(), inside.get(i - 1).start()),
                                new TextRange(inside.get(i).end(), inside.get(j).start()),
                                new TextRange(inside.get(j + 1).start(), quote.inner().end()));
                    }
                }
            }
        }
        return null;
    }

    private static boolean isDash(Token token) {
        return token.text().equals("–") || token.text().equals("—") || token.text().equals("-");
    }

    private static boolean isPause(Token token) {
        return token.text().equals(",") || token.text().equals(".") || token.text().equals("!") || token.text().equals("?");
    }
}
