package io.hcastudio.analysis.run;

import java.util.Optional;

import io.hcastudio.analysis.store.CompletedRun;
import io.hcastudio.sim.SimulationRunner;
import io.hcastudio.sim.kernel.RunMonitor;
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
        return Optional.of(EngineResults.completedRun(spec, result));
    }
}
