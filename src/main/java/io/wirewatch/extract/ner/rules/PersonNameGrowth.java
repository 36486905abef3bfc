package io.wirewatch.extract.ner.rules;

import io.wirewatch.extract.morph.RussianMorphology;
import io.wirewatch.extract.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A person's name grown over the words the finder left out. Reads a sentence's words and the names
 * found in it, in order; produces them with each person's name taking its initials (А . Кудрин,
 * В. В. Путин), the surname after an initial or a lone first name, the first name before a surname,
 * and a surname written with its particle (эль-Масри); a surname after initials or with a particle
 * is a person's even where the finder found nothing.
 */
final class PersonNameGrowth {
    private static final Pattern PARTICLE_SURNAME = Pattern.compile(
            "(аль|эль|ибн|бен|бин|ад|ас|al|el|ibn|bin|ben)-\\p{Lu}[\\p{L}-]*");

    private PersonNameGrowth() {
    }

    /** The names, in order, with every person's name grown over its initials, first name and surname. */
    static List<Found> grown(String[] words, List<Found> found) {
        List<Found> result = withParticleSurnames(words,
                withFirstNamesBeforeSurnames(words, withSurnamesAfterFirstNames(words, withInitialedSurnames(words, found))));
        for (int i = 0; i < result.size(); i++) {
            Found name = result.get(i);
            int limit = i == 0 ? 0 : result.get(i - 1).end();
            int start = PersonNameWords.isPerson(name) ? withInitials(words, name.start(), limit) : name.start();
            if (start != name.start()) {
                result.set(i, new Found(start, name.end(), "PER", name.probability()));
            }
        }
        return result;
    }

    /**
     * Халеда эль-Масри, Sami al-Haj, аль-Барадеи: a surname written with its particle and a hyphen
     * (one word, lower case first) ends the person's name before it, or joins the capitalized word
     * before it that nothing else took, or is a person's name on its own.
     */
    private static List<Found> withParticleSurnames(String[] words, List<Found> found) {
        List<Found> names = found;
        for (int i = 0; i < words.length; i++) {
            int at = i;
            if (!PARTICLE_SURNAME.matcher(words[i]).matches() || names.stream().anyMatch(n -> n.start() <= at && at < n.end())) {
                continue;
            }
            Found before = names.stream().filter(n -> n.end() == at).findFirst().orElse(null);
            names = new ArrayList<>(names);
            if (before != null && PersonNameWords.isPerson(before)) {
                names.set(names.indexOf(before), new Found(before.start(), at + 1, "PER", before.probability()));
            } else if (before == null) {
                int start = at > 0 && PersonNameWords.startsUpperCase(words[at - 1]) && !PersonNameWords.startsClause(words, at - 1) ? at - 1 : at;
                names.add(new Found(start, at + 1, "PER", 0));
                names.sort(Comparator.comparingInt(Found::start));
            }
        }
        return names;
    }

    /**
     * Сергей Искусных, Лонгин Клинский, Равиль Гайнутдин: a first name found alone takes the
     * capitalized word right after it that nothing else took, whatever the dictionary makes of
     * that word: inside a sentence, a capital after a first name is the surname's.
     */
    private static List<Found> withSurnamesAfterFirstNames(String[] words, List<Found> found) {
        List<Found> names = found;
        for (int n = 0; n < names.size(); n++) {
            Found name = names.get(n);
            int next = name.end();
            boolean free = next < words.length && (n + 1 == names.size() || names.get(n + 1).start() > next);
            if (PersonNameWords.isPerson(name) && name.end() - name.start() == 1 && free && Token.isTitleCase(words[next])
                    && RussianMorphology.get().readings(words[name.start()]).stream().anyMatch(RussianMorphology.Reading::isFirstName)) {
                if (names == found) {
                    names = new ArrayList<>(found);
                }
                names.set(n, new Found(name.start(), next + 1, "PER", name.probability()));
            }
        }
        return names;
    }

