package io.hcastudio.charts;

import java.io.IOException;
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

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;

import io.hcastudio.analysis.csv.CsvExport;
import io.hcastudio.analysis.store.OccupancyCurve;
import io.hcastudio.sim.metrics.StepPoint;
import io.hcastudio.sim.metrics.CqStats;
import io.hcastudio.sim.metrics.RingStats;

/**
 * Ring and CQ occupancy of one run over simulated time, one step line per ring, and each distinct capacity as a
 * dashed line, so the moment a ring fills up and the driver starts dropping is visible. Which series are drawn is
 * chosen by kind (send rings, receive rings, CQs) and a name filter; at most {@link #MAX_SERIES} of them, busiest
 * first, so the legend stays readable.
 */
public class OccupancyChart extends ChartPanel {

    static final String EMPTY_TITLE = "Ring occupancy: run a scenario to see results";
    static final int MAX_SERIES = 12;
    private static final double NS_PER_MS = 1e6;

    private RunResult result;
    private Set<SeriesName.Kind> kinds = EnumSet.of(SeriesName.Kind.SEND_RING);
    private String nameFilter = "";
    private int hiddenSeries;

    public OccupancyChart(Composite parent) {
        super(parent);
        setTitle(EMPTY_TITLE);
        chart.getAxisSet().getXAxis(0).getTitle().setText("simulated time (ms)");
        chart.getAxisSet().getYAxis(0).getTitle().setText("occupied slots");
    }

    /** Draws the run with the current kind and name selection. */
    public void showRun(RunResult run) {
        this.result = run;
        redrawRun();
    }

    public Optional<RunResult> run() {
        return Optional.ofNullable(result);
    }

    /** Chooses which kinds of series are drawn. */
    void setKinds(Set<SeriesName.Kind> selected) {
        kinds = selected.isEmpty() ? EnumSet.noneOf(SeriesName.Kind.class) : EnumSet.copyOf(selected);
        redrawRun();
    }

    Set<SeriesName.Kind> kinds() {
        return EnumSet.copyOf(kinds.isEmpty() ? EnumSet.noneOf(SeriesName.Kind.class) : kinds);
    }

    /** Keeps only series whose name contains {@code text} (case-insensitive); empty keeps all. */
    void setNameFilter(String text) {
        nameFilter = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        redrawRun();
    }

    /** Series that matched the selection but were left out to respect {@link #MAX_SERIES}. */
    int hiddenSeries() {
        return hiddenSeries;
    }

