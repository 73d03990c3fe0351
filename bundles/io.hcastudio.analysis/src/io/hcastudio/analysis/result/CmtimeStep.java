package io.hcastudio.analysis.result;

/** The cmtime steps that put MADs on the wire, in the order a connection takes them. */
public enum CmtimeStep {
    RESOLVE_ROUTE("resolve_route", "route"),
    CONNECT("connect", "connect"),
    DISCONNECT("disconnect", "disconnect");

    private final String label;
    private final String columnPrefix;

    CmtimeStep(String label, String columnPrefix) {
        this.label = label;
        this.columnPrefix = columnPrefix;
    }

    /** cmtime's name of the step, as in {@link PhaseStats#phase()}. */
    public String label() {
        return label;
    }

    /** Start of the step's column names in stores and CSV exports, e.g. {@code route_start_ns}. */
    public String columnPrefix() {
        return columnPrefix;
    }

    /** The step cmtime calls {@code label}. */
    public static CmtimeStep ofLabel(String label) {
        for (CmtimeStep step : values()) {
            if (step.label.equals(label)) {
                return step;
            }
        }
        throw new IllegalArgumentException("unknown cmtime step '" + label + "'");
    }
}
