package io.hcastudio.charts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

import io.hcastudio.analysis.trace.FtraceExport;
import io.hcastudio.analysis.trace.Timeline;
import io.hcastudio.analysis.trace.TraceRequest;
import io.hcastudio.model.operations.ScenarioTimeline;

/**
 * The timeline of one host of a run trace: a lane per workqueue ({@code mlx4_ibt1}, {@code mlx4_ibwi1}, ...) and per
 * kworker CPU with a bar per work run (blue: a tunnel context's, orange: the wire context's; labelled with the
 * context and the CQEs it polled when wide enough), a grey line from when the item was queued to its start (the
 * wait behind other works), and a lane of drop markers. Mouse wheel or +/- zooms around the pointer from the whole
 * run down to nanoseconds, dragging or the arrow keys pan, Home shows the whole run, N and P jump to the next and
 * previous drop; hovering a bar shows its times. Only what is visible is drawn: per lane a binary search finds the
 * first run in the window, and runs narrower than a pixel that land on an already painted pixel are skipped.
 */
public class TimelineView extends ViewPart {

    public static final String ID = "io.hcastudio.charts.timeline";

    private static final int LANE_HEIGHT = 26;
    private static final int LABEL_WIDTH = 110;
    private static final int AXIS_HEIGHT = 22;
    private static final double MIN_NS_PER_PIXEL = 0.01;

    private Canvas canvas;
    private Label status;
    private Timeline timeline;
    private Path source;
    /** The lanes drawn, in order: workqueues, then CPUs. */
    private final List<Timeline.Lane> lanes = new ArrayList<>();
    private double startNs;
    private double nsPerPixel = 1;
    private int selectedDrop = -1;
    private int dragX = -1;
    /** The faults of the run's scenario, shaded over the lanes. */
    private final TimelineMarkLayer markLayer = new TimelineMarkLayer();

    @Override
    public void createPartControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        area.setLayout(layout);
        status = new Label(area, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        status.setText("Open a run trace (toolbar, or Open Timeline in the Results view) recorded with"
                + " 'Record a run trace'.");
        canvas = new Canvas(area, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        canvas.addListener(SWT.Paint, this::paint);
        canvas.addListener(SWT.MouseVerticalWheel, event -> zoom(event.count > 0 ? 0.8 : 1.25, event.x));
        canvas.addListener(SWT.MouseDown, event -> dragX = event.x);
        canvas.addListener(SWT.MouseUp, event -> dragX = -1);
        canvas.addListener(SWT.MouseMove, this::mouseMoved);
        canvas.addListener(SWT.KeyDown, this::key);
        canvas.addListener(SWT.Resize, event -> canvas.redraw());
        Action open = new Action("Open Run Trace...") {
            @Override
            public void run() {
                FileDialog dialog = new FileDialog(canvas.getShell(), SWT.OPEN);
                dialog.setText("Open Run Trace");
                dialog.setFilterExtensions(new String[] {"*" + TraceRequest.EXTENSION, "*"});
                String chosen = dialog.open();
                if (chosen != null) {
                    open(Path.of(chosen));
                }
            }
        };
        open.setToolTipText("Show the timeline of a run trace (.hctrace)");
        open.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
                .getImageDescriptor(ISharedImages.IMG_OBJ_FOLDER));
        getViewSite().getActionBars().getToolBarManager().add(open);
        getViewSite().getActionBars().getMenuManager().add(open);
    }

    /** Reads the first SR-IOV host of {@code trace} in a background job and shows it. */
    public void open(Path trace) {
        Display display = canvas.getDisplay();
        status.setText("Reading " + trace.getFileName() + "...");
        Job job = Job.create("Open timeline of " + trace.getFileName(), (IProgressMonitor monitor) -> {
            try {
                List<String> hosts = FtraceExport.hosts(trace);
                if (hosts.isEmpty()) {
                    throw new IOException(trace + ": the run trace holds no SR-IOV host");
                }
                Timeline read = Timeline.read(trace, hosts.get(0));
                List<ScenarioTimeline.Mark> marks = TimelineMarkLayer.marksOf(trace);
                display.asyncExec(() -> {
                    markLayer.setMarks(marks);
                    show(trace, read);
                });
                return Status.OK_STATUS;
            } catch (IOException e) {
                display.asyncExec(() -> {
                    status.setText("");
                    MessageDialog.openError(canvas.getShell(), "Open Timeline", e.getMessage());
                });
                return Status.warning(e.getMessage());
            }
        });
        job.setUser(true);
        job.schedule();
    }

