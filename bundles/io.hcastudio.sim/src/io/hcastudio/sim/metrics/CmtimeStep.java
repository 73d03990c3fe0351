package io.hcastudio.sim.metrics;

/** The cmtime steps that put MADs on the wire, in the order a connection takes them. */
public enum CmtimeStep {
    RESOLVE_ROUTE("resolve_route"),
    CONNECT("connect"),
    DISCONNECT("disconnect");

    private final String label;

    CmtimeStep(String label) {
        this.label = label;
    }

    /** cmtime's name of the step, as in {@link PhaseStats#phase()}. */
    public String label() {
        return label;
    }
}
