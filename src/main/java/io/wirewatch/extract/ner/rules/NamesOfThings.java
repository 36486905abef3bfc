package io.wirewatch.extract.ner.rules;

import io.wirewatch.extract.morph.RussianMorphology;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names of crafts, products and contests are no organisations or people. A name written after a
 * word for a craft or vehicle (корабля « Союз », шаттла « Дискавери », телескоп Хаббл), a product
 * (операционной системы Windows, ОС Android, на платформе « Таврия ») or a contest (конкурс
 * The Best of Blogs, турнир Корус, with its Latin spelling in parentheses) is the thing's, in
 * quotes (as a nominative: not в игре « Спартака ») or in apposition (a word the dictionary does
 * not know), and stays so wherever else the document writes it (следующего « Союза », под
 * Windows). So is a name that says it is a contest (Corus Chess Tournament, Гран-при Монако,
 * Формулы-1; the place in it is left to the knowledge base). Reads every sentence's words and
 * names of one document; returns the names without those (compared by
 * {@link NameWords#stem}).
 */
public final class NamesOfThings implements DocumentNameRule {
    private static final Set<String> THINGS = Set.of("корабль", "шаттл", "челнок", "автомобиль", "модуль",
            "грузовик", "самолёт", "самолет", "ракета", "спутник", "лайнер", "судно", "подлодка", "авианосец", "крейсер",
            "телескоп", "марсоход", "зонд", "конкурс", "турнир", "супертурнир", "чемпионат", "фестиваль", "олимпиада",
            "браузер", "платформа", "система", "аркада", "игра", "приложение", "смартфон", "планшет");
    /** Words that make a name a contest's: its first (Гран-при Монако) or, in English, its last (Corus Chess Tournament). */
    private static final Set<String> CONTEST_FIRST = Set.of("гран-при", "формула-1", "формулы-1", "формуле-1", "формулу-1");
    private static final Set<String> CONTEST_LAST = Set.of("tournament", "cup", "championship", "festival", "awards", "prize", "games");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an", "le", "la", "les", "der", "die", "das", "el");

    public NamesOfThings() {
    }

    @Override
    public List<List<Found>> apply(List<String[]> sentences, List<List<Found>> found) {
        Set<String> named = new HashSet<>();
        for (String[] words : sentences) {
            for (int i = 0; i + 1 < words.length; i++) {
                boolean quoted = NameWords.isOpeningQuote(words[i + 1]);
                int name = quoted ? i + 2 : i + 1;
                if (name < words.length && startsUpperCase(words[name]) && isThing(words[i]) && (quoted ? mayBeNominative(words[name]) : isUnknown(words[name]))) {
                    named.add(key(words, name));
                    int latin = latinSpellingAfter(words, name);
                    if (latin > 0) {
                        named.add(key(words, latin));
                    }
                }
            }
        }
        List<List<Found>> result = new ArrayList<>(found.size());
        boolean changed = false;
        for (int s = 0; s < sentences.size(); s++) {
            String[] words = sentences.get(s);
            List<Found> kept = found.get(s).stream()
                    .filter(n -> !named.contains(key(words, n.start())) && !namesAContest(words, n)).toList();
            changed |= kept.size() != found.get(s).size();
            result.add(kept);
        }
        return changed ? result : found;
    }

    /** A name's first word's stem, with the next word's after an article (the best, not the). */
    private static String key(String[] words, int start) {
        String first = NameWords.stem(words[start]);
        return ARTICLES.contains(first) && start + 1 < words.length ? first + " " + NameWords.stem(words[start + 1]) : first;
    }

    private static boolean namesAContest(String[] words, Found name) {
        return CONTEST_FIRST.contains(words[name.start()].toLowerCase(Locale.ROOT))
                || CONTEST_LAST.contains(words[name.end() - 1].toLowerCase(Locale.ROOT));
    }

    /** турнир Корус » ( Corus Chess Tournament ): where the name's Latin spelling in parentheses starts, or -1. */
    private static int latinSpellingAfter(String[] words, int name) {
        int at = name + 1;
        if (at < words.length && NameWords.isClosingQuote(words[at])) {
            at++;
        }
        boolean latin = at + 1 < words.length && words[at].equals("(") && words[at + 1].chars().allMatch(c -> c < 128)
                && startsUpperCase(words[at + 1]);
        return latin ? at + 1 : -1;
    }

    private static boolean isThing(String word) {
        return word.equals("ОС") || !word.isEmpty() && Character.isLowerCase(word.codePointAt(0)) && RussianMorphology.get().hasLemmaIn(word, THINGS);
    }

    /**
     * Хаббл, Дискавери, Корус: a thing's name in apposition is a word the dictionary
     * does not know; a word it knows is the owner's (самолёт Аэрофлота) or the crew's (командир
     * корабля Юрий Маленченко).
     */
    private static boolean isUnknown(String word) {
        return RussianMorphology.get().readings(word).isEmpty();
    }

    private static boolean mayBeNominative(String word) {
        List<RussianMorphology.Reading> readings = RussianMorphology.get().readings(word);
        return readings.isEmpty() || readings.stream().anyMatch(RussianMorphology.Reading::isNominative);
    }


    private static boolean startsUpperCase(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }
}
