package io.wirewatch.extract.ner.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A person's name the finder cut in pieces is one name: person spans that touch or are joined by a
 * hyphen (Марин + Ле Пен, Жан - Мари + Ле Пен, Хвана + Чжан Епа) join, and initials written before
 * a name (А . Кудрин, В. В. Путин) belong to it ({@link PersonNameGrowth}). A person the finder ran on
 * into from a place (президент Российской Федерации Дмитрий Анатольевич Медведев as one place) is
 * split off: from a capitalized word the dictionary knows only as a first name, followed by another
 * capitalized word. And a person's name begins and ends with a name, not a common word or an
 * acronym ({@link PersonNameBounds}).
 */
public final class PersonNameJoins implements NameRule {
    private static final Set<String> PARTICLES = Set.of("Ле", "ле", "Ла", "де", "Де", "фон", "ван", "Ван", "дер",
            "да", "ди", "Ди", "дель", "ибн", "бен", "бин", "аль", "эль", "ад", "ас", "Мак");

    public PersonNameJoins() {
    }

    /** The names of one sentence, in order, with person names joined and grown over their initials. */
    @Override
    public List<Found> apply(String[] words, List<Found> found) {
        List<Found> result = new ArrayList<>(found.size());
        for (Found name : PersonNameBounds.splitFromPlaces(words, found)) {
            Found last = result.isEmpty() ? null : result.get(result.size() - 1);
            if (last != null && PersonNameWords.isPerson(last) && PersonNameWords.isPerson(name) && joined(words, last.end(), name.start())) {
                result.set(result.size() - 1, new Found(last.start(), name.end(), "PER",
                        Math.min(last.probability(), name.probability())));
            } else {
                result.add(name);
            }
        }
        return PersonNameGrowth.grown(words, result);
    }

    /** Touching, or one hyphen or name particle between (Марин + Ле + Пен, Халеда + эль + Масри). */
    private static boolean joined(String[] words, int end, int start) {
        return start == end || start == end + 1 && (isHyphen(words[end]) || PARTICLES.contains(words[end]));
    }

    private static boolean isHyphen(String word) {
        return word.equals("-") || word.equals("‑");
    }
}
