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
    /**
     * The keys of the last few places that dropped and their tallies, newest written last: drops come in runs at a
     * few places, which then create no key.
     */
    private final Key[] recentKeys = new Key[8];
    private final Tally[] recentTallies = new Tally[8];
    private int nextRecent;

    public void record(String host, int port, int function, QpType qp, Direction direction, DropCause cause,
            long timeNs) {
        Tally tally = null;
        for (int i = 0; i < recentKeys.length && tally == null; i++) {
            Key recent = recentKeys[i];
            if (recent != null && recent.port == port && recent.function == function && recent.qp == qp
                    && recent.direction == direction && recent.cause == cause && recent.host.equals(host)) {
                tally = recentTallies[i];
            }
        }
        if (tally == null) {
            Key key = new Key(host, port, function, qp, direction, cause);
            tally = tallies.computeIfAbsent(key, k -> new Tally());
            recentKeys[nextRecent] = key;
            recentTallies[nextRecent] = tally;
            nextRecent = (nextRecent + 1) % recentKeys.length;
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
