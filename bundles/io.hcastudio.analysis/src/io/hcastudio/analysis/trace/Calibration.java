package io.hcastudio.analysis.trace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.hcastudio.analysis.AnalysisException;
import io.hcastudio.model.Hca;
import io.hcastudio.model.TimingParameters;
import io.hcastudio.model.Topology;
import io.hcastudio.model.operations.TimingDistributions;
import io.hcastudio.sim.config.DistributionSyntax;

/**
 * "Calibrate timing from trace": turns the workqueue statistics of a real kernel trace into laws of the model's
 * timing parameters. The kworker wake-up {@code wakeLatencyNs} (L_wake: queue_work → the kworker running) gets the
 * delays of items activated by their queue_work, and {@code reschedLatencyNs} (the next item of an ordered workqueue
 * starting after the previous one returned) the delays of items activated when another ended; both from the work
 * functions named (by default the mlx4 proxy workers {@code mlx4_ib_tunnel_comp_worker} and
 * {@code mlx4_ib_sqp_comp_worker}; any function can stand in for the wake-up when the trace has no mlx4 events).
 * A law is {@code empirical(...)} over at most 100 quantiles of the samples (a constant when they are all equal).
 * The per-CQE costs are not calibrated: a trace shows a run's length, not how many CQEs it polled.
 */
public final class Calibration {

    /** The proxy's work functions (drivers/infiniband/hw/mlx4/mad.c). */
    public static final List<String> MLX4_FUNCTIONS = List.of("mlx4_ib_tunnel_comp_worker",
            "mlx4_ib_sqp_comp_worker");

    /** Fewest samples a law is made from. */
    public static final int MIN_SAMPLES = 10;

    private static final int MAX_POINTS = 100;

    private Calibration() {
    }

    /**
     * What to write: per timing parameter its law, and the sentence naming where they came from.
     *
     * @param laws   parameter name → law in the engine's syntax, in a fixed order
     * @param source {@code trace FILE: wakeLatencyNs from 1,234 wake-ups of f, ...}
     */
    public record Result(Map<String, String> laws, String source) {
    }

    /** The laws {@code statistics} gives for {@code functions} (empty: the mlx4 workers). */
    public static Result laws(WorkStatistics statistics, Path traceFile, List<String> functions)
            throws AnalysisException {
        List<String> chosen = functions.isEmpty() ? MLX4_FUNCTIONS : functions;
        List<WorkStatistics.Function> found = new ArrayList<>();
        for (String name : chosen) {
            WorkStatistics.Function function = statistics.functions().get(name);
            if (function != null) {
                found.add(function);
            } else if (!functions.isEmpty()) {
                throw new AnalysisException(traceFile + ": no work function '" + name + "' in the trace (it has: "
                        + String.join(", ", statistics.functions().keySet()) + ")");
            }
        }
        if (found.isEmpty()) {
            throw new AnalysisException(traceFile + ": no mlx4 proxy work (" + String.join(", ", MLX4_FUNCTIONS)
                    + ") in the trace; name a work function to stand in for the kworker wake-up");
        }
        String functionNames = String.join(", ", found.stream().map(WorkStatistics.Function::name).toList());
        long[] wake = concat(found.stream().map(WorkStatistics.Function::wakeDelaysNs).toList());
        long[] behind = concat(found.stream().map(WorkStatistics.Function::queuedBehindDelaysNs).toList());
        Map<String, String> laws = new LinkedHashMap<>();
        List<String> parts = new ArrayList<>();
        if (wake.length >= MIN_SAMPLES) {
            laws.put("wakeLatencyNs", law(wake));
            parts.add(String.format(Locale.ROOT, "wakeLatencyNs from %,d wake-ups", wake.length));
        }
        if (behind.length >= MIN_SAMPLES) {
            laws.put("reschedLatencyNs", law(behind));
            parts.add(String.format(Locale.ROOT, "reschedLatencyNs from %,d queued-behind starts", behind.length));
        }
        if (laws.isEmpty()) {
            throw new AnalysisException(traceFile + ": fewer than " + MIN_SAMPLES + " activate-to-start delays of "
                    + functionNames + " (the trace needs workqueue_activate_work and workqueue_execute_start)");
        }
        return new Result(laws, "trace " + traceFile.getFileName() + " (" + functionNames + "): "
                + String.join(", ", parts));
    }

    /** Sets the laws on the timing parameters of every HCA with a driver profile; returns how many. */
    public static int apply(Topology topology, Result result) {
        int changed = 0;
        for (Hca hca : topology.allHcas()) {
            if (hca.getDriverProfile() != null && hca.getDriverProfile().getTiming() != null) {
                TimingParameters timing = hca.getDriverProfile().getTiming();
                result.laws().forEach((parameter, law) -> TimingDistributions.set(timing, parameter, law));
                timing.setCalibrationSource(result.source());
                changed++;
            }
        }
        return changed;
    }

    /** {@code empirical(...)} over at most {@link #MAX_POINTS} quantiles, or the constant all samples share. */
    static String law(long[] samples) {
        long[] sorted = samples.clone();
        Arrays.sort(sorted);
        if (sorted[0] == sorted[sorted.length - 1]) {
            return DistributionSyntax.duration(sorted[0]);
        }
        int points = Math.min(MAX_POINTS, sorted.length);
        List<String> values = new ArrayList<>(points);
        for (int i = 0; i < points; i++) {
            // the midpoint quantile of the i-th of `points` equal slices
            int index = (int) Math.min(sorted.length - 1, (long) ((i + 0.5) * sorted.length / points));
            values.add(DistributionSyntax.duration(sorted[index]));
        }
        return "empirical(" + String.join(",", values) + ")";
    }

    private static long[] concat(List<long[]> arrays) {
        return arrays.stream().flatMapToLong(Arrays::stream).toArray();
    }
}
