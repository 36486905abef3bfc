package io.wirewatch.extract.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * The features a generator last made, for the same word of the same sentence asked for again:
 * OpenNLP 2.5's aggregated generator asks every generator but the first twice per word (see
 * {@code ner/features.xml}), and the second time costs nothing but adding the same strings.
 */
final class RepeatedWordFeatures {
    private String[] sentence;
    private int index = -1;
    private final List<String> features = new ArrayList<>();

    /** Adds the features made last time, if they were for this word; false when they must be made. */
    boolean addIfRepeated(List<String> out, String[] tokens, int index) {
        if (tokens != sentence || index != this.index) {
            return false;
        }
        out.addAll(features);
        return true;
    }

    /** Remembers the features just added to {@code out} from position {@code from} on, for this word. */
    void remember(List<String> out, int from, String[] tokens, int index) {
        sentence = tokens;
        this.index = index;
        features.clear();
        features.addAll(out.subList(from, out.size()));
    }
}
