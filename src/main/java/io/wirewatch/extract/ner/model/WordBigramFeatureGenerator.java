package io.wirewatch.extract.ner.model;

import java.util.List;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * The word and word-class bigrams of OpenNLP's {@code BigramNameFeatureGenerator}, exactly and in
 * its order ({@code pw,w=в,Москве}, {@code pwc,wc=lc,ic}, {@code w,nw=...}, {@code wc,nc=...}),
 * each word's class worked out once per sentence instead of three times.
 */
public final class WordBigramFeatureGenerator extends SentenceFeatureGenerator {
    private String[] classes;

    @Override
    void describe(String[] tokens) {
        classes = classes(tokens);
    }

    @Override
    void make(List<String> features, String[] tokens, int index) {
        if (index > 0) {
            features.add("pw,w=" + tokens[index - 1] + "," + tokens[index]);
            features.add("pwc,wc=" + classes[index - 1] + "," + classes[index]);
        }
        if (index + 1 < tokens.length) {
            features.add("w,nw=" + tokens[index] + "," + tokens[index + 1]);
            features.add("wc,nc=" + classes[index] + "," + classes[index + 1]);
        }
    }

    /** OpenNLP's word class of each word (lc, ic, ac, 2d, num...). */
    static String[] classes(String[] tokens) {
        String[] classes = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            classes[i] = FeatureGeneratorUtil.tokenFeature(tokens[i]);
        }
        return classes;
    }
}
