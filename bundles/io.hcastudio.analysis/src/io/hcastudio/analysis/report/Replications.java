package io.hcastudio.analysis.report;

import java.util.List;
import java.util.function.ToLongFunction;

import io.hcastudio.analysis.Estimate;
import io.hcastudio.analysis.LossProbability;

/**
 * The replications of one report column: the runs of one sweep point of one results file, each with its own
 * derived seed. A column of one replication has no interval, and the report says so.
 *
 * @param label column heading, the same as its {@link RunFigures#label()}
 * @param runs  the replications in run order, at least one
 */
public record Replications(String label, List<RunFigures> runs) {

    public Replications {
        runs = List.copyOf(runs);
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("column '" + label + "' has no replication");
        }
    }

    /** A column of a single run. */
    public static Replications single(RunFigures run) {
        return new Replications(run.label(), List.of(run));
    }

    public int count() {
        return runs.size();
    }

    /** Mean, 95 % confidence interval, min and max of a figure over the replications. */
    public Estimate estimate(ToLongFunction<RunFigures> figure) {
        return Estimate.of(runs.stream().map(run -> figure.applyAsLong(run)).toList());
    }

    /** Replications that dropped MADs of any cause, with the upper bound on the loss probability. */
    public LossProbability loss() {
        return new LossProbability((int) runs.stream().filter(run -> run.totalDrops() > 0).count(), runs.size());
    }
}
