package io.hcastudio.charts;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

import io.hcastudio.analysis.AnalysisException;
import io.hcastudio.analysis.chart.ChartSpec;
import io.hcastudio.analysis.chart.HeatMap;
import io.hcastudio.analysis.chart.HeatMapLayout;
import io.hcastudio.analysis.chart.RobustnessMapCharts;
import io.hcastudio.analysis.csv.CsvExport;
import io.hcastudio.analysis.render.ChartRenderer;
import io.hcastudio.analysis.store.ResultsStore;
import io.hcastudio.analysis.store.RobustnessMap;
import io.hcastudio.analysis.store.StudyResults;

/**
 * A robustness map as heat maps, one panel per driver profile: the probability that a run loses any MAD, or the mean
 * MADs dropped. SWTChart has no heat map, so the view shows the picture the analysis renderer draws at the view's size
 * (the same drawing a report embeds) and finds the cell under the pointer through the map's layout; the tooltip gives
 * the cell's values. PNG and SVG exports are drawn at the report's size, CSV comes from the results file.
 */
public class RobustnessMapView extends ViewPart {

    public static final String ID = "io.hcastudio.charts.robustnessMap";

    /** Smallest picture: below this the view scrolls rather than squeezing the map unreadable. */
    private static final int MIN_WIDTH = 520;
    private static final int MIN_HEIGHT = 300;

    /** What the map colours. */
    public enum Figure {
        LOSS_PROBABILITY("P(any loss)"),
        MEAN_DROPS("mean MADs dropped");

        private final String label;

