package io.hcastudio.analysis.result;

/**
 * Send and receive ring of one proxy QP.
 *
 * @param host              host name
 * @param port              port number, 1-based
 * @param function          owning function of a tunnel QP, or -1 for the wire QP
 * @param qp                special QP
 * @param ringSize          N, buffers per ring
 * @param sends             successful reservations (posts)
 * @param reaps             send slots released by the owning worker
 * @param sendRejects       reservations refused because head − tail ≥ N − 1
 * @param maxOutstanding    largest head − tail seen (never above N − 1)
 * @param receives          MADs placed into the RX ring
 * @param receiveOverruns   arrivals discarded because no RX buffer was posted
 * @param maxReceiveBacklog largest number of RX buffers consumed but not yet re-posted
 */
public record RingStats(String host, int port, int function, QpType qp, int ringSize, long sends, long reaps,
        long sendRejects, long maxOutstanding, long receives, long receiveOverruns, long maxReceiveBacklog) {
}
