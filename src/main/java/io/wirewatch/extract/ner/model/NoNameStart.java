package io.wirewatch.extract.ner.model;

import io.wirewatch.extract.morph.RussianMorphology;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Words after which, outside a name, the greedy decoder ({@link GreedySearch}) does not ask the
 * model: words no name begins with in the language's news. Reads one word; says whether it is
 * outside the next name too. Each rule was measured against asking the model (see the name
 * finder's README): what it loses there is rare, and the model's cost falls with every word skipped.
 */
final class NoNameStart {
    /** Word classes of the Russian dictionary no name begins with when written in small letters. */
    private static final Set<String> CLOSED_CLASSES = Set.of("VB", "ADV", "CONJ", "PNN", "INTERJECTION");

    private NoNameStart() {
    }

    /** The rule of the model's language: English or Russian. */
    static Predicate<String> of(String language) {
        return "en".equals(language) ? NoNameStart::english : NoNameStart::russian;
    }

    /**
     * English: a word in small letters (said, of, de) or without a letter or digit (a comma, a
     * quotation mark). The rare name that begins with one, de Silva after a comma, is lost.
     */
    static boolean english(String word) {
        return !word.isEmpty() && (Character.isLowerCase(word.charAt(0)) || withoutLetterOrDigit(word));
    }

    /**
     * Russian: a word without a letter or digit other than a quotation mark, or one in small
     * letters that the dictionary knows only as a verb, adverb, conjunction, pronoun or
     * interjection. Nouns and adjectives in small letters do begin names (правительство Москвы,
     * российский МИД), quotation marks open them («Газпром»), and so, for the model, do particles
     * (ибн, де) and prepositions; asking the model there keeps its names as they were (factRuEval
     * devset and NEREL's tuning part: the same figures with and without this rule).
     */
    static boolean russian(String word) {
        if (word.isEmpty()) {
            return false;
        }
        if (withoutLetterOrDigit(word)) {
            return !isQuote(word);
        }
        if (!Character.isLowerCase(word.charAt(0))) {
            return false;
        }
        return RussianMorphology.get().everyReading(word, reading -> CLOSED_CLASSES.contains(wordClass(reading)));
    }

    private static String wordClass(RussianMorphology.Reading reading) {
        String tag = reading.tag();
        int colon = tag.indexOf(':');
        return colon < 0 ? tag : tag.substring(0, colon);
    }

    /** A quotation mark of any script: names are quoted («Газпром», 'Роснефть'). */
    private static boolean isQuote(String word) {
        int type = Character.getType(word.codePointAt(0));
        return word.length() == 1 && (type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || "\"'„‚".indexOf(word.charAt(0)) >= 0);
    }

    private static boolean withoutLetterOrDigit(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetterOrDigit(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
