package io.hcastudio.charts;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.ISeries;

import io.hcastudio.analysis.chart.RunCharts;
import io.hcastudio.analysis.csv.CsvExport;
import io.hcastudio.analysis.result.DropCause;
import io.hcastudio.analysis.store.StoredRun;

/** MADs dropped in one run per function and direction, split by cause ({@link RunCharts#dropsByPlace}). */
public class DropsChart extends ChartPanel {

    static final String EMPTY_TITLE = "Drops: run a scenario to see results";

    private StoredRun result;

    public DropsChart(Composite parent) {
        super(parent);
        setTitle(EMPTY_TITLE);
        chart.getAxisSet().getXAxis(0).getTitle().setText("function and direction");
        chart.getAxisSet().getYAxis(0).getTitle().setText("MADs dropped");
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
