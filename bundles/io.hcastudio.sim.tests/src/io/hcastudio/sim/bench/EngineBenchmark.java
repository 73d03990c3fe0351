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

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Prints kernel and model throughput: the classic hold model (pop the earliest event, schedule a new one at
 * now + Exp(mean)) at 100 / 10 000 / 1 000 000 pending events, the commit scenario (18 × 800) per profile, and
 * for profiles B and C the same scenario with its host-side timings drawn from distributions against constants.
 * Each figure is the best of several timed repetitions after a warm-up; the commit scenario also gets its median.
 * Run with {@code releng/scripts/engine-benchmark}.
 */
public final class EngineBenchmark {

    private static final int REPETITIONS = 5;

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
        SimulationRunner.run(config);
        long[] wallNs = new long[REPETITIONS];
        SimulationResult result = null;
        for (int r = 0; r < REPETITIONS; r++) {
            long start = System.nanoTime();
            result = SimulationRunner.run(config);
            wallNs[r] = System.nanoTime() - start;
        }
        Arrays.sort(wallNs);
        long bestNs = wallNs[0];
        // The median shows what a garbage collection landing in a run costs; the best run usually has none.
        System.out.printf(Locale.ROOT,
                "18x800 profile %s%s: %,d events in %.0f ms wall (median %.0f ms) = %.1f M events/s; sim end %.3f s;"
                        + " drops %d%n",
                name, variant, result.eventsProcessed(), bestNs / 1e6, wallNs[REPETITIONS / 2] / 1e6,
                result.eventsProcessed() / (bestNs / 1e9) / 1e6, result.endTimeNs() / 1e9, result.totalDrops());
        return new Timing(bestNs, result.eventsProcessed());
    }
}
