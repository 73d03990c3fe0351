package io.hcastudio.analysis.result;

/** The special QP a MAD uses: QP0 (subnet management) or QP1 (general services: SA, CM). */
public enum QpType {
    SMI,
    GSI
}
