package io.hcastudio.charts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;

import org.eclipse.swt.SWT;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swtchart.ICustomPaintListener;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ISeries;

import io.hcastudio.analysis.chart.ChartSpec;
import io.hcastudio.analysis.chart.LineChart;
import io.hcastudio.analysis.chart.RunCharts;
import io.hcastudio.analysis.chart.SeriesName;
import io.hcastudio.analysis.csv.CsvExport;
import io.hcastudio.analysis.store.StoredRun;
import io.hcastudio.analysis.trace.TraceRequest;

/**
 * Ring and CQ occupancy of one run over simulated time ({@link RunCharts#occupancy}): which series are drawn is
 * chosen by kind (send rings, receive rings, CQs) and a name filter, each line reduced to the plot's pixel columns.
 * The run's {@link TimeCursor} is drawn as a green vertical line, panned into view when the Timeline view moves it;
 * a click (not a drag) in the plot moves it, and with it the Timeline view of the same run.
 */
public class OccupancyChart extends ChartPanel {

    static final String EMPTY_TITLE = "Ring occupancy: run a scenario to see results";

    private StoredRun result;
    private Set<SeriesName.Kind> kinds = EnumSet.of(SeriesName.Kind.SEND_RING);
    private String nameFilter = "";
    private int hiddenSeries;
    /** The chart shown, for a number of pixel columns: the screen's, or a picture's. */
    private IntFunction<LineChart> reducedTo;

    /** Where the left button went down in the plot, to tell a click from a drag. */
    private int downX = -1;
    private int downY;

    public OccupancyChart(Composite parent) {
        super(parent);
        setTitle(EMPTY_TITLE);
        setAxisTitles("simulated time (ms)", "occupied slots");
        TimeCursor.Listener cursor = (source, trace, timeNs) -> {
            if (!chart.isDisposed() && TimeCursor.Listener.same(trace, trace())) {
                if (source != this) {
                    ChartInteraction.reveal(chart, timeNs / 1e6);
                }
                chart.redraw();
            }
        };
        TimeCursor.addListener(cursor);
        addListener(SWT.Dispose, event -> TimeCursor.removeListener(cursor));
        chart.getPlotArea().addCustomPaintListener(new ICustomPaintListener() {
            @Override
            public void paintControl(PaintEvent event) {
                long at = TimeCursor.timeOf(trace());
                if (at >= 0) {
                    int x = chart.getAxisSet().getXAxis(0).getPixelCoordinate(at / 1e6);
                    event.gc.setForeground(event.display.getSystemColor(SWT.COLOR_DARK_GREEN));
                    event.gc.drawLine(x, 0, x, chart.getPlotArea().getSize().y);
                }
            }

            @Override
            public boolean drawBehindSeries() {
                return false;
            }
        });
        Control plot = chart.getPlotArea().getControl();
        plot.addListener(SWT.MouseDown, event -> {
            downX = event.button == 1 ? event.x : -1;
            downY = event.y;
        });
        plot.addListener(SWT.MouseUp, event -> {
            if (event.button == 1 && downX >= 0 && Math.abs(event.x - downX) <= 3 && Math.abs(event.y - downY) <= 3) {
                clickAt(event.x);
            }
            downX = -1;
        });
    }

    /** The run trace file of the run shown (whether recorded or not), or null: what names the run's cursor. */
    Path trace() {
        return result == null ? null : TraceRequest.traceFile(result.file(), result.run().runId());
    }

    /** A click at pixel column {@code x} of the plot moves the run's time cursor there. */
    public void clickAt(int x) {
        Path trace = trace();
        IAxis xAxis = chart.getAxisSet().getXAxis(0);
        if (trace != null) {
            TimeCursor.move(this, trace, Math.max(0, Math.round(xAxis.getDataCoordinate(x) * 1e6)));
            chart.redraw();
        }
    }

    /** Draws the run with the current kind and name selection. */
    public void showRun(StoredRun run) {
        this.result = run;
        redrawRun();
    }

    public Optional<StoredRun> run() {
        return Optional.ofNullable(result);
    }

    /** Chooses which kinds of series are drawn. */
    void setKinds(Set<SeriesName.Kind> selected) {
        kinds = selected.isEmpty() ? EnumSet.noneOf(SeriesName.Kind.class) : EnumSet.copyOf(selected);
        redrawRun();
    }

    Set<SeriesName.Kind> kinds() {
        return kinds.isEmpty() ? EnumSet.noneOf(SeriesName.Kind.class) : EnumSet.copyOf(kinds);
    }

    /** Keeps only series whose name contains {@code text} (case-insensitive); empty keeps all. */
    void setNameFilter(String text) {
        nameFilter = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        redrawRun();
    }

    /** Series that matched the selection but were left out to keep the legend readable. */
    int hiddenSeries() {
        return hiddenSeries;
    }

    /**
     * Replaces what the chart shows with ready lines (x in ms), reduced to the plot's pixel columns first; a dashed
     * line is a capacity.
     */
    public void show(String title, List<LineChart.Line> lines) {
        reducedTo = columns -> RunCharts.occupancy(title, lines, columns);
        draw(reducedTo.apply(pixelColumns()));
    }

    private void redrawRun() {
        if (result == null) {
            return;
        }
        StoredRun run = result;
        Set<SeriesName.Kind> chosen = kinds();
        String filter = nameFilter;
        reducedTo = columns -> RunCharts.occupancy(run, chosen, filter, columns).chart();
        RunCharts.Occupancy occupancy = RunCharts.occupancy(run, chosen, filter, pixelColumns());
        hiddenSeries = occupancy.hidden();
        draw(occupancy.chart());
    }

    @Override
    protected LineChart picture(ChartSpec.Size size) {
        return reducedTo.apply(size.width()).withSize(size);
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

    /** Only the ring and CQ series drawn and not hidden through the legend; limits are no data. */
    @Override
    protected void writeShownCsv(Appendable out) throws IOException {
        if (result == null) {
            throw new IOException("this chart shows no stored run, so there is no data with run context to export");
        }
        Set<String> drawn = new HashSet<>();
        for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
            if (series.isVisible()) {
                drawn.add(series.getId());
            }
        }
        int runId = result.run().runId();
        ResultsFiles.writeStudy(result.file(), (results, csv) -> CsvExport.series(results, runId, drawn::contains, csv),
                out);
    }

    @Override
    protected String describePoint(ISeries<?> series, int index) {
        return ChartInteraction.describeXy(series, index, "ms", "slots");
    }
}
