package io.hcastudio.charts;

import org.eclipse.swt.graphics.RGB;

/**
 * A shaded area between a lower and an upper curve, drawn behind the series it belongs to (a mean line's 95 %
 * confidence interval). Points where either bound is NaN are skipped.
 */
record ConfidenceBand(String seriesId, double[] xs, double[] lower, double[] upper, RGB colour) {
}