    /** Shows {@code read}; on the UI thread. */
    void show(Path trace, Timeline read) {
        if (canvas.isDisposed()) {
            return;
        }
        source = trace;
        timeline = read;
        lanes.clear();
        // Workqueues by name (mlx4_ibt1, mlx4_ibt2, mlx4_ibwi1, ...), then CPUs by number.
        lanes.addAll(new TreeMap<>(read.workqueues()).values());
        lanes.addAll(new TreeMap<>(read.cpus()).values());
        selectedDrop = -1;
        wholeRun();
        canvas.setFocus();
    }

    /** The timeline shown, or null. */
    public Timeline timeline() {
        return timeline;
    }

    /** The window shown: its first and last ns. */
    public double[] window() {
        return new double[] {startNs, startNs + nsPerPixel * plotWidth()};
    }

    /** Shows {@code fromNs..toNs}. */
    public void showWindow(double fromNs, double toNs) {
        startNs = fromNs;
        nsPerPixel = Math.max(MIN_NS_PER_PIXEL, (toNs - fromNs) / plotWidth());
        updateStatus();
        canvas.redraw();
    }

    private void wholeRun() {
        showWindow(0, Math.max(1, timeline.endNs()));
    }

    private int plotWidth() {
        return Math.max(1, canvas.getClientArea().width - LABEL_WIDTH);
    }

    private void zoom(double factor, int x) {
        if (timeline == null) {
            return;
        }
        double anchor = startNs + Math.max(0, x - LABEL_WIDTH) * nsPerPixel;
        nsPerPixel = Math.max(MIN_NS_PER_PIXEL, nsPerPixel * factor);
        startNs = anchor - Math.max(0, x - LABEL_WIDTH) * nsPerPixel;
        updateStatus();
        canvas.redraw();
    }

    private void pan(double pixels) {
        startNs += pixels * nsPerPixel;
        updateStatus();
        canvas.redraw();
    }

    /** Selects drop {@code index} and centres the window on it. */
    public void selectDrop(int index) {
        if (timeline == null || timeline.drops().isEmpty()) {
            return;
        }
        selectedDrop = Math.max(0, Math.min(timeline.drops().size() - 1, index));
        startNs = timeline.drops().get(selectedDrop).timeNs() - nsPerPixel * plotWidth() / 2;
        updateStatus();
        canvas.redraw();
    }

    /** The selected drop's index, or -1. */
    public int selectedDrop() {
        return selectedDrop;
    }

    private void key(Event event) {
        switch (event.keyCode) {
            case SWT.ARROW_LEFT -> pan(-plotWidth() / 8.0);
            case SWT.ARROW_RIGHT -> pan(plotWidth() / 8.0);
            case SWT.HOME -> {
                if (timeline != null) {
                    wholeRun();
                }
            }
            default -> {
                switch (event.character) {
                    case '+', '=' -> zoom(0.5, LABEL_WIDTH + plotWidth() / 2);
                    case '-' -> zoom(2, LABEL_WIDTH + plotWidth() / 2);
                    case 'n', 'N' -> selectDrop(selectedDrop + 1);
                    case 'p', 'P' -> selectDrop(selectedDrop - 1);
                    default -> {
                    }
                }
            }
        }
    }

    private void mouseMoved(Event event) {
        if (timeline == null) {
            return;
        }
        if (dragX >= 0 && (event.stateMask & SWT.BUTTON1) != 0) {
            pan(dragX - event.x);
            dragX = event.x;
            return;
        }
        int lane = (event.y - AXIS_HEIGHT) / LANE_HEIGHT;
        double time = startNs + (event.x - LABEL_WIDTH) * nsPerPixel;
        String tip = null;
        if (event.x >= LABEL_WIDTH && lane >= 0 && lane < lanes.size()) {
            Timeline.Lane runs = lanes.get(lane);
            int run = runNear(runs, time);
            if (run >= 0) {
                tip = String.format(Locale.ROOT, "%s on %s: %s, %d CQEs%nqueued %s, start %s, end %s (waited %s, ran"
                        + " %s)", timeline.contexts().get(runs.context(run)), runs.name(),
                        timeline.isWire(runs.context(run)) ? "mlx4_ib_sqp_comp_worker" : "mlx4_ib_tunnel_comp_worker",
                        runs.cqes(run), time(runs.queuedNs(run)), time(runs.startNs(run)), time(runs.endNs(run)),
                        time(runs.startNs(run) - runs.queuedNs(run)), time(runs.endNs(run) - runs.startNs(run)));
            }
        }
        if (tip == null && lane == lanes.size() && event.x >= LABEL_WIDTH) {
            Timeline.Drop drop = dropNear(time);
            if (drop != null) {
                tip = String.format(Locale.ROOT, "%s at %s: MAD %d, port %d, %s", drop.cause(), time(drop.timeNs()),
                        drop.madId(), drop.port(), drop.function() < 0 ? "wire" : "function " + drop.function());
            }
        }
        if (tip == null ? canvas.getToolTipText() != null : !tip.equals(canvas.getToolTipText())) {
            canvas.setToolTipText(tip);
        }
    }

