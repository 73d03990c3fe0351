package io.hcastudio.sim.metrics;

/**
 * Step times of one cmtime phase over all connections that completed it (successfully or not).
 *
 * @param phase   phase name: {@code resolve_route}, {@code connect}, {@code disconnect}
 * @param count   connections measured
 * @param minNs   shortest step time in ns
 * @param maxNs   longest step time in ns
 * @param meanNs  mean step time in ns
 * @param totalNs phase wall time in ns from the first issue to the last completion
 */
public record PhaseStats(String phase, long count, long minNs, long maxNs, double meanNs, long totalNs) {
}
