package io.hcastudio.analysis.result;

import java.util.Locale;

/** The cmtime steps that put MADs on the wire, in the order a connection takes them. */
public enum CmtimeStep {
    RESOLVE_ROUTE,
    CONNECT,
    DISCONNECT;

    /** cmtime's name of the step, as in {@link PhaseStats#phase()}: {@code resolve_route}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Start of the step's column names in stores and CSV exports, e.g. {@code route_start_ns}. */
    public String columnPrefix() {
        return this == RESOLVE_ROUTE ? "route" : label();
    }

    /** The step cmtime calls {@code label}. */
    public static CmtimeStep ofLabel(String label) {
        for (CmtimeStep step : values()) {
            if (step.label().equals(label)) {
                return step;
            }
        }
        throw new IllegalArgumentException("unknown cmtime step '" + label + "'");
    }
}
