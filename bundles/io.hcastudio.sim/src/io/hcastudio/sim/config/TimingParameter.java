package io.hcastudio.sim.config;

/**
 * The timing parameters that are drawn per occurrence from a {@link Distribution}, with the name the model and the
 * command line use and the default of spec §5. Each has a random stream of its own in a run
 * ({@link #streamId()}), so that giving one parameter a distribution never shifts the draws of another.
 */
public enum TimingParameter {

    LOOPBACK_LATENCY("loopbackLatencyNs", 2_000),
    LOOPBACK_CQE_LATENCY("loopbackCqeLatencyNs", 1_500),
    WIRE_CQE_LATENCY("wireCqeLatencyNs", 1_500),
    IRQ_LATENCY("irqLatencyNs", 5_000),
    WAKE_LATENCY("wakeLatencyNs", 20_000),
    RESCHED_LATENCY("reschedLatencyNs", 0),
    POLL_COST("pollCostNs", 0),
    REAP_COST("reapCostNs", 300),
    MUX_COST("muxCostNs", 1_500),
    DEMUX_COST("demuxCostNs", 1_500),
    CM_ID_ALLOC_COST("cmIdAllocCostNs", 500),
    ISSUE_COST("issueCostNs", 10_000),
    CONNECT_RESPONSE_COST("connectResponseCostNs", 250_000),
    ACCEPT_COST("acceptCostNs", 500_000),
    SERVER_DISCONNECT_COST("serverDisconnectCostNs", 10_000),
    FUNCTION_RECV_COST("functionRecvCostNs", 1_000),
    COMPLETION_HANDLER_COST("completionHandlerCostNs", 200),
    DEBUG_PRINT_COST("debugPrintCostNs", 5_000);

    private final String modelName;
    private final Distribution defaultValue;

    TimingParameter(String modelName, long defaultNs) {
        this.modelName = modelName;
        this.defaultValue = Distribution.constant(defaultNs);
    }

    /** The name in the model's timing parameters and on the command line, e.g. {@code wakeLatencyNs}. */
    public String modelName() {
        return modelName;
    }

    /** The default of spec §5, a constant. */
    public Distribution defaultValue() {
        return defaultValue;
    }

    /**
     * The run's random stream this parameter draws from. Stream 0 orders ties; stream 1, once the wake-up jitter's, is
     * the wake latency's, so that {@code uniform(w, w + j)} gives exactly the draws of the former jitter {@code j}.
     */
    public int streamId() {
        return this == WAKE_LATENCY ? 1 : 2 + ordinal();
    }

    /** The parameter called {@code name}, or null. */
    public static TimingParameter byName(String name) {
        for (TimingParameter parameter : values()) {
            if (parameter.modelName.equals(name)) {
                return parameter;
            }
        }
        return null;
    }
}