    /**
     * Н . Кан, Руководитель центра Э . Чернова: an initial is the person's whose surname follows it.
     * A name that ends on the initial gives it up (a person of the initial alone is dropped, центра Э
     * is центра), and a surname after initials is a person's even where the finder found nothing
     * there, if the dictionary does not know it or knows it as a name (not Н . Новгород). The
     * initials themselves join the person later ({@link #withInitials}).
     */
    private static List<Found> withInitialedSurnames(String[] words, List<Found> found) {
        List<Found> names = found;
        for (int i = 0; i + 2 < words.length; i++) {
            if (!NameWords.isInitial(words[i]) || !words[i + 1].equals(".") || !Token.isTitleCase(words[i + 2])) {
                continue;
            }
            int initial = i;
            int surname = i + 2;
            Found onInitial = names.stream().filter(n -> n.end() == initial + 1).findFirst().orElse(null);
            boolean surnameFree = names.stream().noneMatch(n -> n.start() <= surname && surname < n.end());
            boolean surnameFound = names.stream().anyMatch(n -> n.start() == surname && PersonNameWords.isPerson(n));
            boolean mayBeSurname = surnameFound || surnameFree && mayBeUnknownSurname(words[surname]);
            if (!mayBeSurname || onInitial == null && surnameFound) {
                continue;
            }
            names = new ArrayList<>(names);
            if (onInitial != null) {
                names.remove(onInitial);
                if (onInitial.end() - onInitial.start() > 1) {
                    names.add(new Found(onInitial.start(), initial, onInitial.type(), onInitial.probability()));
                }
            }
            if (!surnameFound) {
                names.add(new Found(surname, surname + 1, "PER", 0));
            }
            names.sort(Comparator.comparingInt(Found::start));
        }
        return names;
    }

    private static boolean mayBeUnknownSurname(String word) {
        List<RussianMorphology.Reading> readings = RussianMorphology.get().readings(word);
        return readings.isEmpty() || readings.stream().anyMatch(RussianMorphology.Reading::isPersonalName);
    }

    /**
     * Сулима Ямадаева, Гата Камский, Хвана Чжан Епа: a capitalized word inside the sentence that
     * nothing else took, right before a person's name, is the first name. Before a one-word name,
     * whatever the dictionary makes of it (сулить, гата) unless an adjective (Российский); before a
     * longer one, which may already begin with its first name (защитник Арсенала Киран Гиббс),
     * only a word the dictionary does not know or knows as a name; and none before a name that
     * begins with a word the dictionary knows only as a first name (главы Минкомсвязи Игоря Щеголёва).
     */
    private static List<Found> withFirstNamesBeforeSurnames(String[] words, List<Found> found) {
        List<Found> names = found;
        for (int n = 0; n < names.size(); n++) {
            Found name = names.get(n);
            if (!PersonNameWords.isPerson(name) || RussianMorphology.get().everyReading(words[name.start()], RussianMorphology.Reading::isFirstName)) {
                continue;
            }
            int limit = n == 0 ? 0 : names.get(n - 1).end();
            int start = name.start();
            while (start - 1 >= limit && mayOpenName(words, start - 1, name.end() - start == 1)) {
                start--;
            }
            if (start != name.start()) {
                if (names == found) {
                    names = new ArrayList<>(found);
                }
                names.set(n, new Found(start, name.end(), "PER", name.probability()));
            }
        }
        return names;
    }

    private static boolean mayOpenName(String[] words, int at, boolean beforeOneWord) {
        String word = words[at];
        if (!Token.isTitleCase(word) || PersonNameWords.startsClause(words, at)) {
            return false;
        }
        List<RussianMorphology.Reading> readings = RussianMorphology.get().readings(word);
        return beforeOneWord ? !PersonNameWords.isAdjectiveOnly(word)
                : readings.isEmpty() || readings.stream().anyMatch(RussianMorphology.Reading::isPersonalName);
    }

    /** The first word of the initials right before a name: "А ." pairs or "А." words, as many as there are. */
    private static int withInitials(String[] words, int start, int limit) {
        int at = start;
        while (true) {
            if (at - 2 >= limit && words[at - 1].equals(".") && NameWords.isInitial(words[at - 2])) {
                at -= 2;
            } else if (at - 1 >= limit && words[at - 1].length() == 2 && words[at - 1].endsWith(".") && NameWords.isInitial(words[at - 1].substring(0, 1))) {
                at -= 1;
            } else {
                return at;
            }
        }
    }
}
