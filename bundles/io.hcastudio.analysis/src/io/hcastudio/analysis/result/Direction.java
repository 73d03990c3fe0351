package io.hcastudio.analysis.result;

/** MAD direction as seen from a function: EGRESS = function → wire, INGRESS = wire → function. */
public enum Direction {
    EGRESS,
    INGRESS
}
