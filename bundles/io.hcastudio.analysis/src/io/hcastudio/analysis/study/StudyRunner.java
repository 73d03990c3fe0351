package io.hcastudio.analysis.study;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.hcastudio.analysis.AnalysisException;
import io.hcastudio.analysis.run.RunExecutor;
import io.hcastudio.analysis.run.RunSpec;
import io.hcastudio.analysis.store.EncodedRun;
import io.hcastudio.analysis.store.ResultsStore;
import io.hcastudio.analysis.trace.TraceRequest;
import io.hcastudio.sim.kernel.RunMonitor;

/**
 * Executes the runs of a {@link StudyPlan} that its results file does not hold yet, {@code jobs} at a time, each run
 * single-threaded on its own worker. Results are written in run-id order (a finished run waits for the runs before
 * it), so the same plan gives the same file whatever the job count; when the study is cancelled or fails, the runs
 * that did finish are written too, so resuming runs only the missing ones.
 */
public final class StudyRunner {

    private StudyRunner() {
    }

    /** One job per available processor. */
    public static int defaultJobs() {
        return Runtime.getRuntime().availableProcessors();
    }

    public static StudyOutcome run(StudyPlan plan, Path file, int jobs, StudyMonitor monitor)
            throws AnalysisException {
        return run(plan, plan.runs(), file, jobs, monitor, null);
    }

    /**
     * Like {@link #run(StudyPlan, Path, int, StudyMonitor)}; with a {@code trace} request (null: none) every run it
     * executes also records its run trace next to {@code file}.
     */
    public static StudyOutcome run(StudyPlan plan, Path file, int jobs, StudyMonitor monitor, TraceRequest trace)
            throws AnalysisException {
        return run(plan, plan.runs(), file, jobs, monitor, trace);
    }

    /**
     * Executes only {@code selection} (runs of {@code plan}, e.g. one shard of it) into {@code file}; the outcome
     * and the monitor count the selected runs only. With a {@code trace} request (null: none) every run it executes
     * also records its run trace next to {@code file}.
     */
    public static StudyOutcome run(StudyPlan plan, List<RunSpec> selection, Path file, int jobs,
            StudyMonitor monitor, TraceRequest trace) throws AnalysisException {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be positive, was " + jobs);
        }
        long start = System.nanoTime();
        try (ResultsStore store = ResultsStore.create(file, plan.definition(), plan.model())) {
            List<RunSpec> missing = selection.stream()
                    .filter(spec -> !store.storedRunIds().contains(spec.runId())).toList();
            int resumed = selection.size() - missing.size();
            monitor.started(selection.size(), resumed);
            int executed = missing.isEmpty() ? 0 : execute(missing, store, jobs, monitor, selection.size(), trace);
            return new StudyOutcome(file, selection.size(), resumed, executed, resumed + executed < selection.size(),
                    System.nanoTime() - start);
        }
    }

    private static int execute(List<RunSpec> missing, ResultsStore store, int jobs, StudyMonitor monitor,
            int totalRuns, TraceRequest trace) throws AnalysisException {
        // Set on a failure: the remaining runs return at once instead of running.
        AtomicBoolean abandon = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, missing.size()), workerThreads());
        CompletionService<Optional<EncodedRun>> completions = new ExecutorCompletionService<>(pool);
        Map<Future<Optional<EncodedRun>>, RunSpec> specs = new HashMap<>();
        for (RunSpec spec : missing) {
            specs.put(completions.submit(() -> execute(spec, store, monitor, abandon, trace)), spec);
        }
        // Finished runs wait here until every run before them is written.
        TreeMap<Integer, EncodedRun> waiting = new TreeMap<>();
        int nextToWrite = 0;
        int written = 0;
        AnalysisException failure = null;
        try {
            for (int received = 0; received < missing.size(); received++) {
                Future<Optional<EncodedRun>> done;
                try {
                    done = completions.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failure = new AnalysisException("interrupted while waiting for runs", e);
                    abandon.set(true);
                    break;
                }
                // Removed, not read: a done future holds its run, and a study may have thousands.
                RunSpec spec = specs.remove(done);
                try {
                    done.get().ifPresent(run -> waiting.put(spec.runId(), run));
                } catch (ExecutionException | InterruptedException e) {
                    if (failure == null) {
                        Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
                        failure = new AnalysisException("run " + spec.runId() + " " + spec.parameters() + " seed "
                                + spec.seed() + " failed: " + cause, cause);
                        abandon.set(true);
                    }
                    continue;
                }
                while (nextToWrite < missing.size() && waiting.containsKey(missing.get(nextToWrite).runId())) {
                    EncodedRun run = waiting.remove(missing.get(nextToWrite).runId());
                    store.write(run);
                    written++;
                    nextToWrite++;
                    monitor.runStored(run.record(), store.storedRunIds().size(), totalRuns);
                }
            }
            // A gap (a cancelled or failed run) stops in-order writing; what finished after it is kept all the same.
            for (EncodedRun run : waiting.values()) {
                store.write(run);
                written++;
                monitor.runStored(run.record(), store.storedRunIds().size(), totalRuns);
            }
        } finally {
            pool.shutdownNow();
        }
        if (failure != null) {
            throw failure;
        }
        return written;
    }

    /** Runs the spec and encodes its result for the store here, on the worker, in parallel with the other jobs. */
    private static Optional<EncodedRun> execute(RunSpec spec, ResultsStore store, StudyMonitor monitor,
            AtomicBoolean abandon, TraceRequest trace) {
        if (abandon.get()) {
            return Optional.empty();
        }
        monitor.runStarting(spec.runId());
        if (monitor.isCancelled()) {
            return Optional.empty();
        }
        return RunExecutor.execute(spec, new RunMonitor() {
            @Override
            public void progress(long simTimeNs, long eventsProcessed) {
                monitor.runProgress(spec.runId(), simTimeNs, eventsProcessed);
            }

            @Override
            public boolean isCancelled() {
                return abandon.get() || monitor.isCancelled();
            }
        }, trace, store.keepsDetail()).map(store::encode);
    }

    private static ThreadFactory workerThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "hcastudio-run-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
