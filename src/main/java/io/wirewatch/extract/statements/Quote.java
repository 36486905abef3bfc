package io.wirewatch.extract.statements;

import io.wirewatch.extract.text.TextRange;

/**
 * A quotation in an article's text.
 *
 * @param inner the quoted words, without the marks
 * @param outer the quotation with its marks
 */
public record Quote(TextRange inner, TextRange outer) {
    /** Whether the range lies inside the quoted words of one of the quotes. */
    static boolean anyHolds(java.util.List<Quote> quotes, TextRange range) {
        for (Quote quote : quotes) {
            if (quote.inner().contains(range)) {
                return true;
            }
        }
        return false;
    }

    /** The quotation of a few words (an outlet's or a body's name: "Ъ", «Интерфаксу») that the mark closes, or null. */
    static Quote shortEndingAt(io.wirewatch.extract.text.Token mark, java.util.List<Quote> quotes, int maxChars) {
        for (Quote quote : quotes) {
            if (quote.outer().end() == mark.end() && quote.outer().start() < mark.start() && quote.inner().length() <= maxChars) {
                return quote;
            }
        }
        return null;
    }
}
