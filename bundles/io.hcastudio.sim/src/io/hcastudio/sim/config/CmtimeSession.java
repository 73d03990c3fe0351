package io.hcastudio.sim.config;

/**
 * One cmtime client (2018 version, spec §4.1) on {@code client} connecting {@code connections} times to the cmtime
 * server on {@code server}. Several sessions may share one server interface (fan-in).
 *
 * @param client      client interface
 * @param server      server interface
 * @param connections {@code -c}
 * @param timeoutMs   {@code -t}: SA route resolution timeout in ms
 * @param retries     {@code -r}: route resolution retries per connection
 * @param startNs     client start time in ns
 */
public record CmtimeSession(Interface client, Interface server, int connections, long timeoutMs, int retries,
        long startNs) implements WorkloadConfig {

    /** cmtime's default {@code -t}. */
    public static final long DEFAULT_TIMEOUT_MS = 2000;

    /** cmtime's default {@code -r}. */
    public static final int DEFAULT_RETRIES = 2;

    public CmtimeSession {
        if (connections < 1) {
            throw new IllegalArgumentException("connections must be positive, was " + connections);
        }
        if (timeoutMs < 1) {
            throw new IllegalArgumentException("timeoutMs must be positive, was " + timeoutMs);
        }
        if (retries < 0) {
            throw new IllegalArgumentException("retries must not be negative, was " + retries);
        }
        if (startNs < 0) {
            throw new IllegalArgumentException("startNs must not be negative, was " + startNs);
        }
    }

    /** A session with cmtime's default {@code -t 2000 -r 2}, starting at time 0. */
    public static CmtimeSession of(Interface client, Interface server, int connections) {
        return new CmtimeSession(client, server, connections, DEFAULT_TIMEOUT_MS, DEFAULT_RETRIES, 0);
    }
}
