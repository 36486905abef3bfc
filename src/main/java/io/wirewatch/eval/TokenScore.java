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
}
