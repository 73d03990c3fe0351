package io.hcastudio.charts;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxisSet;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.ui.part.ViewPart;

/**
 * Ring occupancy over simulated time: one line per ring, and each ring's capacity (N − 1 usable
 * slots) as a dashed line, so the moment a ring fills up and the driver starts dropping is visible.
 */
public class RingOccupancyView extends ViewPart {

    public static final String ID = "io.hcastudio.charts.ringOccupancy";

    static final String EMPTY_TITLE = "Ring occupancy: run a scenario to see results";

    /** Distinct, colour-blind-safe hues (Okabe–Ito), cycled per series. */
    private static final RGB[] PALETTE = {
        new RGB(0, 114, 178), new RGB(213, 94, 0), new RGB(0, 158, 115), new RGB(204, 121, 167),
        new RGB(230, 159, 0), new RGB(86, 180, 233), new RGB(0, 0, 0)
    };

    private Chart chart;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new FillLayout());
        chart = new Chart(parent, SWT.NONE);
        chart.getTitle().setText(EMPTY_TITLE);
        IAxisSet axes = chart.getAxisSet();
        axes.getXAxis(0).getTitle().setText("simulated time (µs)");
        axes.getYAxis(0).getTitle().setText("occupied slots");
        chart.getLegend().setPosition(SWT.RIGHT);
    }

    /** Replaces what the chart shows; series are reduced to the chart's pixel width first. */
    public void show(String title, List<ChartSeries> series) {
        for (ISeries<?> old : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(old.getId());
        }
        int columns = Math.max(100, chart.getPlotArea().getSize().x);
        int index = 0;
        for (ChartSeries data : series) {
            ChartSeries reduced = SeriesReducer.reduce(data, columns);
            ILineSeries<?> line = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, data.name());
            line.setXSeries(reduced.xs());
            line.setYSeries(reduced.ys());
            line.setSymbolType(PlotSymbolType.NONE);
            // A capacity line takes the colour of the ring drawn just before it.
            int colour = data.capacityLine() ? Math.max(0, index - 1) : index;
            line.setLineColor(new Color(PALETTE[colour % PALETTE.length]));
            if (data.capacityLine()) {
                line.setLineStyle(LineStyle.DASH);
            } else {
                line.enableStep(true);
                index++;
            }
        }
        chart.getTitle().setText(title);
        chart.getAxisSet().adjustRange();
        chart.redraw();
    }

    /** The series currently drawn, by id, in drawing order. */
    public List<String> seriesNames() {
        return java.util.Arrays.stream(chart.getSeriesSet().getSeries()).map(ISeries::getId).toList();
    }

    public String title() {
        return chart.getTitle().getText();
    }

    public Chart chart() {
        return chart;
    }

    @Override
    public void setFocus() {
        chart.setFocus();
    }
}
