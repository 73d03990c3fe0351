package io.hcastudio.analysis.result;

/**
 * Why a MAD was lost: the proxy specification's drop table D1-D6, then the function-side and policy losses beside
 * it. Each cause carries the names every export, chart and report shows for it.
 */
public enum DropCause {
    D1_WIRE_RING_FULL("D1 wire send ring full"),
    D2_TUNNEL_RING_FULL("D2 tunnel send ring full"),
    D3_TUNNEL_RX_OVERRUN("D3 tunnel RX overrun"),
    D4_WIRE_RX_OVERRUN("D4 wire RX overrun"),
    D5_CM_ID_MISS("D5 CM id not mapped"),
    D6_CONTEXT_NOT_ACTIVE("D6 context not active"),
    /** The destination function's receive queue was full. */
    FUNCTION_RX_OVERRUN("function RX overrun"),
    /** The proxy refused the MAD by policy. */
    PROXY_POLICY("refused by proxy policy"),
    /** The SA dropped the request: its queue was overloaded (OpenSM's {@code max_msg_fifo_timeout}). */
    SA_QUEUE_OVERFLOW("SA queue overloaded"),
    /** Fault injection: lost on a link with a loss probability. */
    LINK_FAULT_LOSS("lost on a faulty link"),
    /** Fault injection: discarded while a port on the path was down. */
    PORT_DOWN("lost while a port was down"),
    /** Fault injection: unanswered during an SM outage. */
    SM_OUTAGE("unanswered during SM outage"),
    /** Fault injection: in flight through a function's tunnel contexts when it was reset. */
    VF_RESET("lost to a function reset");

    private final String label;

    DropCause(String label) {
        this.label = label;
    }

    /** What the cause means in a sentence's words, e.g. {@code D1 wire send ring full}. */
    public String label() {
        return label;
    }

    /**
     * {@code D1} for a specified cause, its {@link #label() label} for the others: what tables, chart categories and
     * the command line's summaries call it. Together with the label, the one vocabulary of drop causes.
     */
    public String shortName() {
        return isSpecified() ? name().substring(0, 2) : label;
    }

    /** Whether the cause is an injected fault's (a faulty or down link, an SM outage, a function reset). */
    public boolean isFault() {
        return ordinal() >= LINK_FAULT_LOSS.ordinal();
    }

    /** Whether the cause is one of the specification's D1-D6. */
    public boolean isSpecified() {
        return ordinal() <= D6_CONTEXT_NOT_ACTIVE.ordinal();
    }
}
