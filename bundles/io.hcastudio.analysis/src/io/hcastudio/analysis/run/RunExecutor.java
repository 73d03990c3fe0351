package io.hcastudio.analysis.run;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import io.hcastudio.analysis.store.CompletedRun;
import io.hcastudio.analysis.trace.TraceRequest;
import io.hcastudio.sim.SimulationRunner;
import io.hcastudio.sim.kernel.RunMonitor;
import io.hcastudio.sim.metrics.SimulationResult;
import io.hcastudio.sim.trace.TraceRecorder;

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
        return execute(spec, monitor, null, true);
    }

    /**
     * Runs the spec and, when {@code trace} is not null, streams its run trace into the run's trace file: written to
     * a temporary file beside it and renamed when the run completes, so a cancelled or failed run leaves no trace.
     * Without {@code detail} the run is kept as a summary (see {@link EngineResults#completedRun(RunSpec,
     * SimulationResult, boolean)}).
     */
    public static Optional<CompletedRun> execute(RunSpec spec, RunMonitor monitor, TraceRequest trace,
            boolean detail) {
        if (trace == null) {
            SimulationResult result = SimulationRunner.run(spec.config(), monitor);
            return result.cancelled() ? Optional.empty()
                    : Optional.of(EngineResults.completedRun(spec, result, detail));
        }
        Path target = trace.traceFile(spec.runId());
        Path temporary = target.resolveSibling(target.getFileName() + ".part");
        try {
            SimulationResult result;
            try (TraceRecorder recorder = new TraceRecorder(
                    new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16), trace.filter())) {
                result = SimulationRunner.run(spec.config(), monitor, recorder);
            }
            if (result.cancelled()) {
                Files.deleteIfExists(temporary);
                return Optional.empty();
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return Optional.of(EngineResults.completedRun(spec, result, detail));
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new UncheckedIOException("cannot write the run trace " + target + ": " + e.getMessage(), e);
        }
    }
}
