package io.hcastudio.charts;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.ISeries;

import io.hcastudio.analysis.chart.ChartedRun;
import io.hcastudio.analysis.chart.ComparisonCharts;
import io.hcastudio.analysis.csv.CsvExport;
import io.hcastudio.analysis.store.StoredRun;
import io.hcastudio.model.operations.ScenarioTimeline;

/**
 * Runs side by side in one of the charts a report shows ({@link ComparisonCharts}), so what the Compare view shows
 * and exports is the figure of the report of the same runs.
 */
public class ComparisonChart extends ChartPanel {

    /** Which of the report's charts. */
    public enum Kind {
        /** {@link ComparisonCharts#dropsByCause}. */
        DROPS_BY_CAUSE,
        /** {@link ComparisonCharts#busiestWireRing}. */
        WIRE_RING
    }

    private final Kind kind;
    private List<StoredRun> runs = List.of();

    public ComparisonChart(Composite parent, Kind kind) {
        super(parent);
        this.kind = kind;
        setTitle("Compare: select two runs in the Results view");
    }

    /** Shows the runs, named as a report names them. */
    public void compare(List<StoredRun> shown) {
        runs = List.copyOf(shown);
        List<String> labels = ChartedRun.labels(runs.stream().map(StoredRun::run).toList());
        List<ChartedRun> charted = new ArrayList<>();
        for (int index = 0; index < runs.size(); index++) {
            StoredRun run = runs.get(index);
            charted.add(ChartedRun.of(labels.get(index), run.run(), run.curves()));
        }
        // The faults of both runs' scenarios, each once (a run compared with itself shows its faults once).
        List<ScenarioTimeline.Mark> marks = runs.stream().flatMap(run -> run.marks().stream()).distinct()
                .sorted(Comparator.comparingLong(ScenarioTimeline.Mark::startNs)).toList();
        draw(kind == Kind.DROPS_BY_CAUSE ? ComparisonCharts.dropsByCause(charted)
                : ComparisonCharts.busiestWireRing(charted, marks));
    }

    @Override
    protected String exportName() {
        return String.join("-vs-", runs.stream().map(run -> run.definition().name() + "-run" + run.run().runId())
                .toList()) + "-" + shown().map(spec -> spec.id()).orElse("comparison");
    }

    /** The drop counters, or the occupancy series, of every run compared, one export after the other. */
    @Override
    protected void writeCsv(Appendable out) throws IOException {
        for (StoredRun run : runs) {
            int runId = run.run().runId();
            ResultsFiles.writeStudy(run.file(), kind == Kind.DROPS_BY_CAUSE
                    ? (results, csv) -> CsvExport.drops(results.onlyRun(runId), csv)
                    : (results, csv) -> CsvExport.series(results, runId, csv), out);
        }
    }

    @Override
    protected String describePoint(ISeries<?> series, int index) {
        if (kind == Kind.WIRE_RING) {
            return ChartInteraction.describeXy(series, index, "ms", "slots");
        }
        String[] causes = chart.getAxisSet().getXAxis(0).getCategorySeries();
        return String.format(Locale.ROOT, "%s%n%s: %,d MADs", series.getId(),
                causes != null && index < causes.length ? causes[index] : "", (long) series.getYSeries()[index]);
    }
}
