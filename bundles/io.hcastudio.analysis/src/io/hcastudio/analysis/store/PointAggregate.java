package io.hcastudio.analysis.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.hcastudio.analysis.Estimate;
import io.hcastudio.analysis.LossProbability;
import io.hcastudio.analysis.StudyDefinition;

/**
 * The replications of one sweep point summarised: mean, 95 % confidence interval, min and max of every
 * {@link RunMetric}, and in how many replications MADs were lost. This is what a "drops versus swept parameter"
 * chart draws, one line per profile.
 *
 * @param pointIndex sweep point
 * @param parameters the point's parameter values, in parameter order
 * @param profile    driver profile label(s) of the point
 * @param estimates  one estimate per metric, over the stored replications of the point
 * @param loss       replications that dropped MADs of any cause ({@link RunMetric#DROPS_ALL_CAUSES} above 0)
 */
public record PointAggregate(int pointIndex, Map<String, String> parameters, String profile,
        Map<RunMetric, Estimate> estimates, LossProbability loss) {

    public PointAggregate {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        estimates = Collections.unmodifiableMap(new EnumMap<>(estimates));
    }

    public Estimate estimate(RunMetric metric) {
        return estimates.get(metric);
    }

    /** Aggregates of the points that have at least one stored run, in point order. */
    static List<PointAggregate> of(StudyDefinition definition, List<RunRecord> runs) {
        Map<Integer, List<RunRecord>> byPoint = new TreeMap<>();
        for (RunRecord run : runs) {
            byPoint.computeIfAbsent(run.pointIndex(), point -> new ArrayList<>()).add(run);
        }
        List<PointAggregate> aggregates = new ArrayList<>();
        byPoint.forEach((point, replications) -> {
            Map<RunMetric, Estimate> estimates = new EnumMap<>(RunMetric.class);
            for (RunMetric metric : RunMetric.values()) {
                estimates.put(metric, Estimate.of(replications.stream().map(metric::valueOf).toList()));
            }
            int losing = (int) replications.stream().filter(run -> RunMetric.DROPS_ALL_CAUSES.valueOf(run) > 0)
                    .count();
            aggregates.add(new PointAggregate(point, definition.pointValues(point), replications.get(0).profile(),
                    estimates, new LossProbability(losing, replications.size())));
        });
        return aggregates;
    }
}
