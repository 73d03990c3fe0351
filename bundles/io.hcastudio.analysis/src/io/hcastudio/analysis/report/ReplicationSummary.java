package io.hcastudio.analysis.report;

import java.util.ArrayList;
import java.util.List;

import io.hcastudio.analysis.Estimate;
import io.hcastudio.analysis.LossProbability;
import io.hcastudio.analysis.report.ReportContent.Figure;
import io.hcastudio.analysis.report.ReportContent.Row;

/**
 * The "Replications" section of a report: per column the mean, 95 % confidence interval, min and max of every
 * figure of the before/after table and in how many replications MADs were lost, or, when every column is a single
 * run, a plain sentence that there is no interval. Every writer shows exactly this.
 */
final class ReplicationSummary {

    /** Headings of the cells of a spread row. */
    static final List<String> HEADINGS = List.of("mean", "CI low", "CI high", "min", "max");

    /**
     * One column's replications.
     *
     * @param heading e.g. {@code profile C: 30 replications}
     * @param loss    {@link #lossSentence}
     * @param rows    one per figure, cells as {@link #HEADINGS}
     */
    record Column(String heading, String loss, List<Row> rows) {
    }

    private final ReportContent content;

    ReplicationSummary(ReportContent content) {
        this.content = content;
    }

    /** Whether any column has several replications; else only {@link #note()} is shown. */
    boolean isReplicated() {
        return content.report().isReplicated();
    }

    /** What the section's numbers are, or that there are none. */
    String note() {
        if (!isReplicated()) {
            return "Each column is a single replication (one seed): no confidence interval and no loss"
                    + " probability can be given. Set the scenario's replications to run several seeds.";
        }
        return "Each replication runs its own seed, derived from the base seed. Per figure: the mean over the"
                + " replications, its two-sided 95 % confidence interval (Student t; cut at 0), min and max. The"
                + " loss bound is the " + LossProbability.METHOD + " on the probability that a replication loses"
                + " MADs; with no loss in n replications it is 1 - 0.05^(1/n).";
    }

    /** Every column with its spread; empty when no column is replicated. */
    List<Column> columns() {
        if (!isReplicated()) {
            return List.of();
        }
        List<Column> columns = new ArrayList<>();
        for (Replications column : content.report().columns()) {
            List<Row> rows = new ArrayList<>();
            for (Figure figure : content.figures()) {
                Estimate estimate = column.estimate(figure.value());
                boolean interval = !Double.isNaN(estimate.halfWidth());
                rows.add(new Row(figure.label(), List.of(figure.format(estimate.mean()),
                        interval ? figure.format(estimate.lowerAtZero()) : "-",
                        interval ? figure.format(estimate.upper()) : "-", figure.format(estimate.min()),
                        figure.format(estimate.max()))));
            }
            columns.add(new Column(column.label() + ": " + Figures.countOf(column.count(), "replication"),
                    lossSentence(column), rows));
        }
        return columns;
    }

    /** In how many replications MADs were lost, see {@link LossProbability#sentence}. */
    static String lossSentence(Replications column) {
        return column.loss().sentence(column.estimate(RunFigures::totalDrops).mean());
    }
}
