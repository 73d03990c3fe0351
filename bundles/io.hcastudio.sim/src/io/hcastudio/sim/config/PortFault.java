package io.hcastudio.sim.config;

/**
 * A fault on the link of one port: every MAD that leaves or enters the port while the window is open is discarded
 * when the port is {@code down}; otherwise it is lost with probability {@code lossProbability} (one seeded draw per
 * MAD, as ibsim's {@code Error} command drops a MAD at a port with a given rate) and, when it survives, arrives
 * {@code extraLatencyNs} late.
 *
 * @param port            the host port or the SA's port the link ends at
 * @param fromNs          start of the window in ns
 * @param toNs            end of the window in ns (exclusive)
 * @param down            the port is down: every MAD is discarded (cause {@code PORT_DOWN})
 * @param lossProbability probability in [0, 1] that a MAD is lost (cause {@code LINK_FAULT_LOSS})
 * @param extraLatencyNs  extra latency of a surviving MAD
 */
public record PortFault(FabricPort port, long fromNs, long toNs, boolean down, double lossProbability,
        long extraLatencyNs) implements FaultConfig {

    public PortFault {
        if (port == null) {
            throw new IllegalArgumentException("a port fault needs its port");
        }
        FaultConfig.checkWindow("fault on " + port, fromNs, toNs);
        if (!(lossProbability >= 0 && lossProbability <= 1)) {
            throw new IllegalArgumentException("fault on " + port + ": loss probability must be in [0, 1], was "
                    + lossProbability);
        }
        if (extraLatencyNs < 0) {
            throw new IllegalArgumentException("fault on " + port + ": extra latency must not be negative, was "
                    + extraLatencyNs);
        }
    }

    /** The port is down during the window (a link flap when the window is short). */
    public static PortFault down(FabricPort port, long fromNs, long toNs) {
        return new PortFault(port, fromNs, toNs, true, 0, 0);
    }

    /** MADs through the port are lost with {@code probability} and delayed by {@code extraLatencyNs}. */
    public static PortFault lossy(FabricPort port, long fromNs, long toNs, double probability, long extraLatencyNs) {
        return new PortFault(port, fromNs, toNs, false, probability, extraLatencyNs);
    }
}
