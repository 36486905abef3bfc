package io.wirewatch.extract.ner.rules;

import io.wirewatch.extract.morph.RussianMorphology;
import java.util.List;
import java.util.Set;

/**
 * Where an organisation's name ends. Reads a sentence's words and an ORG span the finder gave;
 * produces the span cut back to the name: an organisation named by an acronym or a Latin word takes
 * no lower-case Russian words after it (ФИДЕ сильной и единой is ФИДЕ), after its head a name goes
 * on only in the genitive or a prepositional phrase (Федерация бобслея России подготовку is
 * Федерация бобслея России), and none ends with a verb, short adjective, conjunction, preposition or
 * opening punctuation (Минсвязи уверены is Минсвязи).
 */
final class OrganizationNameEnds {
    private static final Set<String> OPENING_PUNCTUATION = Set.of("«", "„", "(", "—", "–", "-", ",", ":");

    private OrganizationNameEnds() {
    }

    /** The organisation's span cut back to its name (the span itself when nothing is to cut). */
    static Found trimmed(String[] words, Found organization) {
        return withoutVerbTail(words, withoutLooseTail(words, acronymWithoutTail(words, organization)));
    }

    /** ФИДЕ сильной и единой, MySQL возможности: an organisation named by an acronym or a Latin word takes no lower-case words after it. */
    private static Found acronymWithoutTail(String[] words, Found name) {
        String first = words[name.start()];
        boolean acronymOrLatin = first.length() > 1 && (first.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)
                || first.chars().allMatch(c -> c < 128));
        if (!name.type().equals("ORG") || !acronymOrLatin || name.end() - name.start() < 2
                || !Character.isLowerCase(words[name.start() + 1].codePointAt(0)) || words[name.start() + 1].chars().allMatch(c -> c < 128)) {
            return name;
        }
        return new Found(name.start(), name.start() + 1, "ORG", name.probability());
    }

    /**
     * Федерация бобслея России подготовку, Совета муфтиев России шейх: after its head noun an
     * organisation's name goes on in the genitive (Министерство иностранных дел, банк Китая) or in
     * a prepositional phrase (сборная России по бобслею); a lower-case word that cannot be genitive
     * ends it.
     */
    private static Found withoutLooseTail(String[] words, Found name) {
        int head = name.start();
        while (head < name.end() && RussianMorphology.get().readings(words[head]).stream().anyMatch(r -> r.tag().startsWith("ADJ"))) {
            head++;
        }
        for (int j = head + 1; j < name.end(); j++) {
            String word = words[j];
            if (word.isEmpty() || !Character.isLowerCase(word.codePointAt(0))) {
                continue;
            }
            List<RussianMorphology.Reading> readings = RussianMorphology.get().readings(word);
            if (readings.stream().anyMatch(r -> r.tag().startsWith("PREP"))) {
                return name;
            }
            boolean inflected = !readings.isEmpty() && readings.stream().allMatch(r -> r.tag().startsWith("NN") || r.tag().startsWith("ADJ")
                    || r.tag().startsWith("PNN") || r.tag().equals("PARTICLE"));
            if (inflected && readings.stream().noneMatch(RussianMorphology.Reading::isGenitive)) {
                return new Found(name.start(), j, name.type(), name.probability());
            }
        }
        return name;
    }

    /**
     * Минсвязи уверены, Общественной палаты и: an organisation's name ends with a word that can be
     * part of one (a noun, a full adjective, a capitalized or unknown word), not a verb, a short
     * adjective, a conjunction or a preposition.
     */
    private static Found withoutVerbTail(String[] words, Found name) {
        int end = name.end();
        while (end - 1 > name.start() && cannotEndAName(words[end - 1])) {
            end--;
        }
        return end == name.end() ? name : new Found(name.start(), end, name.type(), name.probability());
    }

    private static boolean cannotEndAName(String word) {
        if (OPENING_PUNCTUATION.contains(word)) {
            return true;
        }
        if (word.isEmpty() || !Character.isLowerCase(word.codePointAt(0))) {
            return false;
        }
        return RussianMorphology.get().everyReading(word, r -> !r.tag().startsWith("NN") && !r.tag().startsWith("ADJ:Posit"));
    }
}
