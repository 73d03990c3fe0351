package io.hcastudio.charts;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ISeries;

import io.hcastudio.analysis.chart.BarChart;
import io.hcastudio.analysis.chart.ChartText;
import io.hcastudio.analysis.chart.RunCharts;
import io.hcastudio.analysis.csv.CsvExport;
import io.hcastudio.analysis.result.Distribution;
import io.hcastudio.analysis.store.StoredRun;

/**
 * A distribution of one run as a histogram ({@link RunCharts#histogram}) or as its cumulative distribution
 * ({@link RunCharts#cumulative}). The buckets come from the results layer: the power-of-two MAD latency buckets, or
 * step-time buckets built from the run's cmtime connections.
 */
public class DistributionChart extends ChartPanel {

    /** Histogram or cumulative distribution. */
    public enum Form {
        HISTOGRAM,
        CDF
    }

    /** Space kept between two bucket labels of the histogram, in pixels. */
    private static final int LABEL_GAP = 12;

    private final Form form;
    private StoredRun result;
    private Distribution distribution;
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

    public void show(StoredRun run, Distribution shown) {
        this.result = run;
        this.distribution = shown;
        if (form == Form.HISTOGRAM) {
            BarChart histogram = RunCharts.histogram(run, shown);
            bucketLabels = histogram.categories().toArray(String[]::new);
            draw(histogram);
            // A picture of fixed size slants the labels; on screen they stay level and thin out to the view's width.
            chart.getAxisSet().getXAxis(0).getTick().setTickLabelAngle(0);
            fitBucketLabels();
        } else {
            draw(RunCharts.cumulative(run, shown));
        }
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

    public Distribution distribution() {
        return distribution;
    }

    @Override
    protected String exportName() {
        return result == null ? "distribution"
                : result.definition().name() + "-run" + result.run().runId() + "-" + distribution.quantity() + "-"
                        + form.name().toLowerCase(Locale.ROOT);
    }

    /** Bucket rows with the run's context columns ({@link CsvExport#distribution}). */
    @Override
    protected void writeCsv(Appendable out) throws IOException {
        if (result == null) {
            throw new IOException("no run shown");
        }
        int runId = result.run().runId();
        String quantity = distribution.quantity();
        ResultsFiles.writeStudy(result.file(),
                (results, csv) -> CsvExport.distribution(results.onlyRun(runId), quantity, csv), out);
    }

    @Override
    protected String describePoint(ISeries<?> series, int index) {
        if (form == Form.HISTOGRAM) {
            return String.format(Locale.ROOT, "%s below %s%n%,d values", series.getId(),
                    ChartText.duration(distribution.upperNs()[index]), distribution.counts()[index]);
        }
        return String.format(Locale.ROOT, "%s ≤ %s µs%n%.2f %% of values", series.getId(),
                ChartText.number(xValue(series, index)), series.getYSeries()[index] * 100);
    }
}
