package io.hcastudio.analysis.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

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
        return entries;
    }

    /** Column headings of the before/after table, one per run. */
    List<String> runLabels() {
        return report.runs().stream().map(RunFigures::label).toList();
    }

    /** Drops by cause, then the connection figures; causes no run saw outside D1–D6 are left out. */
    List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (DropCause cause : DropCause.values()) {
            if (cause.isSpecified() || report.runs().stream().anyMatch(run -> run.drops().get(cause) > 0)) {
                rows.add(row(cause.label(), run -> Figures.count(run.drops().get(cause))));
            }
        }
        rows.add(row("MADs dropped, all causes", run -> Figures.count(run.totalDrops())));
        rows.add(row("MADs sent", run -> Figures.count(run.madsSent())));
        if (hasConnections()) {
            rows.add(row("Connections attempted", run -> Figures.count(run.connectionsAttempted())));
            rows.add(row("Connections failed", run -> Figures.count(run.connectionsFailed())));
            rows.add(row("Connections delayed", run -> Figures.count(run.connectionsDelayed())));
            // A MAD dropped at the wire ring is often an SA path query: its retry shows in route resolution, while
            // the connect step, timed over the whole batch, can look the same before and after.
            rows.add(row("Worst route resolution", run -> Figures.duration(run.worstRouteNs())));
            rows.add(row("Worst connect time", run -> Figures.duration(run.worstConnectNs())));
            rows.add(row("Worst disconnect time", run -> Figures.duration(run.worstDisconnectNs())));
        }
        if (report.runs().stream().anyMatch(run -> !"COMPLETED".equals(run.outcome()))) {
            rows.add(row("Run ended", run -> run.outcome().toLowerCase(Locale.ROOT).replace('_', ' ')));
        }
        return rows;
    }

    /**
     * The sentence to quote in the mail, the last run (the fix) first: {@code profile C: 0 of 14,400 connections
     * lost; profile B: 0 of 14,400 connections lost, 3,858 delayed, 3,858 MADs dropped.}
     */
    String keySentence() {
        List<String> clauses = new ArrayList<>();
        List<RunFigures> runs = report.runs();
        for (int i = runs.size() - 1; i >= 0; i--) {
            RunFigures run = runs.get(i);
            StringBuilder clause = new StringBuilder(run.label()).append(": ");
            if (run.connectionsAttempted() > 0) {
                clause.append(Figures.count(run.connectionsFailed())).append(" of ")
                        .append(Figures.countOf(run.connectionsAttempted(), "connection")).append(" lost");
                if (run.connectionsDelayed() > 0) {
                    clause.append(", ").append(Figures.count(run.connectionsDelayed())).append(" delayed");
                }
                clause.append(", ").append(Figures.countOf(run.totalDrops(), "MAD")).append(" dropped");
            } else {
                clause.append(Figures.count(run.totalDrops())).append(" of ")
                        .append(Figures.countOf(run.madsSent(), "MAD")).append(" dropped");
            }
            clauses.add(clause.toString());
        }
        return String.join("; ", clauses) + ".";
    }

    /**
     * The line under the commands: engine seed of every run (derived from the base seed by the tool, shown so a
     * single run can be checked), tool version and, if asked for, when the report was made.
     */
    String provenance() {
        String seeds = String.join(", ", report.runs().stream().map(run -> run.label() + " " + run.seed()).toList());
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
