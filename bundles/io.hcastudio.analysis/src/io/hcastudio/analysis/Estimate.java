package io.hcastudio.analysis;

import java.util.List;

/**
 * Mean, smallest and largest value of a sample with its two-sided 95 % confidence interval from Student's t distribution:
 * {@code mean ± t(0.975, n − 1) · s / √n}, s being the sample standard deviation (divisor n − 1). With fewer than two
 * values there is no interval; its half width is then NaN.
 *
 * @param count             sample size n
 * @param mean              arithmetic mean (values summed in the given order)
 * @param standardDeviation sample standard deviation, NaN for n < 2
 * @param halfWidth         half width of the 95 % confidence interval, NaN for n < 2
 * @param min               smallest value, NaN for n = 0
 * @param max               largest value, NaN for n = 0
 */
public record Estimate(int count, double mean, double standardDeviation, double halfWidth, double min, double max) {

    /** t(0.975, df) for df = 1..30; beyond that the Cornish-Fisher expansion is accurate to 1e-7. */
    private static final double[] T_975 = {12.7062047362, 4.3026527297, 3.1824463053, 2.7764451052, 2.5705818356,
        2.4469118511, 2.3646242516, 2.3060041352, 2.2621571628, 2.2281388520, 2.2009851601, 2.1788128297,
        2.1603686565, 2.1447866879, 2.1314495456, 2.1199052992, 2.1098155778, 2.1009220402, 2.0930240544,
        2.0859634473, 2.0796138447, 2.0738730679, 2.0686576104, 2.0638985616, 2.0595385528, 2.0555294386,
        2.0518305165, 2.0484071418, 2.0452296421, 2.0422724563};

    /** Standard normal 0.975 quantile. */
    private static final double Z_975 = 1.959963984540054;

    public static Estimate of(List<? extends Number> values) {
        int n = values.size();
        if (n == 0) {
            return new Estimate(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Number value : values) {
            sum += value.doubleValue();
            min = Math.min(min, value.doubleValue());
            max = Math.max(max, value.doubleValue());
        }
        double mean = sum / n;
        if (n == 1) {
            return new Estimate(1, mean, Double.NaN, Double.NaN, min, max);
        }
        double squares = 0;
        for (Number value : values) {
            double deviation = value.doubleValue() - mean;
            squares += deviation * deviation;
        }
        double deviation = Math.sqrt(squares / (n - 1));
        return new Estimate(n, mean, deviation, studentT975(n - 1) * deviation / Math.sqrt(n), min, max);
    }

    public double lower() {
        return mean - halfWidth;
    }

    public double upper() {
        return mean + halfWidth;
    }

    /**
     * The interval's lower bound cut at 0, as results of counts and durations show it: a Student-t interval of a
     * count with many zeros can reach below 0, which no count can.
     */
    public double lowerAtZero() {
        return Math.max(0, lower());
    }

    /** The 0.975 quantile of Student's t distribution with {@code degreesOfFreedom} degrees of freedom. */
    public static double studentT975(int degreesOfFreedom) {
        if (degreesOfFreedom < 1) {
            throw new IllegalArgumentException("degrees of freedom must be positive, was " + degreesOfFreedom);
        }
        if (degreesOfFreedom <= T_975.length) {
            return T_975[degreesOfFreedom - 1];
        }
        double z = Z_975;
        double z2 = z * z;
        double df = degreesOfFreedom;
        return z + z * (z2 + 1) / (4 * df)
                + z * ((5 * z2 + 16) * z2 + 3) / (96 * df * df)
                + z * (((3 * z2 + 19) * z2 + 17) * z2 - 15) / (384 * df * df * df)
                + z * ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945) / (92160 * df * df * df * df);
    }
}
