package io.wirewatch.extract.ner.model;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * A name-finder feature generator that describes each sentence's words once ({@link #describe}),
 * then makes a word's features from that description ({@link #make}). A word asked for again right
 * away gets the same strings back: OpenNLP 2.5's aggregated generator asks every generator but the
 * first twice per word (see {@code ner/features.xml}). One instance per name finder (not
 * thread-safe), like every OpenNLP feature generator.
 */
abstract class SentenceFeatureGenerator implements AdaptiveFeatureGenerator {
    private String[] sentence;
    private int lastIndex = -1;
    private final List<String> lastFeatures = new ArrayList<>();

    @Override
    public final void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        if (tokens == sentence && index == lastIndex) {
            features.addAll(lastFeatures);
            return;
        }
        if (tokens != sentence) {
            describe(tokens);
            sentence = tokens;
        }
        int from = features.size();
        make(features, tokens, index);
        lastIndex = index;
        lastFeatures.clear();
        lastFeatures.addAll(features.subList(from, features.size()));
    }

    /** Works out what the features need of every word of a new sentence. */
    abstract void describe(String[] tokens);

    /** Adds the features of the word at {@code index}. */
    abstract void make(List<String> features, String[] tokens, int index);
}
