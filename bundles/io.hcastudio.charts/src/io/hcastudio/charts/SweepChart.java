package io.hcastudio.charts;

import java.io.IOException;
import java.text.FieldPosition;
import java.text.Format;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;

import io.hcastudio.analysis.Estimate;
import io.hcastudio.analysis.SweptParameter;
import io.hcastudio.analysis.csv.CsvExport;
import io.hcastudio.analysis.store.RunMetric;
import io.hcastudio.analysis.store.RunRecord;

/**
 * A key figure versus a swept parameter: one line per driver profile (and per study when studies are compared,
 * e.g. before and after a fix), each point the mean over the point's replications with its 95 % confidence interval
 * as a shaded band. Non-numeric parameter values (presets, work-queue modes) are placed side by side in sweep order.
 */
public class SweepChart extends ChartPanel {

    static final String EMPTY_TITLE = "Sweep: run a study to see results";
    private static final String PRESET_KEY = "driverProfile.preset";

    private List<StudySnapshot> studies = List.of();
    private RunMetric metric = RunMetric.DROPS;

    public SweepChart(Composite parent) {
        super(parent);
        setTitle(EMPTY_TITLE);
        chart.getAxisSet().getYAxis(0).getTitle().setText(metric.column());
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

    /** The parameter on the x axis: the first swept one that is not the preset, else the preset, else none. */
    static String xParameter(StudySnapshot study) {
        List<SweptParameter> parameters = study.definition().parameters();
        return parameters.stream().map(SweptParameter::key).filter(key -> !PRESET_KEY.equals(key)).findFirst()
                .orElse(parameters.isEmpty() ? null : parameters.get(0).key());
    }

    private void redrawStudies() {
        if (studies.isEmpty()) {
            return;
        }
        String xKey = xParameter(studies.get(0));
        // x positions: numeric values where every value is a number, else the values in sweep order.
        List<String> xValues = new ArrayList<>();
        for (StudySnapshot study : studies) {
            for (RunRecord run : study.runs()) {
                String value = xKey == null ? "" : run.parameters().getOrDefault(xKey, "");
                if (!xValues.contains(value)) {
                    xValues.add(value);
                }
            }
        }
        boolean numeric = !xValues.isEmpty() && xValues.stream().allMatch(SweepChart::isNumber);
        Map<String, Map<String, List<RunRecord>>> lines = new LinkedHashMap<>();
        for (StudySnapshot study : studies) {
            for (RunRecord run : study.runs()) {
                String line = lineLabel(study, run, xKey);
                String x = xKey == null ? "" : run.parameters().getOrDefault(xKey, "");
                lines.computeIfAbsent(line, key -> new LinkedHashMap<>())
                        .computeIfAbsent(x, key -> new ArrayList<>()).add(run);
            }
        }
        chart.suspendUpdate(true);
        try {
            clearChart();
            int index = 0;
            for (Map.Entry<String, Map<String, List<RunRecord>>> line : lines.entrySet()) {
                TreeMap<Double, Estimate> points = new TreeMap<>();
                for (Map.Entry<String, List<RunRecord>> point : line.getValue().entrySet()) {
                    double x = numeric ? Double.parseDouble(point.getKey()) : xValues.indexOf(point.getKey());
                    points.put(x, Estimate.of(point.getValue().stream().map(metric::valueOf).toList()));
                }
                double[] xs = points.keySet().stream().mapToDouble(Double::doubleValue).toArray();
                double[] means = points.values().stream().mapToDouble(Estimate::mean).toArray();
                double[] lower = points.values().stream().mapToDouble(Estimate::lower).toArray();
                double[] upper = points.values().stream().mapToDouble(Estimate::upper).toArray();
                ILineSeries<?> series = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE,
                        line.getKey());
                series.setXSeries(xs);
                series.setYSeries(means);
                series.setLineColor(colour(Palette.hue(index)));
                series.setSymbolType(PlotSymbolType.CIRCLE);
                series.setSymbolColor(colour(Palette.hue(index)));
                series.setLineWidth(2);
                addBand(new ConfidenceBand(line.getKey(), xs, lower, upper, Palette.hue(index)));
                index++;
            }
            chart.getAxisSet().getXAxis(0).getTitle().setText(xKey == null ? "sweep point" : xKey);
            chart.getAxisSet().getXAxis(0).getTick().setFormat(numeric ? null : new CategoryFormat(xValues));
            chart.getAxisSet().getYAxis(0).getTitle().setText(metric.column() + " (mean, 95 % CI)");
            setTitle(chartTitle());
            chart.getAxisSet().adjustRange();
            widenSinglePointRange(xValues.size(), numeric);
        } finally {
            chart.suspendUpdate(false);
        }
        chart.redraw();
    }

