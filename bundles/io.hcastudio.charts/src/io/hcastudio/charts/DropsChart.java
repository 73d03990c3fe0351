package io.hcastudio.charts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

import io.hcastudio.analysis.chart.RunCharts;
import io.hcastudio.analysis.csv.CsvExport;
import io.hcastudio.analysis.result.DropCause;
import io.hcastudio.analysis.result.DropCount;
import io.hcastudio.analysis.store.StoredRun;

/**
 * MADs dropped in one run per function and direction, split by cause ({@link RunCharts#dropsByPlace}). The context
 * menu over a bar opens the run's timeline at the first drop of that cause and place.
 */
public class DropsChart extends ChartPanel {

    static final String EMPTY_TITLE = "Drops: run a scenario to see results";

    private StoredRun result;

    /** Where the context menu was last asked for, in plot coordinates. */
    private Point menuAt = new Point(-1, -1);

    public DropsChart(Composite parent) {
        super(parent);
        setTitle(EMPTY_TITLE);
        setAxisTitles("function and direction", "MADs dropped");
        Control plot = chart.getPlotArea().getControl();
        plot.addListener(SWT.MenuDetect, event -> menuAt = plot.toControl(event.x, event.y));
    }

    /** The drops of the bar at {@code x, y} of the plot, or null. */
    DropCount dropsAt(int x, int y) {
        if (result == null) {
            return null;
        }
        String[] places = chart.getAxisSet().getXAxis(0).getCategorySeries();
        for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
            if (!(series instanceof IBarSeries<?> bars) || !series.isVisible()) {
                continue;
            }
            Rectangle[] bounds = bars.getBounds();
            for (int i = 0; bounds != null && i < bounds.length && i < places.length; i++) {
                if (bounds[i] != null && bounds[i].height > 0 && bounds[i].contains(x, y)) {
                    for (DropCount drop : result.run().drops()) {
                        if (drop.place().equals(places[i]) && drop.cause().label().equals(series.getId())) {
                            return drop;
                        }
                    }
                }
            }
        }
        return null;
    }

    @Override
    protected void addContextActions(IMenuManager menu) {
        DropCount drops = dropsAt(menuAt.x, menuAt.y);
        Action open = new Action("Open &Timeline at First Drop") {
            @Override
            public void run() {
                openTimeline(drops);
            }
        };
        open.setEnabled(drops != null);
        open.setToolTipText("Show the run's timeline with the first drop of this bar selected (needs a run trace)");
        menu.add(open);
        menu.add(new Separator());
    }

    /** Opens the run's timeline with the first drop of {@code drops}' cause and place selected. */
    public void openTimeline(DropCount drops) {
        Path trace = TimelineView.traceOf(result.file(), result.run().runId());
        if (trace == null) {
            MessageDialog.openInformation(getShell(), "Open Timeline",
                    "This run has no run trace; run it again with 'Record a run trace'.");
            return;
        }
        try {
            IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
            TimelineView view = (TimelineView) page.showView(TimelineView.ID);
            view.open(trace, drops.host(), timeline -> timeline.firstDropAt(drops.port(), drops.function(),
                    drops.cause().name()));
        } catch (PartInitException e) {
            MessageDialog.openError(getShell(), "Open Timeline", e.getMessage());
        }
    }

    public void showRun(StoredRun run) {
        this.result = run;
        draw(RunCharts.dropsByPlace(run));
    }

    public Optional<StoredRun> run() {
        return Optional.ofNullable(result);
    }

    /** MADs the chart shows for {@code cause} over all places. */
    public long shownDrops(DropCause cause) {
        ISeries<?> series = chart.getSeriesSet().getSeries(cause.label());
        if (series == null) {
            return 0;
        }
        long total = 0;
        for (double value : series.getYSeries()) {
            total += (long) value;
        }
        return total;
    }

    @Override
    protected String exportName() {
        return result == null ? "drops" : result.definition().name() + "-run" + result.run().runId() + "-drops";
    }

    @Override
    protected void writeCsv(Appendable out) throws IOException {
        if (result == null) {
            throw new IOException("no run shown");
        }
        int runId = result.run().runId();
        ResultsFiles.writeStudy(result.file(), (results, csv) -> CsvExport.drops(results.onlyRun(runId), csv), out);
    }

    @Override
    protected String describePoint(ISeries<?> series, int index) {
        String[] categories = chart.getAxisSet().getXAxis(0).getCategorySeries();
        String place = categories != null && index < categories.length ? categories[index] : "";
        return String.format(Locale.ROOT, "%s%n%s: %,d MADs", place, series.getId(),
                (long) series.getYSeries()[index]);
    }
}
