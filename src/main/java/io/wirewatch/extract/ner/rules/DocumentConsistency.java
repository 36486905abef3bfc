package io.wirewatch.extract.ner.rules;

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
public final class DocumentConsistency implements DocumentNameRule {
    private static final int LONGEST = 4;

    public DocumentConsistency() {
    }

    /** The names of every sentence, made consistent across the document. */
    @Override
    public List<List<Found>> apply(List<String[]> sentences,
            List<List<Found>> found) {
        Map<String, Map<String, Integer>> votes = new HashMap<>();
        for (int s = 0; s < sentences.size(); s++) {
            String[] words = sentences.get(s);
            String[] stems = new String[words.length];
            for (Found name : found.get(s)) {
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
        List<List<Found>> result = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            result.add(sentence(sentences.get(s), found.get(s), types, firstWords));
        }
        return result;
    }

    /**
     * One sentence's names with their document types, plus the document's names where the finder
     * missed them. Only a capitalized word whose stem begins a name found somewhere is tried.
     */
    private static List<Found> sentence(String[] words, List<Found> found,
            Map<String, String> types, Set<String> firstWords) {
        boolean[] covered = new boolean[words.length];
        String[] stems = new String[words.length];
        List<Found> names = new ArrayList<>();
        for (Found name : found) {
            String type = types.getOrDefault(key(stems, words, name.start(), name.end()), name.type());
            names.add(new Found(name.start(), name.end(), type, name.probability()));
            Arrays.fill(covered, name.start(), name.end(), true);
        }
        for (int i = 0; i < words.length; i++) {
            if (covered[i] || !isName(words[i]) || !firstWords.contains(stem(stems, words, i))) {
                continue;
            }
            for (int end = Math.min(words.length, i + LONGEST); end > i; end--) {
                String type = types.get(key(stems, words, i, end));
                if (type != null && !anyCovered(covered, i, end)) {
                    names.add(new Found(i, end, type, 0));
                    Arrays.fill(covered, i, end, true);
                    break;
                }
            }
        }
        names.sort(Comparator.comparingInt(Found::start));
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
            stems[i] = NameWords.stem(words[i]);
        }
        return stems[i];
    }
}
