package io.wirewatch.extract.statements;

import io.wirewatch.extract.TextRange;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Finds the outermost quotations in a stretch of text, paragraph by paragraph: «…» with „…“ or
 * "…" nested inside, “…”, and straight "…" (which open and close in turn). A quotation left open
 * at the end of its paragraph runs to the paragraph's end.
 */
public final class QuoteFinder {
    private QuoteFinder() {
    }

    public static List<Quote> find(String text, int from, int to) {
        List<Quote> quotes = new ArrayList<>();
        Deque<int[]> open = new ArrayDeque<>();
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c > '"' && c < '«' || c > '»' && c < '“') {
                continue;
            }
            if (c == '\n') {
                closeAtParagraphEnd(text, open, i, quotes);
            } else if (c == '«' || c == '„') {
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
            } else if (c == '"') {
                if (!open.isEmpty() && open.peek()[1] == '"') {
                    close(open, '"', i, quotes);
                } else {
                    open.push(new int[] {i, c});
                }
            }
        }
        closeAtParagraphEnd(text, open, to, quotes);
        return quotes;
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
