package io.hcastudio.sim.bench;

import io.hcastudio.sim.Scenarios;
import io.hcastudio.sim.SimulationRunner;
import io.hcastudio.sim.config.DistributionSyntax;
import io.hcastudio.sim.config.DriverConfig;
import io.hcastudio.sim.config.SimulationConfig;
import io.hcastudio.sim.config.TimingConfig;
import io.hcastudio.sim.kernel.EventTarget;
import io.hcastudio.sim.kernel.RunMonitor;
import io.hcastudio.sim.kernel.Simulator;
import io.hcastudio.sim.metrics.SimulationResult;
import io.hcastudio.sim.trace.TraceFilter;
import io.hcastudio.sim.trace.TraceRecorder;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingStream;


/**
 * Prints kernel and model throughput: the classic hold model (pop the earliest event, schedule a new one at
 * now + Exp(mean)) at 100 / 10 000 / 1 000 000 pending events, the commit scenario (18 × 800) per profile, and
 * for profiles B and C the same scenario with its host-side timings drawn from distributions against constants.
 * Each figure is the best of several timed repetitions after a warm-up; the commit scenario also gets its median.
 * Run with {@code releng/scripts/engine-benchmark}.
 */
public final class EngineBenchmark {

    private static final int REPETITIONS = 5;
    /**
     * Untimed runs of a commit scenario before its timed ones: after one, the compiler was still at work in the first
     * profile (a recompiled method ran interpreted for a while and allocated what its compiled code does not).
     */
    private static final int WARM_UP_RUNS = 3;

    private EngineBenchmark() {
    }

    /** Hold-model event: reschedules itself with an exponential increment (mean 1 µs). */
    private static final class Hold implements EventTarget {
        private final Simulator sim;
        private final SplittableRandom random = new SplittableRandom(1);

        Hold(Simulator sim) {
            this.sim = sim;
        }

        long increment() {
            return (long) (-1000.0 * Math.log(1.0 - random.nextDouble()));
        }

        @Override
        public void onEvent(int type, Object data) {
            sim.schedule(increment(), this, 0, null);
        }
    }

    /** Events per second of the hold model with {@code pending} events in the set. */
    public static double holdModel(int pending, long events) {
        Simulator sim = new Simulator();
        Hold hold = new Hold(sim);
        for (int i = 0; i < pending; i++) {
            sim.schedule(hold.increment(), hold, 0, null);
        }
        // Let the time distribution settle before timing.
        sim.run(Long.MAX_VALUE, Math.min(events, 2L * pending), RunMonitor.NONE);
        long start = System.nanoTime();
        long budget = sim.eventsProcessed() + events;
        sim.run(Long.MAX_VALUE, budget, RunMonitor.NONE);
        return events / ((System.nanoTime() - start) / 1e9);
    }

