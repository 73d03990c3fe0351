package io.hcastudio.charts;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;

import io.hcastudio.analysis.store.RunRecord;

/**
 * A distribution of one run as a histogram (counts per bucket) or as its cumulative distribution (share of values
 * at or below each bucket's upper bound). The buckets come from the results layer: the power-of-two MAD latency
 * buckets, or step-time buckets built from the run's cmtime connections.
 */
public class DistributionChart extends ChartPanel {

    /** Histogram or cumulative distribution. */
    public enum Form {
        HISTOGRAM,
        CDF
    }

    /**
     * Bucketed values: bucket i holds {@code counts[i]} values below {@code upperNs[i]} (and at or above the
     * previous bound).
     */
    public record Buckets(String quantity, long[] upperNs, long[] counts) {
    }

    /** Space kept between two bucket labels of the histogram, in pixels. */
    private static final int LABEL_GAP = 12;

    private final Form form;
    private RunResult result;
    private Buckets buckets;
    /** Every histogram bucket's label; the axis shows every k-th of them when the plot is too narrow for all. */
    private String[] bucketLabels = new String[0];

    public DistributionChart(Composite parent, Form form) {
        super(parent);
        this.form = form;
        setTitle(form == Form.HISTOGRAM ? "Histogram: run a scenario to see results"
                : "Cumulative distribution: run a scenario to see results");
        setLegendWanted(false);
        if (form == Form.HISTOGRAM) {
            chart.getPlotArea().getControl().addListener(SWT.Resize, event -> fitBucketLabels());
        }
    }

