package io.hcastudio.analysis.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.hcastudio.analysis.TimingProvenance;
import io.hcastudio.analysis.chart.ChartedRun;
import io.hcastudio.analysis.run.RunSpec;
import io.hcastudio.analysis.store.CompletedRun;
import io.hcastudio.analysis.store.RobustnessMap;
import io.hcastudio.model.Scenario;
import io.hcastudio.model.Topology;
import io.hcastudio.model.operations.ScenarioTimeline;
import io.hcastudio.sim.config.DriverConfig;
import io.hcastudio.sim.config.HostConfig;
import io.hcastudio.sim.config.SimulationConfig;

/** Puts a report together from the model and the runs to compare. */
public final class ReportAssembler {

    /** A run to show in one column: what was planned and what came out. */
    public record ComparedRun(RunSpec spec, CompletedRun run) {
    }

    private ReportAssembler() {
    }

    /**
     * The report of {@code columns} (before first, after last) of the scenarios {@code scenarios} of
     * {@code topology}; each column holds the replications of one sweep point. Columns are named as
     * {@link ChartedRun#labels} names their first runs side by side.
     */
    public static Report assemble(Topology topology, List<String> scenarios, List<List<ComparedRun>> columns,
            Report.Reproduction reproduction) {
        return assemble(topology, scenarios, columns, reproduction, List.of());
    }

    /** As {@link #assemble(Topology, List, List, Report.Reproduction)}, with robustness maps in sections of their own. */
    public static Report assemble(Topology topology, List<String> scenarios, List<List<ComparedRun>> columns,
            Report.Reproduction reproduction, List<RobustnessMap> maps) {
        if (columns.isEmpty() || columns.stream().anyMatch(List::isEmpty)) {
            throw new IllegalArgumentException("a report needs at least one run in every column");
        }
        List<String> labels = ChartedRun.labels(columns.stream().map(column -> column.get(0).run().record())
                .toList());
        List<RunFigures> figures = new ArrayList<>();
        List<Replications> replicated = new ArrayList<>();
        for (int index = 0; index < columns.size(); index++) {
            List<RunFigures> replications = new ArrayList<>();
            for (ComparedRun compared : columns.get(index)) {
                replications.add(RunFigures.of(labels.get(index), profileUnderTest(compared.spec().config()),
                        compared.run()));
            }
            figures.add(replications.get(0));
            replicated.add(new Replications(labels.get(index), replications));
        }
        SimulationConfig config = columns.get(0).get(0).spec().config();
        String title = topology.getName() + ": " + String.join(" vs ", scenarios.stream().distinct().toList());
        return new Report(title, TopologySummary.of(topology), RunDescriptions.workload(config),
                RunDescriptions.timing(config.timing()), figures, reproduction, replicated, parameters(config), maps,
                marks(topology, scenarios));
    }

    /** The faults on the timelines of the scenarios, each once, by start time. */
    static List<ScenarioTimeline.Mark> marks(Topology topology, List<String> scenarios) {
        List<ScenarioTimeline.Mark> marks = new ArrayList<>();
        for (Scenario scenario : topology.getScenarios()) {
            if (scenarios.contains(scenario.getName())) {
                ScenarioTimeline.of(scenario).stream().filter(mark -> !marks.contains(mark)).forEach(marks::add);
            }
        }
        marks.sort(Comparator.comparingLong(ScenarioTimeline.Mark::startNs));
        return marks;
    }

    /** Every parameter of the provenance table with its value in the first column's runs. */
    static List<Report.ParameterValue> parameters(SimulationConfig config) {
        return TimingProvenance.parameters().stream().map(parameter -> new Report.ParameterValue(parameter,
                TimingProvenance.valueText(parameter, config), parameter.isDefault(config))).toList();
    }

    /** The profile of the first SR-IOV host: the driver whose behaviour the run examines. */
    static DriverConfig profileUnderTest(SimulationConfig config) {
        return config.hosts().stream().map(HostConfig::proxy).flatMap(Optional::stream).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the run has no SR-IOV host"));
    }
}
