package io.hcastudio.analysis.report;

import io.hcastudio.analysis.TimingProvenance;
import io.hcastudio.analysis.report.Report.ParameterValue;

/**
 * The "Timing parameters" section of a report: every timing parameter and protocol default with the value the
 * runs used, whether its default is an assumption, and where the default comes from. Every writer shows this.
 */
final class ParameterTable {

    private ParameterTable() {
    }

    static final String HEADING = "Timing parameters";

    /** The sentence above the table. */
    static String note() {
        return "Values of the first column's runs. ASSUMPTION marks a default no source backs (a plausible or"
                + " calibrated value); \"set\" marks a value the model changed from its default. Sections refer to"
                + " the behavioural specification mlx4-proxy-model.md.";
    }

    /** {@code ASSUMPTION}, {@code sourced} or {@code derived}, with {@code , set} when the run changed it. */
    static String status(ParameterValue value) {
        TimingProvenance.Status status = value.parameter().status();
        String text = status == TimingProvenance.Status.ASSUMPTION ? "ASSUMPTION" : status.label();
        return value.isDefault() ? text : text + ", set";
    }

    /** Symbol and meaning: {@code L_wake: queue_work -> kworker running}. */
    static String meaning(ParameterValue value) {
        String symbol = value.parameter().symbol();
        return symbol.isEmpty() ? value.parameter().meaning() : symbol + ": " + value.parameter().meaning();
    }

    /** Where the default comes from. */
    static String source(ParameterValue value) {
        return value.parameter().source();
    }
}
