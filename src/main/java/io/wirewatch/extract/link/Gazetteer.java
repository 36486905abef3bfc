package io.wirewatch.extract.link;

import io.wirewatch.extract.morph.TokenKeys;
import io.wirewatch.extract.morph.WordKeys;
import io.wirewatch.extract.text.Token;
import io.wirewatch.extract.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds known names in tokens, longest match first, left to right. Each name is a sequence of
 * words compared by {@link TokenKeys} (forms and lemmas), so inflected mentions match a name given
 * in the nominative. Case rules keep common words out: a capitalized name word needs a capitalized
 * text word, an acronym (США, NATO) an acronym; phrases built case-insensitive (titles) skip them.
 *
 * @param <T> what a name stands for (an entity id, a role)
 */
public final class Gazetteer<T> {
    /**
     * The names by their first word's keys. Names whose first word must be capitalized (or an
     * acronym) are kept apart from the others, so a lower-case text word (most of them) is matched
     * only against the few names that may start lower-case (adjectives such as российский). One
     * lookup per key says whether any name starts with it: most words start none.
     */
    private final Map<String, FirstWord<T>> byFirst = new HashMap<>();
    private int longest;

    /** The names starting with one key: those that may start lower-case, and those that start capitalized (each null if none). */
    private static final class FirstWord<T> {
        Starts<T> anyCase;
        Starts<T> capital;
    }

    /** One-word names, and longer names by the keys of their second word (each null if none). */
    private static final class Starts<T> {
        List<Name<T>> single;
        Map<String, List<Name<T>>> bySecond;
    }

    /** A match: tokens {@code [from, to)} name {@code target}. */
    public record Match<T>(int from, int to, T target) {
    }

    private record Word(Set<String> keys, boolean capitalized, boolean acronym) {
    }

    private record Name<T>(List<Word> words, T target) {
    }

    /**
     * Adds a name.
     *
     * @param name          the name, nominative
     * @param target        what it stands for
     * @param caseSensitive whether capitals and acronyms must be matched as written
     * @param personal      a person's name: inflect its words as names
     * @param female        a woman's name (Russian inflection)
     */
    public void add(String name, T target, boolean caseSensitive, boolean personal, boolean female) {
        List<Token> tokens = Tokenizer.tokenize(name);
        if (tokens.isEmpty()) {
            return;
        }
        List<Word> words = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            // Only a name's first word must be capitalized in text: Российская федерация, Государственная дума.
            boolean capitalized = caseSensitive && token.isCapitalized() && words.isEmpty();
            boolean inflect = personal || caseSensitive && token.isCapitalized() && !token.isAcronym();
            words.add(new Word(TokenKeys.ofName(token.text(), inflect, female), capitalized,
                    caseSensitive && token.isAcronym()));
        }
        Name<T> entry = new Name<>(List.copyOf(words), target);
        Word firstWord = words.get(0);
        boolean capital = firstWord.capitalized() || firstWord.acronym();
        for (String first : firstWord.keys()) {
            FirstWord<T> starting = byFirst.computeIfAbsent(first, k -> new FirstWord<>());
            if (capital && starting.capital == null) {
                starting.capital = new Starts<>();
            } else if (!capital && starting.anyCase == null) {
                starting.anyCase = new Starts<>();
            }
            Starts<T> starts = capital ? starting.capital : starting.anyCase;
            if (words.size() == 1) {
                if (starts.single == null) {
                    starts.single = new ArrayList<>(1);
                }
                starts.single.add(entry);
            } else {
                if (starts.bySecond == null) {
                    starts.bySecond = new HashMap<>(4);
                }
                for (String second : words.get(1).keys()) {
                    starts.bySecond.computeIfAbsent(second, k -> new ArrayList<>(1)).add(entry);
                }
            }
        }
        longest = Math.max(longest, words.size());
    }

    /** Non-overlapping matches in the tokens, compared by their {@link Token#keys()}. */
    public List<Match<T>> find(List<Token> tokens) {
        List<Match<T>> matches = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Match<T> best = longestAt(tokens, i, tokens.size());
            if (best == null) {
                i++;
            } else {
                matches.add(best);
                i = best.to();
            }
        }
        return matches;
    }

    /**
     * The longest name starting at token {@code start} and ending by token {@code end} (exclusive),
     * or null: for a caller that knows where names can start and looks only there.
     */
    public Match<T> longestAt(List<Token> tokens, int start, int end) {
        Token token = tokens.get(start);
        WordKeys keys = token.keys();
        boolean anyStarts = false;
        for (int k = 0; k < keys.size() && !anyStarts; k++) {
            anyStarts = byFirst.containsKey(keys.get(k));
        }
        if (!anyStarts) {
            return null;
        }
        Match<T> best = longestAt(false, tokens, start, end, null);
        if (token.isCapitalized() || token.isAcronym()) {
            best = longestAt(true, tokens, start, end, best);
        }
        return best;
    }

    /** The longest name among those starting lower-case or capitalized ({@code capital}), or {@code bestSoFar}. */
    private Match<T> longestAt(boolean capital, List<Token> tokens, int start, int end, Match<T> bestSoFar) {
        Match<T> best = bestSoFar;
        WordKeys firsts = tokens.get(start).keys();
        if (start + 1 < end) {
            for (int f = 0; f < firsts.size(); f++) {
                Starts<T> starts = startsWith(firsts.get(f), capital);
                if (starts != null && starts.bySecond != null) {
                    WordKeys secondKeys = tokens.get(start + 1).keys();
                    for (int s = 0; s < secondKeys.size(); s++) {
                        best = longest(starts.bySecond.get(secondKeys.get(s)), tokens, start, end, best);
                    }
                }
            }
        }
        if (best == null || best.to() == start + 1) {
            for (int k = 0; k < firsts.size(); k++) {
                Starts<T> starts = startsWith(firsts.get(k), capital);
                if (starts != null) {
                    best = longest(starts.single, tokens, start, end, best);
                }
            }
        }
        return best;
    }

    private Starts<T> startsWith(String key, boolean capital) {
        FirstWord<T> starting = byFirst.get(key);
        return starting == null ? null : capital ? starting.capital : starting.anyCase;
    }

    private Match<T> longest(List<Name<T>> candidates, List<Token> tokens, int start, int limit, Match<T> best) {
        if (candidates == null) {
            return best;
        }
        for (Name<T> name : candidates) {
            int end = start + name.words().size();
            if (end <= limit && (best == null || end > best.to()) && matches(name, tokens, start)) {
                best = new Match<>(start, end, name.target());
            }
        }
        return best;
    }

    private static <T> boolean matches(Name<T> name, List<Token> tokens, int start) {
        for (int w = 0; w < name.words().size(); w++) {
            Word word = name.words().get(w);
            Token token = tokens.get(start + w);
            if (word.acronym() && !token.isAcronym() || word.capitalized() && !token.isCapitalized()) {
                return false;
            }
            if (!intersects(word.keys(), tokens.get(start + w).keys())) {
                return false;
            }
        }
        return true;
    }

    private static boolean intersects(Set<String> a, WordKeys b) {
        for (int k = 0; k < b.size(); k++) {
            if (a.contains(b.get(k))) {
                return true;
            }
        }
        return false;
    }

    public int longestName() {
        return longest;
    }
}
