package io.hcastudio.sim.config;

/**
 * Spec §6.1 T2: at {@code atNs}, {@code mads} SA GetResp MADs whose TID carries {@code slave} in its most
 * significant byte arrive at once on the wire RX ring of {@code port}; arrivals beyond the ring are silently
 * discarded (D4). On a bare host they arrive in its function's receive queue (no proxy in between).
 *
 * @param host  host name
 * @param slave destination function
 * @param port  port number, 1-based
 * @param mads  number of MADs
 * @param atNs  arrival time in ns
 */
public record InboundBurstConfig(String host, int slave, int port, int mads, long atNs) implements WorkloadConfig {

    public InboundBurstConfig {
        if (mads < 0) {
            throw new IllegalArgumentException("mads must not be negative, was " + mads);
        }
        if (atNs < 0) {
            throw new IllegalArgumentException("atNs must not be negative, was " + atNs);
        }
    }
}
