package io.wirewatch.extract.text;

/**
 * Tells Russian from English by the share of Cyrillic and Latin letters: enough for the two
 * languages Wirewatch analyzes. The analyzer asks about the body, so a headline in another script
 * (markup, a Latin brand name) cannot turn a Russian story undetermined. Returns {@code und} when there are too few letters or another
 * script dominates, so an unsupported language leads to an empty analysis, never a wrong one.
 */
public final class LanguageDetector {
    public static final String RUSSIAN = "ru";
    public static final String ENGLISH = "en";
    public static final String UNDETERMINED = "und";
    private static final int MIN_LETTERS = 20;
    private static final double DOMINANT_SHARE = 0.6;

    private LanguageDetector() {
    }

    public static boolean isSupported(String language) {
        return RUSSIAN.equals(language) || ENGLISH.equals(language);
    }

    /** The declared language when Wirewatch supports it, else the detected one. */
    public static String detect(String text, String declared) {
        return detect(text, new TextRange(0, text.length()), declared);
    }

    /** The declared language when Wirewatch supports it, else the one detected in the range of the text. */
    public static String detect(String text, TextRange range, String declared) {
        if (declared != null && isSupported(declared.trim().toLowerCase(java.util.Locale.ROOT))) {
            return declared.trim().toLowerCase(java.util.Locale.ROOT);
        }
        return detect(text, range.start(), range.end());
    }

    public static String detect(String text) {
        return detect(text, 0, text.length());
    }

    private static String detect(String text, int from, int to) {
        int cyrillic = 0;
        int latin = 0;
        int other = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= 'А' && c <= 'я' || c == 'ё' || c == 'Ё') {
                cyrillic++; // the Russian alphabet, most of the text: no need to ask Unicode
            } else if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                latin++;
            } else if (Character.isLetter(c)) {
                Character.UnicodeScript script = Character.UnicodeScript.of(c);
                if (script == Character.UnicodeScript.CYRILLIC) {
                    cyrillic++;
                } else if (script == Character.UnicodeScript.LATIN) {
                    latin++;
                } else {
                    other++;
                }
            }
        }
        int letters = cyrillic + latin + other;
        if (letters < MIN_LETTERS) {
            return UNDETERMINED;
        }
        if (cyrillic >= DOMINANT_SHARE * letters) {
            return notRussianLetters(text, from, to) * 100 > cyrillic ? UNDETERMINED : RUSSIAN;
        }
        if (latin >= DOMINANT_SHARE * letters) {
            return looksEnglish(text.substring(from, to)) ? ENGLISH : UNDETERMINED;
        }
        return UNDETERMINED;
    }

    /** Letters of Ukrainian and Belarusian that Russian lacks (Є І Ї Ў є і ї ў Ґ ґ). */
    private static int notRussianLetters(String text, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if ((c >= 'Є' && c <= 'Ў' || c >= 'є' && c <= 'ў' || c == 'Ґ' || c == 'ґ') && "іїєґўІЇЄҐЎ".indexOf(c) >= 0) {
                count++;
            }
        }
        return count;
    }

    /** Latin script alone could be French or German: English shows in its function words. */
    private static boolean looksEnglish(String text) {
        String[] words = text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}']+");
        int function = 0;
        for (String word : words) {
            if (ENGLISH_FUNCTION_WORDS.contains(word)) {
                function++;
            }
        }
        return function * 100 >= words.length * 8;
    }

    private static final java.util.Set<String> ENGLISH_FUNCTION_WORDS = java.util.Set.of(
            "the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "with", "as", "was", "by",
            "it", "at", "from", "he", "she", "his", "her", "said", "has", "have", "be", "are", "were",
            "an", "will", "would", "not", "this", "they", "their", "its", "but", "or", "who", "which");
}
