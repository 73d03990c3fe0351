package io.hcastudio.sim.metrics;

/**
 * Where and why a MAD was lost (spec §2.10), plus the function-side, policy and SA losses the model can also produce.
 */
public enum DropCause {
    /** {@code send_to_wire}: head − tail ≥ N_wire − 1, -EAGAIN. */
    D1_WIRE_RING_FULL,
    /** {@code send_to_slave}: head − tail ≥ N_tun − 1, -EAGAIN. */
    D2_TUNNEL_RING_FULL,
    /** PF tunnel RX ring empty when the function's MAD arrived over HW loopback; silent. */
    D3_TUNNEL_RX_OVERRUN,
    /** PF wire RX ring empty when a MAD arrived from the fabric; silent. */
    D4_WIRE_RX_OVERRUN,
    /** CM paravirtualisation could not map the communication ID. */
    D5_CM_ID_MISS,
    /** Proxy context not ACTIVE. */
    D6_CONTEXT_NOT_ACTIVE,
    /** The destination function's ib_mad receive queue was full; silent. */
    FUNCTION_RX_OVERRUN,
    /** The proxy refused the MAD by policy (non-zero TID MSB, class not allowed for a VF). */
    PROXY_POLICY,
    /**
     * The SA's request queue was overloaded: OpenSM drops an arriving SA request when its dispatcher holds more than
     * one message and the last one waited longer than {@code max_msg_fifo_timeout}; silent (no BUSY answer).
     */
    SA_QUEUE_OVERFLOW,
    /** Fault injection: lost on a link (port) with a MAD loss probability, as ibsim's {@code Error} command does. */
    LINK_FAULT_LOSS,
    /** Fault injection: discarded because a port on its path was down. */
    PORT_DOWN,
    /** Fault injection: an SA request (or its answer) lost while the subnet manager was out. */
    SM_OUTAGE,
    /** Fault injection: in flight through a function's tunnel contexts while the function was reset (FLR). */
    VF_RESET
}
