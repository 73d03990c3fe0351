package io.hcastudio.charts;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.text.DecimalFormat;
import java.text.FieldPosition;
import java.text.Format;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ICustomPaintListener;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.ITitle;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;

import io.hcastudio.analysis.chart.BarChart;
import io.hcastudio.analysis.chart.ChartSpec;
import io.hcastudio.analysis.chart.ChartText;
import io.hcastudio.analysis.chart.LineChart;
import io.hcastudio.analysis.render.ChartRenderer;

/**
 * One result chart: draws a chart of the analysis layer ({@link ChartSpec}) with SWTChart, with what every chart
 * offers on screen (zoom, pan, tooltips and legend toggles, see {@link ChartInteraction}), and a context menu that
 * exports the chart as PNG or SVG, drawn by the analysis renderer exactly as a report draws it, and its data as CSV.
 * Subclasses choose the chart and say how their data is written as CSV.
 */
public abstract class ChartPanel extends Composite {

    /** Narrower than this, a legend of long ring names right of the plot squeezes it to nothing. */
    static final int MIN_WIDTH_FOR_LEGEND = 720;
    /** Lower than this, a legend below the plot leaves no room for it. */
    static final int MIN_HEIGHT_FOR_LEGEND_BELOW = 400;

    private static final int TITLE_MARGIN = 8;
    private static final String ELLIPSIS = "\u2026";

    /** Opacity (of 255) of a band on screen. */
    private static final int BAND_ALPHA = 50;
    /** Opacity (of 255) of a window of the x axis, and the rows its labels take turns in. */
    private static final int WINDOW_ALPHA = 40;
    private static final int WINDOW_LABEL_ROWS = 4;
    private static final int POINT_SIZE = 3;
    private static final int SLANTED = 45;
    /** Least room between two decade labels of a logarithmic axis, in pixels. */
    private static final int DECADE_LABEL_GAP = 16;

    protected final Chart chart;
    /** What the chart shows; null before the first data. */
    private ChartSpec shown;
    private boolean legendWanted = true;
    private boolean legendForced;
    /** Size of exported pictures chosen by the user, or null for the chart's own. */
    private ChartSpec.Size exportSize;
    /** The title as set; the chart shows it shortened with an ellipsis when the view is too narrow for it. */
    private String fullTitle = "";
    /** The axis titles as set; shortened like the title where the plot is shorter or narrower than they are. */
    private String fullXAxisTitle = "";
    private String fullYAxisTitle = "";
    /** SWTChart's spacing of ticks, kept by linear axes; a logarithmic one spaces them by its decades. */
    private final int defaultTickStepHint;
    /**
     * Whether a decade spacing is being set: that lays the chart out again, and the plot, resized by the new labels,
     * would ask for a spacing again, back and forth.
     */
    private boolean fittingDecades;

    protected ChartPanel(Composite parent) {
        super(parent, SWT.NONE);
        setLayout(new FillLayout());
        chart = new Chart(this, SWT.NONE);
        int legendPosition = StudioPreferences.legendPosition();
        chart.getLegend().setPosition(legendPosition == SWT.NONE ? SWT.RIGHT : legendPosition);
        legendWanted = legendPosition != SWT.NONE;
        chart.addListener(SWT.Resize, event -> {
            fitLegend();
            fitTitles();
        });
        ChartInteraction.install(chart, this::describePoint);
        // Zooming and fitting the data change how many decades a logarithmic axis shows.
        chart.getPlotArea().getControl().addListener(SWT.MouseVerticalWheel, event -> fitDecades());
        chart.getPlotArea().getControl().addListener(SWT.MouseDoubleClick, event -> fitDecades());
        defaultTickStepHint = chart.getAxisSet().getXAxis(0).getTick().getTickMarkStepHint();
        chart.getPlotArea().addCustomPaintListener(new WindowPainter());
        chart.getPlotArea().addCustomPaintListener(new BandPainter());
        chart.getPlotArea().addCustomPaintListener(new LevelPainter());
        // The title is centred over the plot, which moves when the axis labels change width; the axis titles run along
        // the plot's sides.
        chart.getPlotArea().getControl().addListener(SWT.Resize, event -> {
            fitTitles();
            fitDecades();
        });
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(this::fillContextMenu);
        chart.getPlotArea().getControl().setMenu(menu.createContextMenu(chart.getPlotArea().getControl()));
    }

