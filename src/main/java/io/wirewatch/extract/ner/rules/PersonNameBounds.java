package io.wirewatch.extract.ner.rules;

import io.wirewatch.extract.morph.RussianMorphology;
import io.wirewatch.extract.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a person's name begins and ends. Reads a sentence's words and the names found in it;
 * produces the names with each person's name cut to its words (a name begins and ends with a name,
 * not a common word or an acronym) and a person the finder ran on into from a place split off it.
 */
final class PersonNameBounds {
    private PersonNameBounds() {
    }

    /**
     * The names with every person's name trimmed ({@link #trimmed}), and a person the finder ran on
     * into from a place split off it (президент Российской Федерации Дмитрий Анатольевич Медведев):
     * from a capitalized word the dictionary knows only as a first name, before another capitalized word.
     */
    static List<Found> splitFromPlaces(String[] words, List<Found> found) {
        List<Found> result = new ArrayList<>(found.size());
        for (Found name : found) {
            int person = name.type().equals("LOC") ? firstNameInside(words, name) : -1;
            if (PersonNameWords.isPerson(name)) {
                result.addAll(trimmed(words, name));
            } else if (person < 0) {
                result.add(name);
            } else {
                result.add(new Found(name.start(), person, name.type(), name.probability()));
                result.add(new Found(person, name.end(), "PER", name.probability()));
            }
        }
        return result;
    }

    /**
     * A person's name as the finder should have found it: trailing lower-case words and adjectives
     * dropped (Крис Хелмбрехт - управляющий, Роман Коноплев Русской службе), so are common words that only
     * open the sentence (Ранее СМИ, Может), and a leading acronym is an organisation of its own
     * (КЗЖ | Джоэл Саймон; ГУВД alone). Nothing is left when no word remains.
     */
    private static List<Found> trimmed(String[] words, Found name) {
        int start = name.start();
        int end = name.end();
        while (end > start && (!PersonNameWords.startsUpperCase(words[end - 1]) || PersonNameWords.isAdjectiveOnly(words[end - 1])
                || end < words.length && Character.isLowerCase(words[end].codePointAt(0)) && isAdjectiveOrNoun(words[end - 1]))) {
            end--;
        }
        while (start < end && PersonNameWords.startsClause(words, start) && isCommonWord(words[start])) {
            start++;
        }
        List<Found> parts = new ArrayList<>(2);
        if (start < end && Token.isAcronym(words[start])) {
            parts.add(new Found(start, start + 1, "ORG", name.probability()));
            start++;
        }
        if (start < end) {
            parts.add(start == name.start() && end == name.end() ? name : new Found(start, end, "PER", name.probability()));
        }
        return parts;
    }

    /**
     * Русской (службе): an adjective or a common noun, no name, which ends a person's name only
     * when a lower-case word follows it (not Иоанн Грозный).
     */
    private static boolean isAdjectiveOrNoun(String word) {
        List<RussianMorphology.Reading> readings = RussianMorphology.get().readings(word);
        return readings.stream().anyMatch(r -> r.tag().startsWith("ADJ:Posit"))
                && readings.stream().allMatch(r -> r.tag().startsWith("ADJ") || r.tag().startsWith("NN") && !r.isPersonalName());
    }

    /** A word the dictionary knows, but not as a first name, surname or patronymic: Ранее, Может. */
    private static boolean isCommonWord(String word) {
        return RussianMorphology.get().everyReading(word, r -> !r.isPersonalName());
    }

    /**
     * The first word after the span's first that is capitalized, only a first name to the dictionary,
     * and followed by another capitalized word of the span (Дмитрий Анатольевич); -1 if none.
     */
    private static int firstNameInside(String[] words, Found name) {
        for (int i = name.start() + 1; i + 1 < name.end(); i++) {
            String word = words[i];
            if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
                continue;
            }
            if (RussianMorphology.get().everyReading(word, RussianMorphology.Reading::isFirstName)
                    && Character.isUpperCase(words[i + 1].charAt(0))) {
                return i;
            }
        }
        return -1;
    }
}
