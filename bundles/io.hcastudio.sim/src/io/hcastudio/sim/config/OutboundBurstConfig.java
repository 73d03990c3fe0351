package io.hcastudio.sim.config;

/**
 * Spec §6.1 T1: at {@code atNs} the tunnel context of {@code (function, port)} on an SR-IOV host receives {@code mads}
 * GSI MADs at once (as RECV completions in its CQ), all addressed to a remote sink through the wire.
 *
 * @param host     SR-IOV host name
 * @param function sending function
 * @param port     port number, 1-based
 * @param mads     number of MADs; must fit the tunnel RX ring
 * @param atNs     injection time in ns
 */
public record OutboundBurstConfig(String host, int function, int port, int mads, long atNs) implements WorkloadConfig {

    public OutboundBurstConfig {
        if (mads < 0) {
            throw new IllegalArgumentException("mads must not be negative, was " + mads);
        }
        if (atNs < 0) {
            throw new IllegalArgumentException("atNs must not be negative, was " + atNs);
        }
    }
}
