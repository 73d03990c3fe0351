package io.hcastudio.sim.metrics;

/** The special QP a MAD uses. */
public enum QpType {
    /** QP0, subnet management. */
    SMI,
    /** QP1, general services (SA, CM). */
    GSI
}