    public Chart chart() {
        return chart;
    }

    /**
     * Whether this chart has a legend at all. It stands right of the plot when the chart is wide enough, below it when
     * the chart is tall enough; in a small docked view it would squeeze the plot to nothing, so there it waits for
     * "Show Legend" in the context menu, which puts it where it takes least room.
     */
    protected void setLegendWanted(boolean wanted) {
        legendWanted = wanted && StudioPreferences.legendPosition() != SWT.NONE;
        fitLegend();
    }

    /** Shows the legend whatever the chart's size (true), or only where it fits (false, the default). */
    public void setLegendForced(boolean forced) {
        legendForced = forced;
        fitLegend();
        chart.redraw();
    }

    public boolean isLegendForced() {
        return legendForced;
    }

    private void fitLegend() {
        Point size = chart.getSize();
        boolean wide = size.x >= MIN_WIDTH_FOR_LEGEND;
        boolean tall = size.y >= MIN_HEIGHT_FOR_LEGEND_BELOW;
        boolean show = legendWanted && (wide || tall || legendForced);
        // A legend the preferences put below stays below; otherwise right of the plot where it fits.
        int position = StudioPreferences.legendPosition() == SWT.BOTTOM || !wide && (tall || size.x <= size.y)
                ? SWT.BOTTOM : SWT.RIGHT;
        if (chart.getLegend().isVisible() != show || chart.getLegend().getPosition() != position) {
            chart.getLegend().setVisible(show);
            chart.getLegend().setPosition(position);
            chart.updateLayout();
        }
    }

