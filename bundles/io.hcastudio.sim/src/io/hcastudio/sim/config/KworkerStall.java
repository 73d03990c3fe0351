package io.hcastudio.sim.config;

/**
 * Something else takes {@code cpus} of an SR-IOV host's kworker CPUs for a while (a vCPU thread, an interrupt storm),
 * so the proxy's work items start late. The stall takes a CPU that is free at once and each CPU a kworker gives back
 * until it holds {@code cpus}; it returns them at the end of the window.
 *
 * @param host   SR-IOV host name
 * @param cpus   CPUs taken, at least 1 (more than the host has takes all)
 * @param fromNs start of the window in ns
 * @param toNs   end of the window in ns (exclusive)
 */
public record KworkerStall(String host, int cpus, long fromNs, long toNs) implements FaultConfig {

    public KworkerStall {
        FaultConfig.checkWindow("kworker stall on " + host, fromNs, toNs);
        if (cpus < 1) {
            throw new IllegalArgumentException("kworker stall on " + host + ": cpus must be >= 1, was " + cpus);
        }
    }
}
