package io.hcastudio.sim.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Drop counters keyed by (host, port, function, QP, direction, cause), iterated in that order. A thread's runs share
 * one ledger ({@code model.RunMemory}), {@link #reset} between them: its places stay, so that a run dropping where the
 * run before dropped creates no object.
 */
public final class DropLedger {

    /** Places kept from one run to the next at most; a reset past it forgets them all (a study over many models). */
    private static final int MAX_KEPT_PLACES = 4096;

    /** A place and cause; {@link #probe} is the one instance that is set again for each look-up. */
    private static final class Key implements Comparable<Key> {
        String host;
        int port;
        int function;
        QpType qp;
        Direction direction;
        DropCause cause;

        Key set(String newHost, int newPort, int newFunction, QpType newQp, Direction newDirection,
                DropCause newCause) {
            host = newHost;
            port = newPort;
            function = newFunction;
            qp = newQp;
            direction = newDirection;
            cause = newCause;
            return this;
        }

        boolean is(String otherHost, int otherPort, int otherFunction, QpType otherQp, Direction otherDirection,
                DropCause otherCause) {
            return port == otherPort && function == otherFunction && qp == otherQp && direction == otherDirection
                    && cause == otherCause && host.equals(otherHost);
        }

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
        final Key key;
        long count;
        long firstNs;
        long lastNs;

        Tally(Key key) {
            this.key = key;
        }
    }

    private final Map<Key, Tally> tallies = new TreeMap<>();
    private long total;
    /** Looks a place up without creating a key: only a place's first drop creates one. */
    private final Key probe = new Key();
    /**
     * The tallies of the last few places that dropped, newest written last: drops come in runs at a few places, which
     * are then found without a look-up in the tree.
     */
    private final Tally[] recentTallies = new Tally[8];
    private int nextRecent;

    public void record(String host, int port, int function, QpType qp, Direction direction, DropCause cause,
            long timeNs) {
        Tally tally = null;
        for (int i = 0; i < recentTallies.length && tally == null; i++) {
            Tally recent = recentTallies[i];
            if (recent != null && recent.key.is(host, port, function, qp, direction, cause)) {
                tally = recent;
            }
        }
        if (tally == null) {
            tally = tallies.get(probe.set(host, port, function, qp, direction, cause));
            if (tally == null) {
                tally = new Tally(new Key().set(host, port, function, qp, direction, cause));
                tallies.put(tally.key, tally);
            }
            recentTallies[nextRecent] = tally;
            nextRecent = (nextRecent + 1) % recentTallies.length;
        }
        if (tally.count == 0) {
            tally.firstNs = timeNs;
        }
        tally.count++;
        tally.lastNs = timeNs;
        total++;
    }

    /** Empties the ledger for the next run: every count 0, the places kept. */
    public void reset() {
        if (tallies.size() > MAX_KEPT_PLACES) {
            tallies.clear();
        } else {
            for (Tally tally : tallies.values()) {
                tally.count = 0;
            }
        }
        Arrays.fill(recentTallies, null);
        nextRecent = 0;
        total = 0;
    }

    public long total() {
        return total;
    }

    /** The places that dropped since the last reset, in key order. */
    public List<DropCount> toList() {
        List<DropCount> list = new ArrayList<>(tallies.size());
        for (Map.Entry<Key, Tally> entry : tallies.entrySet()) {
            Key k = entry.getKey();
            Tally t = entry.getValue();
            if (t.count == 0) {
                continue;
            }
            list.add(new DropCount(k.host, k.port, k.function, k.qp, k.direction, k.cause, t.count, t.firstNs,
                    t.lastNs));
        }
        return list;
    }
}
