package io.hcastudio.analysis.result;

/**
 * Step times of one cmtime phase over all connections that completed it.
 *
 * @param phase   cmtime's name of the phase, see {@link CmtimeStep#label()}
 * @param count   connections measured
 * @param minNs   shortest step time in ns
 * @param maxNs   longest step time in ns
 * @param meanNs  mean step time in ns
 * @param totalNs phase wall time in ns from the first issue to the last completion
 */
public record PhaseStats(String phase, long count, long minNs, long maxNs, double meanNs, long totalNs) {
}
