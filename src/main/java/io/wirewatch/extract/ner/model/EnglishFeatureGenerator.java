package io.wirewatch.extract.ner.model;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The English name finder's features, all of them, made once per sentence ({@code ner/en-features.xml}
 * names this one generator): the lower-case word and its neighbours two either side, lower-case
 * bigrams, the word's shape (Xx, X.X., d-d) and its neighbours', prefixes and suffixes, the
 * sentence's first word, the knowledge base's names ({@link KnowledgeBaseFeatureGenerator}), the
 * Phoenix gazetteer's ({@link NameGazetteer}: the longest entry a word begins or continues, and
 * whether it is a known first or last name), and what the word was tagged earlier in the document.
 * <p>Capitalization says little in a sentence written in capitals (a headline, a dateline): there
 * every shape feature is marked as such ({@code U}), so that the model learns capitals apart and
 * leans on the words, the knowledge base and the gazetteer. Not thread-safe (one per name finder).
 */
public final class EnglishFeatureGenerator extends SentenceFeatureGenerator {
    private final KnowledgeBaseFeatureGenerator knowledgeBase = new KnowledgeBaseFeatureGenerator();
    private final NameGazetteer gazetteer = NameGazetteer.bundled();
    private final Map<String, String> previousTags = new HashMap<>();
    private String[] lower;
    private String[] shapes;
    private String[] gazetteerLabels;
    private int[] personClasses;

    @Override
    void describe(String[] tokens) {
        int n = tokens.length;
        lower = new String[n];
        shapes = new String[n];
        personClasses = new int[n];
        boolean caps = DocumentCasing.isCapsSentence(tokens);
        for (int i = 0; i < n; i++) {
            lower[i] = tokens[i].toLowerCase(Locale.ROOT);
            shapes[i] = caps ? "U" + WordShape.of(tokens[i]) : WordShape.of(tokens[i]);
            personClasses[i] = gazetteer.personClasses(lower[i]);
        }
        gazetteerLabels = gazetteer.label(tokens, lower);
    }

    @Override
    void make(List<String> features, String[] tokens, int i) {
        int n = tokens.length;
        String word = lower[i];
        String previous = i > 0 ? lower[i - 1] : "BOS";
        String next = i + 1 < n ? lower[i + 1] : "EOS";
        features.add("w=" + word);
        features.add("p1w=" + previous);
        features.add("p2w=" + (i > 1 ? lower[i - 2] : "BOS"));
        features.add("n1w=" + next);
        features.add("n2w=" + (i + 2 < n ? lower[i + 2] : "EOS"));
        features.add("pw,w=" + previous + "," + word);
        features.add("w,nw=" + word + "," + next);
        String shape = shapes[i];
        String previousShape = i > 0 ? shapes[i - 1] : "BOS";
        String nextShape = i + 1 < n ? shapes[i + 1] : "EOS";
        features.add("sh=" + shape);
        features.add("psh,sh=" + previousShape + "," + shape);
        features.add("sh,nsh=" + shape + "," + nextShape);
        features.add("psh,sh,nsh=" + previousShape + "," + shape + "," + nextShape);
        features.add("pw,sh=" + previous + "," + shape);
        if (i == 0) {
            features.add("first,sh=" + shape);
        }
        affixes(features, word);
        gazetteer(features, i, n);
        knowledgeBase.createFeatures(features, tokens, i, null);
        String tag = previousTags.get(tokens[i]);
        if (tag != null) {
            features.add("pd=" + tag);
        }
    }

    private static void affixes(List<String> features, String word) {
        int length = word.length();
        for (int k = 2; k <= 4 && k < length; k++) {
            features.add("s" + k + "=" + word.substring(length - k));
        }
        for (int k = 2; k <= 3 && k < length; k++) {
            features.add("pr" + k + "=" + word.substring(0, k));
        }
    }

    private void gazetteer(List<String> features, int i, int n) {
        String label = gazetteerLabels[i];
        if (label != null) {
            features.add("gz=" + label);
        }
        if (personClasses[i] != 0) {
            features.add("gzp=" + personClasses[i]);
        }
        String before = i > 0 ? gazetteerLabels[i - 1] : "BOS";
        String after = i + 1 < n ? gazetteerLabels[i + 1] : "EOS";
        features.add("gzc=" + before + "," + label + "," + after);
    }

    /** Remembers the tags of capitalized words only: a common word tagged inside a name (and) says nothing of the next. */
    @Override
    public void updateAdaptiveData(String[] tokens, String[] outcomes) {
        for (int i = 0; i < tokens.length; i++) {
            if (!tokens[i].isEmpty() && Character.isUpperCase(tokens[i].charAt(0))) {
                previousTags.put(tokens[i], outcomes[i]);
            }
        }
    }

    @Override
    public void clearAdaptiveData() {
        previousTags.clear();
    }
}
