package io.hcastudio.sim.metrics;

/**
 * How the connections and IPoIB interfaces an event or a fault disturbed came back (issue 18 §3). A connection is
 * affected when it is re-established because of the event (an rdma_cm user's reconnection) or when it was being set
 * up, on a host the incident touches, while the incident lasted; it has recovered once established.
 *
 * @param incident            what happened, e.g. {@code link down hostA/p1}
 * @param atNs                when it started
 * @param affected            connections affected
 * @param recovered           of those, connections established by the end of the run
 * @param recoveryNs          time from {@code atNs} until the last affected connection was established; -1 when none was
 * @param ipoibAffected       IPoIB interfaces that rejoined their groups and re-resolved their paths because of it
 * @param ipoibRecoveryNs     time from {@code atNs} until the last of them had every group joined and every path
 *                            resolved; -1 when none had
 * @param ipoibNeverRecovered IPoIB interfaces that had not when the run ended
 */
public record RecoveryFigure(String incident, long atNs, int affected, int recovered, long recoveryNs,
        int ipoibAffected, long ipoibRecoveryNs, int ipoibNeverRecovered) {

    /** Affected connections not established by the end of the run. */
    public int neverRecovered() {
        return affected - recovered;
    }
}
