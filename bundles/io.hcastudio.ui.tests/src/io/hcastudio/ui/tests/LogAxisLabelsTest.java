package io.hcastudio.ui.tests;

import static io.hcastudio.ui.tests.WorkbenchRuns.OUTBOUND_BURST;
import static io.hcastudio.ui.tests.WorkbenchRuns.runScenario;
import static io.hcastudio.ui.tests.WorkbenchRuns.settle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.Format;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ISeries;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import io.hcastudio.analysis.chart.ChartText;
import io.hcastudio.analysis.mapping.RunOverrides;
import io.hcastudio.analysis.result.Distribution;
import io.hcastudio.analysis.store.StoredRun;
import io.hcastudio.app.run.StudyJob;
import io.hcastudio.charts.DistributionChart;

/**
 * The cumulative distribution's logarithmic axis labels whole decades only, their labels clear of each other at the
 * docked size (half of a 600 × 250 view), maximised and zoomed out, and its tooltips give the true values, not their
 * logarithms.
 */
class LogAxisLabelsTest {

    /** Power-of-two buckets from 1 ns to 8.4 ms: the seven decades of the MAD latency in the commit test bed. */
    private static final int BUCKETS = 24;

    @Test
    void decadeLabelsStandApartDockedAndMaximisedAndTooltipsShowTrueValues() throws Exception {
        StudyJob job = runScenario(OUTBOUND_BURST, RunOverrides.NONE);
        StoredRun run = StoredRun.load(job.entry().file(), 0);
        long[] upperNs = new long[BUCKETS];
        long[] counts = new long[BUCKETS];
        for (int i = 0; i < BUCKETS; i++) {
            upperNs[i] = 1L << i;
            counts[i] = 1 + i % 5;
        }
        Distribution latency = new Distribution(Distribution.MAD_LATENCY, upperNs, counts);

        Display display = PlatformUI.getWorkbench().getDisplay();
        Shell shell = new Shell(display);
        try {
            shell.setLayout(new FillLayout());
            DistributionChart cdf = new DistributionChart(shell, DistributionChart.Form.CDF);
            shell.setSize(300, 230);
            shell.open();
            cdf.show(run, latency);
            settle();
            assertDecadeLabelsStandApart(cdf, 2);

            shell.setSize(800, 700);
            settle();
            assertDecadeLabelsStandApart(cdf, 7);

            Control plot = cdf.chart().getPlotArea().getControl();
            Event wheel = new Event();
            wheel.x = plot.getSize().x / 2;
            wheel.y = plot.getSize().y / 2;
            wheel.count = -1;
            plot.notifyListeners(SWT.MouseVerticalWheel, wheel);
            settle();
            assertTrue(cdf.chart().getAxisSet().getXAxis(0).getRange().upper > Math.log10(upperNs[BUCKETS - 1] / 1000.0)
                    + 1, "zoomed out: " + cdf.chart().getAxisSet().getXAxis(0).getRange());
            assertDecadeLabelsStandApart(cdf, 3);

            ISeries<?> line = cdf.chart().getSeriesSet().getSeries()[0];
            int index = 10;
            Event hover = new Event();
            hover.x = line.getPixelCoordinates(index).x;
            hover.y = line.getPixelCoordinates(index).y;
            cdf.chart().getPlotArea().getControl().notifyListeners(SWT.MouseMove, hover);
            String tooltip = cdf.chart().getPlotArea().getControl().getToolTipText();
            assertTrue(tooltip != null && tooltip.contains("≤ " + ChartText.number(upperNs[index] / 1000.0) + " µs"),
                    "the tooltip gives the bucket's bound in µs: " + tooltip);
        } finally {
            shell.dispose();
        }
    }

    /**
     * Every labelled tick of the x axis names a power of ten, at least {@code atLeast} of them are shown, and no two
     * labels' text extents, centred on their ticks, touch.
     */
    private static void assertDecadeLabelsStandApart(DistributionChart chart, int atLeast) {
        IAxis xAxis = chart.chart().getAxisSet().getXAxis(0);
        Format format = xAxis.getTick().getFormat();
        List<String> labels = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        GC gc = new GC(chart.chart());
        try {
            gc.setFont(xAxis.getTick().getFont());
            for (double value : xAxis.getTick().getTickLabelValues()) {
                String label = format == null ? ChartText.number(value) : format.format(value);
                if (label.isEmpty()) {
                    continue;
                }
                int centre = xAxis.getPixelCoordinate(value);
                int width = gc.textExtent(label).x;
                labels.add(label);
                spans.add(new int[] {centre - width / 2, centre + width - width / 2});
            }
        } finally {
            gc.dispose();
        }
        int plotWidth = chart.chart().getPlotArea().getControl().getSize().x;
        assertTrue(labels.size() >= atLeast, labels + " under a " + plotWidth + " px plot, ticks at "
                + Arrays.toString(xAxis.getTick().getTickLabelValues()) + " of " + xAxis.getRange());
        for (String label : labels) {
            BigDecimal number = new BigDecimal(label.replace(",", "")).stripTrailingZeros();
            assertEquals(BigInteger.ONE, number.unscaledValue(), "label '" + label + "' of " + labels
                    + " is a power of ten");
        }
        for (int i = 1; i < spans.size(); i++) {
            assertTrue(spans.get(i - 1)[1] < spans.get(i)[0], "labels '" + labels.get(i - 1) + "' and '"
                    + labels.get(i) + "' overlap under a " + plotWidth + " px plot: " + labels);
        }
    }
}