    public static void main(String[] args) {
        System.out.printf(Locale.ROOT, "java %s, %d CPUs%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors());
        int[] sizes = {100, 10_000, 1_000_000};
        long[] counts = {20_000_000, 10_000_000, 5_000_000};
        for (int i = 0; i < sizes.length; i++) {
            holdModel(sizes[i], counts[i] / 4);
            double best = 0;
            for (int r = 0; r < REPETITIONS; r++) {
                best = Math.max(best, holdModel(sizes[i], counts[i]));
            }
            System.out.printf(Locale.ROOT, "hold model, %,9d pending: %6.1f M events/s%n", sizes[i], best / 1e6);
        }
        for (String name : new String[] {"A", "B", "C", "D"}) {
            commitScenario(name, Scenarios.commitScenario(DriverConfig.preset(name)), "");
        }
        longSeriesCollections("B", LONG_SERIES_RUNS);
        // The same scenario with the host-side timings drawn per occurrence: what the distributions cost.
        for (String name : new String[] {"B", "C"}) {
            SimulationConfig constants = Scenarios.commitScenario(DriverConfig.preset(name));
            SimulationConfig drawn = constants.toBuilder().timing(DRAWN).build();
            Timing withLaws = commitScenario(name, drawn, " with distributions");
            Timing withConstants = commitScenario(name, constants, " with constants");
            // The laws change the run itself (other drops, other retries), so the cost per event is the fair
            // comparison of the drawing; the wall ratio is what a user waits.
            System.out.printf(Locale.ROOT, "18x800 profile %s: distributions / constants = %.2fx wall, %.2fx per event"
                    + " (best runs)%n", name, withLaws.bestNs() / (double) withConstants.bestNs(),
                    withLaws.nsPerEvent() / withConstants.nsPerEvent());
        }
        // The run trace: what recording the whole commit scenario into a file costs, and its size.
        for (String name : new String[] {"B", "C"}) {
            SimulationConfig config = Scenarios.commitScenario(DriverConfig.preset(name));
            double plain = commitScenario(name, config, " untraced").bestNs();
            double traced = tracedCommitScenario(name, config);
            System.out.printf(Locale.ROOT, "18x800 profile %s: traced / untraced = %.2fx wall (best runs)%n", name,
                    traced / plain);
        }
    }

    /** Runs in the series of {@link #longSeriesCollections}: enough for a few young collections. */
    private static final int LONG_SERIES_RUNS = 60;

    /**
     * The collections of a long series of runs, as a study makes them: the five timed runs of a scenario allocate too
     * little to fill the young generation, so they may see none.
     */
    private static void longSeriesCollections(String name, int runs) {
        SimulationConfig config = Scenarios.commitScenario(DriverConfig.preset(name));
        SimulationRunner.run(config);
        System.gc();
        GcPauses pauses = GcPauses.start();
        for (int r = 0; r < runs; r++) {
            SimulationRunner.run(config);
        }
        double maxPauseMs = pauses.stop();
        System.out.printf(Locale.ROOT, "18x800 profile %s, %d runs in a row: %d collections, longest pause %.1f ms"
                + " (target <= %d ms: %s), %.1f ms paused in all%n", name, runs, pauses.collections(), maxPauseMs,
                TARGET_PAUSE_MS, verdict(maxPauseMs <= TARGET_PAUSE_MS), pauses.totalMs());
    }

    /** Times {@code config} recording its full trace into a temporary file; prints the size; returns the best ns. */
    private static double tracedCommitScenario(String name, SimulationConfig config) {
        try {
            Path file = Files.createTempFile("hcastudio-bench", ".hctrace");
            try {
                long bestNs = Long.MAX_VALUE;
                long records = 0;
                for (int r = 0; r < REPETITIONS; r++) {
                    long start = System.nanoTime();
                    try (TraceRecorder trace = new TraceRecorder(new BufferedOutputStream(Files.newOutputStream(file),
                            1 << 16), TraceFilter.ALL)) {
                        SimulationRunner.run(config, RunMonitor.NONE, trace);
                        records = trace.records();
                    }
                    bestNs = Math.min(bestNs, System.nanoTime() - start);
                }
                System.out.printf(Locale.ROOT, "18x800 profile %s traced: %.0f ms wall; trace %,d records, %,d bytes"
                        + " (%.1f bytes/record)%n", name, bestNs / 1e6, records, Files.size(file),
                        (double) Files.size(file) / records);
                return bestNs;
            } finally {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Wake-up, mux, demux, reap and issue cost drawn from distributions around their defaults. */
    private static final TimingConfig DRAWN = TimingConfig.builder()
            .wakeLatencyNs(DistributionSyntax.parse("lognormal(20us,2)"))
            .muxCostNs(DistributionSyntax.parse("uniform(1us,2us)"))
            .demuxCostNs(DistributionSyntax.parse("uniform(1us,2us)"))
            .reapCostNs(DistributionSyntax.parse("exp(300ns)"))
            .issueCostNs(DistributionSyntax.parse("lognormal(10us,1.5)")).build();

    /** The best wall time of a scenario and the events its run processed. */
    private record Timing(long bestNs, long events) {
        double nsPerEvent() {
            return bestNs / (double) events;
        }
    }

    /** Times {@code config} and prints the figures. */
    private static Timing commitScenario(String name, SimulationConfig config, String variant) {
        for (int r = 0; r < WARM_UP_RUNS; r++) {
            SimulationRunner.run(config);
        }
        // Start from a collected heap, as JMH does between iterations: otherwise the scenario's first young collection
        // also scans what the benchmarks before it left behind (the hold model's million-event arrays, still in the
        // old generation, made profile B's pause 107 ms where the scenario alone in a fresh JVM gets 12-17 ms).
        System.gc();
        long[] wallNs = new long[REPETITIONS];
        SimulationResult result = null;
        GcPauses pauses = GcPauses.start();
        AllocationProbe allocation = new AllocationProbe();
        for (int r = 0; r < REPETITIONS; r++) {
            allocation.beforeRun();
            long start = System.nanoTime();
            result = SimulationRunner.run(config, allocation);
            wallNs[r] = System.nanoTime() - start;
            allocation.afterRun(result.eventsProcessed());
        }
        double maxPauseMs = pauses.stop();
        Arrays.sort(wallNs);
        long bestNs = wallNs[0];
        double medianMs = wallNs[REPETITIONS / 2] / 1e6;
        // The median shows what a garbage collection landing in a run costs; the best run usually has none.
        System.out.printf(Locale.ROOT,
                "18x800 profile %s%s: %,d events in %.0f ms wall (median %.0f ms) = %.1f M events/s; sim end %.3f s;"
                        + " drops %d%n",
                name, variant, result.eventsProcessed(), bestNs / 1e6, medianMs,
                result.eventsProcessed() / (bestNs / 1e9) / 1e6, result.endTimeNs() / 1e9, result.totalDrops());
        System.out.printf(Locale.ROOT, "  commit scenario %s%s median %.0f ms (target < %d ms: %s); longest GC pause"
                + " %.1f ms over %d collections (target <= %d ms: %s); allocated %.3f bytes/event in the event loop"
                + " (%,d bytes a run; target 0: %s), %.1f bytes/event for the whole run%n", name, variant, medianMs, TARGET_MEDIAN_MS,
                verdict(medianMs < TARGET_MEDIAN_MS), maxPauseMs, pauses.collections(), TARGET_PAUSE_MS,
                verdict(maxPauseMs <= TARGET_PAUSE_MS), allocation.loopBytesPerEvent(),
                allocation.loopBytesPerRun(), verdict(allocation.loopBytesPerEvent() == 0), allocation.runBytesPerEvent());
        return new Timing(bestNs, result.eventsProcessed());
    }

    /** Issue 20's targets for the commit scenario. */
    private static final int TARGET_MEDIAN_MS = 100;
    private static final int TARGET_PAUSE_MS = 10;

    private static String verdict(boolean met) {
        return met ? "meets" : "misses";
    }

    /**
     * Bytes the benchmark thread allocates ({@link com.sun.management.ThreadMXBean#getCurrentThreadAllocatedBytes})
     * per event: over whole runs (model construction and result assembly included), and in the event loop's steady
     * state, from the kernel's first progress poll to its last (so the run's first and last few thousand events, the
     * model's set-up and the results are left out).
     */
    private static final class AllocationProbe implements RunMonitor {
        private final com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        private long runStartBytes;
        private long firstPollBytes = -1;
        private long firstPollEvents;
        private long lastPollBytes;
        private long lastPollEvents;
        private long loopBytes;
        private long loopEvents;
        private int loopRuns;
        private long runBytes;
        private long runEvents;

        void beforeRun() {
            firstPollBytes = -1;
            runStartBytes = threads.getCurrentThreadAllocatedBytes();
        }

        void afterRun(long events) {
            runBytes += threads.getCurrentThreadAllocatedBytes() - runStartBytes;
            runEvents += events;
            if (firstPollBytes >= 0) {
                loopBytes += lastPollBytes - firstPollBytes;
                loopEvents += lastPollEvents - firstPollEvents;
                loopRuns++;
            }
        }

        @Override
        public void progress(long simTimeNs, long eventsProcessed) {
            long bytes = threads.getCurrentThreadAllocatedBytes();
            if (firstPollBytes < 0) {
                firstPollBytes = bytes;
                firstPollEvents = eventsProcessed;
            }
            lastPollBytes = bytes;
            lastPollEvents = eventsProcessed;
        }

        @Override
        public boolean isCancelled() {
            return false;
        }

        double loopBytesPerEvent() {
            return loopEvents == 0 ? 0 : loopBytes / (double) loopEvents;
        }

        long loopBytesPerRun() {
            return loopRuns == 0 ? 0 : loopBytes / loopRuns;
        }

        double runBytesPerEvent() {
            return runEvents == 0 ? 0 : runBytes / (double) runEvents;
        }
    }

    /**
     * Garbage-collection pauses while it listens, from JFR's jdk.GarbageCollection events (nanosecond durations; the
     * management beans' notifications give whole milliseconds, too coarse for a 10 ms target).
     * releng/scripts/engine-benchmark also writes every collection to a -Xlog:gc file.
     */
    private static final class GcPauses {
        private final RecordingStream stream = new RecordingStream();
        private double maxPauseMs;
        private double totalMs;
        private int collections;

        static GcPauses start() {
            GcPauses pauses = new GcPauses();
            pauses.stream.enable("jdk.GarbageCollection");
            pauses.stream.onEvent("jdk.GarbageCollection", pauses::record);
            pauses.stream.startAsync();
            return pauses;
        }

        private synchronized void record(RecordedEvent collection) {
            collections++;
            maxPauseMs = Math.max(maxPauseMs, collection.getDuration("longestPause").toNanos() / 1e6);
            totalMs += collection.getDuration("sumOfPauses").toNanos() / 1e6;
        }

        /** Stops listening once the events of the collections so far have arrived; the longest pause in ms. */
        double stop() {
            stream.stop();
            stream.close();
            synchronized (this) {
                return maxPauseMs;
            }
        }

        synchronized int collections() {
            return collections;
        }

        synchronized double totalMs() {
            return totalMs;
        }
    }
}
