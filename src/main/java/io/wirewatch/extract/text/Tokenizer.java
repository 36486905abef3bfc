package io.wirewatch.extract.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into {@link Token}s with their offsets. Words keep inner hyphens and apostrophes
 * (пресс-секретарь, Даунинг-стрит, O'Brien) and the dots of letter-dot abbreviations (U.S., U.K.);
 * an English possessive 's is a token of its own, also when written apart (Reagan 's, as corpora
 * tokenized for English write it). Every other visible character is a one-character token;
 * whitespace separates. Linear in the text, no regular expressions.
 */
public final class Tokenizer {
    private Tokenizer() {
    }

    public static List<Token> tokenize(String text) {
        return tokenize(text, 0, text.length());
    }

    /** Tokens of {@code text} between {@code from} and {@code to}; offsets index the whole text. */
    public static List<Token> tokenize(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        int i = from;
        while (i < to) {
            int c = text.codePointAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT) {
                i += Character.charCount(c);
            } else if (isWordChar(c)) {
                int end = wordEnd(text, i, to);
                int possessive = possessiveStart(text, i, end);
                tokens.add(new Token(i, possessive, text.substring(i, possessive)));
                if (possessive < end) {
                    tokens.add(new Token(possessive, end, text.substring(possessive, end)));
                }
                i = end;
            } else if (isDetachedPossessive(text, i, to)) {
                tokens.add(new Token(i, i + 2, text.substring(i, i + 2)));
                i += 2;
            } else {
                int end = i + Character.charCount(c);
                tokens.add(new Token(i, end, text.substring(i, end)));
                i = end;
            }
        }
        return tokens;
    }

    private static int wordEnd(String text, int start, int to) {
        int i = start;
        while (i < to) {
            int c = text.codePointAt(i);
            if (isWordChar(c)) {
                i += Character.charCount(c);
            } else if (isJoiner(c) && i + 1 < to && isWordChar(text.codePointAt(i + 1))) {
                i++;
            } else if (c == '.' && isLetterDotAbbreviation(text, start, i, to)) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    /** U.S. / U.K. / e.g.: single letters each followed by a dot. */
    private static boolean isLetterDotAbbreviation(String text, int start, int dot, int to) {
        boolean singleLetterBefore = dot - 1 >= start && Character.isLetter(text.charAt(dot - 1))
                && (dot - 2 < start || text.charAt(dot - 2) == '.');
        boolean letterAfter = dot + 2 < to && Character.isLetter(text.charAt(dot + 1)) && text.charAt(dot + 2) == '.';
        boolean closesOne = dot - 2 >= start && text.charAt(dot - 2) == '.' && Character.isLetter(text.charAt(dot - 1));
        return singleLetterBefore && (letterAfter || closesOne);
    }

    private static int possessiveStart(String text, int start, int end) {
        if (end - start > 2 && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')
                && (text.charAt(end - 2) == '\'' || text.charAt(end - 2) == '’')) {
            return end - 2;
        }
        return end;
    }

    /** 's after a space or punctuation, no letter or digit after it. */
    private static boolean isDetachedPossessive(String text, int i, int to) {
        char c = text.charAt(i);
        return (c == '\'' || c == '’') && i + 1 < to && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                && (i + 2 == to || !isWordChar(text.codePointAt(i + 2)));
    }

    private static boolean isWordChar(int c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static boolean isJoiner(int c) {
        return c == '-' || c == '\'' || c == '’' || c == '‑';
    }
}
