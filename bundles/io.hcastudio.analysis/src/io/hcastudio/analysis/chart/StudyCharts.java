package io.hcastudio.analysis.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.hcastudio.analysis.Estimate;
import io.hcastudio.analysis.SweptParameter;
import io.hcastudio.analysis.chart.LineChart.Axis;
import io.hcastudio.analysis.chart.LineChart.Band;
import io.hcastudio.analysis.chart.LineChart.Line;
import io.hcastudio.analysis.store.RobustnessMap;
import io.hcastudio.analysis.store.RunMetric;
import io.hcastudio.analysis.store.RunRecord;
import io.hcastudio.analysis.store.StudySnapshot;

/**
 * A key figure versus a swept parameter: one line per driver profile (and per study when studies are compared, e.g.
 * before and after a fix), each point the mean over the point's replications with its 95 % confidence interval as
 * an error bar (none where a point has a single replication). Non-numeric parameter values (presets, work-queue modes) stand side by side in sweep order.
 */
public final class StudyCharts {

    private static final String PRESET_KEY = "driverProfile.preset";
    /** Room above the highest mean or bound, as a fraction of the span, so the top error bar shows. */
    private static final double HEADROOM = 0.1;
    /** Room left and right of the outermost points of a numeric x axis, as a fraction of their span. */
    private static final double X_MARGIN = 0.04;

    private StudyCharts() {
    }

    /** The parameter on the x axis: the first swept one that is not the preset, else the preset, else none. */
    private static String xParameter(StudySnapshot study) {
        List<SweptParameter> parameters = study.definition().parameters();
        return parameters.stream().map(SweptParameter::key).filter(key -> !PRESET_KEY.equals(key)).findFirst()
                .orElse(parameters.isEmpty() ? null : parameters.get(0).key());
    }

    /** {@code metric} of the studies' runs versus the x parameter of the first study. */
    public static LineChart sweep(List<StudySnapshot> studies, RunMetric metric) {
        String xKey = studies.isEmpty() ? null : xParameter(studies.get(0));
        // x positions: numeric values where every value is a number, else the values in sweep order.
        List<String> xValues = new ArrayList<>();
        Map<String, Map<String, List<RunRecord>>> lines = new LinkedHashMap<>();
        for (StudySnapshot study : studies) {
            for (RunRecord run : study.runs()) {
                String x = xKey == null ? "" : run.parameters().getOrDefault(xKey, "");
                if (!xValues.contains(x)) {
                    xValues.add(x);
                }
                lines.computeIfAbsent(lineLabel(studies.size() > 1, study, run, xKey), key -> new LinkedHashMap<>())
                        .computeIfAbsent(x, key -> new ArrayList<>()).add(run);
            }
        }
        boolean numeric = !xValues.isEmpty() && xValues.stream().allMatch(StudyCharts::isNumber);
        // Times in ns read in the unit that fits them, as the robustness map shows them: 5000 ns is 5 on a µs axis.
        double divisor = numeric && xKey != null && xValues.stream().allMatch(StudyCharts::isWhole)
                ? new RobustnessMap.Axis(xKey, xValues).divisor() : 1;
        List<Line> drawn = new ArrayList<>();
        List<Band> bands = new ArrayList<>();
        for (Map.Entry<String, Map<String, List<RunRecord>>> line : lines.entrySet()) {
            TreeMap<Double, Estimate> points = new TreeMap<>();
            line.getValue().forEach((x, runs) -> points.put(
                    numeric ? Double.parseDouble(x) / divisor : xValues.indexOf(x),
                    Estimate.of(runs.stream().map(metric::valueOf).toList())));
            double[] xs = points.keySet().stream().mapToDouble(Double::doubleValue).toArray();
            int colour = Palette.hue(drawn.size());
            drawn.add(new Line(line.getKey(), xs, points.values().stream().mapToDouble(Estimate::mean).toArray(),
                    colour, Line.Pattern.SOLID, true, 2));
            bands.add(new Band(line.getKey(), xs,
                    points.values().stream().mapToDouble(Estimate::lowerAtZero).toArray(),
                    points.values().stream().mapToDouble(Estimate::upper).toArray(), colour, Band.Shape.ERROR_BARS));
        }
        return new LineChart("sweep", title(studies, metric), xAxis(xKey, xValues, numeric, divisor),
                yAxis(metric, drawn, bands), false, drawn, bands, List.of(), true, ChartSpec.DEFAULT_SIZE);
    }

