package io.wirewatch.extract.ner.rules;

import io.wirewatch.extract.ner.model.StatisticalNameFinder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One name, one meaning per document: after the name finder has tagged every sentence, a name it
 * found is looked for again where it was missed (Топалов after Сергей Топалов, Кана after Оливер
 * Кан), and a name found with different types gets the type it got most often. Words compare by a
 * crude stem (case endings stripped), which is enough for repeated names in one document.
 */
public final class DocumentConsistency {
    private static final int LONGEST = 4;

    private DocumentConsistency() {
    }

    /** The names of every sentence, made consistent across the document. */
    public static List<List<StatisticalNameFinder.Found>> apply(List<String[]> sentences,
            List<List<StatisticalNameFinder.Found>> found) {
        Map<String, Map<String, Integer>> votes = new HashMap<>();
        for (int s = 0; s < sentences.size(); s++) {
            String[] words = sentences.get(s);
            String[] stems = new String[words.length];
            for (StatisticalNameFinder.Found name : found.get(s)) {
                vote(votes, key(stems, words, name.start(), name.end()), name.type());
                if (name.type().equals("PER") && name.end() - name.start() >= 2 && isName(words[name.end() - 1])) {
                    vote(votes, stem(stems, words, name.end() - 1), "PER");
                }
            }
        }
        if (votes.isEmpty()) {
            return found;
        }
        Map<String, String> types = new HashMap<>();
        Set<String> firstWords = new HashSet<>();
        votes.forEach((key, byType) -> firstWords.add(key.split(" ", 2)[0]));
        votes.forEach((key, byType) -> types.put(key, byType.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey()));
        List<List<StatisticalNameFinder.Found>> result = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            result.add(sentence(sentences.get(s), found.get(s), types, firstWords));
        }
        return result;
    }

    /**
     * One sentence's names with their document types, plus the document's names where the finder
     * missed them. Only a capitalized word whose stem begins a name found somewhere is tried.
     */
    private static List<StatisticalNameFinder.Found> sentence(String[] words, List<StatisticalNameFinder.Found> found,
            Map<String, String> types, Set<String> firstWords) {
        boolean[] covered = new boolean[words.length];
        String[] stems = new String[words.length];
        List<StatisticalNameFinder.Found> names = new ArrayList<>();
        for (StatisticalNameFinder.Found name : found) {
            String type = types.getOrDefault(key(stems, words, name.start(), name.end()), name.type());
            names.add(new StatisticalNameFinder.Found(name.start(), name.end(), type, name.probability()));
            Arrays.fill(covered, name.start(), name.end(), true);
        }
        for (int i = 0; i < words.length; i++) {
            if (covered[i] || !isName(words[i]) || !firstWords.contains(stem(stems, words, i))) {
                continue;
            }
            for (int end = Math.min(words.length, i + LONGEST); end > i; end--) {
                String type = types.get(key(stems, words, i, end));
                if (type != null && !anyCovered(covered, i, end)) {
                    names.add(new StatisticalNameFinder.Found(i, end, type, 0));
                    Arrays.fill(covered, i, end, true);
                    break;
                }
            }
        }
        names.sort(Comparator.comparingInt(StatisticalNameFinder.Found::start));
        return names;
    }

    private static boolean anyCovered(boolean[] covered, int from, int to) {
        for (int i = from; i < to; i++) {
            if (covered[i]) {
                return true;
            }
        }
        return false;
    }

    private static boolean isName(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }

    private static void vote(Map<String, Map<String, Integer>> votes, String key, String type) {
        votes.computeIfAbsent(key, k -> new HashMap<>()).merge(type, 1, Integer::sum);
    }

    /** The stems of words[from, to) joined by spaces; {@code stems} caches each word's stem. */
    private static String key(String[] stems, String[] words, int from, int to) {
        if (to - from == 1) {
            return stem(stems, words, from);
        }
        StringBuilder key = new StringBuilder();
        for (int i = from; i < to; i++) {
            key.append(i > from ? " " : "").append(stem(stems, words, i));
        }
        return key.toString();
    }

    private static String stem(String[] stems, String[] words, int i) {
        if (stems[i] == null) {
            stems[i] = stem(words[i]);
        }
        return stems[i];
    }

    /** Lower case, ё folded, one case ending stripped from words of five letters or more. */
    public static String stem(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('ё', 'е');
        if (w.length() < 5) {
            return w;
        }
        for (String ending : new String[] {"ым", "ом", "ой", "ем", "ою", "ей", "им"}) {
            if (w.endsWith(ending)) {
                return w.substring(0, w.length() - 2);
            }
        }
        char last = w.charAt(w.length() - 1);
        return "ауеыиюя".indexOf(last) >= 0 ? w.substring(0, w.length() - 1) : w;
    }
}
