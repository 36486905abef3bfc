package io.wirewatch.extract.statements;

import io.wirewatch.extract.text.TextRange;
import java.util.ArrayList;
import java.util.List;

/**
 * Words quoted inside a statement after a colon (люди говорят: “Нам надоело терпеть…”; высказыванию:
 * „Любите врагов ваших…“): by the annotation guide an item of its own, while the outer statement keeps
 * its full span. Reads the text and a statement's quoted words; produces the nested quotes' words.
 */
final class NestedQuotes {
    private static final String OPENING = "„“«\"";

    private NestedQuotes() {
    }

    static List<TextRange> in(String text, TextRange quote) {
        List<TextRange> nested = new ArrayList<>();
        for (int at = quote.start(); at < quote.end(); at++) {
            char open = text.charAt(at);
            if (OPENING.indexOf(open) < 0 || !afterColon(text, at, quote.start())) {
                continue;
            }
            int close = text.indexOf(closing(open), at + 1);
            if (close > at + 1 && close <= quote.end() && text.indexOf('\n', at) > close | text.indexOf('\n', at) < 0) {
                nested.add(new TextRange(at + 1, close));
                at = close;
            }
        }
        return nested;
    }

    private static char closing(char open) {
        return switch (open) {
            case '„' -> '“';
            case '“' -> '”';
            case '«' -> '»';
            default -> '"';
        };
    }

    private static boolean afterColon(String text, int at, int from) {
        int i = at - 1;
        while (i >= from && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= from && text.charAt(i) == ':';
    }
}
