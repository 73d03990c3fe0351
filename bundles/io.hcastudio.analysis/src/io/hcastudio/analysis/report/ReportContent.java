package io.hcastudio.analysis.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import io.hcastudio.analysis.report.TopologySummary.HcaSummary;
import io.hcastudio.analysis.report.TopologySummary.HostSummary;
import io.hcastudio.analysis.result.DropCause;
import io.hcastudio.sim.config.DriverConfig;

/**
 * The words and numbers of a report, laid out by no format yet: every writer shows exactly this, so text,
 * Markdown and HTML always agree.
 */
final class ReportContent {

    /** A labelled piece of the "what was simulated" section. */
    record Entry(String label, String text) {
    }

    /** A row of the before/after table: a label and one cell per run. */
    record Row(String label, List<String> cells) {
    }

    private final Report report;

    ReportContent(Report report) {
        this.report = report;
    }

    String title() {
        return "HCA Studio report: " + report.title();
    }

    /** Topology, hosts, workload, profiles and timing. */
    List<Entry> setup() {
        TopologySummary topology = report.topology();
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry("Topology", topology.name() + ": " + Figures.countOf(topology.hosts().size(), "host")
                + ", " + Figures.countOf(topology.hcaCount(), "HCA") + " with "
                + Figures.countOf(topology.hcaPortCount(), "port") + ", "
                + Figures.countOf(topology.virtualFunctionCount(), "VF") + ", "
                + Figures.countOf(topology.switches().size(), "switch", "switches") + ", "
                + Figures.countOf(topology.cables().size(), "link")
                + (topology.subnetManager().isEmpty() ? "" : "; SM " + topology.subnetManager())));
        for (HostSummary host : topology.hosts()) {
            List<String> hcas = new ArrayList<>();
            for (HcaSummary hca : host.hcas()) {
                String name = hca.key().substring(hca.key().indexOf('/') + 1);
                hcas.add(name + " " + hca.modelName() + ", " + Figures.countOf(hca.ports(), "port")
                        + (hca.virtualFunctions() > 0 ? ", PF + " + Figures.countOf(hca.virtualFunctions(), "VF")
                                : ""));
            }
            entries.add(new Entry("Host " + host.name(), String.join("; ", hcas)
                    + (host.virtualMachines() > 0 ? "; " + Figures.countOf(host.virtualMachines(), "VM") : "")));
        }
        for (String workload : report.workload()) {
            entries.add(new Entry("Workload", workload));
        }
        for (Map.Entry<String, DriverConfig> profile : distinctProfiles().entrySet()) {
            entries.add(new Entry("Profile " + profile.getKey(), RunDescriptions.profile(profile.getValue())));
        }
        entries.add(new Entry("Timing", report.timing()));
        for (String calibration : topology.calibrations()) {
            entries.add(new Entry("Calibrated from", calibration));
        }
        return entries;
    }

    /** Column headings of the before/after table, one per run. */
    List<String> runLabels() {
        return report.runs().stream().map(RunFigures::label).toList();
    }

    /**
     * A figure of the before/after table: a label, its value in one replication and whether it is a duration.
     */
    record Figure(String label, ToLongFunction<RunFigures> value, boolean duration) {

        /** The value as the table shows it: a count with thousands separators or a duration with its unit. */
        String format(double value) {
            if (duration) {
                return Figures.duration(Math.round(value));
            }
            return value == Math.rint(value) ? Figures.count((long) value)
                    : String.format(Locale.ROOT, "%,.1f", value);
        }
    }

    /** Drops by cause, then the connection figures; causes no run saw outside D1–D6 are left out. */
    List<Figure> figures() {
        List<Figure> figures = new ArrayList<>();
        for (DropCause cause : DropCause.values()) {
            if (cause.isSpecified() || report.columns().stream().flatMap(column -> column.runs().stream())
                    .anyMatch(run -> run.drops().get(cause) > 0)) {
                figures.add(new Figure(cause.label(), run -> run.drops().get(cause), false));
            }
        }
        figures.add(new Figure("MADs dropped, all causes", RunFigures::totalDrops, false));
        figures.add(new Figure("MADs sent", RunFigures::madsSent, false));
        if (hasConnections()) {
            figures.add(new Figure("Connections attempted", RunFigures::connectionsAttempted, false));
            figures.add(new Figure("Connections failed", RunFigures::connectionsFailed, false));
            figures.add(new Figure("Connections delayed", RunFigures::connectionsDelayed, false));
            // A MAD dropped at the wire ring is often an SA path query: its retry shows in route resolution, while
            // the connect step, timed over the whole batch, can look the same before and after.
            figures.add(new Figure("Worst route resolution", RunFigures::worstRouteNs, true));
            figures.add(new Figure("Worst connect time", RunFigures::worstConnectNs, true));
            figures.add(new Figure("Worst disconnect time", RunFigures::worstDisconnectNs, true));
        }
        return figures;
    }

    /**
     * The before/after table: every figure per column, the value of a single run or the mean over a column's
     * replications (the "Replications" section gives interval, min and max).
     */
    List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (Figure figure : figures()) {
            rows.add(new Row(figure.label(), report.columns().stream()
                    .map(column -> figure.format(column.estimate(figure.value()).mean())).toList()));
        }
        if (report.runs().stream().anyMatch(run -> !"COMPLETED".equals(run.outcome()))) {
            rows.add(row("Run ended", run -> run.outcome().toLowerCase(Locale.ROOT).replace('_', ' ')));
        }
        return rows;
    }

    /**
     * The sentence to quote in the mail, the last run (the fix) first: {@code profile C: 0 of 14,400 connections
     * lost; profile B: 0 of 14,400 connections lost, 3,858 delayed, 3,858 MADs dropped.} A column of several
     * replications says in how many of them MADs were lost, see {@link ReplicationSummary#lossSentence}.
     */
    String keySentence() {
        List<String> clauses = new ArrayList<>();
        List<RunFigures> runs = report.runs();
        for (int i = runs.size() - 1; i >= 0; i--) {
            RunFigures run = runs.get(i);
            Replications column = report.columns().get(i);
            if (column.count() > 1) {
                clauses.add(run.label() + ": " + ReplicationSummary.lossSentence(column));
                continue;
            }
            StringBuilder clause = new StringBuilder(run.label()).append(": ");
            if (run.connectionsAttempted() > 0) {
                clause.append(Figures.count(run.connectionsFailed())).append(" of ")
                        .append(Figures.countOf(run.connectionsAttempted(), "connection")).append(" lost");
                if (run.connectionsDelayed() > 0) {
                    clause.append(", ").append(Figures.count(run.connectionsDelayed())).append(" delayed");
                }
                clause.append(", ").append(Figures.countOf(run.totalDrops(), "MAD")).append(" dropped")
                        .append(causesWhenFaulted(run));
            } else {
                clause.append(Figures.count(run.totalDrops())).append(" of ")
                        .append(Figures.countOf(run.madsSent(), "MAD")).append(" dropped");
            }
            if (!run.recoveries().isEmpty()) {
                clause.append("; ").append(RecoveryText.all(run.recoveries()));
            }
            clauses.add(clause.toString());
        }
        return String.join("; ", clauses) + ".";
    }

    /**
     * When faults lost MADs in the run, the drops split into the proxy's (and the SA's) and the faults', each by
     * cause, so that the two read apart: {@code  (3,910 to the proxy: 3,858 D1 wire send ring full, 52 D2 tunnel send
     * ring full; 401 to the faults: 401 lost while a port was down)}; otherwise nothing.
     */
    private static String causesWhenFaulted(RunFigures run) {
        if (Arrays.stream(DropCause.values()).noneMatch(cause -> cause.isFault() && run.drops().get(cause) > 0)) {
            return "";
        }
        List<String> groups = new ArrayList<>();
        String own = causes(run, false);
        if (!own.isEmpty()) {
            groups.add(Figures.count(lost(run, false)) + " to the proxy"
                    + (run.drops().get(DropCause.SA_QUEUE_OVERFLOW) > 0 ? " and the SA" : "") + ": " + own);
        }
        groups.add(Figures.count(lost(run, true)) + " to the faults: " + causes(run, true));
        return " (" + String.join("; ", groups) + ")";
    }

    /** The counts of the fault causes, or of the others, e.g. {@code 3,858 D1 wire send ring full}. */
    private static String causes(RunFigures run, boolean faults) {
        List<String> causes = new ArrayList<>();
        for (DropCause cause : DropCause.values()) {
            long count = run.drops().get(cause);
            if (count > 0 && cause.isFault() == faults) {
                causes.add(Figures.count(count) + " " + cause.label());
            }
        }
        return String.join(", ", causes);
    }

    private static long lost(RunFigures run, boolean faults) {
        return Arrays.stream(DropCause.values()).filter(cause -> cause.isFault() == faults)
                .mapToLong(cause -> run.drops().get(cause)).sum();
    }

    /**
     * The line under the commands: engine seed of every run (derived from the base seed by the tool, shown so a
     * single run can be checked), tool version and, if asked for, when the report was made.
     */
    String provenance() {
        List<String> columns = new ArrayList<>();
        for (Replications column : report.columns()) {
            RunFigures first = column.runs().get(0);
            columns.add(column.count() == 1 ? first.label() + " " + first.seed()
                    : first.label() + " " + first.seed() + " and " + (column.count() - 1) + " more, one per replication");
        }
        String seeds = String.join(", ", columns);
        String stamp = report.reproduction().stamp();
        return "Engine seeds: " + seeds + ". HCA Studio " + report.reproduction().toolVersion() + "."
                + (stamp.isEmpty() ? "" : " Generated " + stamp + ".");
    }

    Report report() {
        return report;
    }

    private boolean hasConnections() {
        return report.runs().stream().anyMatch(run -> run.connectionsAttempted() > 0);
    }

    private Map<String, DriverConfig> distinctProfiles() {
        Map<String, DriverConfig> profiles = new LinkedHashMap<>();
        for (RunFigures run : report.runs()) {
            profiles.putIfAbsent(run.profile().name(), run.profile());
        }
        return profiles;
    }

    private Row row(String label, Function<RunFigures, String> cell) {
        return new Row(label, report.runs().stream().map(cell).toList());
    }
}
