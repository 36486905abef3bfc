package io.wirewatch.extract.ner.rules;

import io.wirewatch.extract.morph.RussianMorphology;

/** The word tests the person-name rules share: what a found name is, what a word looks like where it stands. */
final class PersonNameWords {
    private PersonNameWords() {
    }

    static boolean isPerson(Found name) {
        return name.type().equals("PER");
    }

    /** First in the sentence or after a colon, quote or dash: capitalized whatever it is. */
    static boolean startsClause(String[] words, int at) {
        return at == 0 || words[at - 1].length() == 1 && ":«\"—–-(".indexOf(words[at - 1].charAt(0)) >= 0;
    }

    /** Мариинского: an adjective to the dictionary, never a name. */
    static boolean isAdjectiveOnly(String word) {
        return RussianMorphology.get().isAdjective(word);
    }

    /** Capitalized: its first letter is upper case. */
    static boolean startsUpperCase(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }
}