    /** Ids of the series drawn, in drawing order. */
    public List<String> seriesNames() {
        List<String> names = new ArrayList<>();
        for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
            names.add(series.getId());
        }
        return names;
    }

    /** The full title, also when the chart shows it shortened. */
    public String title() {
        return fullTitle;
    }

    protected void setTitle(String title) {
        fullTitle = title;
        fitTitles();
    }

    /** Names the axes; a name longer than its side of the plot is shown shortened with an ellipsis. */
    protected void setAxisTitles(String xAxisTitle, String yAxisTitle) {
        fullXAxisTitle = xAxisTitle;
        fullYAxisTitle = yAxisTitle;
        fitTitles();
    }

    /** The full title of the x axis, also when the chart shows it shortened. */
    public String xAxisTitle() {
        return fullXAxisTitle;
    }

    /** The full title of the y axis, also when the chart shows it shortened. */
    public String yAxisTitle() {
        return fullYAxisTitle;
    }

    /**
     * SWTChart centres the title and the axis titles on the plot's sides and cuts what reaches past the chart's edges
     * (a y axis title in a low docked view); shorten them at the end instead.
     */
    private void fitTitles() {
        Point size = chart.getSize();
        Rectangle plot = chart.getPlotArea().getControl().getBounds();
        int centre = plot.width > 0 ? plot.x + plot.width / 2 : size.x / 2;
        int middle = plot.height > 0 ? plot.y + plot.height / 2 : size.y / 2;
        GC gc = new GC(chart);
        try {
            // Titles are centred on the plot's side and may run past it, up to the chart's edges.
            show(chart.getTitle(), fullTitle, 2 * Math.min(centre, size.x - centre) - 2 * TITLE_MARGIN, gc);
            show(chart.getAxisSet().getXAxis(0).getTitle(), fullXAxisTitle,
                    2 * Math.min(centre, size.x - centre) - 2 * TITLE_MARGIN, gc);
            show(chart.getAxisSet().getYAxis(0).getTitle(), fullYAxisTitle,
                    2 * Math.min(middle, size.y - middle) - 2 * TITLE_MARGIN, gc);
        } finally {
            gc.dispose();
        }
    }

    /** Shows {@code text} in {@code title}, shortened at its end to {@code available} pixels if it is longer. */
    private static void show(ITitle title, String text, int available, GC gc) {
        String shown = text;
        if (available > 0 && !shown.isEmpty()) {
            gc.setFont(title.getFont());
            if (gc.textExtent(shown).x > available) {
                int fits = 0;
                int tooLong = shown.length();
                while (tooLong - fits > 1) {
                    int middle = (fits + tooLong) >>> 1;
                    if (gc.textExtent(shown.substring(0, middle) + ELLIPSIS).x <= available) {
                        fits = middle;
                    } else {
                        tooLong = middle;
                    }
                }
                shown = shown.substring(0, fits).stripTrailing() + ELLIPSIS;
            }
        }
        if (!shown.equals(title.getText())) {
            title.setText(shown);
        }
    }

    /** Whether there is anything to export yet. */
    public boolean hasData() {
        return shown != null;
    }

    /** The chart shown, as the analysis layer made it. */
    public Optional<ChartSpec> shown() {
        return Optional.ofNullable(shown);
    }

    /**
     * The chart as a picture of {@code size} shows it: what the screen shows, unless the screen's chart was reduced
     * to the view's pixel columns; then it is reduced to the picture's, so the picture does not depend on the view's
     * size.
     */
    protected ChartSpec picture(ChartSpec.Size size) {
        return shown.withSize(size);
    }

    /**
     * The size PNG and SVG exports are drawn at, the same for both: the chart's own (the report's figure size)
     * unless a size was chosen in the context menu.
     */
    public ChartSpec.Size exportSize() {
        return exportSize != null ? exportSize : shown != null ? shown.size() : ChartSpec.DEFAULT_SIZE;
    }

    /** Chooses the size of PNG and SVG exports; null goes back to the chart's own size. */
    public void setExportSize(ChartSpec.Size size) {
        exportSize = size;
    }

    /** Shows {@code spec}: its series, axes, bands and levels, its title and, if it has one, its legend. */
    protected void draw(ChartSpec spec) {
        shown = spec;
        chart.suspendUpdate(true);
        try {
            clearChart();
            switch (spec) {
                case BarChart bars -> drawBars(bars);
                case LineChart lines -> drawLines(lines);
            }
            setLegendWanted(spec.legend());
            setTitle(spec.title());
        } finally {
            chart.suspendUpdate(false);
        }
        fitDecades();
        chart.redraw();
    }

    private void drawBars(BarChart spec) {
        IAxis xAxis = chart.getAxisSet().getXAxis(0);
        xAxis.setCategorySeries(spec.categories().toArray(String[]::new));
        xAxis.enableCategory(true);
        xAxis.getTick().setTickLabelAngle(spec.slantedLabels() ? SLANTED : 0);
        for (BarChart.Bars series : spec.series()) {
            IBarSeries<?> bars = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, series.name());
            bars.setYSeries(series.values());
            bars.setBarColor(colour(series.rgb()));
            bars.enableStack(spec.stacked());
        }
        setAxisTitles(spec.categoryAxis(), spec.valueAxis());
        chart.getAxisSet().adjustRange();
        chart.getAxisSet().getYAxis(0).setRange(new Range(0, spec.valueAxisTop()));
    }

    private void drawLines(LineChart spec) {
        for (LineChart.Line data : spec.lines()) {
            ILineSeries<?> line = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, data.name());
            line.setXSeries(onAxis(spec.x(), data.xs()));
            line.setYSeries(onAxis(spec.y(), data.ys()));
            line.setLineColor(colour(data.rgb()));
            line.setLineWidth(data.width());
            line.setLineStyle(switch (data.pattern()) {
                case SOLID -> LineStyle.SOLID;
                case DASH -> LineStyle.DASH;
                case DOT -> LineStyle.DOT;
                case DASH_DOT -> LineStyle.DASHDOT;
            });
            line.enableStep(spec.steps());
            line.setSymbolType(data.points() ? PlotSymbolType.CIRCLE : PlotSymbolType.NONE);
            line.setSymbolSize(POINT_SIZE);
            line.setSymbolColor(colour(data.rgb()));
        }
        IAxis xAxis = chart.getAxisSet().getXAxis(0);
        IAxis yAxis = chart.getAxisSet().getYAxis(0);
        setAxisTitles(spec.x().title(), spec.y().title());
        chart.getAxisSet().adjustRange();
        fit(xAxis, spec.x());
        fit(yAxis, spec.y());
    }

    /** Applies what the spec says of an axis beyond fitting the data. */
    private void fit(IAxis axis, LineChart.Axis spec) {
        axis.getTick().setFormat(spec.logarithmic() ? new DecadeFormat()
                : spec.labels().isEmpty() ? null : new LabelFormat(spec.labels()));
        axis.getTick().setTickMarkStepHint(defaultTickStepHint);
        Range range = axis.getRange();
        if (!Double.isNaN(spec.upperMargin())) {
            axis.setRange(new Range(range.lower, range.upper + (range.upper - range.lower) * spec.upperMargin()));
        }
        if (spec.range() != null) {
            axis.setRange(new Range(onAxis(spec, spec.range().lower()), onAxis(spec, spec.range().upper())));
        }
    }

    /**
     * Where a value stands on {@code axis}: a logarithmic axis is drawn as a linear axis of the values' logarithms,
     * with ticks at whole decades only ({@link #fitDecades}), as the analysis renderer draws it; SWTChart's own log
     * scale puts ticks at irregular values (0.03 0.07 0.2 0.4 ...) whose labels ran into each other.
     */
    private static double onAxis(LineChart.Axis axis, double value) {
        return axis.logarithmic() ? Math.log10(value) : value;
    }

    private static double[] onAxis(LineChart.Axis axis, double[] values) {
        return axis.logarithmic() ? Arrays.stream(values).map(Math::log10).toArray() : values;
    }

    /** Where x value {@code value} of the chart shown stands on its x axis. */
    private double onXAxis(double value) {
        return shown instanceof LineChart lines ? onAxis(lines.x(), value) : value;
    }

    /** Where y value {@code value} of the chart shown stands on its y axis. */
    private double onYAxis(double value) {
        return shown instanceof LineChart lines ? onAxis(lines.y(), value) : value;
    }

    /**
     * Spaces the ticks of a logarithmic axis a whole number of decades apart (1, 2, 5, 10...), as few as keep the
     * widest decade label clear of its neighbours at the plot's size; only whole decades are labelled.
     */
    private void fitDecades() {
        if (!(shown instanceof LineChart lines) || fittingDecades) {
            return;
        }
        fittingDecades = true;
        try {
            // A new spacing lays the chart out again, and its labels may resize the plot: a few rounds settle it.
            boolean changed = true;
            for (int round = 0; changed && round < 3; round++) {
                Point plot = chart.getPlotArea().getControl().getSize();
                changed = lines.x().logarithmic() && fitDecades(chart.getAxisSet().getXAxis(0), plot.x, true);
                changed |= lines.y().logarithmic() && fitDecades(chart.getAxisSet().getYAxis(0), plot.y, false);
            }
        } finally {
            fittingDecades = false;
        }
    }

    /** Spaces the ticks of {@code axis}, {@code length} pixels long; whether that changed their spacing. */
    private boolean fitDecades(IAxis axis, int length, boolean horizontal) {
        Range range = axis.getRange();
        double decades = range.upper - range.lower;
        if (length <= 0 || !(decades > 0)) {
            return false;
        }
        int room = DECADE_LABEL_GAP;
        GC gc = new GC(chart);
        try {
            gc.setFont(axis.getTick().getFont());
            DecadeFormat format = new DecadeFormat();
            for (long decade = (long) Math.ceil(range.lower); decade <= range.upper; decade++) {
                Point extent = gc.textExtent(format.format(decade));
                room = Math.max(room, (horizontal ? extent.x : extent.y) + DECADE_LABEL_GAP);
            }
        } finally {
            gc.dispose();
        }
        double pixelsPerDecade = length / decades;
        long step = 1;
        // SWTChart rounds its step to 1, 2 or 5 times a power of ten; a hint of exactly that many decades keeps it.
        while (step * pixelsPerDecade < room) {
            step = Long.toString(step).charAt(0) == '2' ? step / 2 * 5 : step * 2;
        }
        int hint = (int) Math.ceil(step * pixelsPerDecade);
        if (axis.getTick().getTickMarkStepHint() == hint) {
            return false;
        }
        axis.getTick().setTickMarkStepHint(hint);
        return true;
    }

    /**
     * The x value of point {@code index} of {@code series} as the chart's data has it, also where the axis draws its
     * logarithm.
     */
    protected double xValue(ISeries<?> series, int index) {
        if (shown instanceof LineChart lines) {
            for (LineChart.Line line : lines.lines()) {
                if (line.name().equals(series.getId())) {
                    return line.xs()[index];
                }
            }
        }
        return series.getXSeries()[index];
    }

    /** File name stem suggested in the export dialog. */
    protected abstract String exportName();

    /** The chart's data, every row carrying its study, run, parameters, seed and tool version. */
    protected abstract void writeCsv(Appendable out) throws IOException;

    /**
     * The data of the series the chart shows, as {@link #writeCsv}; charts that draw a choice of their data's
     * series (occupancy) narrow it to that choice, the others show all of it.
     */
    protected void writeShownCsv(Appendable out) throws IOException {
        writeCsv(out);
    }

    /** Tooltip of point {@code index} of {@code series}. */
    protected abstract String describePoint(ISeries<?> series, int index);

    /**
     * Writes the chart or its data to {@code file}. Pictures are the whole chart as the analysis renderer draws it at
     * the {@link #exportSize() export size}, whatever the view's size, zoom or hidden series: PNG and SVG agree, and
     * at the default size the SVG is the one a report embeds.
     */
    public void export(java.nio.file.Path file, ExportFormat format) throws IOException {
        if (!format.isData() && shown == null) {
            throw new IOException("the chart shows nothing yet");
        }
        java.nio.file.Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        switch (format) {
            case PNG -> Files.write(file, ChartRenderer.png(picture(exportSize())));
            case SVG -> Files.writeString(file, ChartRenderer.svg(picture(exportSize())) + "\n",
                    StandardCharsets.UTF_8);
            case CSV -> {
                try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    writeShownCsv(out);
                }
            }
            case CSV_ALL -> {
                try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    writeCsv(out);
                }
            }
        }
    }

    private void clearChart() {
        for (ISeries<?> old : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(old.getId());
        }
        for (IAxis axis : chart.getAxisSet().getAxes()) {
            if (axis.isCategoryEnabled()) {
                axis.enableCategory(false);
            }
        }
    }

    /** The band drawn behind the line {@code seriesId}, if any. */
    protected Optional<LineChart.Band> bandOf(String seriesId) {
        return bands().stream().filter(band -> band.line().equals(seriesId)).findFirst();
    }

    private List<LineChart.Band> bands() {
        return shown instanceof LineChart lines ? lines.bands() : List.of();
    }

    /** Pixel columns available for data: the plot width, or a sane width before the first layout. */
    protected int pixelColumns() {
        return Math.max(400, chart.getPlotArea().getSize().x);
    }

    /** Actions on what the context menu was opened over, put first in the menu; none unless a chart adds some. */
    protected void addContextActions(IMenuManager menu) {
    }

    private void fillContextMenu(IMenuManager menu) {
        addContextActions(menu);
        menu.add(new Action("Fit to Data") {
            @Override
            public void run() {
                chart.getAxisSet().adjustRange();
                fitDecades();
                chart.redraw();
            }
        });
        if (legendWanted) {
            Action legend = new Action("Show &Legend", IAction.AS_CHECK_BOX) {
                @Override
                public void run() {
                    setLegendForced(isChecked());
                }
            };
            legend.setChecked(legendForced || chart.getLegend().isVisible());
            menu.add(legend);
        }
        menu.add(new Separator());
        MenuManager sizes = new MenuManager("Picture &Size");
        for (ChartSpec.Size size : List.of(ChartSpec.DEFAULT_SIZE, ChartSpec.LARGE_SIZE)) {
            Action choose = new Action(size.width() + " \u00d7 " + size.height()
                    + (size.equals(ChartSpec.DEFAULT_SIZE) ? " (as in reports)" : ""), IAction.AS_RADIO_BUTTON) {
                @Override
                public void run() {
                    if (isChecked()) {
                        setExportSize(size);
                    }
                }
            };
            choose.setChecked(exportSize().equals(size));
            sizes.add(choose);
        }
        menu.add(sizes);
        for (ExportFormat format : ExportFormat.values()) {
            Action export = new Action("Export " + format.label() + "...") {
                @Override
                public void run() {
                    exportInteractively(format);
                }
            };
            export.setEnabled(hasData());
            menu.add(export);
        }
    }

    /** Asks for a file and exports; failures are shown, not thrown. */
    public void exportInteractively(ExportFormat format) {
        FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
        dialog.setText("Export " + format.label());
        dialog.setOverwrite(true);
        dialog.setFileName(exportName().replaceAll("[^A-Za-z0-9._-]+", "-") + "." + format.extension());
        dialog.setFilterExtensions(new String[] {"*." + format.extension()});
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        try {
            export(java.nio.file.Path.of(chosen), format);
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(getShell(), "Export " + format.label(),
                    String.format(Locale.ROOT, "Could not write %s:%n%s", chosen, e.getMessage()));
        }
    }

    /** Half the width of an error bar's cap in pixels, as the analysis renderer draws it. */
    private static final int CAP_HALF_WIDTH = 4;

    /** A vertical line from lower to upper bound at each point of the band, with caps, in the band's colour. */
    private void drawErrorBars(GC gc, LineChart.Band band, IAxis xAxis, IAxis yAxis) {
        double[] xs = band.xs();
        double[] lows = band.lower();
        double[] highs = band.upper();
        gc.setForeground(colour(band.rgb()));
        gc.setLineStyle(SWT.LINE_SOLID);
        gc.setLineWidth(2);
        for (int i = 0; i < xs.length; i++) {
            if (Double.isNaN(lows[i]) || Double.isNaN(highs[i])) {
                continue;
            }
            int x = xAxis.getPixelCoordinate(onXAxis(xs[i]));
            int low = yAxis.getPixelCoordinate(onYAxis(lows[i]));
            int high = yAxis.getPixelCoordinate(onYAxis(highs[i]));
            gc.drawLine(x, low, x, high);
            gc.drawLine(x - CAP_HALF_WIDTH, low, x + CAP_HALF_WIDTH, low);
            gc.drawLine(x - CAP_HALF_WIDTH, high, x + CAP_HALF_WIDTH, high);
        }
        gc.setLineWidth(1);
    }

    /** Fills each band behind the series, in the band's colour at low alpha; error bars are drawn as bars. */
    private final class BandPainter implements ICustomPaintListener {

        @Override
        public void paintControl(org.eclipse.swt.events.PaintEvent event) {
            IAxis xAxis = chart.getAxisSet().getXAxis(0);
            IAxis yAxis = chart.getAxisSet().getYAxis(0);
            for (LineChart.Band band : bands()) {
                ISeries<?> owner = chart.getSeriesSet().getSeries(band.line());
                if (owner != null && !owner.isVisible()) {
                    continue;
                }
                if (band.shape() == LineChart.Band.Shape.ERROR_BARS) {
                    drawErrorBars(event.gc, band, xAxis, yAxis);
                    continue;
                }
                Path area = new Path(event.display);
                boolean started = false;
                List<int[]> lower = new ArrayList<>();
                double[] xs = band.xs();
                double[] lows = band.lower();
                double[] highs = band.upper();
                for (int i = 0; i < xs.length; i++) {
                    if (Double.isNaN(lows[i]) || Double.isNaN(highs[i])) {
                        continue;
                    }
                    int x = xAxis.getPixelCoordinate(onXAxis(xs[i]));
                    int y = yAxis.getPixelCoordinate(onYAxis(highs[i]));
                    if (started) {
                        area.lineTo(x, y);
                    } else {
                        area.moveTo(x, y);
                        started = true;
                    }
                    lower.add(new int[] {x, yAxis.getPixelCoordinate(onYAxis(lows[i]))});
                }
                for (int i = lower.size() - 1; i >= 0; i--) {
                    area.lineTo(lower.get(i)[0], lower.get(i)[1]);
                }
                area.close();
                Color colour = colour(band.rgb());
                event.gc.setAlpha(BAND_ALPHA);
                event.gc.setBackground(colour);
                event.gc.fillPath(area);
                event.gc.setAlpha(255);
                area.dispose();
            }
        }

        @Override
        public boolean drawBehindSeries() {
            return true;
        }
    }

    /**
     * Shades each window of the x axis (a fault's, on a time chart) faintly behind the series, an instant as a dashed
     * line, with its label at the bottom (the levels label the top); labels of consecutive windows stand a row apart,
     * as in the rendered pictures.
     */
    private final class WindowPainter implements ICustomPaintListener {

        @Override
        public void paintControl(org.eclipse.swt.events.PaintEvent event) {
            if (!(shown instanceof LineChart lines)) {
                return;
            }
            IAxis xAxis = chart.getAxisSet().getXAxis(0);
            Point size = chart.getPlotArea().getSize();
            int row = 0;
            for (LineChart.Window window : lines.windows()) {
                int x0 = Math.max(0, xAxis.getPixelCoordinate(onXAxis(window.from())));
                int x1 = Math.min(size.x, xAxis.getPixelCoordinate(onXAxis(window.to())));
                if (x0 > size.x || x1 < 0) {
                    continue;
                }
                Color colour = colour(window.rgb());
                event.gc.setForeground(colour);
                event.gc.setBackground(colour);
                if (window.from() == window.to()) {
                    event.gc.setLineStyle(SWT.LINE_DASH);
                    event.gc.drawLine(x0, 0, x0, size.y);
                    event.gc.setLineStyle(SWT.LINE_SOLID);
                } else {
                    event.gc.setAlpha(WINDOW_ALPHA);
                    event.gc.fillRectangle(x0, 0, Math.max(1, x1 - x0), size.y);
                    event.gc.setAlpha(255);
                }
                Point extent = event.gc.textExtent(window.label());
                event.gc.drawText(window.label(), Math.max(0, Math.min(x0 + 3, size.x - extent.x - 2)),
                        size.y - 2 - (1 + row % WINDOW_LABEL_ROWS) * (extent.y + 1), true);
                row++;
            }
        }

        @Override
        public boolean drawBehindSeries() {
            return true;
        }
    }

    /** Draws each level across the plot with its label above its right end. */
    private final class LevelPainter implements ICustomPaintListener {

        @Override
        public void paintControl(org.eclipse.swt.events.PaintEvent event) {
            if (!(shown instanceof LineChart lines)) {
                return;
            }
            IAxis yAxis = chart.getAxisSet().getYAxis(0);
            int width = chart.getPlotArea().getSize().x;
            for (LineChart.Level level : lines.levels()) {
                int y = yAxis.getPixelCoordinate(onYAxis(level.value()));
                event.gc.setForeground(colour(level.rgb()));
                event.gc.setLineWidth(2);
                event.gc.drawLine(0, y, width, y);
                Point extent = event.gc.textExtent(level.label());
                event.gc.drawText(level.label(), width - extent.x - 4, y - extent.y - 2, true);
            }
        }

        @Override
        public boolean drawBehindSeries() {
            return false;
        }
    }

    /** Names the positions 0, 1, 2... of an axis with the things they stand for. */
    static final class LabelFormat extends Format {

        private static final long serialVersionUID = 1L;
        private final List<String> labels;

        LabelFormat(List<String> labels) {
            this.labels = List.copyOf(labels);
        }

        @Override
        public StringBuffer format(Object number, StringBuffer target, FieldPosition position) {
            double value = ((Number) number).doubleValue();
            int index = (int) Math.round(value);
            if (Math.abs(value - index) < 1e-6 && index >= 0 && index < labels.size()) {
                target.append(labels.get(index));
            }
            return target;
        }

        @Override
        public Object parseObject(String source, ParsePosition position) {
            return null;
        }
    }

    /**
     * Labels the whole decades of an axis that stands for the logarithms of its values with the values themselves
     * ({@code 0.001}, {@code 1}, {@code 1,000}); positions between decades stay unlabelled.
     */
    static final class DecadeFormat extends Format {

        private static final long serialVersionUID = 1L;
        private final DecimalFormat numbers = ChartText.decadeFormat();

        @Override
        public StringBuffer format(Object number, StringBuffer target, FieldPosition position) {
            double value = ((Number) number).doubleValue();
            long decade = Math.round(value);
            if (Math.abs(value - decade) < 1e-6) {
                target.append(numbers.format(new BigDecimal(BigInteger.ONE, (int) -decade)));
            }
            return target;
        }

        @Override
        public Object parseObject(String source, ParsePosition position) {
            return null;
        }
    }

    static Color colour(int rgb) {
        return new Color(new RGB((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF));
    }
}
