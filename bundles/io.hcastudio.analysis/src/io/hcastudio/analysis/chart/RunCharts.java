package io.hcastudio.analysis.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.hcastudio.analysis.chart.BarChart.Bars;
import io.hcastudio.analysis.chart.LineChart.Axis;
import io.hcastudio.analysis.chart.LineChart.Line;
import io.hcastudio.analysis.result.Distribution;
import io.hcastudio.analysis.result.DropCause;
import io.hcastudio.analysis.result.DropCount;
import io.hcastudio.analysis.result.PixelColumns;
import io.hcastudio.analysis.result.StepPoint;
import io.hcastudio.analysis.store.OccupancyCurve;
import io.hcastudio.analysis.store.RunRecord;
import io.hcastudio.analysis.store.StoredRun;
import io.hcastudio.model.operations.ScenarioTimeline.Mark;

/** The charts of one run that the result views show and export: drops by place, ring occupancy, distributions. */
public final class RunCharts {

    /** The category of a drops chart of a run without drops. */
    private static final String NO_DROPS = "no drops";
    /** At most this many occupancy series are drawn, busiest first, so the legend stays readable. */
    private static final int MAX_OCCUPANCY_SERIES = 12;

    private static final double NS_PER_MS = 1e6;
    private static final double NS_PER_US = 1e3;
    /** Data lines of an occupancy chart: solid while the palette's colours last, then dotted, then dash-dotted. */
    private static final Line.Pattern[] DATA_PATTERNS = {Line.Pattern.SOLID, Line.Pattern.DOT, Line.Pattern.DASH_DOT};
    /** Room above the highest occupancy line, as a fraction of it. */
    private static final double SLOTS_HEADROOM = 0.05;
    /** More categories than this and their labels are slanted. */
    private static final int LEVEL_LABELS = 8;

    private RunCharts() {
    }

    /**
     * MADs dropped in the run per function and direction, one stacked bar per place, split by cause. The specified
     * causes D1-D6 are always in the legend; the function-side and policy causes only when they occurred.
     */
    public static BarChart dropsByPlace(StoredRun stored) {
        RunRecord run = stored.run();
        Map<String, Map<DropCause, Long>> byPlace = new LinkedHashMap<>();
        for (DropCount drop : run.drops()) {
            byPlace.computeIfAbsent(drop.place(), key -> new LinkedHashMap<>()).merge(drop.cause(), drop.count(),
                    Long::sum);
        }
        List<String> places = new ArrayList<>(byPlace.keySet());
        if (places.isEmpty()) {
            places.add(NO_DROPS);
        }
        List<Bars> series = new ArrayList<>();
        for (DropCause cause : DropCause.values()) {
            if (cause.isSpecified() || run.drops(cause) > 0) {
                double[] counts = places.stream()
                        .mapToDouble(place -> byPlace.getOrDefault(place, Map.of()).getOrDefault(cause, 0L)).toArray();
                series.add(new Bars(cause.label(), counts, Palette.hue(series.size())));
            }
        }
        return new BarChart("drops-by-place", stored.label() + ": "
                + String.format(Locale.ROOT, "%,d", run.totalDrops()) + " MADs dropped", "function and direction",
                "MADs dropped", places, series, true, places.size() > LEVEL_LABELS, true, ChartSpec.DEFAULT_SIZE);
    }

    /**
     * Which occupancy series a chart shows, and how many matched.
     *
     * @param chart    the series drawn
     * @param shown    series shown
     * @param matching series that matched the choice; those beyond {@link #MAX_OCCUPANCY_SERIES} are left out
     */
    public record Occupancy(LineChart chart, int shown, int matching) {

        /** Series that matched but were left out. */
        public int hidden() {
            return matching - shown;
        }
    }

