package io.hcastudio.charts;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;

import io.hcastudio.analysis.csv.CsvExport;
import io.hcastudio.analysis.store.RunRecord;
import io.hcastudio.sim.metrics.DropCause;
import io.hcastudio.sim.metrics.DropCount;

/**
 * MADs dropped in one run per function and direction, one stacked bar per place, split by cause. The specified
 * causes D1-D6 are always in the legend; the function-side and policy causes only when they occurred.
 */
public class DropsChart extends ChartPanel {

    static final String EMPTY_TITLE = "Drops: run a scenario to see results";
    static final String NO_DROPS = "no drops";

    private RunResult result;

    public DropsChart(Composite parent) {
        super(parent);
        setTitle(EMPTY_TITLE);
        chart.getAxisSet().getXAxis(0).getTitle().setText("function and direction");
        chart.getAxisSet().getYAxis(0).getTitle().setText("MADs dropped");
    }

    public void showRun(RunResult run) {
        this.result = run;
        RunRecord record = run.run();
        Map<String, Map<DropCause, Long>> byPlace = new LinkedHashMap<>();
        for (DropCount drop : record.drops()) {
            byPlace.computeIfAbsent(place(drop), key -> new LinkedHashMap<>()).merge(drop.cause(), drop.count(),
                    Long::sum);
        }
        List<String> categories = new ArrayList<>(byPlace.keySet());
        if (categories.isEmpty()) {
            categories.add(NO_DROPS);
        }
        List<DropCause> causes = new ArrayList<>(RunRecord.SPECIFIED_CAUSES);
        for (DropCause cause : DropCause.values()) {
            if (!causes.contains(cause) && record.drops(cause) > 0) {
                causes.add(cause);
            }
        }
        chart.suspendUpdate(true);
        try {
            clearChart();
            IAxis xAxis = chart.getAxisSet().getXAxis(0);
            xAxis.setCategorySeries(categories.toArray(String[]::new));
            xAxis.enableCategory(true);
            xAxis.getTick().setTickLabelAngle(categories.size() > 8 ? 45 : 0);
            for (int c = 0; c < causes.size(); c++) {
                DropCause cause = causes.get(c);
                double[] counts = new double[categories.size()];
                for (int i = 0; i < categories.size(); i++) {
                    counts[i] = byPlace.getOrDefault(categories.get(i), Map.of()).getOrDefault(cause, 0L);
                }
                IBarSeries<?> bars = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR,
                        causeLabel(cause));
                bars.setYSeries(counts);
                bars.setBarColor(colour(Palette.hue(c)));
                bars.enableStack(true);
            }
            setTitle(run.label() + ": " + String.format(Locale.ROOT, "%,d", record.totalDrops())
                    + " MADs dropped");
            chart.getAxisSet().adjustRange();
        } finally {
            chart.suspendUpdate(false);
        }
        chart.redraw();
    }

    public Optional<RunResult> run() {
        return Optional.ofNullable(result);
    }

    /** MADs the chart shows for {@code cause} over all places. */
    public long shownDrops(DropCause cause) {
        ISeries<?> series = chart.getSeriesSet().getSeries(causeLabel(cause));
        if (series == null) {
            return 0;
        }
        long total = 0;
        for (double value : series.getYSeries()) {
            total += (long) value;
        }
        return total;
    }

    /** {@code D1 wire ring full} for the specified causes, the readable enum name for the others. */
    static String causeLabel(DropCause cause) {
        String words = cause.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return RunRecord.SPECIFIED_CAUSES.contains(cause) ? cause.name().substring(0, 2) + words.substring(2) : words;
    }

    private static String place(DropCount drop) {
        String function = drop.function() < 0 ? "wire" : drop.function() == 0 ? "PF" : "VF" + drop.function();
        return drop.host() + "/p" + drop.port() + " " + function + " "
                + drop.direction().name().toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean hasData() {
        return result != null;
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
        ResultsFiles.writeRunRows(result.file(), result.run().runId(), CsvExport::drops, out);
    }

    @Override
    protected String describePoint(ISeries<?> series, int index) {
        String[] categories = chart.getAxisSet().getXAxis(0).getCategorySeries();
        String place = categories != null && index < categories.length ? categories[index] : "";
        return String.format(Locale.ROOT, "%s%n%s: %,d MADs", place, series.getId(),
                (long) series.getYSeries()[index]);
    }
}
