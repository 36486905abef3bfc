package io.wirewatch.extract.text;

import io.wirewatch.extract.morph.TokenKeys;
import io.wirewatch.extract.morph.WordKeys;

/**
 * A token of an article: a word (letters and digits, with inner hyphens, apostrophes and the dots
 * of abbreviations such as U.S.) or a single punctuation character.
 *
 * @param start offset of the first character in the article's text
 * @param end   offset after the last character
 * @param text  the characters as written
 * @param keys  its comparison keys ({@link TokenKeys#ofText}): lower-cased form and lemmas
 */
public record Token(int start, int end, String text, WordKeys keys) {
    public Token(int start, int end, String text) {
        this(start, end, text, TokenKeys.ofText(text));
    }

    public boolean isWord() {
        return Character.isLetterOrDigit(text.codePointAt(0));
    }

    public boolean isCapitalized() {
        return Character.isUpperCase(text.codePointAt(0));
    }

    /** Two or more letters, all upper case: an acronym such as США or NATO. */
    public boolean isAcronym() {
        return isAcronym(text);
    }

    /** Искусных, Конституционного: a capital, then lower-case letters only. */
    public static boolean isTitleCase(String text) {
        return text.length() > 1 && Character.isUpperCase(text.charAt(0)) && text.substring(1).chars().allMatch(Character::isLowerCase);
    }

    /** {@link #isAcronym()} on any word's text. */
    public static boolean isAcronym(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2;
    }

    public TextRange range() {
        return new TextRange(start, end);
    }
}
