package io.wirewatch.extract.ner.rules;

import io.wirewatch.extract.morph.RussianMorphology;
import io.wirewatch.extract.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person's name the finder cut in pieces is one name: person spans that touch or are joined by a
 * hyphen (Марин + Ле Пен, Жан - Мари + Ле Пен, Хвана + Чжан Епа) join, and initials written before
 * a name (А . Кудрин, В. В. Путин) belong to it. A person the finder ran on into from a place
 * (президент Российской Федерации Дмитрий Анатольевич Медведев as one place) is split off: from a
 * capitalized word the dictionary knows only as a first name, followed by another capitalized word.
 * And a person's name begins and ends with a name, not a common word or an acronym ({@link #trimmed}).
 */
public final class PersonNameJoins implements NameRule {
    private static final Set<String> PARTICLES = Set.of("Ле", "ле", "Ла", "де", "Де", "фон", "ван", "Ван", "дер",
            "да", "ди", "Ди", "дель", "ибн", "бен", "бин", "аль", "эль", "ад", "ас", "Мак");

    private static final Pattern PARTICLE_SURNAME = Pattern.compile(
            "(аль|эль|ибн|бен|бин|ад|ас|al|el|ibn|bin|ben)-\\p{Lu}[\\p{L}-]*");

    public PersonNameJoins() {
    }

    /** The names of one sentence, in order, with person names joined and grown over their initials. */
    @Override
    public List<Found> apply(String[] words, List<Found> found) {
        List<Found> result = new ArrayList<>(found.size());
        for (Found name : splitPeopleFromPlaces(words, found)) {
            Found last = result.isEmpty() ? null : result.get(result.size() - 1);
            if (last != null && isPerson(last) && isPerson(name) && joined(words, last.end(), name.start())) {
                result.set(result.size() - 1, new Found(last.start(), name.end(), "PER",
                        Math.min(last.probability(), name.probability())));
            } else {
                result.add(name);
            }
        }
        result = withParticleSurnames(words,
                withFirstNamesBeforeSurnames(words, withSurnamesAfterFirstNames(words, withInitialedSurnames(words, result))));
        for (int i = 0; i < result.size(); i++) {
            Found name = result.get(i);
            int limit = i == 0 ? 0 : result.get(i - 1).end();
            int start = isPerson(name) ? withInitials(words, name.start(), limit) : name.start();
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
            if (before != null && isPerson(before)) {
                names.set(names.indexOf(before), new Found(before.start(), at + 1, "PER", before.probability()));
            } else if (before == null) {
                int start = at > 0 && startsUpperCase(words[at - 1]) && !startsClause(words, at - 1) ? at - 1 : at;
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
            if (isPerson(name) && name.end() - name.start() == 1 && free && Token.isTitleCase(words[next])
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
            boolean surnameFound = names.stream().anyMatch(n -> n.start() == surname && isPerson(n));
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
            if (!isPerson(name) || RussianMorphology.get().everyReading(words[name.start()], RussianMorphology.Reading::isFirstName)) {
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
        if (!Token.isTitleCase(word) || startsClause(words, at)) {
            return false;
        }
        List<RussianMorphology.Reading> readings = RussianMorphology.get().readings(word);
        return beforeOneWord ? !isAdjectiveOnly(word)
                : readings.isEmpty() || readings.stream().anyMatch(RussianMorphology.Reading::isPersonalName);
    }

    private static List<Found> splitPeopleFromPlaces(String[] words, List<Found> found) {
        List<Found> result = new ArrayList<>(found.size());
        for (Found name : found) {
            int person = name.type().equals("LOC") ? firstNameInside(words, name) : -1;
            if (isPerson(name)) {
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
        while (end > start && (!startsUpperCase(words[end - 1]) || isAdjectiveOnly(words[end - 1])
                || end < words.length && Character.isLowerCase(words[end].codePointAt(0)) && isAdjectiveOrNoun(words[end - 1]))) {
            end--;
        }
        while (start < end && startsClause(words, start) && isCommonWord(words[start])) {
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

    /** First in the sentence or after a colon, quote or dash: capitalized whatever it is. */
    private static boolean startsClause(String[] words, int at) {
        return at == 0 || words[at - 1].length() == 1 && ":«\"—–-(".indexOf(words[at - 1].charAt(0)) >= 0;
    }

    /** Мариинского: an adjective to the dictionary, never a name. */
    private static boolean isAdjectiveOnly(String word) {
        return RussianMorphology.get().isAdjective(word);
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

    private static boolean startsUpperCase(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
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

    private static boolean isPerson(Found name) {
        return name.type().equals("PER");
    }

    /** Touching, or one hyphen or name particle between (Марин + Ле + Пен, Халеда + эль + Масри). */
    private static boolean joined(String[] words, int end, int start) {
        return start == end || start == end + 1 && (isHyphen(words[end]) || PARTICLES.contains(words[end]));
    }

    private static boolean isHyphen(String word) {
        return word.equals("-") || word.equals("‑");
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
