package io.hcastudio.charts;

import java.io.IOException;
import java.text.Format;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.ISeries;

import io.hcastudio.analysis.chart.ChartText;
import io.hcastudio.analysis.chart.StudyCharts;
import io.hcastudio.analysis.csv.CsvExport;
import io.hcastudio.analysis.store.RunMetric;
import io.hcastudio.analysis.store.StudySnapshot;

/** A key figure of one or more studies versus the swept parameter ({@link StudyCharts#sweep}). */
public class SweepChart extends ChartPanel {

    static final String EMPTY_TITLE = "Sweep: run a study to see results";

    private List<StudySnapshot> studies = List.of();
    private RunMetric metric = RunMetric.DROPS;

    public SweepChart(Composite parent) {
        super(parent);
        setTitle(EMPTY_TITLE);
        setAxisTitles("", metric.label());
    }

    public void showStudies(List<StudySnapshot> shown) {
        this.studies = List.copyOf(shown);
        redrawStudies();
    }

    public List<StudySnapshot> studies() {
        return studies;
    }

    public void setMetric(RunMetric chosen) {
        metric = chosen;
        redrawStudies();
    }

    public RunMetric metric() {
        return metric;
    }

    private void redrawStudies() {
        if (!studies.isEmpty()) {
            draw(StudyCharts.sweep(studies, metric));
        }
    }

    @Override
    protected String exportName() {
        return studies.isEmpty() ? "sweep" : studies.get(0).definition().name() + "-" + metric.column();
    }

    @Override
    protected void writeCsv(Appendable out) throws IOException {
        for (StudySnapshot study : studies) {
            ResultsFiles.writeStudy(study.file(), CsvExport::aggregates, out);
        }
    }

    @Override
    protected String describePoint(ISeries<?> series, int index) {
        String interval = bandOf(series.getId())
                .filter(band -> index < band.lower().length && !Double.isNaN(band.lower()[index]))
                .map(band -> String.format(Locale.ROOT, "%n95 %% CI [%s, %s]",
                        ChartText.number(band.lower()[index]), ChartText.number(band.upper()[index])))
                .orElse("");
        return String.format(Locale.ROOT, "%s%n%s = %s%nmean %s%s", series.getId(),
                xAxisTitle(), xLabel(series.getXSeries()[index]),
                ChartText.number(series.getYSeries()[index]), interval);
    }

    private String xLabel(double x) {
        Format format = chart.getAxisSet().getXAxis(0).getTick().getFormat();
        return format instanceof LabelFormat ? format.format(x) : ChartText.number(x);
    }
}
