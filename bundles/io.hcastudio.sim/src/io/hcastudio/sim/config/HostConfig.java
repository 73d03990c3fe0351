package io.hcastudio.sim.config;

import java.util.Optional;

/**
 * One host with one HCA. With a driver profile the HCA runs in SR-IOV mode and every MAD of every function crosses
 * the mlx4 paravirt proxy; without one ({@link #bare}) its single function owns the real special QPs.
 *
 * @param name      unique host name
 * @param functions functions on the HCA, function 0 being the PF (1 for a bare host)
 * @param ports     HCA ports, numbered 1..ports
 * @param proxy     the PF driver profile, empty for a bare host
 * @param timing    the host's own latencies and CPU costs, empty to use the simulation's; the fabric's values
 *                  (switch hop, MAD serialisation, SA service time) always come from the simulation's
 */
public record HostConfig(String name, int functions, int ports, Optional<DriverConfig> proxy,
        Optional<TimingConfig> timing) {

    public HostConfig {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        if (functions < 1 || functions > 128) {
            throw new IllegalArgumentException("functions must be in [1, 128], was " + functions);
        }
        if (ports < 1 || ports > 2) {
            throw new IllegalArgumentException("ports must be 1 or 2, was " + ports);
        }
        if (proxy.isEmpty() && functions != 1) {
            throw new IllegalArgumentException("functions of a bare host must be 1, was " + functions);
        }
    }

    /** An SR-IOV host: PF + {@code functions − 1} VFs behind the mlx4 proxy. */
    public static HostConfig sriov(String name, int functions, int ports, DriverConfig profile) {
        return new HostConfig(name, functions, ports, Optional.of(profile), Optional.empty());
    }

    /** A host without SR-IOV: one function that talks to the wire directly. */
    public static HostConfig bare(String name, int ports) {
        return new HostConfig(name, 1, ports, Optional.empty(), Optional.empty());
    }

    /** This host with latencies and CPU costs of its own. */
    public HostConfig withTiming(TimingConfig hostTiming) {
        return new HostConfig(name, functions, ports, proxy, Optional.of(hostTiming));
    }
}
