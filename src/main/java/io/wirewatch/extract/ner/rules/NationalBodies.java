package io.wirewatch.extract.ner.rules;

import io.wirewatch.extract.morph.RussianMorphology;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A country's government, national team, foreign ministry or embassy named by a relational
 * adjective (японское правительство, российской сборной, израильского правительства, Кипрское
 * правительство): one organisation over the adjective and the noun, as factRuEval annotates them
 * (nine times in ten in its devset). Bodies named so less consistently (власти, полиция,
 * парламент) are left alone. The national team is one on its own too (сборной, сборной команды),
 * where no name follows to make it сборная России, and so is a legislature written with a capital
 * (Дума, в Сенате, Конгресса), as factRuEval annotates them three times in four, and so is a
 * body named by a fixed phrase (вооружённых сил, кабинета министров, палаты представителей). Reads one
 * sentence's words and names; returns the names with these added, replacing a name the finder
 * found on the adjective alone (японское as a place).
 */
public final class NationalBodies implements NameRule {
    private static final Set<String> BODIES = Set.of("правительство", "сборная", "мид", "посольство");
    private static final int LONGEST_SPORT = 3;
    private static final Set<String> LEGISLATURES = Set.of("дума", "госдума", "сенат", "конгресс");
    /** Two-word phrases, by lemma, that name one body of a state in lower case as well. */
    private static final java.util.Map<String, String> PHRASES = java.util.Map.of(
            "вооруженный", "сила", "кабинет", "министр", "палата", "представитель");
    private static final Pattern RELATIONAL_ADJECTIVE = Pattern.compile(
            "\\p{L}+[сц]к(ий|ой|ая|ое|ого|ому|ом|ую|ие|их|им|ими|ей|ою)");

    public NationalBodies() {
    }

    @Override
    public List<Found> apply(String[] words, List<Found> found) {
        List<Found> names = new ArrayList<>(found);
        boolean changed = false;
        for (int i = 0; i < words.length; i++) {
            int end = i + 1 < words.length && (isBodyNamedByAdjective(words, i) || isBodyNamedByPhrase(words[i], words[i + 1])) ? i + 2
                    : isNationalTeam(words[i]) ? (i + 1 < words.length && isTeam(words[i + 1]) ? i + 2 : i + 1)
                    : isLegislature(words[i]) ? i + 1 : -1;
            if (end < 0) {
                continue;
            }
            int start = i;
            List<Found> overlapping = names.stream()
                    .filter(name -> name.start() < end && start < name.end()).toList();
            boolean onAdjectiveAlone = overlapping.size() == 1 && overlapping.get(0).start() == i && overlapping.get(0).end() == i + 1
                    && end == i + 2;
            if (!overlapping.isEmpty() && !onAdjectiveAlone) {
                continue;
            }
            names.removeAll(overlapping);
            names.add(new Found(start, end, "ORG", 0));
            changed = true;
            i = end - 1;
        }
        if (!changed) {
            return withTheirSports(words, found);
        }
        names.sort(Comparator.comparingInt(Found::start));
        return withTheirSports(words, names);
    }

    /**
     * сборную России по бобслею и скелетону, сборную страны по бобслею: a national team's name goes
     * on over its country (a place right after it, or страны) and its sport (по and up to
     * {@value #LONGEST_SPORT} lower-case words).
     */
    private static List<Found> withTheirSports(String[] words, List<Found> found) {
        List<Found> names = found;
        for (int n = 0; n < names.size(); n++) {
            Found team = names.get(n);
            if (!team.type().equals("ORG") || !isNationalTeam(words[team.start()])) {
                continue;
            }
            Found next = n + 1 < names.size() ? names.get(n + 1) : null;
            int end = team.end();
            boolean countryFound = next != null && next.start() == end && next.type().equals("LOC") && next.end() - next.start() == 1;
            if (countryFound || end < words.length && words[end].equals("страны")) {
                end++;
            }
            int sport = sportEnd(words, end);
            if (sport == end) {
                continue;
            }
            if (names == found) {
                names = new ArrayList<>(found);
            }
            names.set(n, new Found(team.start(), sport, "ORG", team.probability()));
            if (countryFound) {
                names.remove(n + 1);
            }
        }
        return names;
    }

    /** по бобслею и скелетону: where the sport after {@code from} ends, or {@code from} when none is named. */
    private static int sportEnd(String[] words, int from) {
        if (from + 1 >= words.length || !words[from].equals("по")) {
            return from;
        }
        int end = from;
        for (int j = from + 1; j < words.length && j <= from + LONGEST_SPORT; j++) {
            String word = words[j];
            if (word.equals("и") && end == j) {
                continue;
            }
            if (word.isEmpty() || !Character.isLowerCase(word.codePointAt(0))
                    || !RussianMorphology.get().readings(word).stream().allMatch(r -> r.tag().startsWith("NN"))
                    || RussianMorphology.get().readings(word).isEmpty()) {
                break;
            }
            end = j + 1;
        }
        return end;
    }

    /** сборная, сборной: the national team on its own (сборной команды with its noun); not сборные, teams in general. */
    private static boolean isNationalTeam(String word) {
        return word.startsWith("сборн") && RussianMorphology.get().readings(word).stream()
                .anyMatch(r -> r.lemma().equals("сборная") && !r.tag().contains(":PL"));
    }

    /** Дума, Сенате, Конгресса: a legislature written with a capital, on its own. */
    private static boolean isLegislature(String word) {
        return (word.startsWith("Дум") || word.startsWith("Госдум") || word.startsWith("Сенат") || word.startsWith("Конгресс"))
                && RussianMorphology.get().hasLemmaIn(word, LEGISLATURES);
    }

    /**
     * вооружённых сил, кабинета министров, палаты представителей: a body of a state named by a
     * fixed phrase, which factRuEval marks in lower case too (its devset has them so every time).
     */
    private static boolean isBodyNamedByPhrase(String first, String second) {
        if (!first.startsWith("вооруж") && !first.startsWith("кабинет") && !first.startsWith("палат")
                || second.isEmpty() || !Character.isLowerCase(second.codePointAt(0))) {
            return false; // the phrases' stems, before the dictionary is asked
        }
        Set<String> seconds = RussianMorphology.get().lemmas(second);
        return RussianMorphology.get().lemmas(first).stream().map(PHRASES::get).anyMatch(seconds::contains);
    }

    private static boolean isTeam(String word) {
        return RussianMorphology.get().lemmas(word).contains("команда");
    }

    /**
     * Words i, i+1 are a relational adjective (lower case, or capitalized first in a sentence or
     * clause) and a body (in lower case; МИД as written).
     */
    private static boolean isBodyNamedByAdjective(String[] words, int i) {
        String adjective = words[i];
        String body = words[i + 1];
        if (!body.startsWith("правительств") && !body.startsWith("сборн") && !body.startsWith("посольств") && !body.startsWith("МИД")) {
            return false; // the bodies' stems, before the dictionary is asked
        }
        boolean capitalized = !adjective.isEmpty() && Character.isUpperCase(adjective.codePointAt(0));
        if (capitalized && i > 0 && Character.isLetterOrDigit(words[i - 1].codePointAt(0))) {
            return false;
        }
        return RELATIONAL_ADJECTIVE.matcher(adjective).matches() && RussianMorphology.get().isAdjective(adjective)
                && RussianMorphology.get().hasLemmaIn(body, BODIES);
    }
}