    public void show(RunResult run, Buckets shown) {
        this.result = run;
        this.buckets = shown;
        chart.suspendUpdate(true);
        try {
            clearChart();
            long total = 0;
            for (long count : shown.counts()) {
                total += count;
            }
            if (form == Form.HISTOGRAM) {
                IAxis xAxis = chart.getAxisSet().getXAxis(0);
                bucketLabels = labels(shown);
                xAxis.setCategorySeries(bucketLabels);
                xAxis.enableCategory(true);
                xAxis.getTick().setTickLabelAngle(0);
                fitBucketLabels();
                IBarSeries<?> bars = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR,
                        shown.quantity());
                bars.setYSeries(toDoubles(shown.counts()));
                bars.setBarColor(colour(Palette.hue(0)));
                xAxis.getTitle().setText(shown.quantity() + " below (µs)");
                chart.getAxisSet().getYAxis(0).getTitle().setText("count");
            } else {
                double[] xs = new double[shown.upperNs().length];
                double[] ys = new double[xs.length];
                long seen = 0;
                for (int i = 0; i < xs.length; i++) {
                    seen += shown.counts()[i];
                    xs[i] = shown.upperNs()[i] / 1000.0;
                    ys[i] = total == 0 ? 0 : (double) seen / total;
                }
                ILineSeries<?> line = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE,
                        shown.quantity());
                line.setXSeries(xs);
                line.setYSeries(ys);
                line.setLineColor(colour(Palette.hue(0)));
                line.setSymbolType(PlotSymbolType.CIRCLE);
                line.setSymbolSize(3);
                line.setSymbolColor(colour(Palette.hue(0)));
                line.enableStep(true);
                chart.getAxisSet().getXAxis(0).getTitle().setText(shown.quantity() + " (µs, log scale)");
                chart.getAxisSet().getYAxis(0).getTitle().setText("share at or below");
            }
            setTitle(run.label() + ": " + shown.quantity() + String.format(Locale.ROOT,
                    " (%,d values)", total));
            chart.getAxisSet().adjustRange();
            if (form == Form.CDF && shown.upperNs().length > 0 && shown.upperNs()[0] > 0) {
                chart.getAxisSet().getXAxis(0).enableLogScale(true);
            }
        } finally {
            chart.suspendUpdate(false);
        }
        chart.redraw();
    }

    /**
     * Leaves every k-th bucket label on the axis, k as small as lets them stand side by side: rotated or overlapping
     * they took the plot's height and could not be read.
     */
    private void fitBucketLabels() {
        int plotWidth = chart.getPlotArea().getControl().getSize().x;
        if (bucketLabels.length == 0 || plotWidth <= 0) {
            return;
        }
        int widest = 1;
        GC gc = new GC(chart);
        try {
            gc.setFont(chart.getAxisSet().getXAxis(0).getTick().getFont());
            for (String label : bucketLabels) {
                widest = Math.max(widest, gc.textExtent(label).x + LABEL_GAP);
            }
        } finally {
            gc.dispose();
        }
        int fitting = Math.max(1, plotWidth / widest);
        int step = (bucketLabels.length + fitting - 1) / fitting;
        String[] shown = new String[bucketLabels.length];
        for (int i = 0; i < shown.length; i++) {
            shown[i] = i % step == 0 ? bucketLabels[i] : "";
        }
        IAxis xAxis = chart.getAxisSet().getXAxis(0);
        if (!Arrays.equals(shown, xAxis.getCategorySeries())) {
            xAxis.setCategorySeries(shown);
            chart.redraw();
        }
    }

    private static String[] labels(Buckets buckets) {
        List<String> labels = new ArrayList<>();
        for (long upper : buckets.upperNs()) {
            labels.add(ChartInteraction.number(upper / 1000.0));
        }
        return labels.toArray(String[]::new);
    }

    private static double[] toDoubles(long[] values) {
        double[] doubles = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            doubles[i] = values[i];
        }
        return doubles;
    }

    public Buckets buckets() {
        return buckets;
    }

    @Override
    public boolean hasData() {
        return result != null;
    }

    @Override
    protected String exportName() {
        return result == null ? "distribution"
                : result.definition().name() + "-run" + result.run().runId() + "-" + buckets.quantity() + "-"
                        + form.name().toLowerCase(Locale.ROOT);
    }

    /** Bucket rows with the run's context columns, in the column order of the analysis exports. */
    @Override
    protected void writeCsv(Appendable out) throws IOException {
        if (result == null) {
            throw new IOException("no run shown");
        }
        RunRecord run = result.run();
        List<String> header = new ArrayList<>(List.of("study", "topology", "scenario", "model_sha256",
                "tool_version", "run", "point", "replication", "seed"));
        header.addAll(run.parameters().keySet());
        header.addAll(List.of("profile", "quantity", "bucket_upper_ns", "count", "cumulative_share"));
        CsvRows.write(out, header);
        long total = 0;
        for (long count : buckets.counts()) {
            total += count;
        }
        long seen = 0;
        for (int i = 0; i < buckets.counts().length; i++) {
            seen += buckets.counts()[i];
            List<String> fields = new ArrayList<>(List.of(result.definition().name(),
                    result.definition().topologyName(), result.definition().scenarioName(), result.modelSha256(),
                    run.toolVersion(), Integer.toString(run.runId()), Integer.toString(run.pointIndex()),
                    Integer.toString(run.replication()), Long.toString(run.seed())));
            fields.addAll(run.parameters().values());
            fields.addAll(List.of(run.profile(), buckets.quantity(), Long.toString(buckets.upperNs()[i]),
                    Long.toString(buckets.counts()[i]),
                    String.format(Locale.ROOT, "%.6f", total == 0 ? 0 : (double) seen / total)));
            CsvRows.write(out, fields);
        }
    }

    @Override
    protected String describePoint(ISeries<?> series, int index) {
        if (form == Form.HISTOGRAM) {
            return String.format(Locale.ROOT, "%s below %s µs%n%,d values", series.getId(),
                    ChartInteraction.number(buckets.upperNs()[index] / 1000.0), buckets.counts()[index]);
        }
        return String.format(Locale.ROOT, "%s ≤ %s µs%n%.2f %% of values", series.getId(),
                ChartInteraction.number(series.getXSeries()[index]), series.getYSeries()[index] * 100);
    }
}