    /**
     * Ring and CQ occupancy of the run over simulated time, one step line per series of the chosen kinds whose name
     * contains {@code nameFilter} (any case), at most {@link #MAX_OCCUPANCY_SERIES}, busiest first, and each distinct
     * capacity as a dashed line, so the moment a ring fills and the driver drops is visible.
     *
     * @param columns pixel columns the lines are reduced to
     */
    public static Occupancy occupancy(StoredRun stored, Set<SeriesName.Kind> kinds, String nameFilter, int columns) {
        String filter = nameFilter.trim().toLowerCase(Locale.ROOT);
        List<OccupancyCurve> matching = new ArrayList<>();
        for (OccupancyCurve curve : stored.curves()) {
            Optional<SeriesName> name = SeriesName.parse(curve.name());
            if (name.isPresent() && kinds.contains(name.get().kind())
                    && curve.name().toLowerCase(Locale.ROOT).contains(filter)) {
                matching.add(curve);
            }
        }
        // Busiest first; equal maxima keep the engine's order, so the choice is deterministic.
        List<OccupancyCurve> shown = matching.stream()
                .sorted(Comparator.comparingLong(OccupancyCurve::max).reversed()).limit(MAX_OCCUPANCY_SERIES).toList();
        long endNs = Math.max(stored.run().endTimeNs(), 1);
        List<Line> lines = new ArrayList<>();
        Map<String, Long> capacities = new LinkedHashMap<>();
        for (OccupancyCurve curve : stored.curves()) {
            if (shown.contains(curve)) {
                lines.add(heldUntil(curve, endNs));
                SeriesName name = SeriesName.parse(curve.name()).orElseThrow();
                name.capacityIn(stored.run()).ifPresent(capacity -> capacities.putIfAbsent(capacityLabel(name,
                        capacity), capacity));
            }
        }
        double endMs = endNs / NS_PER_MS;
        capacities.forEach((label, capacity) -> lines.add(new Line(label, new double[] {0, endMs},
                new double[] {capacity, capacity}, 0, Line.Pattern.DASH, false, 2)));
        String selection = kinds.isEmpty() ? "nothing selected"
                : String.join(", ", EnumSet.copyOf(kinds).stream().map(SeriesName.Kind::label).toList());
        String title = stored.label() + ": " + selection
                + (shown.size() < matching.size() ? " (" + shown.size() + " busiest of " + matching.size() + ")" : "");
        return new Occupancy(withMarks(occupancy(title, lines, columns), stored.marks(), endNs), shown.size(),
                matching.size());
    }

    /**
     * The chart with the faults of the run's scenario shaded, its time axis (if it ends where the rings drained)
     * running on until the last of them is seen.
     */
    private static LineChart withMarks(LineChart chart, List<Mark> marks, long endNs) {
        List<LineChart.Window> windows = TimelineWindows.of(marks, endNs);
        if (windows.isEmpty()) {
            return chart;
        }
        Axis time = chart.x();
        if (time.range() != null) {
            long shownNs = (long) (time.range().upper() * NS_PER_MS);
            time = time.ranging(0, TimelineWindows.axisEndNs(marks, shownNs, endNs) / NS_PER_MS);
        }
        return new LineChart(chart.id(), chart.title(), time, chart.y(), chart.steps(), chart.lines(), chart.bands(),
                chart.levels(), chart.legend(), chart.size(), windows);
    }

    /**
     * Occupancy lines (x in ms) as a step chart: each line reduced to two points per pixel column and styled here, in
     * order. Data lines take the palette's colours, solid, then dotted once the colours are used up, so no two look
     * alike; a dashed line is a capacity, drawn two pixels wide in a limit colour of its own. The time axis starts
     * where the rings are busy: from 0 until a little after the last of them drained from its peak (the whole run
     * is one "fit to data" away).
     */
    public static LineChart occupancy(String title, List<Line> lines, int columns) {
        List<Line> drawn = new ArrayList<>();
        int data = 0;
        int limits = 0;
        double busyUntil = 0;
        double lastX = 0;
        for (Line line : lines) {
            double[] xs = line.xs();
            double[] ys = line.ys();
            int[] kept = xs.length == 0 ? new int[0]
                    : new PixelColumns(xs[0], xs[xs.length - 1], columns).keep(xs, ys);
            double[] keptXs = Arrays.stream(kept).mapToDouble(i -> xs[i]).toArray();
            double[] keptYs = Arrays.stream(kept).mapToDouble(i -> ys[i]).toArray();
            if (xs.length > 0) {
                lastX = Math.max(lastX, xs[xs.length - 1]);
            }
            if (line.isLimit()) {
                drawn.add(new Line(line.name(), keptXs, keptYs, Palette.limit(limits++), Line.Pattern.DASH, false, 2));
            } else {
                busyUntil = Math.max(busyUntil, ComparisonCharts.drainedAt(xs, ys));
                drawn.add(new Line(line.name(), keptXs, keptYs, Palette.hue(data), DATA_PATTERNS[Math.min(
                        DATA_PATTERNS.length - 1, data / Palette.HUE_COUNT)], false, 1));
                data++;
            }
        }
        Axis time = Axis.linear("simulated time (ms)");
        double busyEnd = busyUntil + busyUntil / ComparisonCharts.DRAINED_MARGIN;
        if (busyUntil > 0 && busyEnd < lastX) {
            time = time.ranging(0, busyEnd);
        }
        // Slots from 0 (no room below it) to a little above the highest line, capacities included.
        double highest = drawn.stream().flatMapToDouble(line -> Arrays.stream(line.ys())).max().orElse(0);
        Axis slots = Axis.linear("occupied slots").ranging(0, Math.max(1, highest * (1 + SLOTS_HEADROOM)));
        return new LineChart("ring-occupancy", title, time, slots, true, drawn, List.of(), List.of(), true,
                ChartSpec.DEFAULT_SIZE);
    }

