package io.hcastudio.sim.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Drop counters keyed by (host, port, function, QP, direction, cause), iterated in that order. */
public final class DropLedger {

    private record Key(String host, int port, int function, QpType qp, Direction direction, DropCause cause)
            implements Comparable<Key> {

        @Override
        public int compareTo(Key other) {
            int c = host.compareTo(other.host);
            if (c == 0) {
                c = Integer.compare(port, other.port);
            }
            if (c == 0) {
                c = Integer.compare(function, other.function);
            }
            if (c == 0) {
                c = qp.compareTo(other.qp);
            }
            if (c == 0) {
                c = direction.compareTo(other.direction);
            }
            if (c == 0) {
                c = cause.compareTo(other.cause);
            }
            return c;
        }
    }

    private static final class Tally {
        long count;
        long firstNs;
        long lastNs;
    }

    private final Map<Key, Tally> tallies = new TreeMap<>();
    private long total;
    /** The key of the last drop and its tally: drops come in runs at one place, and a run then creates no key. */
    private Key lastKey;
    private Tally lastTally;

    public void record(String host, int port, int function, QpType qp, Direction direction, DropCause cause,
            long timeNs) {
        Tally tally;
        Key last = lastKey;
        if (last != null && last.port == port && last.function == function && last.qp == qp
                && last.direction == direction && last.cause == cause && last.host.equals(host)) {
            tally = lastTally;
        } else {
            lastKey = new Key(host, port, function, qp, direction, cause);
            tally = tallies.computeIfAbsent(lastKey, k -> new Tally());
            lastTally = tally;
        }
        if (tally.count == 0) {
            tally.firstNs = timeNs;
        }
        tally.count++;
        tally.lastNs = timeNs;
        total++;
    }

    public long total() {
        return total;
    }

    public List<DropCount> toList() {
        List<DropCount> list = new ArrayList<>(tallies.size());
        for (Map.Entry<Key, Tally> entry : tallies.entrySet()) {
            Key k = entry.getKey();
            Tally t = entry.getValue();
            list.add(new DropCount(k.host, k.port, k.function, k.qp, k.direction, k.cause, t.count, t.firstNs,
                    t.lastNs));
        }
        return list;
    }
}
