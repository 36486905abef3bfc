package io.wirewatch.extract.ner.model;

import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A trained OpenNLP perceptron laid out for fast evaluation, giving the same probabilities.
 * OpenNLP's {@code PerceptronModel} finds each feature in a HashMap (hashing the new feature
 * string, then comparing it with the stored one) and follows it to a Context object and two
 * arrays. Here a feature is known by a 64-bit hash of its characters, kept in one open-addressing
 * table beside its row (hash and row in neighbouring slots, one cache line), and its weights for
 * every outcome sit side by side in one array: a lookup touches two places in memory. A feature the model does not know but whose hash equals a known one's would be taken
 * for it: with some 25,000 known features and some 30,000 features asked for per article, about
 * one chance in 20,000 per million articles, and then one word's scores would be off by one
 * feature's weights. Two known features with one hash are refused when the model loads.
 * <p>The name finder's generators make most features twice per word (see {@code ner/features.xml})
 * and hand the same string the second time, so the rows of recently seen strings are remembered
 * by identity. That memory is why an instance serves one thread: each takes its own with
 * {@link #forOneThread()}, sharing the tables.
 */
final class CompactPerceptron implements MaxentModel {
    private final String[] outcomes;
    /** Slot {@code 2s}: a feature's hash (0: free); slot {@code 2s + 1}: its row. */
    private final long[] table;
    private final double[] weights;
    private final int mask;
    private static final int RECENT = 512;
    private final String[] recent = new String[RECENT];
    private final int[] recentRows = new int[RECENT];

    /** @param model a perceptron read or trained by OpenNLP */
    @SuppressWarnings("unchecked")
    CompactPerceptron(AbstractModel model) {
        if (model.getModelType() != AbstractModel.ModelType.Perceptron) {
            throw new IllegalArgumentException("not a perceptron: " + model.getModelType());
        }
        Object[] parts = model.getDataStructures();
        Map<String, Context> predicates = (Map<String, Context>) parts[1];
        this.outcomes = ((String[]) parts[2]).clone();
        int capacity = Integer.highestOneBit(Math.max(2, predicates.size()) * 2 - 1) << 1;
        this.table = new long[2 * capacity];
        this.mask = capacity - 1;
        this.weights = new double[predicates.size() * outcomes.length];
        int row = 0;
        for (Map.Entry<String, Context> predicate : predicates.entrySet()) {
            long key = key(predicate.getKey());
            int slot = freeSlot(key, predicate.getKey());
            table[2 * slot] = key;
            table[2 * slot + 1] = row;
            int[] outcomeIds = predicate.getValue().getOutcomes();
            double[] parameters = predicate.getValue().getParameters();
            for (int i = 0; i < outcomeIds.length; i++) {
                weights[row * outcomes.length + outcomeIds[i]] = parameters[i];
            }
            row++;
        }
    }

    private CompactPerceptron(CompactPerceptron tables) {
        this.outcomes = tables.outcomes;
        this.table = tables.table;
        this.weights = tables.weights;
        this.mask = tables.mask;
    }

    /** The same model for another thread: the tables shared, its own memory of recent features. */
    CompactPerceptron forOneThread() {
        return new CompactPerceptron(this);
    }

    private int freeSlot(long key, String feature) {
        int slot = (int) key & mask;
        while (table[2 * slot] != 0) {
            if (table[2 * slot] == key) {
                throw new IllegalStateException("two features of the model share a 64-bit hash, one of them " + feature);
            }
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** The row of a feature's weights, or -1 for a feature the model does not know. */
    private int row(String feature) {
        int at = recentSlot(feature);
        if (recent[at] == feature) {
            return recentRows[at];
        }
        int row = lookUp(feature);
        recent[at] = feature;
        recentRows[at] = row;
        return row;
    }

    /**
     * The feature's slot in the memory of recent features, from its length and three of its
     * characters: constant time, where {@code String.hashCode} would read every character of a
     * string made a moment ago. Two features sharing a slot only cost a lookup.
     */
    private static int recentSlot(String feature) {
        int length = feature.length();
        if (length == 0) {
            return 0;
        }
        int h = length * 0x9E3779B9 + feature.charAt(0) * 31 + feature.charAt(length - 1) * 0x85EBCA6B
                + feature.charAt(length >> 1) * 0xC2B2AE35;
        return (h ^ (h >>> 15)) & (RECENT - 1);
    }

    private int lookUp(String feature) {
        long key = key(feature);
        int slot = (int) key & mask;
        for (long known = table[2 * slot]; known != 0; known = table[2 * slot]) {
            if (known == key) {
                return (int) table[2 * slot + 1];
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    /**
     * A 64-bit hash of the characters (a multiplicative hash over pairs of characters, then
     * MurmurHash3's finalizer); never 0, which marks a free slot. Pairs halve the chain of
     * multiplications, each waiting for the last.
     */
    static long key(String feature) {
        int length = feature.length();
        long h = length;
        int i = 0;
        for (; i + 1 < length; i += 2) {
            h = (h + (feature.charAt(i) | (long) feature.charAt(i + 1) << 16)) * 0x9E3779B97F4A7C15L;
        }
        if (i < length) {
            h = (h + feature.charAt(i)) * 0x9E3779B97F4A7C15L;
        }
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }

    @Override
    public double[] eval(String[] context) {
        return eval(context, new double[outcomes.length]);
    }

    @Override
    public double[] eval(String[] context, float[] values) {
        double[] scores = new double[outcomes.length];
        int n = outcomes.length;
        for (int i = 0; i < context.length; i++) {
            int row = row(context[i]);
            if (row >= 0) {
                double value = values == null ? 1 : values[i];
                for (int o = 0; o < n; o++) {
                    scores[o] += weights[row * n + o] * value;
                }
            }
        }
        return normalize(scores);
    }

    /**
     * Sums the weights of the context's known features per outcome, then normalizes as OpenNLP's
     * perceptron does (scores over the largest magnitude, at least 1, exponentiated, summing to 1).
     */
    @Override
    public double[] eval(String[] context, double[] scores) {
        int n = outcomes.length;
        java.util.Arrays.fill(scores, 0, n, 0);
        for (String feature : context) {
            int row = row(feature);
            if (row >= 0) {
                int at = row * n;
                for (int o = 0; o < n; o++) {
                    scores[o] += weights[at + o];
                }
            }
        }
        return normalize(scores);
    }

    private double[] normalize(double[] scores) {
        int n = outcomes.length;
        double largest = 1;
        for (int o = 0; o < n; o++) {
            largest = Math.max(largest, StrictMath.abs(scores[o]));
        }
        double total = 0;
        for (int o = 0; o < n; o++) {
            scores[o] = StrictMath.exp(scores[o] / largest);
            total += scores[o];
        }
        for (int o = 0; o < n; o++) {
            scores[o] /= total;
        }
        return scores;
    }

    @Override
    public String getBestOutcome(double[] scores) {
        int best = 0;
        for (int o = 1; o < outcomes.length; o++) {
            if (scores[o] > scores[best]) {
                best = o;
            }
        }
        return outcomes[best];
    }

    @Override
    public String getAllOutcomes(double[] scores) {
        StringBuilder all = new StringBuilder();
        for (int o = 0; o < outcomes.length; o++) {
            all.append(o == 0 ? "" : "  ").append(outcomes[o]).append('[').append(String.format("%.4f", scores[o])).append(']');
        }
        return all.toString();
    }

    @Override
    public String getOutcome(int index) {
        return outcomes[index];
    }

    @Override
    public int getIndex(String outcome) {
        for (int o = 0; o < outcomes.length; o++) {
            if (outcomes[o].equals(outcome)) {
                return o;
            }
        }
        return -1;
    }

    @Override
    public int getNumOutcomes() {
        return outcomes.length;
    }
}
