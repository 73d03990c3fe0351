package io.hcastudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import io.hcastudio.analysis.chart.LineChart.Line;
import io.hcastudio.charts.OccupancyChart;

/**
 * A title wider than its chart, or an axis title longer than its side of the plot, is shortened at its end, not cut off,
 * and comes back in full.
 */
class ChartTitleTest {

    private static final String LONG_TITLE = "cmtime-18x800-B (B): send rings, receive rings, CQs (12 busiest of 120)";

    @Test
    void aNarrowChartShortensItsTitleWithAnEllipsisAndAWideOneShowsItAll() {
        Display display = PlatformUI.getWorkbench().getDisplay();
        Shell shell = new Shell(display);
        try {
            shell.setLayout(new FillLayout());
            OccupancyChart chart = new OccupancyChart(shell);
            shell.setSize(320, 300);
            shell.open();
            chart.show(LONG_TITLE, List.of(Line.of("wire tx", new double[] {0, 1}, new double[] {0, 5}, 0)));
            flush(display);

            String shown = chart.chart().getTitle().getText();
            assertTrue(shown.endsWith("\u2026") && shown.length() < LONG_TITLE.length(), shown);
            assertTrue(LONG_TITLE.startsWith(shown.substring(0, shown.length() - 1)), shown);
            assertEquals(LONG_TITLE, chart.title(), "the full title stays available (exports, tests)");

            shell.setSize(1400, 300);
            flush(display);
            assertEquals(LONG_TITLE, chart.chart().getTitle().getText());
        } finally {
            shell.dispose();
        }
    }

    @Test
    void aLowChartShortensItsYAxisTitleWithAnEllipsisAndATallOneShowsItAll() {
        Display display = PlatformUI.getWorkbench().getDisplay();
        Shell shell = new Shell(display);
        try {
            shell.setLayout(new FillLayout());
            OccupancyChart chart = new OccupancyChart(shell);
            shell.setSize(700, 120);
            shell.open();
            chart.show("ring", List.of(Line.of("wire tx", new double[] {0, 1}, new double[] {0, 5}, 0)));
            flush(display);

            String shown = chart.chart().getAxisSet().getYAxis(0).getTitle().getText();
            assertTrue(shown.endsWith("\u2026") && "occupied slots".startsWith(shown.substring(0, shown.length() - 1)),
                    shown + " in a plot of " + chart.chart().getPlotArea().getControl().getBounds());
            assertEquals("occupied slots", chart.yAxisTitle());
            assertEquals("simulated time (ms)", chart.chart().getAxisSet().getXAxis(0).getTitle().getText());

            shell.setSize(700, 600);
            flush(display);
            assertEquals("occupied slots", chart.chart().getAxisSet().getYAxis(0).getTitle().getText());
        } finally {
            shell.dispose();
        }
    }

    private static void flush(Display display) {
        while (display.readAndDispatch()) {
            // drain pending layout and paint events
        }
    }
}
