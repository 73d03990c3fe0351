package io.hcastudio.sim.config;

/**
 * A proxy context that is not ACTIVE during [fromNs, toNs) (setup/teardown, spec §2.10 D6). Posts through it fail with
 * -EAGAIN and its completion handler does not queue work; when it becomes ACTIVE again it is re-armed and drained.
 *
 * @param host     SR-IOV host name
 * @param port     port number, 1-based
 * @param function tunnel context of this function, or {@link #WIRE} for the port's wire context
 * @param fromNs   start of the outage in ns
 * @param toNs     end of the outage in ns
 */
public record ContextOutage(String host, int port, int function, long fromNs, long toNs) implements WorkloadConfig {

    /** Selects the wire context instead of a tunnel context. */
    public static final int WIRE = -1;

    public ContextOutage {
        if (function < WIRE) {
            throw new IllegalArgumentException("function must be >= -1, was " + function);
        }
        if (fromNs < 0 || toNs < fromNs) {
            throw new IllegalArgumentException("need 0 <= fromNs <= toNs, was [" + fromNs + ", " + toNs + ")");
        }
    }
}
