package io.hcastudio.analysis.result;

/**
 * How the connections and IPoIB interfaces a network event or a fault disturbed came back.
 *
 * @param incident            what happened, e.g. {@code link down hostA/p1}
 * @param atNs                when it started
 * @param affected            connections it affected (re-established because of it, or being set up during it)
 * @param recovered           of those, connections established by the end of the run
 * @param recoveryNs          from {@code atNs} until the last affected connection was established; -1 when none was
 * @param ipoibAffected       IPoIB interfaces that rejoined their groups and re-resolved their paths because of it
 * @param ipoibRecoveryNs     from {@code atNs} until the last of them was back; -1 when none was
 * @param ipoibNeverRecovered IPoIB interfaces that were not back when the run ended
 */
public record RecoveryFigure(String incident, long atNs, int affected, int recovered, long recoveryNs,
        int ipoibAffected, long ipoibRecoveryNs, int ipoibNeverRecovered) {

    /** Affected connections not established by the end of the run. */
    public int neverRecovered() {
        return affected - recovered;
    }
}