    /** A sweep of one value (or a category axis) needs room left and right of its points. */
    private void widenSinglePointRange(int count, boolean numeric) {
        var xAxis = chart.getAxisSet().getXAxis(0);
        var range = xAxis.getRange();
        if (!numeric) {
            xAxis.setRange(new org.eclipse.swtchart.Range(-0.5, Math.max(0.5, count - 0.5)));
        } else if (range.upper == range.lower) {
            xAxis.setRange(new org.eclipse.swtchart.Range(range.lower - 1, range.upper + 1));
        }
        var yAxis = chart.getAxisSet().getYAxis(0);
        var y = yAxis.getRange();
        double span = Math.max(1, y.upper - y.lower);
        yAxis.setRange(new org.eclipse.swtchart.Range(Math.min(0, y.lower), y.upper + span * 0.1));
    }

    private String chartTitle() {
        List<String> names = studies.stream().map(study -> study.definition().name()).distinct().toList();
        int runs = studies.stream().mapToInt(study -> study.runs().size()).sum();
        int planned = studies.stream().mapToInt(study -> study.definition().runCount()).sum();
        return String.join(" vs ", names) + ": " + metric.column() + " ("
                + (runs == planned ? runs + " runs" : runs + " of " + planned + " runs") + ")";
    }

    private String lineLabel(StudySnapshot study, RunRecord run, String xKey) {
        StringBuilder label = new StringBuilder();
        if (studies.size() > 1) {
            label.append(study.definition().name()).append(' ');
        }
        label.append("profile ").append(run.profile());
        run.parameters().forEach((key, value) -> {
            if (!key.equals(xKey) && !PRESET_KEY.equals(key)) {
                label.append(", ").append(key).append('=').append(value);
            }
        });
        return label.toString();
    }

    private static boolean isNumber(String value) {
        try {
            Double.parseDouble(value);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    @Override
    public boolean hasData() {
        return !studies.isEmpty();
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
                        ChartInteraction.number(band.lower()[index]), ChartInteraction.number(band.upper()[index])))
                .orElse("");
        return String.format(Locale.ROOT, "%s%n%s = %s%nmean %s%s", series.getId(),
                chart.getAxisSet().getXAxis(0).getTitle().getText(), xLabel(series.getXSeries()[index]),
                ChartInteraction.number(series.getYSeries()[index]), interval);
    }

    private String xLabel(double x) {
        Format format = chart.getAxisSet().getXAxis(0).getTick().getFormat();
        return format instanceof CategoryFormat ? format.format(x) : ChartInteraction.number(x);
    }

    /** Labels the positions of a category axis with the values they stand for. */
    static final class CategoryFormat extends Format {

        private static final long serialVersionUID = 1L;
        private final List<String> values;

        CategoryFormat(List<String> values) {
            this.values = List.copyOf(values);
        }

        @Override
        public StringBuffer format(Object number, StringBuffer target, FieldPosition position) {
            double value = ((Number) number).doubleValue();
            int index = (int) Math.round(value);
            if (Math.abs(value - index) < 1e-6 && index >= 0 && index < values.size()) {
                target.append(values.get(index));
            }
            return target;
        }

        @Override
        public Object parseObject(String source, ParsePosition position) {
            return null;
        }
    }
}
