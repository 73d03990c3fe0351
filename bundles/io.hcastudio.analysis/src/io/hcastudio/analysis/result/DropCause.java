package io.hcastudio.analysis.result;

import java.util.Arrays;
import java.util.List;

/**
 * Why a MAD was lost: the proxy specification's drop table D1-D6, then the function-side and policy losses beside
 * it. Each cause carries the names every export, chart and report shows for it.
 */
public enum DropCause {
    D1_WIRE_RING_FULL("D1", "D1 wire send ring full"),
    D2_TUNNEL_RING_FULL("D2", "D2 tunnel send ring full"),
    D3_TUNNEL_RX_OVERRUN("D3", "D3 tunnel RX overrun"),
    D4_WIRE_RX_OVERRUN("D4", "D4 wire RX overrun"),
    D5_CM_ID_MISS("D5", "D5 CM id not mapped"),
    D6_CONTEXT_NOT_ACTIVE("D6", "D6 context not active"),
    /** The destination function's receive queue was full. */
    FUNCTION_RX_OVERRUN("function rx overrun", "function RX overrun"),
    /** The proxy refused the MAD by policy. */
    PROXY_POLICY("proxy policy", "refused by proxy policy");

    /** The causes of the specification's drop table, D1-D6, in order. */
    public static final List<DropCause> SPECIFIED = Arrays.stream(values()).filter(DropCause::isSpecified).toList();

    private final String shortName;
    private final String label;

    DropCause(String shortName, String label) {
        this.shortName = shortName;
        this.label = label;
    }

    /** {@code D1} for a specified cause, a few lower-case words for the others: a chart's category. */
    public String shortName() {
        return shortName;
    }

    /** What the cause means in a sentence's words, e.g. {@code D1 wire send ring full}. */
    public String label() {
        return label;
    }

    /** Whether the cause is one of the specification's D1-D6. */
    public boolean isSpecified() {
        return ordinal() <= D6_CONTEXT_NOT_ACTIVE.ordinal();
    }
}