    /** Replaces what the chart shows with ready series (x in ms); they are reduced to the pixel width first. */
    public void show(String title, List<ChartSeries> series) {
        chart.suspendUpdate(true);
        try {
            clearChart();
            int columns = pixelColumns();
            int index = 0;
            for (ChartSeries data : series) {
                ChartSeries reduced = SeriesReducer.reduce(data, columns);
                ILineSeries<?> line = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, data.name());
                line.setXSeries(reduced.xs());
                line.setYSeries(reduced.ys());
                line.setSymbolType(PlotSymbolType.NONE);
                // A capacity line takes the colour of the series drawn just before it.
                int colour = data.capacityLine() ? Math.max(0, index - 1) : index;
                line.setLineColor(colour(Palette.hue(colour)));
                if (data.capacityLine()) {
                    line.setLineStyle(LineStyle.DASH);
                    line.setLineWidth(2);
                } else {
                    line.enableStep(true);
                    index++;
                }
            }
            setTitle(title);
            chart.getAxisSet().adjustRange();
        } finally {
            chart.suspendUpdate(false);
        }
        chart.redraw();
    }

    private void redrawRun() {
        if (result == null) {
            return;
        }
        List<OccupancyCurve> matching = new ArrayList<>();
        for (OccupancyCurve curve : result.curves()) {
            Optional<SeriesName> name = SeriesName.parse(curve.name());
            if (name.isPresent() && kinds.contains(name.get().kind())
                    && curve.name().toLowerCase(Locale.ROOT).contains(nameFilter)) {
                matching.add(curve);
            }
        }
        // Busiest first; equal maxima keep the engine's order, so the choice is deterministic.
        List<OccupancyCurve> shown = matching.stream()
                .sorted(Comparator.comparingLong(OccupancyCurve::max).reversed()).limit(MAX_SERIES).toList();
        hiddenSeries = matching.size() - shown.size();
        double endMs = Math.max(result.run().endTimeNs(), 1) / NS_PER_MS;
        List<ChartSeries> series = new ArrayList<>();
        Map<String, Long> capacities = new LinkedHashMap<>();
        for (OccupancyCurve curve : result.curves()) {
            if (!shown.contains(curve)) {
                continue;
            }
            series.add(toChartSeries(curve, endMs));
            SeriesName name = SeriesName.parse(curve.name()).orElseThrow();
            capacity(name).ifPresent(capacity -> capacities.putIfAbsent(capacityLabel(name, capacity), capacity));
        }
        capacities.forEach((label, capacity) -> series.add(new ChartSeries(label, new double[] {0, endMs},
                new double[] {capacity, capacity}, true)));
        String title = result.label() + ": " + kindsLabel()
                + (hiddenSeries > 0 ? " (" + shown.size() + " busiest of " + matching.size() + ")" : "");
        show(title, series);
    }

    private String kindsLabel() {
        return kinds.isEmpty() ? "nothing selected"
                : String.join(", ", kinds.stream().map(SeriesName.Kind::label).toList());
    }

    /**
     * The curve's outline at its finest stored resolution (detail buckets over the burst, overview after it), held
     * at its last value until the end of the run.
     */
    private static ChartSeries toChartSeries(OccupancyCurve curve, double endMs) {
        List<StepPoint> outline = curve.outline();
        double[] xs = new double[outline.size() + 1];
        double[] ys = new double[xs.length];
        int n = 0;
        for (StepPoint point : outline) {
            xs[n] = point.timeNs() / NS_PER_MS;
            ys[n++] = point.value();
        }
        if (!curve.buckets().isEmpty()) {
            xs[n] = Math.max(endMs, xs[n - 1]);
            ys[n] = curve.buckets().get(curve.buckets().size() - 1).last();
            n++;
        }
        return new ChartSeries(curve.name(), Arrays.copyOf(xs, n), Arrays.copyOf(ys, n), false);
    }

    private Optional<Long> capacity(SeriesName name) {
        if (name.kind() == SeriesName.Kind.CQ) {
            return result.run().cqs().stream()
                    .filter(cq -> cq.host().equals(name.host()) && cq.port() == name.port()
                            && cq.function() == name.function())
                    .map(CqStats::capacity).map(Long::valueOf).findFirst();
        }
        for (RingStats ring : result.run().rings()) {
            if (ring.host().equals(name.host()) && ring.port() == name.port() && ring.function() == name.function()
                    && ring.qp().name().equals(name.qp())) {
                // A send ring takes N − 1 posts before -EAGAIN; a receive ring has N buffers.
                return Optional.of((long) (name.kind() == SeriesName.Kind.SEND_RING ? ring.ringSize() - 1
                        : ring.ringSize()));
            }
        }
        return Optional.empty();
    }

    private static String capacityLabel(SeriesName name, long capacity) {
        String where = name.isWire() ? "wire" : "tunnel";
        return switch (name.kind()) {
            case SEND_RING -> where + " send ring full (N-1 = " + capacity + ")";
            case RECEIVE_RING -> where + " receive ring size (" + capacity + ")";
            case CQ -> where + " CQ size (" + capacity + ")";
        };
    }

    @Override
    public boolean hasData() {
        return chart.getSeriesSet().getSeries().length > 0;
    }

    @Override
    protected String exportName() {
        return result == null ? "occupancy" : result.definition().name() + "-run" + result.run().runId() + "-occupancy";
    }

    @Override
    protected void writeCsv(Appendable out) throws IOException {
        if (result == null) {
            throw new IOException("this chart shows no stored run, so there is no data with run context to export");
        }
        int runId = result.run().runId();
        ResultsFiles.writeStudy(result.file(), (results, csv) -> CsvExport.series(results, runId, csv), out);
    }

    @Override
    protected String describePoint(ISeries<?> series, int index) {
        return ChartInteraction.describeXy(series, index, "ms", "slots");
    }
}