    /**
     * Named values stand at 0, 1, 2... with half a step of room; a single number gets room on either side, several
     * numbers a little.
     */
    private static Axis xAxis(String xKey, List<String> xValues, boolean numeric, double divisor) {
        Axis axis = Axis.linear(xKey == null ? "sweep point" : xTitle(xKey, xValues, divisor));
        if (!numeric) {
            return axis.labelled(xValues).ranging(-0.5, Math.max(0.5, xValues.size() - 0.5));
        }
        if (xValues.size() == 1) {
            double value = Double.parseDouble(xValues.get(0)) / divisor;
            return axis.ranging(value - 1, value + 1);
        }
        // Room on both sides, so the error bars of the first and last point show whole.
        double lowest = xValues.stream().mapToDouble(Double::parseDouble).min().orElseThrow() / divisor;
        double highest = xValues.stream().mapToDouble(Double::parseDouble).max().orElseThrow() / divisor;
        double margin = (highest - lowest) * X_MARGIN;
        return axis.ranging(lowest - margin, highest + margin);
    }

    /** The parameter's display name with the unit its values are shown in: {@code issue cost (µs)}. */
    private static String xTitle(String xKey, List<String> xValues, double divisor) {
        String unit = divisor == 1 ? xKey.endsWith("Ns") ? "ns" : ""
                : new RobustnessMap.Axis(xKey, xValues).unit().replace("us", "\u00b5s");
        return SweptParameter.displayName(xKey) + (unit.isEmpty() ? "" : " (" + unit + ")");
    }

    private static boolean isWhole(String value) {
        try {
            Long.parseLong(value.trim());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * From zero (or the lowest mean below it) to a little above the highest mean or upper bound. Intervals are cut
     * at 0 ({@link Estimate#lowerAtZero}), as every figure charted is a count or a duration.
     */
    private static Axis yAxis(RunMetric metric, List<Line> lines, List<Band> bands) {
        double lower = lines.stream().flatMapToDouble(line -> Arrays.stream(line.ys())).min().orElse(0);
        double upper = Math.max(lines.stream().flatMapToDouble(line -> Arrays.stream(line.ys())).max().orElse(0),
                bands.stream().flatMapToDouble(band -> Arrays.stream(band.upper())).filter(v -> !Double.isNaN(v))
                        .max().orElse(0));
        double span = Math.max(1, upper - lower);
        return Axis.linear(metric.label() + " (mean, 95 % CI)").ranging(Math.min(0, lower), upper + span * HEADROOM);
    }

    private static String title(List<StudySnapshot> studies, RunMetric metric) {
        List<String> names = studies.stream().map(study -> study.definition().name()).distinct().toList();
        int runs = studies.stream().mapToInt(study -> study.runs().size()).sum();
        int planned = studies.stream().mapToInt(study -> study.definition().runCount()).sum();
        return String.join(" vs ", names) + ": " + metric.label() + " ("
                + (runs == planned ? runs + " runs" : runs + " of " + planned + " runs") + ")";
    }

    private static String lineLabel(boolean severalStudies, StudySnapshot study, RunRecord run, String xKey) {
        StringBuilder label = new StringBuilder();
        if (severalStudies) {
            label.append(study.definition().name()).append(' ');
        }
        label.append("profile ").append(run.profile());
        run.parameters().forEach((key, value) -> {
            if (!key.equals(xKey) && !PRESET_KEY.equals(key)) {
                label.append(", ").append(SweptParameter.displayName(key)).append(' ').append(value);
            }
        });
        return label.toString();
    }

    private static boolean isNumber(String value) {
        try {
            Double.parseDouble(value);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