    /**
     * The curve's outline at its finest stored resolution (detail buckets over the burst, overview after it), held
     * at its last value until the end of the run, x in ms.
     */
    private static Line heldUntil(OccupancyCurve curve, long endNs) {
        List<StepPoint> outline = new ArrayList<>(curve.outline());
        if (!curve.buckets().isEmpty()) {
            long lastNs = outline.get(outline.size() - 1).timeNs();
            long last = curve.buckets().get(curve.buckets().size() - 1).last();
            outline.add(new StepPoint(Math.max(endNs, lastNs), last));
        }
        double[] xs = outline.stream().mapToDouble(point -> point.timeNs() / NS_PER_MS).toArray();
        double[] ys = outline.stream().mapToDouble(StepPoint::value).toArray();
        return Line.of(curve.name(), xs, ys, 0);
    }

    private static String capacityLabel(SeriesName name, long capacity) {
        String where = name.isWire() ? "wire" : "tunnel";
        return switch (name.kind()) {
            case SEND_RING -> where + " send ring full (N-1 = " + capacity + ")";
            case RECEIVE_RING -> where + " receive ring size (" + capacity + ")";
            case CQ -> where + " CQ size (" + capacity + ")";
        };
    }

    /**
     * A distribution of the run as counts per bucket, a bar per bucket labelled with its upper bound as a duration
     * people read ({@code 512 µs}, {@code 2.1 ms}).
     */
    public static BarChart histogram(StoredRun stored, Distribution distribution) {
        List<String> labels = Arrays.stream(distribution.upperNs()).mapToObj(ChartText::duration).toList();
        double[] counts = Arrays.stream(distribution.counts()).asDoubleStream().toArray();
        return new BarChart("histogram", distributionTitle(stored, distribution), distribution.quantity()
                + " below", "count", labels, List.of(new Bars(distribution.quantity(), counts, Palette.hue(0))),
                false, labels.size() > LEVEL_LABELS, false, ChartSpec.DEFAULT_SIZE);
    }

    /**
     * A distribution of the run as the share of values at or below each bucket's upper bound, on a logarithmic time
     * axis.
     */
    public static LineChart cumulative(StoredRun stored, Distribution distribution) {
        long[] upperNs = distribution.upperNs();
        double[] xs = Arrays.stream(upperNs).mapToDouble(upper -> upper / NS_PER_US).toArray();
        Axis x = Axis.linear(distribution.quantity() + " (µs, log scale)");
        return new LineChart("cumulative", distributionTitle(stored, distribution),
                upperNs.length > 0 && upperNs[0] > 0 ? x.asLogarithmic() : x, Axis.linear("share at or below"), true,
                List.of(new Line(distribution.quantity(), xs, distribution.cumulativeShares(), Palette.hue(0),
                        Line.Pattern.SOLID, true, 1)), List.of(), List.of(), false, ChartSpec.DEFAULT_SIZE);
    }

    private static String distributionTitle(StoredRun stored, Distribution distribution) {
        return stored.label() + ": " + distribution.quantity()
                + String.format(Locale.ROOT, " (%,d values)", distribution.total());
    }
}
