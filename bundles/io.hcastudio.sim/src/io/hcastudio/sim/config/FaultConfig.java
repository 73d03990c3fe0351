package io.hcastudio.sim.config;

/**
 * A fault injected during a window {@code [fromNs, toNs)} of simulated time. Faults are workloads in the engine's
 * sense (they change the model during a run) but generate no MADs of their own.
 */
public sealed interface FaultConfig extends WorkloadConfig
        permits PortFault, KworkerStall, SmOutage, SaDegradation, FunctionReset {

    /** Start of the window in ns. */
    long fromNs();

    /** End of the window in ns (exclusive). */
    long toNs();

    /** Whether {@code nowNs} lies in the window. */
    default boolean covers(long nowNs) {
        return nowNs >= fromNs() && nowNs < toNs();
    }

    /** Refuses a window that starts before 0 or ends before it starts. */
    static void checkWindow(String what, long fromNs, long toNs) {
        if (fromNs < 0 || toNs < fromNs) {
            throw new IllegalArgumentException(what + ": need 0 <= fromNs <= toNs, was [" + fromNs + ", " + toNs
                    + ")");
        }
    }
}
