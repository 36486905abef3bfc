package io.wirewatch.eval;

/**
 * Precision and recall as shares: {@code correct} of {@code total} for each; F1 their harmonic
 * mean. A share of nothing is 0 (as naeval counts it).
 */
public record TokenScore(double precisionCorrect, double precisionTotal, double recallCorrect, double recallTotal) {
    public static final TokenScore ZERO = new TokenScore(0, 0, 0, 0);

    public TokenScore plus(TokenScore other) {
        return new TokenScore(precisionCorrect + other.precisionCorrect, precisionTotal + other.precisionTotal,
                recallCorrect + other.recallCorrect, recallTotal + other.recallTotal);
    }

    public double precision() {
        return precisionTotal == 0 ? 0 : precisionCorrect / precisionTotal;
    }

    public double recall() {
        return recallTotal == 0 ? 0 : recallCorrect / recallTotal;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** A table under {@code heading}: per type of {@link ExactSpans#TYPES}, precision, recall and F1. */
    static String table(String heading, java.util.Map<String, TokenScore> byType) {
        StringBuilder out = new StringBuilder(String.format("%s%n%-6s %9s %9s %9s%n", heading, "type", "precision", "recall", "F1"));
        for (String type : ExactSpans.TYPES) {
            TokenScore s = byType.getOrDefault(type, ZERO);
            out.append(String.format("%-6s %9.3f %9.3f %9.3f%n", type, s.precision(), s.recall(), s.f1()));
        }
        return out.toString();
    }
}