        Figure(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private Canvas canvas;
    private Combo figures;
    private Label status;
    private Figure figure = Figure.LOSS_PROBABILITY;
    private Path file;
    private RobustnessMap map;
    private Image image;
    private HeatMapLayout layout;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Composite controls = new Composite(parent, SWT.NONE);
        controls.setLayout(new GridLayout(3, false));
        controls.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new Label(controls, SWT.NONE).setText("Figure:");
        figures = new Combo(controls, SWT.READ_ONLY);
        for (Figure each : Figure.values()) {
            figures.add(each.label());
        }
        figures.select(figure.ordinal());
        figures.addListener(SWT.Selection, event -> setFigure(Figure.values()[figures.getSelectionIndex()]));
        status = new Label(controls, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        status.setText("Run a robustness map study to see it here.");
        // A pane smaller than the picture's minimum scrolls instead of cutting off axes or the legend.
        ScrolledComposite scroller = new ScrolledComposite(parent, SWT.H_SCROLL | SWT.V_SCROLL);
        scroller.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        scroller.setMinSize(MIN_WIDTH, MIN_HEIGHT);
        canvas = new Canvas(scroller, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        scroller.setContent(canvas);
        canvas.addListener(SWT.Paint, event -> {
            event.gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
            Point size = canvas.getSize();
            event.gc.fillRectangle(0, 0, size.x, size.y);
            Image current = picture();
            if (current != null) {
                event.gc.drawImage(current, 0, 0);
            }
        });
        canvas.addListener(SWT.Resize, event -> invalidate());
        canvas.addListener(SWT.MouseMove, event -> {
            String text = hoverText(event.x, event.y).orElse(null);
            if (!java.util.Objects.equals(text, canvas.getToolTipText())) {
                canvas.setToolTipText(text);
            }
        });
        canvas.addListener(SWT.Dispose, event -> disposeImage());
        contributeExports();
    }

    /** Shows the map of the results file {@code file}. Call on the UI thread. */
    public void showMap(Path results, RobustnessMap shown) {
        this.file = results;
        this.map = shown;
        long runs = shown.panels().stream().flatMap(panel -> panel.cells().stream()).mapToLong(RobustnessMap.Cell::runs)
                .sum();
        long planned = (long) shown.panels().size() * shown.x().size() * shown.y().size() * shown.replications();
        // Run counts first: a narrow pane cuts the end of the line.
        status.setText(String.format(Locale.ROOT, "%d of %d runs of '%s': %s x %s", runs, planned, shown.study(),
                shown.x().key(), shown.y().key()));
        status.getParent().layout();
        invalidate();
    }

    public void setFigure(Figure chosen) {
        figure = chosen;
        if (figures.getSelectionIndex() != chosen.ordinal()) {
            figures.select(chosen.ordinal());
        }
        invalidate();
    }

    public Optional<RobustnessMap> map() {
        return Optional.ofNullable(map);
    }

    /** The heat map of the chosen figure at the report's size, or empty before a map is shown. */
    public Optional<HeatMap> heatMap() {
        if (map == null) {
            return Optional.empty();
        }
        return Optional.of(figure == Figure.LOSS_PROBABILITY ? RobustnessMapCharts.lossProbability(map)
                : RobustnessMapCharts.meanDrops(map));
    }

    /** The tooltip for a point of the canvas: the values of the cell under it, if any. */
    public Optional<String> hoverText(int x, int y) {
        if (map == null || layout == null) {
            return Optional.empty();
        }
        return layout.hit(x, y).map(hit -> describe(map, hit));
    }

    /** The canvas the map is drawn on (for tests that point at cells). */
    public Canvas canvas() {
        return canvas;
    }

    /** Where the shown picture puts its parts, or empty before it is drawn. */
    public Optional<HeatMapLayout> layout() {
        return Optional.ofNullable(layout);
    }

    /** Writes the chosen figure as PNG or SVG at the report's size, or the whole map's CSV. */
    public void export(Path target, ExportFormat format) throws IOException, AnalysisException {
        HeatMap picture = heatMap().orElseThrow(() -> new IOException("the view shows no map yet"));
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        switch (format) {
            case PNG -> Files.write(target, ChartRenderer.png(picture));
            case SVG -> Files.writeString(target, ChartRenderer.svg(picture) + "\n", StandardCharsets.UTF_8);
            case CSV, CSV_ALL -> {
                try (StudyResults results = ResultsStore.open(file);
                        Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                    CsvExport.robustnessMap(results, out);
                }
            }
        }
    }

    static String describe(RobustnessMap map, HeatMapLayout.Hit hit) {
        RobustnessMap.Panel panel = map.panels().get(hit.panel());
        RobustnessMap.Cell cell = map.cell(hit.panel(), hit.xIndex(), hit.yIndex());
        String where = String.format(Locale.ROOT, "profile %s, %s = %s%s, %s = %s%s", panel.profile(),
                map.x().key(), map.x().label(hit.xIndex()), unit(map.x()), map.y().key(),
                map.y().label(hit.yIndex()), unit(map.y()));
        if (cell.runs() == 0) {
            return where + "\nno runs stored yet";
        }
        String drops = cell.runs() > 1 && !Double.isNaN(cell.drops().halfWidth())
                ? String.format(Locale.ROOT, "%,.1f (95 %% CI %,.1f to %,.1f), max %,d", cell.drops().mean(),
                        Math.max(0, cell.drops().lower()), cell.drops().upper(), cell.maxDrops())
                : String.format(Locale.ROOT, "%,.0f", cell.drops().mean());
        return where + String.format(Locale.ROOT,
                "\nMADs lost in %d of %d runs: P(any loss) = %.2f (95 %% interval %.2f to %.2f)\nMADs dropped: %s",
                cell.runsWithLoss(), cell.runs(), cell.lossProbability(), cell.lossLower(), cell.lossUpper(), drops);
    }

    private static String unit(RobustnessMap.Axis axis) {
        return axis.unit().isEmpty() ? "" : " " + axis.unit();
    }

    private void invalidate() {
        disposeImage();
        layout = null;
        if (canvas != null && !canvas.isDisposed()) {
            canvas.redraw();
        }
    }

    /** The picture at the canvas' size, drawn by the analysis renderer; made once per size, map and figure. */
    private Image picture() {
        if (image != null || map == null) {
            return image;
        }
        Point size = canvas.getSize();
        HeatMap sized = heatMap().orElseThrow().withSize(
                new ChartSpec.Size(Math.max(MIN_WIDTH, size.x), Math.max(MIN_HEIGHT, size.y)));
        ImageData data = new ImageData(new ByteArrayInputStream(ChartRenderer.png(sized)));
        image = new Image(canvas.getDisplay(), data);
        layout = HeatMapLayout.of(sized);
        return image;
    }

    private void disposeImage() {
        if (image != null) {
            image.dispose();
            image = null;
        }
    }

    private void contributeExports() {
        ExportActions.contribute(getViewSite(), "map", () -> map != null, this::exportInteractively);
    }

    private void exportInteractively(ExportFormat format) {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setText("Export " + format.label());
        dialog.setOverwrite(true);
        String suffix = format.isData() ? "" : figure == Figure.LOSS_PROBABILITY ? "-loss" : "-drops";
        dialog.setFileName(map.study().replaceAll("[^A-Za-z0-9._-]+", "-") + suffix + "." + format.extension());
        dialog.setFilterExtensions(new String[] {"*." + format.extension()});
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        try {
            export(Path.of(chosen), format);
        } catch (IOException | AnalysisException | RuntimeException e) {
            MessageDialog.openError(getSite().getShell(), "Export " + format.label(),
                    String.format(Locale.ROOT, "Could not write %s:%n%s", chosen, e.getMessage()));
        }
    }

    @Override
    public void setFocus() {
        canvas.setFocus();
    }
}
