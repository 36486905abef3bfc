package io.wirewatch.extract.ner.rules;

import java.util.Locale;

/**
 * The word tests the name rules and the merge with the knowledge base share: quotation marks,
 * initials, and the one stemmer names are compared by.
 */
public final class NameWords {
    private static final String OPENING_QUOTES = "«„\"“";
    private static final String CLOSING_QUOTES = "»“\"”";
    private static final String[] TWO_LETTER_ENDINGS = {"ым", "ом", "ой", "ем", "ою", "ей", "им"};

    private NameWords() {
    }

    /** « „ " “: a quotation mark that may open a quoted name. */
    public static boolean isOpeningQuote(String word) {
        return word.length() == 1 && OPENING_QUOTES.indexOf(word.charAt(0)) >= 0;
    }

    /** » “ " ”: a quotation mark that may close a quoted name. */
    public static boolean isClosingQuote(String word) {
        return word.length() == 1 && CLOSING_QUOTES.indexOf(word.charAt(0)) >= 0;
    }

    /** А, В: one capital letter, an initial when a full stop follows. */
    public static boolean isInitial(String word) {
        return word.length() == 1 && Character.isUpperCase(word.charAt(0));
    }

    /**
     * A name's word without its case ending, for comparing the forms of one name in a document:
     * lower case, ё folded, a two-letter ending stripped from words of six letters or more, else a
     * final vowel from words of four or more (Кана, Кану → кан; Меридором → меридор; Лизы → лиз).
     */
    public static String stem(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('ё', 'е');
        if (w.length() >= 6) {
            for (String ending : TWO_LETTER_ENDINGS) {
                if (w.endsWith(ending)) {
                    return w.substring(0, w.length() - 2);
                }
            }
        }
        return w.length() >= 4 && "аеиоуыюя".indexOf(w.charAt(w.length() - 1)) >= 0 ? w.substring(0, w.length() - 1) : w;
    }

    /** Levenshtein distance between two words (insertions, deletions and substitutions of one character). */
    public static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
