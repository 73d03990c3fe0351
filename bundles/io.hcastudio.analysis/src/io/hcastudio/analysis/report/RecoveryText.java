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

    /** Every figure's sentence joined with {@code "; "}, or the empty string for none. */
    public static String all(List<RecoveryFigure> figures) {
        return String.join("; ", figures.stream().map(RecoveryText::of).toList());
    }
}
