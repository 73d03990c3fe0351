package io.hcastudio.analysis;

import java.util.Locale;

/**
 * How often replications lost MADs: {@code r} of {@code n} replications dropped at least one, with the one-sided
 * 95 % exact binomial (Clopper-Pearson) upper bound on the probability that a replication loses any. The bound is
 * the loss probability {@code p} at which seeing at most {@code r} losing replications has probability 5 %:
 * {@code P(X ≤ r | n, p) = 0.05}; for {@code r = 0} that is {@code 1 − 0.05^(1/n)} (9.5 % for 30 replications;
 * the rule of three, {@code 3/n}, approximates it). For {@code r = n} the bound is 1.
 *
 * @param losing       replications that dropped at least one MAD
 * @param replications replications in all, at least 1
 */
public record LossProbability(int losing, int replications) {

    /** One-sided confidence level of {@link #upperBound()}. */
    public static final double CONFIDENCE = 0.95;

    /** How the bound is computed, as reports name it. */
    public static final String METHOD = "one-sided 95 % exact binomial (Clopper-Pearson) upper bound";

    private static final int BISECTIONS = 200;

    public LossProbability {
        if (replications < 1) {
            throw new IllegalArgumentException("replications must be positive, was " + replications);
        }
        if (losing < 0 || losing > replications) {
            throw new IllegalArgumentException(losing + " losing replications of " + replications);
        }
    }

    /** Replications that lost nothing. */
    public int lossless() {
        return replications - losing;
    }

    /** The observed share of replications with loss, {@code r / n}. */
    public double observed() {
        return losing / (double) replications;
    }

    /** The one-sided 95 % Clopper-Pearson upper bound on the probability that a replication loses MADs. */
    public double upperBound() {
        if (losing == replications) {
            return 1;
        }
        double alpha = 1 - CONFIDENCE;
        if (losing == 0) {
            return 1 - Math.pow(alpha, 1.0 / replications);
        }
        // P(X <= r | n, p) falls as p rises: bisect for the p where it equals alpha.
        double low = 0;
        double high = 1;
        for (int i = 0; i < BISECTIONS && high - low > 1e-15; i++) {
            double middle = (low + high) / 2;
            if (binomialCdf(losing, replications, middle) > alpha) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return (low + high) / 2;
    }

    /** The bound as a report prints it: whole percent from 10 % up, one decimal below, e.g. {@code 9.5 %}. */
    public String upperBoundText() {
        return percent(upperBound());
    }

    /**
     * In how many replications MADs were lost, as results and reports say it: {@code 0 MADs lost in 30 of 30
     * replications (95 % upper bound on the loss probability: 9.5 %)}, or {@code MADs lost in 3 of 30
     * replications, 12.3 per replication on average (95 % upper bound on the loss probability: 24 %)}; when every
     * replication lost MADs the bound (100 %) is left out.
     *
     * @param meanDrops MADs dropped per replication on average
     */
    public String sentence(double meanDrops) {
        String bound = " (95 % upper bound on the loss probability: " + upperBoundText() + ")";
        if (losing == 0) {
            return "0 MADs lost in " + replications + " of " + replications + " replications" + bound;
        }
        String mean = meanDrops == Math.rint(meanDrops) ? String.format(Locale.ROOT, "%,d", (long) meanDrops)
                : String.format(Locale.ROOT, "%,.1f", meanDrops);
        return "MADs lost in " + losing + " of " + replications + " replications, " + mean
                + " per replication on average" + (losing < replications ? bound : "");
    }

    /** {@code 0.095 → "9.5 %"}, {@code 0.26 → "26 %"}, {@code 1 → "100 %"}. */
    public static String percent(double share) {
        double percent = 100 * share;
        return percent >= 10 ? String.format(Locale.ROOT, "%.0f %%", percent)
                : String.format(Locale.ROOT, "%.1f %%", percent);
    }

    /** P(X ≤ k) for X ~ Binomial(n, p), summed in log space so that large n stay finite. */
    static double binomialCdf(int k, int n, double p) {
        if (p <= 0) {
            return 1;
        }
        if (p >= 1) {
            return k >= n ? 1 : 0;
        }
        double logP = Math.log(p);
        double logQ = Math.log1p(-p);
        double sum = 0;
        double logChoose = 0;
        for (int i = 0; i <= k; i++) {
            if (i > 0) {
                logChoose += Math.log(n - i + 1) - Math.log(i);
            }
            sum += Math.exp(logChoose + i * logP + (n - i) * logQ);
        }
        return Math.min(1, sum);
    }
}
