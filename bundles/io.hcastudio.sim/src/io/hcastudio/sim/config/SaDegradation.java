package io.hcastudio.sim.config;

/**
 * The SA serves slowly and with a bounded queue during the window: each request taken into service in the window
 * costs {@code extraServiceNs} on top of the SA service time, and a request that arrives while {@code queueCapacity}
 * requests are already queued or in service is dropped (cause {@code SA_QUEUE_OVERFLOW}, as OpenSM's own overload
 * rule); 0 leaves the queue unbounded.
 *
 * @param fromNs         start of the window in ns
 * @param toNs           end of the window in ns (exclusive)
 * @param extraServiceNs extra service time per request
 * @param queueCapacity  requests the SA holds at most, 0 for no bound
 */
public record SaDegradation(long fromNs, long toNs, long extraServiceNs, int queueCapacity) implements FaultConfig {

    public SaDegradation {
        FaultConfig.checkWindow("SA degradation", fromNs, toNs);
        if (extraServiceNs < 0) {
            throw new IllegalArgumentException("SA degradation: extraServiceNs must not be negative, was "
                    + extraServiceNs);
        }
        if (queueCapacity < 0) {
            throw new IllegalArgumentException("SA degradation: queueCapacity must not be negative, was "
                    + queueCapacity);
        }
    }
}
