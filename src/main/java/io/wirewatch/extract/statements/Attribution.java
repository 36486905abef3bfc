package io.wirewatch.extract.statements;

import io.wirewatch.extract.text.TextRange;
import io.wirewatch.extract.text.Token;
import io.wirewatch.extract.text.TokenSpans;
import java.util.List;

/**
 * Where a quote's attribution is: the clause holding the verb of saying, and the verb. After the
 * quote: up to the end of the sentence or the next quote ("…", - сказал он). Before it: from the
 * sentence's start, for a quote after a colon or inside a sentence (Он добавил: "…"; X заявил, что "…").
 *
 * @param speakerAfterVerb whether the speaker usually follows the verb here (сказал он)
 */
record Attribution(TextRange clause, TextRange verb, boolean speakerAfterVerb) {
    /** The most characters a name in quotation marks inside an attribution has. */
    private static final int SHORT_NAME = 25;
    private static final java.util.Set<String> CONJUNCTIONS = java.util.Set.of("а", "и", "но", "однако", "and", "but", "while");

    /** @param paragraphEnds where the text's paragraphs end ({@link Paragraphs#ends}): no attribution after a quote crosses one */
    static Attribution of(List<Token> tokens, Quote quote, List<Quote> quotes, int[] paragraphEnds) {
        Attribution after = endsParagraph(quote, tokens, paragraphEnds) ? null : after(tokens, quote, quotes);
        return after != null ? after : before(tokens, quote, quotes);
    }

    /** The attribution inside an interrupted quote: «…, – сказал X. – …» between the two parts. */
    static Attribution between(List<Token> tokens, TextRange middle, List<Quote> quotes) {
        List<Token> inside = TokenSpans.within(tokens, middle);
        for (Token token : inside) {
            if (SpeechLexicon.isSpeechVerb(token)) {
                return new Attribution(middle, token.range(), true);
            }
        }
        return null;
    }

    /** Reported speech in the sentence before the quote: Цукерберг подчеркнул, что … «…». */
    static Attribution inPreviousSentence(List<Token> tokens, Quote quote, List<Quote> quotes) {
        int end = lastTokenBefore(tokens, quote.outer().start());
        if (end < 0 || !SentenceEnds.at(tokens, end)) {
            return null;
        }
        int start = end;
        while (start > 0 && !SentenceEnds.at(tokens, start - 1)) {
            start--;
        }
        for (int i = start; i < end; i++) {
            if (SpeechLexicon.isAttributionAt(tokens, i) && !insideQuote(tokens.get(i), quotes)) {
                return new Attribution(new TextRange(tokens.get(start).start(), tokens.get(i).end()), tokens.get(i).range(), false);
            }
        }
        return null;
    }

    private static boolean endsParagraph(Quote quote, List<Token> tokens, int[] paragraphEnds) {
        int first = firstTokenFrom(tokens, quote.outer().end());
        int next = first < 0 ? Integer.MAX_VALUE : tokens.get(first).start();
        int at = java.util.Arrays.binarySearch(paragraphEnds, quote.outer().end());
        int index = at >= 0 ? at : -at - 1;
        return index < paragraphEnds.length && paragraphEnds[index] < next;
    }

    private static Attribution after(List<Token> tokens, Quote quote, List<Quote> quotes) {
        int first = firstTokenFrom(tokens, quote.outer().end());
        while (first >= 0 && first + 1 < tokens.size() && tokens.get(first).text().equals("'")) {
            first++; // ''«…»'', — заявила актриса: wiki italics around the quote
        }
        if (first < 0 || !isAttributionStart(tokens.get(first).text())) {
            return null;
        }
        if (tokens.get(first).text().equals(",") && first + 1 < tokens.size()
                && CONJUNCTIONS.contains(tokens.get(first + 1).text().toLowerCase())) {
            return null; // «…», а глава МИДа отметил: a new clause with a speaker of its own
        }
        int end = first;
        TextRange verb = null;
        while (end < tokens.size() && !SentenceEnds.at(tokens, end) && !opensStatement(tokens.get(end), quotes)) {
            if (verb == null && SpeechLexicon.isSpeechVerb(tokens.get(end)) && !insideQuote(tokens.get(end), quotes)) {
                verb = tokens.get(end).range();
            }
            end++;
        }
        if (verb == null) {
            return null;
        }
        return new Attribution(new TextRange(tokens.get(first).start(), tokens.get(end - 1).end()), verb,
                isDash(tokens.get(first).text()));
    }