    /** The run of {@code lane} under {@code timeNs}, within two pixels. */
    private int runNear(Timeline.Lane lane, double timeNs) {
        double slack = 2 * nsPerPixel;
        for (int i = lane.firstEndingAfter((long) (timeNs - slack)); i < lane.size()
                && lane.startNs(i) <= timeNs + slack; i++) {
            if (lane.endNs(i) >= timeNs - slack) {
                return i;
            }
        }
        return -1;
    }

    private Timeline.Drop dropNear(double timeNs) {
        double slack = 3 * nsPerPixel;
        for (Timeline.Drop drop : timeline.drops()) {
            if (Math.abs(drop.timeNs() - timeNs) <= slack) {
                return drop;
            }
            if (drop.timeNs() > timeNs + slack) {
                break;
            }
        }
        return null;
    }

    private void updateStatus() {
        if (timeline == null) {
            return;
        }
        double[] window = window();
        String drop = selectedDrop < 0 ? "N / P: next / previous drop"
                : String.format(Locale.ROOT, "drop %d of %d: %s at %s", selectedDrop + 1, timeline.drops().size(),
                        timeline.drops().get(selectedDrop).cause(), time(timeline.drops().get(selectedDrop).timeNs()));
        status.setText(String.format(Locale.ROOT, "%s, host %s: %s .. %s (%s per pixel); %,d drops; %s",
                source.getFileName(), timeline.host(), time(window[0]), time(window[1]), time(nsPerPixel),
                timeline.drops().size(), drop));
    }

    /** A time in the unit that fits it. */
    static String time(double ns) {
        double abs = Math.abs(ns);
        if (abs >= 1e9) {
            return String.format(Locale.ROOT, "%.6f s", ns / 1e9);
        }
        if (abs >= 1e6) {
            return String.format(Locale.ROOT, "%.3f ms", ns / 1e6);
        }
        if (abs >= 1e3) {
            return String.format(Locale.ROOT, "%.3f us", ns / 1e3);
        }
        return String.format(Locale.ROOT, "%.2f ns", ns);
    }

    private void paint(Event event) {
        GC gc = event.gc;
        Display display = canvas.getDisplay();
        Rectangle area = canvas.getClientArea();
        gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(area);
        if (timeline == null) {
            return;
        }
        Color tunnel = new Color(70, 110, 200);
        Color wire = new Color(235, 140, 40);
        Color wait = new Color(160, 160, 160);
        try {
            axis(gc, area);
            int y = AXIS_HEIGHT;
            for (Timeline.Lane lane : lanes) {
                gc.setForeground(display.getSystemColor(SWT.COLOR_BLACK));
                gc.drawText(lane.name(), 4, y + 5, true);
                gc.setForeground(display.getSystemColor(SWT.COLOR_GRAY));
                gc.drawLine(LABEL_WIDTH, y + LANE_HEIGHT - 1, area.width, y + LANE_HEIGHT - 1);
                drawLane(gc, lane, y, area.width, tunnel, wire, wait);
                y += LANE_HEIGHT;
            }
            gc.setForeground(display.getSystemColor(SWT.COLOR_BLACK));
            gc.drawText("drops", 4, y + 5, true);
            drawDrops(gc, y, area.width);
            markLayer.paint(gc, LABEL_WIDTH, area.width, AXIS_HEIGHT, y + LANE_HEIGHT,
                    timeNs -> LABEL_WIDTH + (timeNs - startNs) / nsPerPixel);
        } finally {
            tunnel.dispose();
            wire.dispose();
            wait.dispose();
        }
    }

