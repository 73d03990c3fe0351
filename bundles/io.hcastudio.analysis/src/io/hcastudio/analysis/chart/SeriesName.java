package io.hcastudio.analysis.chart;

import java.util.Arrays;
import java.util.Optional;

import io.hcastudio.analysis.result.CqStats;
import io.hcastudio.analysis.result.RingStats;
import io.hcastudio.analysis.store.RunRecord;

/**
 * The parts of an engine series name such as {@code hostA/p1/f3/GSI/tx} or {@code hostA/p1/wire/cq}: host (which
 * may itself contain '/'), port, function (-1 for the wire context), QP ({@code null} for a CQ) and what is measured.
 */
public record SeriesName(String host, int port, int function, String qp, Kind kind) {

    /** What a series measures. */
    public enum Kind {
        /** Send ring occupancy (head − tail); usable capacity N − 1. */
        SEND_RING("send rings"),
        /** Receive buffers consumed but not re-posted; capacity N. */
        RECEIVE_RING("receive rings"),
        /** Unpolled completions of the context's CQ. */
        CQ("CQs");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static Optional<SeriesName> parse(String name) {
        String[] parts = name.split("/");
        try {
            String last = parts[parts.length - 1];
            if ("cq".equals(last) && parts.length >= 4) {
                return Optional.of(new SeriesName(host(parts, parts.length - 3), port(parts[parts.length - 3]),
                        function(parts[parts.length - 2]), null, Kind.CQ));
            }
            if (("tx".equals(last) || "rx".equals(last)) && parts.length >= 5) {
                return Optional.of(new SeriesName(host(parts, parts.length - 4), port(parts[parts.length - 4]),
                        function(parts[parts.length - 3]), parts[parts.length - 2],
                        "tx".equals(last) ? Kind.SEND_RING : Kind.RECEIVE_RING));
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static String host(String[] parts, int end) {
        return String.join("/", Arrays.copyOfRange(parts, 0, end));
    }

    private static int port(String part) {
        if (!part.startsWith("p")) {
            throw new NumberFormatException(part);
        }
        return Integer.parseInt(part.substring(1));
    }

    private static int function(String part) {
        if ("wire".equals(part)) {
            return -1;
        }
        if (!part.startsWith("f")) {
            throw new NumberFormatException(part);
        }
        return Integer.parseInt(part.substring(1));
    }

    public boolean isWire() {
        return function < 0;
    }

    /**
     * How many slots the measured ring or CQ of {@code run} offers: a send ring takes N − 1 posts before -EAGAIN,
     * a receive ring has N buffers, a CQ its entries. Empty when the run does not list it.
     */
    public Optional<Long> capacityIn(RunRecord run) {
        if (kind == Kind.CQ) {
            return run.cqs().stream().filter(cq -> cq.host().equals(host) && cq.port() == port
                    && cq.function() == function).map(CqStats::capacity).map(Long::valueOf).findFirst();
        }
        return run.rings().stream().filter(ring -> ring.host().equals(host) && ring.port() == port
                && ring.function() == function && ring.qp().name().equals(qp)).findFirst()
                .map(RingStats::ringSize).map(size -> kind == Kind.SEND_RING ? size - 1L : (long) size);
    }
}
