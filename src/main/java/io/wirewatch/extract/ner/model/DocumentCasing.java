package io.wirewatch.extract.ner.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A document's sentences written in capitals (a headline, a dateline: PRESIDENT SAYS SHULTZ TO HEAD
 * FOR MOSCOW TALKS) in the case the rest of the document gives their words: each word as it is most
 * often written inside a sentence of ordinary case; a word the document writes nowhere else in
 * small letters, unless the gazetteer knows it as a name (PRESIDENT says Shultz to head for Moscow
 * talks). A document with too little ordinary text to tell (a table in capitals) is left as it is.
 * The English name finder reads these words, in training and in use, so that a capital in a
 * headline means what it means elsewhere. The number and order of words do not change. Pure and
 * thread-safe.
 */
public final class DocumentCasing {
    private static final double CAPS_SHARE = 0.8;
    /** Words of ordinary case a document needs before its capitals are recased. */
    private static final int EVIDENCE = 30;

    private DocumentCasing() {
    }

    /** The sentences, those in capitals recased; the others are the same arrays. */
    public static List<String[]> of(List<String[]> sentences) {
        boolean[] caps = new boolean[sentences.size()];
        boolean any = false;
        for (int s = 0; s < sentences.size(); s++) {
            caps[s] = isCapsSentence(sentences.get(s));
            any |= caps[s];
        }
        if (!any) {
            return sentences;
        }
        Map<String, String> forms = forms(sentences, caps);
        if (forms.size() < EVIDENCE) {
            return sentences;
        }
        NameGazetteer gazetteer = NameGazetteer.bundled();
        List<String[]> recased = new ArrayList<>(sentences.size());
        for (int s = 0; s < sentences.size(); s++) {
            String[] words = sentences.get(s);
            if (caps[s]) {
                words = words.clone();
                for (int i = 0; i < words.length; i++) {
                    String lower = words[i].toLowerCase(Locale.ROOT);
                    words[i] = forms.containsKey(lower) ? forms.get(lower) : gazetteer.isNameWord(lower) ? titleCase(lower) : lower;
                }
            }
            recased.add(words);
        }
        return recased;
    }

    /** Each word's most frequent form inside sentences of ordinary case, sentence-initial words left out. */
    private static Map<String, String> forms(List<String[]> sentences, boolean[] caps) {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (int s = 0; s < sentences.size(); s++) {
            String[] words = sentences.get(s);
            for (int i = 1; !caps[s] && i < words.length; i++) {
                if (hasLetter(words[i])) {
                    counts.computeIfAbsent(words[i].toLowerCase(Locale.ROOT), k -> new HashMap<>()).merge(words[i], 1, Integer::sum);
                }
            }
        }
        Map<String, String> forms = new HashMap<>();
        counts.forEach((key, byForm) -> forms.put(key, byForm.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey()));
        return forms;
    }

    private static String titleCase(String lower) {
        return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /** Most words with letters written in capitals only: a headline or a dateline. */
    public static boolean isCapsSentence(String[] words) {
        int lettered = 0;
        int caps = 0;
        for (String word : words) {
            if (hasLetter(word)) {
                lettered++;
                caps += WordShape.isAllCaps(word) ? 1 : 0;
            }
        }
        return lettered > 0 && caps >= CAPS_SHARE * lettered;
    }

    private static boolean hasLetter(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetter(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
