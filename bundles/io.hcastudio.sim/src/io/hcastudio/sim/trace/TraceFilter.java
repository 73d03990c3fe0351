package io.hcastudio.sim.trace;

import java.util.Set;

/**
 * What a run trace keeps: events in {@code [fromNs, toNs)}, and of the events that belong to a port and function
 * only those of the listed ports and functions (an empty set keeps all; function {@code -1} is the wire context).
 * Definitions are always kept; events of a whole HCA (interrupt, tasklet) pass the port and function filters.
 */
public record TraceFilter(long fromNs, long toNs, Set<Integer> ports, Set<Integer> functions) {

    /** Keeps everything. */
    public static final TraceFilter ALL = new TraceFilter(0, Long.MAX_VALUE, Set.of(), Set.of());

    public TraceFilter {
        ports = Set.copyOf(ports);
        functions = Set.copyOf(functions);
        if (fromNs < 0 || toNs < fromNs) {
            throw new IllegalArgumentException("trace window must satisfy 0 <= from <= to, was " + fromNs + ".."
                    + toNs);
        }
    }

    boolean keepsTime(long nowNs) {
        return nowNs >= fromNs && nowNs < toNs;
    }

    boolean keeps(int port, int function) {
        return (ports.isEmpty() || ports.contains(port)) && (functions.isEmpty() || functions.contains(function));
    }
}