    private static Attribution before(List<Token> tokens, Quote quote, List<Quote> quotes) {
        int last = lastTokenBefore(tokens, quote.outer().start());
        while (last > 0 && tokens.get(last).text().equals("'")) {
            last--; // так: ''«…»'': wiki italics around the quote
        }
        if (last < 0) {
            return null;
        }
        int start = last;
        while (start > 0) {
            Quote name = Quote.shortEndingAt(tokens.get(start - 1), quotes, SHORT_NAME);
            if (name != null) {
                start = TokenSpans.firstFrom(tokens, name.outer().start()); // Как рассказал "Ъ" источник: a name in quotation marks
            } else if (SentenceEnds.clauseAt(tokens, start - 1)) {
                break;
            } else {
                start--;
            }
        }
        TextRange verb = null;
        for (int i = last; i >= start; i--) {
            if (SpeechLexicon.isAttributionAt(tokens, i)) {
                verb = tokens.get(i).range();
                break;
            }
        }
        if (verb == null && tokens.get(last).text().equals(":")) {
            verb = tokens.get(last).range(); // Белов оказался дипломатичнее: «…» — the colon introduces the words
        }
        if (verb == null) {
            return null;
        }
        return new Attribution(new TextRange(tokens.get(start).start(), tokens.get(last).end()), verb, false);
    }

    /**
     * The attribution of the sentence before the one the offset is in (Песков сказал, что …. «…», — и
     * добавил…): where an attribution of the quote's own sentence names no speaker.
     */
    static Attribution inSentenceBefore(List<Token> tokens, int offset, List<Quote> quotes) {
        int at = lastTokenBefore(tokens, offset);
        while (at >= 0 && !(SentenceEnds.at(tokens, at) && !insideQuote(tokens.get(at), quotes))) {
            at--;
        }
        if (at < 0) {
            return null;
        }
        int start = at;
        while (start > 0 && !(SentenceEnds.at(tokens, start - 1) && !insideQuote(tokens.get(start - 1), quotes))) {
            start--;
        }
        for (int i = start; i < at; i++) {
            if (SpeechLexicon.isAttributionAt(tokens, i) && !insideQuote(tokens.get(i), quotes)) {
                return new Attribution(new TextRange(tokens.get(start).start(), tokens.get(at).end()), tokens.get(i).range(), false);
            }
        }
        return null;
    }

    /** After a quote, an attribution begins with a comma, a dash or (in English) the speaker or verb. */
    private static boolean isAttributionStart(String token) {
        return token.equals(",") || isDash(token) || Character.isLetter(token.codePointAt(0));
    }

    private static boolean isDash(String token) {
        return token.equals("-") || token.equals("–") || token.equals("—");
    }

    /** Whether the token opens a quotation long enough to be a statement of its own. */
    private static boolean opensStatement(Token token, List<Quote> quotes) {
        if (token.isWord()) {
            return false; // a quotation opens with its mark
        }
        for (Quote quote : quotes) {
            if (quote.outer().start() == token.start() && quote.inner().length() > 40) {
                return true;
            }
        }
        return false;
    }

    static boolean insideQuote(Token token, List<Quote> quotes) {
        return Quote.anyHolds(quotes, token.range());
    }

    private static int firstTokenFrom(List<Token> tokens, int offset) {
        int index = TokenSpans.firstFrom(tokens, offset);
        return index < tokens.size() ? index : -1;
    }

    private static int lastTokenBefore(List<Token> tokens, int offset) {
        int index = TokenSpans.firstFrom(tokens, offset) - 1;
        while (index >= 0 && tokens.get(index).end() > offset) {
            index--;
        }
        return index;
    }
}
