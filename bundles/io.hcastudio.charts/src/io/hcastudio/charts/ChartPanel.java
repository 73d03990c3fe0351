package io.hcastudio.charts;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ICustomPaintListener;
import org.eclipse.swtchart.ISeries;

/**
 * One result chart with what every chart offers: zoom, pan, tooltips and legend toggles ({@link ChartInteraction}),
 * shaded confidence bands, and a context menu that exports the chart as PNG or SVG and its data as CSV.
 * Subclasses fill the chart and say how their data is written as CSV.
 */
public abstract class ChartPanel extends Composite {

    /** Narrower than this, a legend of long ring names squeezes the plot to nothing; maximise the view to see it. */
    static final int MIN_WIDTH_FOR_LEGEND = 720;

    private static final int TITLE_MARGIN = 8;
    private static final String ELLIPSIS = "\u2026";

    protected final Chart chart;
    private final List<ConfidenceBand> bands = new ArrayList<>();
    private boolean legendWanted = true;
    /** The title as set; the chart shows it shortened with an ellipsis when the view is too narrow for it. */
    private String fullTitle = "";

    protected ChartPanel(Composite parent) {
        super(parent, SWT.NONE);
        setLayout(new FillLayout());
        chart = new Chart(this, SWT.NONE);
        chart.getLegend().setPosition(SWT.RIGHT);
        chart.addListener(SWT.Resize, event -> {
            fitLegend();
            fitTitle();
        });
        ChartInteraction.install(chart, this::describePoint);
        chart.getPlotArea().addCustomPaintListener(new BandPainter());
        // The title is centred over the plot, which moves when the axis labels change width.
        chart.getPlotArea().getControl().addListener(SWT.Resize, event -> fitTitle());
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(this::fillContextMenu);
        chart.getPlotArea().getControl().setMenu(menu.createContextMenu(chart.getPlotArea().getControl()));
    }

    public Chart chart() {
        return chart;
    }

    /** Whether this chart has a legend at all; it is shown only when the chart is wide enough. */
    protected void setLegendWanted(boolean wanted) {
        legendWanted = wanted;
        fitLegend();
    }

    private void fitLegend() {
        boolean show = legendWanted && chart.getSize().x >= MIN_WIDTH_FOR_LEGEND;
        if (chart.getLegend().isVisible() != show) {
            chart.getLegend().setVisible(show);
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
        fitTitle();
    }

    /**
     * SWTChart centres the title over the plot and cuts a title that reaches past the chart's edges; shorten it at the
     * end instead.
     */
    private void fitTitle() {
        String shown = fullTitle;
        int width = chart.getSize().x;
        Rectangle plot = chart.getPlotArea().getControl().getBounds();
        int centre = plot.width > 0 ? plot.x + plot.width / 2 : width / 2;
        int available = 2 * Math.min(centre, width - centre) - 2 * TITLE_MARGIN;
        if (available > 0 && !shown.isEmpty()) {
            GC gc = new GC(chart);
            try {
                gc.setFont(chart.getTitle().getFont());
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
            } finally {
                gc.dispose();
            }
        }
        if (!shown.equals(chart.getTitle().getText())) {
            chart.getTitle().setText(shown);
        }
    }

    /** Whether there is anything to export yet. */
    public abstract boolean hasData();

    /** File name stem suggested in the export dialog. */
    protected abstract String exportName();

    /** The chart's data, every row carrying its study, run, parameters, seed and tool version. */
    protected abstract void writeCsv(Appendable out) throws IOException;

    /** Tooltip of point {@code index} of {@code series}. */
    protected abstract String describePoint(ISeries<?> series, int index);

    /** Writes the chart or its data to {@code file}. */
    public void export(java.nio.file.Path file, ExportFormat format) throws IOException {
        java.nio.file.Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        switch (format) {
            case PNG -> savePng(file);
            case SVG -> Files.writeString(file, SvgChartWriter.write(chart, fullTitle, bands), StandardCharsets.UTF_8);
            case CSV -> {
                try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    writeCsv(out);
                }
            }
        }
    }

    protected void clearChart() {
        for (ISeries<?> old : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(old.getId());
        }
        bands.clear();
        for (IAxis axis : chart.getAxisSet().getAxes()) {
            if (axis.isCategoryEnabled()) {
                axis.enableCategory(false);
            }
        }
    }

    protected void addBand(ConfidenceBand band) {
        bands.add(band);
    }

    protected java.util.Optional<ConfidenceBand> bandOf(String seriesId) {
        return bands.stream().filter(band -> band.seriesId().equals(seriesId)).findFirst();
    }

    /** Pixel columns available for data: the plot width, or a sane width before the first layout. */
    protected int pixelColumns() {
        return Math.max(400, chart.getPlotArea().getSize().x);
    }

    private void savePng(java.nio.file.Path file) {
        Point size = chart.getSize();
        Image image = new Image(getDisplay(), Math.max(1, size.x), Math.max(1, size.y));
        try {
            GC gc = new GC(chart);
            try {
                gc.copyArea(image, 0, 0);
            } finally {
                gc.dispose();
            }
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {image.getImageData()};
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            image.dispose();
        }
    }

    private void fillContextMenu(IMenuManager menu) {
        menu.add(new Action("Fit to Data") {
            @Override
            public void run() {
                chart.getAxisSet().adjustRange();
                chart.redraw();
            }
        });
        menu.add(new Separator());
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

    /** Fills each band behind the series, in the band's colour at low alpha. */
    private final class BandPainter implements ICustomPaintListener {

        @Override
        public void paintControl(org.eclipse.swt.events.PaintEvent event) {
            IAxis xAxis = chart.getAxisSet().getXAxis(0);
            IAxis yAxis = chart.getAxisSet().getYAxis(0);
            for (ConfidenceBand band : bands) {
                ISeries<?> owner = chart.getSeriesSet().getSeries(band.seriesId());
                if (owner != null && !owner.isVisible()) {
                    continue;
                }
                Path area = new Path(event.display);
                boolean started = false;
                List<int[]> lower = new ArrayList<>();
                for (int i = 0; i < band.xs().length; i++) {
                    if (Double.isNaN(band.lower()[i]) || Double.isNaN(band.upper()[i])) {
                        continue;
                    }
                    int x = xAxis.getPixelCoordinate(band.xs()[i]);
                    int y = yAxis.getPixelCoordinate(band.upper()[i]);
                    if (started) {
                        area.lineTo(x, y);
                    } else {
                        area.moveTo(x, y);
                        started = true;
                    }
                    lower.add(new int[] {x, yAxis.getPixelCoordinate(band.lower()[i])});
                }
                for (int i = lower.size() - 1; i >= 0; i--) {
                    area.lineTo(lower.get(i)[0], lower.get(i)[1]);
                }
                area.close();
                Color colour = new Color(band.colour());
                event.gc.setAlpha(50);
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

    static Color colour(RGB rgb) {
        return new Color(rgb);
    }
}
