package io.wirewatch.extract.ner;

import io.wirewatch.extract.RussianMorphology;
import java.util.ArrayList;
import java.util.List;

/**
 * A person's name the finder cut in pieces is one name: person spans that touch or are joined by a
 * hyphen (Марин + Ле Пен, Жан - Мари + Ле Пен, Хвана + Чжан Епа) join, and initials written before
 * a name (А . Кудрин, В. В. Путин) belong to it. A person the finder ran on into from a place
 * (президент Российской Федерации Дмитрий Анатольевич Медведев as one place) is split off: from a
 * capitalized word the dictionary knows only as a first name, followed by another capitalized word.
 * And a person's name ends with a capitalized word (not Крис Хелмбрехт - , Джон Килинг намерен).
 */
final class PersonNameJoins {
    private PersonNameJoins() {
    }

    /** The names of one sentence, in order, with person names joined and grown over their initials. */
    static List<StatisticalNameFinder.Found> apply(String[] words, List<StatisticalNameFinder.Found> found) {
        List<StatisticalNameFinder.Found> result = new ArrayList<>(found.size());
        for (StatisticalNameFinder.Found name : splitPeopleFromPlaces(words, found)) {
            StatisticalNameFinder.Found last = result.isEmpty() ? null : result.get(result.size() - 1);
            if (last != null && isPerson(last) && isPerson(name) && joined(words, last.end(), name.start())) {
                result.set(result.size() - 1, new StatisticalNameFinder.Found(last.start(), name.end(), "PER",
                        Math.min(last.probability(), name.probability())));
            } else {
                result.add(name);
            }
        }
        for (int i = 0; i < result.size(); i++) {
            StatisticalNameFinder.Found name = result.get(i);
            int limit = i == 0 ? 0 : result.get(i - 1).end();
            int start = isPerson(name) ? withInitials(words, name.start(), limit) : name.start();
            if (start != name.start()) {
                result.set(i, new StatisticalNameFinder.Found(start, name.end(), "PER", name.probability()));
            }
        }
        return result;
    }

    private static List<StatisticalNameFinder.Found> splitPeopleFromPlaces(String[] words, List<StatisticalNameFinder.Found> found) {
        List<StatisticalNameFinder.Found> result = new ArrayList<>(found.size());
        for (StatisticalNameFinder.Found name : found) {
            int person = name.type().equals("LOC") ? firstNameInside(words, name) : -1;
            if (isPerson(name)) {
                result.add(withoutTail(words, name));
            } else if (person < 0) {
                result.add(name);
            } else {
                result.add(new StatisticalNameFinder.Found(name.start(), person, name.type(), name.probability()));
                result.add(new StatisticalNameFinder.Found(person, name.end(), "PER", name.probability()));
            }
        }
        return result;
    }

    /** Крис Хелмбрехт - управляющий, Джон Килинг намерен: a person's name ends with a capitalized word. */
    private static StatisticalNameFinder.Found withoutTail(String[] words, StatisticalNameFinder.Found name) {
        int end = name.end();
        while (end - 1 > name.start() && !startsUpperCase(words[end - 1])) {
            end--;
        }
        return end == name.end() ? name : new StatisticalNameFinder.Found(name.start(), end, "PER", name.probability());
    }

    private static boolean startsUpperCase(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    /**
     * The first word after the span's first that is capitalized, only a first name to the dictionary,
     * and followed by another capitalized word of the span (Дмитрий Анатольевич); -1 if none.
     */
    private static int firstNameInside(String[] words, StatisticalNameFinder.Found name) {
        for (int i = name.start() + 1; i + 1 < name.end(); i++) {
            String word = words[i];
            if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
                continue;
            }
            List<RussianMorphology.Reading> readings = RussianMorphology.get().readings(word);
            if (!readings.isEmpty() && readings.stream().allMatch(r -> r.tag().contains(":Name"))
                    && Character.isUpperCase(words[i + 1].charAt(0))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isPerson(StatisticalNameFinder.Found name) {
        return name.type().equals("PER");
    }

    private static boolean joined(String[] words, int end, int start) {
        return start == end || start == end + 1 && isHyphen(words[end]);
    }

    private static boolean isHyphen(String word) {
        return word.equals("-") || word.equals("‑");
    }

    /** The first word of the initials right before a name: "А ." pairs or "А." words, as many as there are. */
    private static int withInitials(String[] words, int start, int limit) {
        int at = start;
        while (true) {
            if (at - 2 >= limit && words[at - 1].equals(".") && isInitial(words[at - 2])) {
                at -= 2;
            } else if (at - 1 >= limit && words[at - 1].length() == 2 && words[at - 1].endsWith(".") && isInitial(words[at - 1].substring(0, 1))) {
                at -= 1;
            } else {
                return at;
            }
        }
    }

    private static boolean isInitial(String word) {
        return word.length() == 1 && Character.isUpperCase(word.charAt(0));
    }
}
