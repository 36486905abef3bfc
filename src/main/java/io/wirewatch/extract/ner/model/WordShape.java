package io.wirewatch.extract.ner.model;

/**
 * A word's shape: capitals as {@code X}, small letters {@code x}, digits {@code d}, anything else
 * as it is, runs of one class written once (Reagan → Xx, U.S. → X.X., IBM → X, McDonald → XxXx,
 * 1996-08-22 → d-d-d, 's → 'x). Generalizes over words the training data never held.
 */
public final class WordShape {
    private WordShape() {
    }

    public static String of(String word) {
        StringBuilder shape = new StringBuilder(8);
        char last = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            char kind = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            if (kind != last) {
                shape.append(kind);
                last = kind;
            }
        }
        return shape.toString();
    }

    /** Whether the word has letters and no small ones (IBM, U.S., SHULTZ). */
    public static boolean isAllCaps(String word) {
        boolean letters = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters;
    }
}
