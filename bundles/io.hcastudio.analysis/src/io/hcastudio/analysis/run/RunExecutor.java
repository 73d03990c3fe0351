package io.hcastudio.analysis.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.hcastudio.analysis.ToolVersion;
import io.hcastudio.analysis.store.CompletedRun;
import io.hcastudio.analysis.store.OccupancyCurve;
import io.hcastudio.analysis.store.RunRecord;
import io.hcastudio.sim.SimulationRunner;
import io.hcastudio.sim.kernel.RunMonitor;
import io.hcastudio.sim.metrics.OccupancySeries;
import io.hcastudio.sim.metrics.SimulationResult;

/**
 * Executes one run on the calling thread. The engine run is single-threaded and owns all its state, so the same spec
 * gives the same result on any thread, alone or next to other runs.
 */
public final class RunExecutor {

    private RunExecutor() {
    }

    /**
     * Runs the spec, reporting progress to and polling cancellation from {@code monitor}. A cancelled run yields
     * nothing: its partial numbers must not pass for a result.
     */
    public static Optional<CompletedRun> execute(RunSpec spec, RunMonitor monitor) {
        SimulationResult result = SimulationRunner.run(spec.config(), monitor);
        if (result.cancelled()) {
            return Optional.empty();
        }
        return Optional.of(toCompletedRun(spec, result));
    }

    /** What a store keeps of an engine result. */
    public static CompletedRun toCompletedRun(RunSpec spec, SimulationResult result) {
        RunRecord record = new RunRecord(spec.runId(), spec.pointIndex(), spec.replication(), result.seed(),
                spec.parameters(), spec.profile(), ToolVersion.VERSION, result.outcome(), result.endTimeNs(),
                result.eventsProcessed(), result.drops(), result.rings(), result.cqs(), result.madLatency(),
                result.mads(), result.connections());
        List<OccupancyCurve> curves = new ArrayList<>(result.series().size());
        for (OccupancySeries series : result.series()) {
            curves.add(OccupancyCurve.of(series, result.endTimeNs()));
        }
        return new CompletedRun(record, curves, result.connectionSteps());
    }
}
