package io.wirewatch.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * The counts of one evaluation of found items against gold (events or statements, of an article,
 * a part or a whole set): required found, required total, found paired with a listed gold item,
 * found total; and precision, recall and F1 from them.
 */
public final class Score {
    int requiredFound;
    int required;
    int foundListed;
    int found;

    public double precision() {
        return found == 0 ? 1 : (double) foundListed / found;
    }

    public double recall() {
        return required == 0 ? 1 : (double) requiredFound / required;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public int requiredFound() {
        return requiredFound;
    }

    public int required() {
        return required;
    }

    /** Found items paired with no gold item: the false positives. */
    public int extra() {
        return found - foundListed;
    }

    void add(Score other) {
        requiredFound += other.requiredFound;
        required += other.required;
        foundListed += other.foundListed;
        found += other.found;
    }

    String line(String what) {
        return String.format("%-10s %9.3f %9.3f %9.3f %9d %9d%n", what, precision(), recall(), f1(), required, found);
    }

    /** Gold items: the {@code required} first ones of {@code listed}, then the acceptable. */
    static <T> Score of(int required, List<JsonNode> listed, List<T> found, BiPredicate<T, JsonNode> matches) {
        int[] pairs = GoldMatch.pairs(found, listed, matches);
        Score score = new Score();
        score.required = required;
        score.found = found.size();
        for (int pair : pairs) {
            if (pair >= 0) {
                score.foundListed++;
                score.requiredFound += pair < required ? 1 : 0;
            }
        }
        return score;
    }
}