    private int x(double timeNs) {
        return LABEL_WIDTH + (int) Math.round((timeNs - startNs) / nsPerPixel);
    }

    private void axis(GC gc, Rectangle area) {
        double span = nsPerPixel * plotWidth();
        double step = Math.pow(10, Math.floor(Math.log10(Math.max(span, 1e-3) / 5)));
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        for (double t = Math.ceil(startNs / step) * step; t < startNs + span; t += step) {
            int x = x(t);
            gc.drawLine(x, AXIS_HEIGHT - 4, x, AXIS_HEIGHT);
            gc.drawText(time(Math.abs(t) < step / 1e6 ? 0 : t), x + 2, 2, true);
        }
    }

    private void drawLane(GC gc, Timeline.Lane lane, int y, int width, Color tunnel, Color wire, Color wait) {
        double endNs = startNs + nsPerPixel * (width - LABEL_WIDTH);
        int lastPixel = Integer.MIN_VALUE;
        for (int i = lane.firstEndingAfter((long) Math.floor(startNs)); i < lane.size() && lane.startNs(i) < endNs;
                i++) {
            int x0 = Math.max(LABEL_WIDTH, x(lane.startNs(i)));
            int x1 = Math.min(width, x(lane.endNs(i)));
            if (x1 <= lastPixel && x1 - x0 < 1) {
                // level of detail: a sub-pixel run on a pixel already painted adds nothing
                continue;
            }
            int queued = x(lane.queuedNs(i));
            if (queued < x0 - 1) {
                // the wait from queue_work to the start, under the bars it waited behind
                gc.setForeground(wait);
                gc.drawLine(Math.max(LABEL_WIDTH, queued), y + LANE_HEIGHT - 3, x0, y + LANE_HEIGHT - 3);
            }
            gc.setBackground(timeline.isWire(lane.context(i)) ? wire : tunnel);
            // a one-pixel gap shows where one run ends and the next begins
            int gap = x1 - x0 > 3 ? 1 : 0;
            gc.fillRectangle(x0 + gap, y + 3, Math.max(1, x1 - x0 - gap), LANE_HEIGHT - 9);
            String label = timeline.contexts().get(lane.context(i)) + " \u00b7 " + lane.cqes(i) + " CQEs";
            Point extent = gc.textExtent(label);
            if (x1 - x0 > extent.x + 6) {
                gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
                gc.drawText(label, x0 + 3, y + 3 + (LANE_HEIGHT - 9 - extent.y) / 2, true);
            }
            lastPixel = Math.max(lastPixel, x1);
        }
    }

    private void drawDrops(GC gc, int y, int width) {
        Display display = canvas.getDisplay();
        List<Timeline.Drop> drops = timeline.drops();
        int lastPixel = Integer.MIN_VALUE;
        for (int i = firstDropFrom(drops, startNs); i < drops.size(); i++) {
            int x = x(drops.get(i).timeNs());
            if (x >= width) {
                break;
            }
            if (x == lastPixel && i != selectedDrop) {
                continue;
            }
            gc.setForeground(display.getSystemColor(i == selectedDrop ? SWT.COLOR_MAGENTA : SWT.COLOR_RED));
            gc.setLineWidth(i == selectedDrop ? 3 : 1);
            gc.drawLine(x, y + 3, x, y + LANE_HEIGHT - 3);
            if (i == selectedDrop) {
                gc.setLineStyle(SWT.LINE_DOT);
                gc.drawLine(x, AXIS_HEIGHT, x, y);
                gc.setLineStyle(SWT.LINE_SOLID);
            }
            gc.setLineWidth(1);
            lastPixel = x;
        }
    }

    private static int firstDropFrom(List<Timeline.Drop> drops, double timeNs) {
        int low = 0;
        int high = drops.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (drops.get(middle).timeNs() < timeNs) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** The trace file of run {@code runId} of {@code results}, if it was recorded. */
    public static Path traceOf(Path results, int runId) {
        Path trace = TraceRequest.traceFile(results, runId);
        return Files.isRegularFile(trace) ? trace : null;
    }

    /** Lane names top to bottom (for tests and accessibility). */
    public List<String> laneNames() {
        List<String> names = new ArrayList<>();
        lanes.forEach(lane -> names.add(lane.name()));
        return names;
    }

    @Override
    public void setFocus() {
        canvas.setFocus();
    }
}
