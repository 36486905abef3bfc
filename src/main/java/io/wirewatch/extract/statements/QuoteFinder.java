package io.wirewatch.extract.statements;

import io.wirewatch.extract.text.TextRange;
import io.wirewatch.extract.text.Token;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Finds the outermost quotations of an article's tokens, paragraph by paragraph: «…» with „…“ or
 * "…" nested inside, “…”, and straight "…" (which open and close in turn; one between two letters
 * is an apostrophe). A quotation left open at the end of its paragraph ({@link Paragraphs}: in
 * hard-wrapped wire copy not every line break ends one) runs to the paragraph's end. A straight mark
 * after a space and before a letter inside a straight quotation opens a nested one.
 */
public final class QuoteFinder {
    private QuoteFinder() {
    }

    /**
     * The quotations among the tokens (the article's, in text order; quotation marks are tokens of
     * their own), in the text they index: a scan of the one-character tokens.
     */
    public static List<Quote> find(String text, List<Token> tokens) {
        List<Quote> quotes = new ArrayList<>();
        if (tokens.isEmpty()) {
            return quotes;
        }
        Deque<int[]> open = new ArrayDeque<>();
        int[] paragraphEnds = Paragraphs.ends(text);
        int next = 0;
        for (Token token : tokens) {
            if (token.end() - token.start() != 1) {
                continue;
            }
            char c = token.text().charAt(0);
            int i = token.start();
            if (!isQuotationMark(c) || c == '"' && isApostrophe(text, i)) {
                continue;
            }
            for (; next < paragraphEnds.length && paragraphEnds[next] < i; next++) {
                closeAtParagraphEnd(text, open, paragraphEnds[next], quotes);
            }
            if (c == '«' || c == '„') {
                open.push(new int[] {i, c});
            } else if (c == '»') {
                close(open, '«', i, quotes);
            } else if (c == '“') {
                if (!open.isEmpty() && open.peek()[1] == '„') {
                    close(open, '„', i, quotes);
                } else {
                    open.push(new int[] {i, c});
                }
            } else if (c == '”') {
                close(open, '“', i, quotes);
            } else if (!open.isEmpty() && open.peek()[1] == '"' && !opensNested(text, i)) {
                close(open, '"', i, quotes);
            } else {
                open.push(new int[] {i, c});
            }
        }
        int end = tokens.get(tokens.size() - 1).end();
        for (; next < paragraphEnds.length && paragraphEnds[next] < end && !open.isEmpty(); next++) {
            closeAtParagraphEnd(text, open, paragraphEnds[next], quotes);
        }
        closeAtParagraphEnd(text, open, end, quotes);
        return quotes;
    }

    /**
     * A straight mark inside a straight quotation that opens one nested in it: after a space and
     * before a letter ("…под кодовым названием "Арсенал" в новостройке…").
     */
    private static boolean opensNested(String text, int at) {
        return at > 0 && at + 1 < text.length() && Character.isWhitespace(text.charAt(at - 1)) && Character.isLetter(text.charAt(at + 1));
    }

    /** A straight mark between two letters stands for an apostrophe in some wire copy (it"s, Nakasone"s). */
    private static boolean isApostrophe(String text, int at) {
        return at > 0 && at + 1 < text.length() && isLatinLetter(text.charAt(at - 1)) && isLatinLetter(text.charAt(at + 1));
    }

    private static boolean isLatinLetter(char c) {
        return c < 'ʰ' && Character.isLetter(c);
    }

    private static boolean isQuotationMark(char c) {
        return c == '"' || c == '«' || c == '»' || c == '„' || c == '“' || c == '”';
    }

    private static void close(Deque<int[]> open, char opener, int at, List<Quote> quotes) {
        if (open.isEmpty() || open.peek()[1] != opener) {
            return;
        }
        int start = open.pop()[0];
        if (open.isEmpty()) {
            quotes.add(new Quote(new TextRange(start + 1, at), new TextRange(start, at + 1)));
        }
    }

    private static void closeAtParagraphEnd(String text, Deque<int[]> open, int end, List<Quote> quotes) {
        if (open.isEmpty()) {
            return;
        }
        int start = open.peekLast()[0];
        open.clear();
        int trimmed = end;
        while (trimmed > start + 1 && Character.isWhitespace(text.charAt(trimmed - 1))) {
            trimmed--;
        }
        if (trimmed > start + 1) {
            quotes.add(new Quote(new TextRange(start + 1, trimmed), new TextRange(start, trimmed)));
        }
    }
}
