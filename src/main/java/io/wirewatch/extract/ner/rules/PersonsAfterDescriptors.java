package io.wirewatch.extract.ner.rules;

import io.wirewatch.extract.morph.RussianMorphology;
import java.util.ArrayList;
import java.util.List;

/**
 * A "person" the finder found right after an organisation's descriptor. Reads a sentence's words
 * and the names found in it; tells whether the person is the body's name (Пресс-служба Кадырова,
 * кабинета Нетаньяху: the body is named after the person) or the body's or state's name run on into
 * a person's (клуба Челси Фрэнк Лэмпард, штата Аризона Гэбриэль Гиффордс: split in two).
 */
final class PersonsAfterDescriptors {
    private PersonsAfterDescriptors() {
    }

    /**
     * клуба Челси Фрэнк Лэмпард, штата Аризона Гэбриэль Гиффордс: a "person" of three words or more
     * right after a descriptor or a state, its first word no first name or initial, is the body's or the
     * state's name run on into a person's: the last two words are the person, the words before them
     * and the descriptor the organisation (or the state the place).
     */
    static List<Found> splitFromBodies(String[] words, List<Found> found) {
        if (found.stream().noneMatch(name -> name.type().equals("PER") && name.end() - name.start() >= 3)) {
            return found;
        }
        List<Found> result = new ArrayList<>(found.size() + 1);
        for (Found name : found) {
            String body = bodyBefore(words, name);
            if (body == null) {
                result.add(name);
            } else {
                result.add(new Found(name.start() - 1, name.end() - 2, body, name.probability()));
                result.add(new Found(name.end() - 2, name.end(), "PER", name.probability()));
            }
        }
        return result;
    }

    /**
     * Пресс-служба Кадырова, кабинета Нетаньяху, Команда Феррари: a one-word "person" right after a
     * descriptor names the body (as factRuEval marks it, nine times in ten in its devset); a first name
     * starts a person's name of its own (группы Иван Бозович), and so does a name that cannot be
     * genitive (руководством канала Перепёлкин). The descriptor's index (not before {@code limit}), or -1.
     */
    static int bodyNamedAfterPerson(String[] words, Found name, int limit) {
        int before = name.start() - 1;
        if (name.end() - name.start() != 1 || before < limit || !DescriptorWords.isDescriptor(words[before])
                || mayBeFirstName(words[name.start()])) {
            return -1;
        }
        List<RussianMorphology.Reading> readings = RussianMorphology.get().readings(words[name.start()]);
        return readings.isEmpty() || readings.stream().anyMatch(RussianMorphology.Reading::isGenitive) ? before : -1;
    }

    /** ORG after a descriptor, LOC after a state, for a person of three words or more whose first is no first name or initial; else null. */
    private static String bodyBefore(String[] words, Found name) {
        int before = name.start() - 1;
        if (!name.type().equals("PER") || name.end() - name.start() < 3 || before < 0
                || mayBeFirstName(words[name.start()]) || isInitial(words, name.start())) {
            return null;
        }
        return RussianMorphology.get().lemmas(words[before]).contains("штат") ? "LOC"
                : DescriptorWords.isDescriptor(words[before]) ? "ORG" : null;
    }

    /** Э . Чернова, Э. Чернова: word i is an initial, which begins the person's own name. */
    private static boolean isInitial(String[] words, int i) {
        String word = words[i];
        return NameWords.isInitial(word) && i + 1 < words.length && words[i + 1].equals(".")
                || word.length() == 2 && word.endsWith(".") && NameWords.isInitial(word.substring(0, 1));
    }

    /** Иван, Фрэнк to the dictionary: one of the word's readings is a first name. */
    private static boolean mayBeFirstName(String word) {
        return RussianMorphology.get().readings(word).stream().anyMatch(RussianMorphology.Reading::isFirstName);
    }
}
