package io.hcastudio.analysis.report;

import java.util.List;

import io.hcastudio.analysis.result.RecoveryFigure;

/** How reports and the command line word a recovery figure: one home for the sentence. */
public final class RecoveryText {

    private RecoveryText() {
    }

    /**
     * {@code link down hostA/p1 at 2.00 s: recovered in 53.1 ms; 0 never recovered (120 connections), IPoIB of 9
     * interfaces back in 1.2 ms}; {@code no connection affected} when the incident touched none.
     */
    public static String of(RecoveryFigure figure) {
        StringBuilder text = new StringBuilder(figure.incident()).append(" at ")
                .append(Figures.duration(figure.atNs())).append(": ");
        if (figure.affected() == 0) {
            text.append("no connection affected");
        } else {
            text.append(figure.recoveryNs() < 0 ? "nothing recovered"
                    : "recovered in " + Figures.duration(figure.recoveryNs()))
                    .append("; ").append(Figures.count(figure.neverRecovered())).append(" never recovered (")
                    .append(Figures.countOf(figure.affected(), "connection")).append(')');
        }
        if (figure.ipoibAffected() > 0) {
            text.append(", IPoIB of ").append(Figures.countOf(figure.ipoibAffected(), "interface"));
            if (figure.ipoibRecoveryNs() >= 0) {
                text.append(" back in ").append(Figures.duration(figure.ipoibRecoveryNs()));
            }
            if (figure.ipoibNeverRecovered() > 0) {
                text.append(", ").append(Figures.count(figure.ipoibNeverRecovered())).append(" never back");
            }
        }
        return text.toString();
    }

    /** Incidents listed one by one up to this many; more (a fabric-wide event is one per port) are summed up. */
    static final int LISTED = 3;

    /**
     * Every figure's sentence joined with {@code "; "} for up to {@value #LISTED} figures, else one sentence for all:
     * {@code 80 incidents from 150.0 ms (first link down node001/p1): worst recovered in 53.1 ms, every connection
     * recovered, IPoIB back within 52.7 ms}; the empty string for none. Counts are not summed: a connection between
     * two hosts is affected by the events of both ends.
     */
    public static String all(List<RecoveryFigure> figures) {
        if (figures.size() <= LISTED) {
            return String.join("; ", figures.stream().map(RecoveryText::of).toList());
        }
        long fromNs = Long.MAX_VALUE;
        long worstNs = -1;
        long ipoibWorstNs = -1;
        boolean affected = false;
        boolean ipoib = false;
        int leavingSome = 0;
        int mostNever = 0;
        int leavingIpoib = 0;
        for (RecoveryFigure figure : figures) {
            fromNs = Math.min(fromNs, figure.atNs());
            worstNs = Math.max(worstNs, figure.recoveryNs());
            ipoibWorstNs = Math.max(ipoibWorstNs, figure.ipoibRecoveryNs());
            affected |= figure.affected() > 0;
            ipoib |= figure.ipoibAffected() > 0;
            if (figure.neverRecovered() > 0) {
                leavingSome++;
                mostNever = Math.max(mostNever, figure.neverRecovered());
            }
            if (figure.ipoibNeverRecovered() > 0) {
                leavingIpoib++;
            }
        }
        StringBuilder text = new StringBuilder(Figures.count(figures.size())).append(" incidents from ")
                .append(Figures.duration(fromNs)).append(" (first ").append(figures.get(0).incident()).append("): ");
        if (!affected) {
            text.append("no connection affected");
        } else {
            text.append(worstNs < 0 ? "nothing recovered" : "worst recovered in " + Figures.duration(worstNs));
            text.append(leavingSome == 0 ? ", every connection recovered"
                    : "; connections never recovered after " + Figures.count(leavingSome) + " of them (up to "
                            + Figures.count(mostNever) + " after one)");
        }
        if (ipoib) {
            text.append(", IPoIB ").append(ipoibWorstNs < 0 ? "never back" : "back within "
                    + Figures.duration(ipoibWorstNs));
            if (leavingIpoib > 0 && ipoibWorstNs >= 0) {
                text.append(" (some never back after ").append(Figures.count(leavingIpoib)).append(" of them)");
            }
        }
        return text.toString();
    }
}
