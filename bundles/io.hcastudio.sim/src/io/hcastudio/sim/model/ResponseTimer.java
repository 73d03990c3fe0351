package io.hcastudio.sim.model;

/**
 * The sender of a MAD that waits for a response. ib_mad starts the response timer when the send completes, not when
 * the MAD is posted ({@code ib_mad_complete_send_wr} → {@code wait_for_response}: the timeout counts from the send
 * completion); a MAD parked on the overflow list behind a full send queue therefore starts its timer late.
 */
public interface ResponseTimer {

    /** {@code mad}, sent with this timer, has completed its send now. */
    void sendCompleted(Mad mad);
}
