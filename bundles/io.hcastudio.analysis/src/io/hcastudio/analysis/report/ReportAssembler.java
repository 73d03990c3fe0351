package io.hcastudio.analysis.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.hcastudio.analysis.chart.ChartedRun;
import io.hcastudio.analysis.run.RunSpec;
import io.hcastudio.analysis.store.CompletedRun;
import io.hcastudio.analysis.store.RobustnessMap;
import io.hcastudio.model.Topology;
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
     * The report of {@code runs} (before first, after last) of the scenarios {@code scenarios} of {@code topology}.
     * Columns are named as {@link ChartedRun#labels} names runs side by side.
     */
    public static Report assemble(Topology topology, List<String> scenarios, List<ComparedRun> runs,
            Report.Reproduction reproduction) {
        return assemble(topology, scenarios, runs, reproduction, List.of());
    }

    /** As {@link #assemble(Topology, List, List, Report.Reproduction)}, with robustness maps in sections of their own. */
    public static Report assemble(Topology topology, List<String> scenarios, List<ComparedRun> runs,
            Report.Reproduction reproduction, List<RobustnessMap> maps) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("a report needs at least one run");
        }
        List<String> labels = ChartedRun.labels(runs.stream().map(compared -> compared.run().record()).toList());
        List<RunFigures> figures = new ArrayList<>();
        for (int index = 0; index < runs.size(); index++) {
            ComparedRun compared = runs.get(index);
            figures.add(RunFigures.of(labels.get(index), profileUnderTest(compared.spec().config()), compared.run()));
        }
        SimulationConfig config = runs.get(0).spec().config();
        String title = topology.getName() + ": " + String.join(" vs ", scenarios.stream().distinct().toList());
        return new Report(title, TopologySummary.of(topology),
                RunDescriptions.workload(config), RunDescriptions.timing(config.timing()), figures, reproduction, maps);
    }

    /** The profile of the first SR-IOV host: the driver whose behaviour the run examines. */
    static DriverConfig profileUnderTest(SimulationConfig config) {
        return config.hosts().stream().map(HostConfig::proxy).flatMap(Optional::stream).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the run has no SR-IOV host"));
    }
}
