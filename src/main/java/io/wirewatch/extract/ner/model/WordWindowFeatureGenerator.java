package io.wirewatch.extract.ner.model;

import java.util.List;
import opennlp.tools.util.StringUtil;

/**
 * The features OpenNLP's name finder usually takes from the words around a token, exactly and in
 * the order that {@code WindowFeatureGenerator} (two words either side) makes them over
 * {@code TokenClassFeatureGenerator} ({@link Part#CLASSES}: {@code wc=ic}, {@code w&c=москва,ic},
 * {@code p1wc=lc}...) or {@code TokenFeatureGenerator} ({@link Part#WORDS}: {@code w=москва},
 * {@code p1w=в}, {@code n2w=...}). The order decides how training indexes features, so the same
 * data gives the same model. Each word's lower-case form and class are worked out once per
 * sentence instead of once for every window position that sees it, which made those generators
 * the name finder's largest cost.
 */
public final class WordWindowFeatureGenerator extends SentenceFeatureGenerator {
    static final int WINDOW = 2;

    /** Which of OpenNLP's two word windows this makes. */
    public enum Part { CLASSES, WORDS }

    private final Part part;
    private String[] lowerCase;
    private String[] classes;

    public WordWindowFeatureGenerator(Part part) {
        this.part = part;
    }

    @Override
    void make(List<String> features, String[] tokens, int index) {
        add(features, index, "");
        for (int i = 1; i <= WINDOW && index - i >= 0; i++) {
            add(features, index - i, "p" + i);
        }
        for (int i = 1; i <= WINDOW && index + i < tokens.length; i++) {
            add(features, index + i, "n" + i);
        }
    }

    private void add(List<String> features, int word, String prefix) {
        if (part == Part.CLASSES) {
            features.add(prefix + "wc=" + classes[word]);
            features.add(prefix + "w&c=" + lowerCase[word] + "," + classes[word]);
        } else {
            features.add(prefix + "w=" + lowerCase[word]);
        }
    }

    @Override
    void describe(String[] tokens) {
        lowerCase = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            lowerCase[i] = StringUtil.toLowerCase(tokens[i]);
        }
        classes = part == Part.CLASSES ? WordBigramFeatureGenerator.classes(tokens) : null;
    }
}
