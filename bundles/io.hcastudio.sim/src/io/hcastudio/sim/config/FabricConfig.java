package io.hcastudio.sim.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The fabric between the ports: the latency of each path and the SA's request queue.
 * <p>
 * Without paths (the default) every port reaches every other through one switch, {@link
 * TimingConfig#switchHopLatencyNs()} after the MAD left its port. With paths, each pair of ports the run attaches
 * (the hosts' ports and the SA) takes its path's latency; a pair without a path is unreachable and the engine refuses
 * a MAD sent between them. The burst sink, which stands for peers outside the model, stays one switch hop from every
 * port.
 *
 * @param paths            latency of the path between two ports, each unordered pair at most once (the route is
 *                         symmetric); a port's path to itself is allowed (a MAD to the port's own LID)
 * @param saMaxQueueTimeMs OpenSM's {@code max_msg_fifo_timeout}: the SA drops an arriving request when more than one
 *                         request waits and the last one it took waited longer than this many ms; 0 never drops
 *                         (OpenSM {@code osm_sa_mad_ctrl.c}, {@code sa_mad_ctrl_rcv_callback}; default 10 000 ms =
 *                         50 × the default {@code transaction_timeout} of 200 ms)
 */
public record FabricConfig(List<PathLatency> paths, long saMaxQueueTimeMs) {

    /** OpenSM's default {@code max_msg_fifo_timeout}: 50 × {@code OSM_DEFAULT_TRANS_TIMEOUT_MILLISEC} (200 ms). */
    public static final long DEFAULT_SA_MAX_QUEUE_TIME_MS = 10_000;

    /**
     * The latency of the path between two ports.
     *
     * @param a         one end
     * @param b         the other end (may be {@code a})
     * @param latencyNs time from the MAD leaving {@code a}'s link to its arrival at {@code b}
     */
    public record PathLatency(FabricPort a, FabricPort b, long latencyNs) {

        public PathLatency {
            if (a == null || b == null) {
                throw new IllegalArgumentException("a path needs both ends");
            }
            if (latencyNs < 0) {
                throw new IllegalArgumentException("latency between " + a + " and " + b
                        + " must not be negative, was " + latencyNs);
            }
        }
    }

    public FabricConfig {
        paths = List.copyOf(paths);
        if (saMaxQueueTimeMs < 0) {
            throw new IllegalArgumentException("saMaxQueueTimeMs must not be negative, was " + saMaxQueueTimeMs);
        }
        Map<List<FabricPort>, Long> seen = new HashMap<>();
        for (PathLatency path : paths) {
            if (seen.put(key(path.a(), path.b()), path.latencyNs()) != null) {
                throw new IllegalArgumentException("path between " + path.a() + " and " + path.b()
                        + " is given twice");
            }
        }
    }

    /** One switch between all ports, OpenSM's default SA queue time. */
    public static FabricConfig defaults() {
        return builder().build();
    }

    /** A builder holding the defaults; set only what differs. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these values, to derive a variant. */
    public Builder toBuilder() {
        Builder builder = new Builder().saMaxQueueTimeMs(saMaxQueueTimeMs);
        paths.forEach(path -> builder.path(path.a(), path.b(), path.latencyNs()));
        return builder;
    }

    /** Whether the ports are connected by given paths rather than by the one switch. */
    public boolean hasPaths() {
        return !paths.isEmpty();
    }

    /** The path latencies by unordered pair, for the fabric to look up while it attaches ports. */
    public Map<List<FabricPort>, Long> pathTable() {
        Map<List<FabricPort>, Long> table = new HashMap<>();
        for (PathLatency path : paths) {
            table.put(key(path.a(), path.b()), path.latencyNs());
        }
        return table;
    }

    /** The latency between two ports in a {@link #pathTable()}, empty when the table has none. */
    public static OptionalLong lookup(Map<List<FabricPort>, Long> table, FabricPort a, FabricPort b) {
        Long latency = table.get(key(a, b));
        return latency == null ? OptionalLong.empty() : OptionalLong.of(latency);
    }

    private static List<FabricPort> key(FabricPort a, FabricPort b) {
        return a.toString().compareTo(b.toString()) <= 0 ? List.of(a, b) : List.of(b, a);
    }

    /** Named setters for {@link FabricConfig}. */
    public static final class Builder {

        private final List<PathLatency> paths = new ArrayList<>();
        private long saMaxQueueTimeMs = DEFAULT_SA_MAX_QUEUE_TIME_MS;

        private Builder() {
        }

        /** The path between {@code a} and {@code b} (either way) takes {@code latencyNs}. */
        public Builder path(FabricPort a, FabricPort b, long latencyNs) {
            paths.add(new PathLatency(a, b, latencyNs));
            return this;
        }

        public Builder saMaxQueueTimeMs(long value) {
            saMaxQueueTimeMs = value;
            return this;
        }

        /** The record; a negative latency or queue time, or a pair given twice, is refused. */
        public FabricConfig build() {
            return new FabricConfig(paths, saMaxQueueTimeMs);
        }
    }
}
