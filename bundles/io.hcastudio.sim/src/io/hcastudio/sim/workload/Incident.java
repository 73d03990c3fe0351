package io.hcastudio.sim.workload;

import io.hcastudio.sim.metrics.RecoveryFigure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A network event or a fault, with what it disturbed: the rdma_cm users it made reconnect, the IPoIB interfaces it
 * made flush, and the hosts it touches (empty: every host, e.g. an SM event) for the connections being set up
 * meanwhile.
 */
public final class Incident {

    final String label;
    final long atNs;
    final long endNs;
    private final Set<String> hosts;
    final List<CmtimeClient> reconnections = new ArrayList<>();
    int ipoibAffected;
    int ipoibRecovered;
    long ipoibLastNs = -1;

    /** An incident {@code label} over {@code [atNs, endNs]} on {@code hosts} (empty: all). */
    public Incident(String label, long atNs, long endNs, Set<String> hosts) {
        this.label = label;
        this.atNs = atNs;
        this.endNs = endNs;
        this.hosts = Set.copyOf(hosts);
    }

    boolean touches(String host) {
        return hosts.isEmpty() || hosts.contains(host);
    }

    void ipoibDone(long nowNs) {
        ipoibRecovered++;
        ipoibLastNs = Math.max(ipoibLastNs, nowNs);
    }

    /**
     * The figure at the end of a run ending at {@code runEndNs}: its reconnections, and the connections of
     * {@code sessions} (every cmtime session and reconnection of the run) on a host it touches that were being set up
     * during it (started before it ended and not established before it began).
     */
    public RecoveryFigure figure(List<CmtimeClient> sessions, long runEndNs) {
        long until = endNs == Long.MAX_VALUE ? runEndNs : Math.max(atNs, endNs);
        int[] counts = new int[2];
        long[] last = {-1};
        for (CmtimeClient client : reconnections) {
            client.addRecovery(atNs, until, true, counts, last);
        }
        for (CmtimeClient client : sessions) {
            if (!reconnections.contains(client) && (touches(client.session().client().host()) || touches(client.session().server().host()))) {
                client.addRecovery(atNs, until, false, counts, last);
            }
        }
        return new RecoveryFigure(label, atNs, counts[0], counts[1], last[0] < 0 ? -1 : last[0] - atNs,
                ipoibAffected, ipoibLastNs < 0 ? -1 : ipoibLastNs - atNs, ipoibAffected - ipoibRecovered);
    }
}
