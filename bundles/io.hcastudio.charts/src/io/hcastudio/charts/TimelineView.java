package io.hcastudio.charts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.function.ToIntFunction;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
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
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

import io.hcastudio.analysis.trace.Timeline;
import io.hcastudio.analysis.trace.TraceRequest;
import io.hcastudio.model.operations.ScenarioTimeline;

/**
 * The timeline of one host of a run trace. Rows, top to bottom: a lane per workqueue ({@code mlx4_ibt1},
 * {@code mlx4_ibwi1}, ...) and per kworker CPU with a bar per work run (blue: a tunnel context's, orange: the wire
 * context's; labelled with the context and the CQEs it polled when wide enough) and a grey line from when the item
 * was queued to its start (the wait behind other works); the drop markers; a strip per send ring with its fill (red
 * where it was full); a coarse strip per MAD interface coloured by the CM phase most of its connections are in.
 *
 * <p>Selecting a drop (click its marker, or N and P) highlights the MAD's path across the rows (function, tunnel
 * arrival, the work that polled it, the ring it failed on) and lists its life in the table below; for a ring-full
 * drop it also marks when the ring filled and outlines the works running then (F jumps there). A click in the plot
 * moves the time cursor, which the Ring Occupancy chart of the same run shows, and a click in that chart moves it
 * here. Wheel or +/- zooms around the pointer from the whole run down to nanoseconds, dragging or the arrow keys pan,
 * Up/Down and Page Up/Down scroll the rows, Home shows the whole run.
 *
 * <p>Only what is visible is drawn: per row a binary search finds the first item in the window, and when items are
 * narrower than a pixel the drawing jumps (by another binary search) to the first item that reaches the next pixel
 * column, so a zoomed-out window costs a few lookups per pixel column, not one per event. Ring strips take each pixel
 * column's maximum from per-block maxima ({@link Timeline.Ring#maxBetween}). Things drawn over the rows (the cursor,
 * the selected MAD's path, the ring-fill mark) are {@link Overlay}s, so further marker layers add one more.
 */
public class TimelineView extends ViewPart {

    public static final String ID = "io.hcastudio.charts.timeline";

    /** Job family of the reading jobs, so tests and shutdown can wait for them. */
    public static final Object FAMILY = TimelineView.class;

    private static final int LANE_HEIGHT = 26;
    private static final int RING_HEIGHT = 18;
    private static final int CM_HEIGHT = 16;
    /** Least room between two axis labels, in pixels. */
    private static final int TICK_SPACING = 100;
    private static final int LABEL_WIDTH = 130;
    private static final int AXIS_HEIGHT = 22;
    private static final double MIN_NS_PER_PIXEL = 0.01;
    private static final int CLICK_SLACK = 3;

    /** What a row draws. */
    public enum RowKind {
        WORKQUEUE, CPU, RING, CM, DROPS
    }

    /** One row: its kind, its name and what it draws ({@code index}: into the lanes, rings or interfaces). */
    public record Row(RowKind kind, String name, int height, int index) {
    }

    /** Something drawn over the rows, in plot coordinates (see {@link #xOf}, {@link #rowTop}). */
    @FunctionalInterface
    public interface Overlay {
        void paint(GC gc, Rectangle plot);
    }

    private Canvas canvas;
    private Label status;
    private Label lifeTitle;
    private Table life;
    private Timeline timeline;
    private Path source;
    /** The lanes drawn, in order: workqueues, then CPUs. */
    private final List<Timeline.Lane> lanes = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();
    private final List<Overlay> overlays = new ArrayList<>();
    private double startNs;
    private double nsPerPixel = 1;
    private int scrollY;
    private int selectedDrop = -1;
    private List<Timeline.MadStep> selectedLife = List.of();
    private long cursorNs = -1;
    private int downX = -1;
    private int downY = -1;
    private int dragX = -1;
    private boolean dragged;
    private long lastReadMs = -1;
    private long lastPaintNs = -1;
    private final TimeCursor.Listener cursorListener = (from, trace, timeNs) -> {
        if (canvas != null && !canvas.isDisposed() && TimeCursor.Listener.same(trace, source)) {
            showCursor(timeNs);
        }
    };
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
        SashForm split = new SashForm(area, SWT.VERTICAL);
        split.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        canvas = new Canvas(split, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND | SWT.V_SCROLL);
        canvas.addListener(SWT.Paint, this::paint);
        canvas.addListener(SWT.MouseVerticalWheel, event -> {
            if ((event.stateMask & SWT.SHIFT) != 0) {
                scrollBy(-event.count * 10);
            } else {
                zoom(event.count > 0 ? 0.8 : 1.25, event.x);
            }
            event.doit = false;
        });
        canvas.addListener(SWT.MouseDown, this::mouseDown);
        canvas.addListener(SWT.MouseUp, this::mouseUp);
        canvas.addListener(SWT.MouseMove, this::mouseMoved);
        canvas.addListener(SWT.KeyDown, this::key);
        canvas.addListener(SWT.Resize, event -> {
            updateScrollBar();
            canvas.redraw();
        });
        canvas.getVerticalBar().addListener(SWT.Selection, event -> {
            scrollY = canvas.getVerticalBar().getSelection();
            canvas.redraw();
        });
        Composite below = new Composite(split, SWT.NONE);
        GridLayout belowLayout = new GridLayout(1, false);
        belowLayout.marginWidth = 0;
        belowLayout.marginHeight = 0;
        below.setLayout(belowLayout);
        lifeTitle = new Label(below, SWT.NONE);
        lifeTitle.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        lifeTitle.setText("Select a drop (click its marker, or N / P) to see the MAD's life here.");
        life = new Table(below, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        life.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        life.setHeaderVisible(true);
        life.setLinesVisible(true);
        for (String[] column : new String[][] {{"Time", "120"}, {"Step", "330"}, {"Where", "170"},
            {"Detail", "420"}}) {
            TableColumn created = new TableColumn(life, SWT.LEFT);
            created.setText(column[0]);
            created.setWidth(Integer.parseInt(column[1]));
        }
        life.addListener(SWT.Selection, event -> {
            if (event.item != null && event.item.getData() instanceof Long time) {
                moveCursor(time);
                showCursor(time);
            }
        });
        split.setWeights(3, 1);
        overlays.add(this::paintMarks);
        overlays.add(this::paintRingFill);
        overlays.add(this::paintPath);
        overlays.add(this::paintCursor);
        TimeCursor.addListener(cursorListener);
        contributeActions();
    }

    private void contributeActions() {
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
        Action fill = new Action("Show Work Running When the Ring Filled (F)") {
            @Override
            public void run() {
                showRingFill();
            }
        };
        fill.setToolTipText("For the selected ring-full drop: go to when its ring filled and show the works running"
                + " then");
        Action next = new Action("Next Drop (N)") {
            @Override
            public void run() {
                selectDrop(selectedDrop + 1);
            }
        };
        Action previous = new Action("Previous Drop (P)") {
            @Override
            public void run() {
                selectDrop(selectedDrop - 1);
            }
        };
        Action whole = new Action("Whole Run (Home)") {
            @Override
            public void run() {
                if (timeline != null) {
                    wholeRun();
                }
            }
        };
        getViewSite().getActionBars().getToolBarManager().add(open);
        for (Action action : List.of(open, next, previous, fill, whole)) {
            getViewSite().getActionBars().getMenuManager().add(action);
        }
    }

    /** Reads the first SR-IOV host of {@code trace} in a background job and shows it. */
    public Job open(Path trace) {
        return open(trace, null, null);
    }

    /**
     * Reads host {@code host} (null: the first SR-IOV host) of {@code trace} in a background job with progress and
     * cancel, shows it, and selects the first drop {@code select} finds (null: none).
     */
    public Job open(Path trace, String host, ToIntFunction<Timeline> select) {
        Display display = canvas.getDisplay();
        status.setText("Reading " + trace.getFileName() + "...");
        Job job = new Job("Open timeline of " + trace.getFileName()) {
            @Override
            protected org.eclipse.core.runtime.IStatus run(IProgressMonitor monitor) {
                monitor.beginTask("Reading " + trace.getFileName(), 1000);
                int[] done = {0};
                long began = System.nanoTime();
                try {
                    Timeline read = Timeline.read(trace, host, (bytes, total) -> {
                        int now = (int) (1000 * bytes / Math.max(1, total));
                        monitor.worked(now - done[0]);
                        done[0] = now;
                        return !monitor.isCanceled();
                    });
                    List<ScenarioTimeline.Mark> marks = TimelineMarkLayer.marksOf(trace);
                    long readMs = (System.nanoTime() - began) / 1_000_000;
                    display.asyncExec(() -> {
                        lastReadMs = readMs;
                        markLayer.setMarks(marks);
                        show(trace, read);
                        if (select != null) {
                            selectDrop(select.applyAsInt(read));
                        }
                    });
                    return Status.OK_STATUS;
                } catch (CancellationException e) {
                    display.asyncExec(() -> status.setText("Reading " + trace.getFileName() + " was cancelled."));
                    return Status.CANCEL_STATUS;
                } catch (IOException | RuntimeException e) {
                    display.asyncExec(() -> {
                        if (!status.isDisposed()) {
                            status.setText("");
                            MessageDialog.openError(canvas.getShell(), "Open Timeline", trace + ": " + e.getMessage());
                        }
                    });
                    return Status.warning(e.getMessage());
                } finally {
                    monitor.done();
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setUser(true);
        job.schedule();
        return job;
    }

    /** Shows {@code read}; on the UI thread. */
    void show(Path trace, Timeline read) {
        if (canvas.isDisposed()) {
            return;
        }
        source = trace;
        timeline = read;
        lanes.clear();
        rows.clear();
        // Workqueues by name (mlx4_ibt1, mlx4_ibt2, mlx4_ibwi1, ...), then CPUs by number.
        for (Timeline.Lane lane : new TreeMap<>(read.workqueues()).values()) {
            rows.add(new Row(RowKind.WORKQUEUE, lane.name(), LANE_HEIGHT, lanes.size()));
            lanes.add(lane);
        }
        for (Timeline.Lane lane : new TreeMap<>(read.cpus()).values()) {
            rows.add(new Row(RowKind.CPU, lane.name(), LANE_HEIGHT, lanes.size()));
            lanes.add(lane);
        }
        rows.add(new Row(RowKind.DROPS, "drops", LANE_HEIGHT, 0));
        // Send rings: the wire rings first, then the tunnels' by name; rings never used are left out.
        TreeMap<String, Integer> rings = new TreeMap<>();
        for (int i = 0; i < read.rings().size(); i++) {
            Timeline.Ring ring = read.rings().get(i);
            if (ring.max() > 0) {
                rings.put((read.isWire(ring.context()) ? "0 " : "1 ") + ring.name(), i);
            }
        }
        rings.forEach((key, index) -> rows.add(new Row(RowKind.RING, read.rings().get(index).name(), RING_HEIGHT,
                index)));
        TreeMap<String, Integer> interfaces = new TreeMap<>();
        for (int i = 0; i < read.interfaces().size(); i++) {
            interfaces.put(read.interfaces().get(i).name(), i);
        }
        interfaces.forEach((name, index) -> rows.add(new Row(RowKind.CM, name + " CM", CM_HEIGHT, index)));
        selectedDrop = -1;
        selectedLife = List.of();
        cursorNs = TimeCursor.timeOf(trace);
        life.removeAll();
        lifeTitle.setText("Select a drop (click its marker, or N / P) to see the MAD's life here.");
        scrollY = 0;
        updateScrollBar();
        wholeRun();
        canvas.setFocus();
    }

    @Override
    public void dispose() {
        TimeCursor.removeListener(cursorListener);
        super.dispose();
    }

    /** The timeline shown, or null. */
    public Timeline timeline() {
        return timeline;
    }

    /** The run trace shown, or null. */
    public Path source() {
        return source;
    }

    /** The rows drawn, top to bottom. */
    public List<Row> rows() {
        return List.copyOf(rows);
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

    /** Zooms by {@code factor} (below 1: in) around pixel column {@code x}. */
    public void zoom(double factor, int x) {
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

    private int contentHeight() {
        return rows.stream().mapToInt(Row::height).sum();
    }

    private void updateScrollBar() {
        ScrollBar bar = canvas.getVerticalBar();
        int visible = Math.max(1, canvas.getClientArea().height - AXIS_HEIGHT);
        int total = contentHeight();
        scrollY = Math.max(0, Math.min(scrollY, Math.max(0, total - visible)));
        bar.setValues(scrollY, 0, Math.max(total, 1), Math.min(visible, Math.max(total, 1)), LANE_HEIGHT, visible);
        bar.setVisible(total > visible);
    }

    private void scrollBy(int pixels) {
        scrollY += pixels;
        updateScrollBar();
        canvas.redraw();
    }

    /** Top of row {@code index} in canvas pixels (the scrolling applied). */
    public int rowTop(int index) {
        int y = AXIS_HEIGHT - scrollY;
        for (int i = 0; i < index; i++) {
            y += rows.get(i).height();
        }
        return y;
    }

    private int rowIndex(RowKind kind, int index) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).kind() == kind && rows.get(i).index() == index) {
                return i;
            }
        }
        return -1;
    }

    /** The row of workqueue {@code name}, or -1. */
    public int workqueueRow(String name) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).kind() == RowKind.WORKQUEUE && rows.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Brings row {@code index} into view, scrolling as little as needed. */
    public void revealRow(int index) {
        int top = rowTop(index) + scrollY - AXIS_HEIGHT;
        int visible = canvas.getClientArea().height - AXIS_HEIGHT;
        if (top < scrollY) {
            scrollY = top;
        } else if (top + rows.get(index).height() > scrollY + visible) {
            scrollY = top + rows.get(index).height() - visible;
        }
        updateScrollBar();
        canvas.redraw();
    }

    /** Selects drop {@code index}, centres the window on it and lists its MAD's life. */
    public void selectDrop(int index) {
        if (timeline == null || timeline.drops().isEmpty() || index < 0 && selectedDrop < 0) {
            return;
        }
        selectedDrop = Math.max(0, Math.min(timeline.drops().size() - 1, index));
        Timeline.Drop drop = timeline.drops().get(selectedDrop);
        startNs = drop.timeNs() - nsPerPixel * plotWidth() / 2;
        selectedLife = timeline.madLife(drop.madId());
        fillLife(drop);
        updateStatus();
        canvas.redraw();
    }

    /** The selected drop's index, or -1. */
    public int selectedDrop() {
        return selectedDrop;
    }

    /** The life of the selected drop's MAD, as the table lists it. */
    public List<Timeline.MadStep> selectedLife() {
        return selectedLife;
    }

    /** The table under the timeline: the selected MAD's life and the works running when its ring filled. */
    public Table lifeTable() {
        return life;
    }

    /** When the selected drop's ring filled, or -1 (no drop selected, or not a ring-full drop). */
    public long selectedRingFilledNs() {
        if (timeline == null || selectedDrop < 0) {
            return -1;
        }
        Timeline.Drop drop = timeline.drops().get(selectedDrop);
        return drop.ring() < 0 ? -1 : timeline.rings().get(drop.ring()).filledAt(drop.timeNs());
    }

    private void fillLife(Timeline.Drop drop) {
        life.setRedraw(false);
        try {
            life.removeAll();
            lifeTitle.setText(String.format(Locale.ROOT, "MAD %d: dropped at %s (%s) on %s/p%d/%s", drop.madId(),
                    time(drop.timeNs()), drop.cause(), timeline.host(), drop.port(),
                    drop.function() < 0 ? "wire" : "f" + drop.function()));
            for (Timeline.MadStep step : selectedLife) {
                item(step.timeNs(), step.step().label(), step.where(), step.detail());
            }
            long filled = selectedRingFilledNs();
            if (filled >= 0) {
                Timeline.Ring ring = timeline.rings().get(drop.ring());
                item(filled, "ring " + ring.name() + " filled", timeline.host(), String.format(Locale.ROOT,
                        "%d of %d slots outstanding; full until the drop (%s later)", ring.valueAt(filled),
                        ring.fullLevel(), time(drop.timeNs() - filled)));
                for (Timeline.Lane lane : lanes) {
                    if (!timeline.workqueues().containsValue(lane)) {
                        continue;
                    }
                    int run = lane.runningAt(filled);
                    if (run >= 0) {
                        item(lane.startNs(run), "running on " + lane.name() + " when the ring filled",
                                timeline.contexts().get(lane.context(run)), runText(lane, run));
                    } else {
                        item(filled, "idle on " + lane.name() + " when the ring filled", "", "");
                    }
                }
            }
        } finally {
            life.setRedraw(true);
        }
    }

    private void item(long timeNs, String step, String where, String detail) {
        TableItem item = new TableItem(life, SWT.NONE);
        item.setText(new String[] {time(timeNs), step, where, detail});
        item.setData(timeNs);
    }

    private String runText(Timeline.Lane lane, int run) {
        return String.format(Locale.ROOT, "%s, %d CQEs: queued %s, start %s, end %s (waited %s, ran %s)",
                timeline.isWire(lane.context(run)) ? "mlx4_ib_sqp_comp_worker" : "mlx4_ib_tunnel_comp_worker",
                lane.cqes(run), time(lane.queuedNs(run)), time(lane.startNs(run)), time(lane.endNs(run)),
                time(lane.startNs(run) - lane.queuedNs(run)), time(lane.endNs(run) - lane.startNs(run)));
    }

    /** Goes to when the selected drop's ring filled, showing it and the drop, and puts the cursor there. */
    public void showRingFill() {
        long filled = selectedRingFilledNs();
        if (filled < 0) {
            return;
        }
        long dropNs = timeline.drops().get(selectedDrop).timeNs();
        double span = Math.max(dropNs - filled, 1000) * 4;
        showWindow(filled - span / 3, filled - span / 3 + span);
        moveCursor(filled);
        int row = workqueueRow(timeline.workqueueOf(timeline.rings().get(timeline.drops().get(selectedDrop).ring())
                .context()));
        if (row >= 0) {
            revealRow(row);
        }
    }

    /** Moves the time cursor here and in the views of the same run. */
    public void moveCursor(long timeNs) {
        cursorNs = timeNs;
        if (source != null) {
            TimeCursor.move(this, source, timeNs);
        }
        updateStatus();
        canvas.redraw();
    }

    /** The time cursor, or -1. */
    public long cursorNs() {
        return cursorNs;
    }

    /** Shows the cursor at {@code timeNs}, centring the window on it when it is outside. */
    private void showCursor(long timeNs) {
        cursorNs = timeNs;
        double[] window = window();
        if (timeNs < window[0] || timeNs > window[1]) {
            startNs = timeNs - nsPerPixel * plotWidth() / 2;
        }
        updateStatus();
        canvas.redraw();
    }

    private void key(Event event) {
        int page = Math.max(LANE_HEIGHT, canvas.getClientArea().height - AXIS_HEIGHT - LANE_HEIGHT);
        switch (event.keyCode) {
            case SWT.ARROW_LEFT -> pan(-plotWidth() / 8.0);
            case SWT.ARROW_RIGHT -> pan(plotWidth() / 8.0);
            case SWT.ARROW_UP -> scrollBy(-LANE_HEIGHT);
            case SWT.ARROW_DOWN -> scrollBy(LANE_HEIGHT);
            case SWT.PAGE_UP -> scrollBy(-page);
            case SWT.PAGE_DOWN -> scrollBy(page);
            case SWT.HOME -> {
                if (timeline != null) {
                    wholeRun();
                }
            }
            case SWT.KEYPAD_ADD -> zoom(0.5, LABEL_WIDTH + plotWidth() / 2);
            case SWT.KEYPAD_SUBTRACT -> zoom(2, LABEL_WIDTH + plotWidth() / 2);
            default -> {
                switch (event.character) {
                    case '+', '=' -> zoom(0.5, LABEL_WIDTH + plotWidth() / 2);
                    case '-' -> zoom(2, LABEL_WIDTH + plotWidth() / 2);
                    case 'n', 'N' -> selectDrop(selectedDrop + 1);
                    case 'p', 'P' -> selectDrop(selectedDrop - 1);
                    case 'f', 'F' -> showRingFill();
                    default -> {
                    }
                }
            }
        }
    }

    private void mouseDown(Event event) {
        if (event.button == 1) {
            downX = event.x;
            downY = event.y;
            dragX = event.x;
            dragged = false;
        }
    }

    private void mouseUp(Event event) {
        if (event.button != 1 || downX < 0) {
            return;
        }
        boolean click = !dragged && Math.abs(event.x - downX) <= CLICK_SLACK && Math.abs(event.y - downY) <= CLICK_SLACK;
        downX = -1;
        dragX = -1;
        if (click && timeline != null && event.x >= LABEL_WIDTH) {
            click(event.x, event.y);
        }
    }

    /** A click: on a drop marker selects the drop, elsewhere in the plot moves the time cursor. */
    public void click(int x, int y) {
        double time = timeAt(x);
        int row = rowAt(y);
        if (row >= 0 && rows.get(row).kind() == RowKind.DROPS) {
            int drop = dropNear(time);
            if (drop >= 0) {
                selectDrop(drop);
                return;
            }
        }
        moveCursor(Math.max(0, Math.round(time)));
    }

    private int rowAt(int y) {
        if (y < AXIS_HEIGHT) {
            return -1;
        }
        int top = AXIS_HEIGHT - scrollY;
        for (int i = 0; i < rows.size(); i++) {
            if (y >= top && y < top + rows.get(i).height()) {
                return i;
            }
            top += rows.get(i).height();
        }
        return -1;
    }

    private double timeAt(int x) {
        return startNs + (x - LABEL_WIDTH) * nsPerPixel;
    }

    private void mouseMoved(Event event) {
        if (timeline == null) {
            return;
        }
        if (dragX >= 0 && (event.stateMask & SWT.BUTTON1) != 0) {
            if (Math.abs(event.x - downX) > CLICK_SLACK) {
                dragged = true;
            }
            pan(dragX - event.x);
            dragX = event.x;
            return;
        }
        String tip = event.x >= LABEL_WIDTH ? tooltip(rowAt(event.y), timeAt(event.x)) : null;
        if (tip == null ? canvas.getToolTipText() != null : !tip.equals(canvas.getToolTipText())) {
            canvas.setToolTipText(tip);
        }
    }

    /** What hovering row {@code row} at {@code time} shows, or null. */
    String tooltip(int row, double time) {
        if (row < 0) {
            return null;
        }
        Row shown = rows.get(row);
        switch (shown.kind()) {
            case WORKQUEUE, CPU -> {
                Timeline.Lane runs = lanes.get(shown.index());
                int run = runNear(runs, time);
                return run < 0 ? null : String.format(Locale.ROOT, "%s on %s: %s", timeline.contexts()
                        .get(runs.context(run)), runs.name(), runText(runs, run));
            }
            case RING -> {
                Timeline.Ring ring = timeline.rings().get(shown.index());
                return String.format(Locale.ROOT, "%s at %s: %d slots outstanding (highest %d%s)", ring.name(),
                        time(time), ring.valueAt((long) time), ring.max(), ring.fullLevel() < 0 ? ""
                                : String.format(Locale.ROOT, "; full at %d, %d reservations failed", ring.fullLevel(),
                                        ring.failures()));
            }
            case CM -> {
                Timeline.Interface iface = timeline.interfaces().get(shown.index());
                int i = iface.indexAt((long) time);
                StringBuilder text = new StringBuilder(iface.name() + " connections at " + time(time) + ":");
                for (Timeline.CmPhase phase : Timeline.CmPhase.values()) {
                    text.append(String.format(Locale.ROOT, "%n  %s %d", phase.label(), iface.count(i, phase)));
                }
                return text.toString();
            }
            case DROPS -> {
                int index = dropNear(time);
                if (index < 0) {
                    return null;
                }
                Timeline.Drop drop = timeline.drops().get(index);
                return String.format(Locale.ROOT, "%s at %s: MAD %d, port %d, %s (click to select)", drop.cause(),
                        time(drop.timeNs()), drop.madId(), drop.port(), drop.function() < 0 ? "wire"
                                : "function " + drop.function());
            }
            default -> {
                return null;
            }
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

    /** The drop nearest {@code timeNs} within three pixels, or -1. */
    private int dropNear(double timeNs) {
        double slack = 3 * nsPerPixel;
        List<Timeline.Drop> drops = timeline.drops();
        int best = -1;
        for (int i = firstDropFrom(drops, timeNs - slack); i < drops.size()
                && drops.get(i).timeNs() <= timeNs + slack; i++) {
            if (best < 0 || Math.abs(drops.get(i).timeNs() - timeNs) < Math.abs(drops.get(best).timeNs() - timeNs)) {
                best = i;
            }
        }
        return best;
    }

    private void updateStatus() {
        if (timeline == null) {
            return;
        }
        double[] window = window();
        String drop = selectedDrop < 0 ? "N / P: next / previous drop"
                : String.format(Locale.ROOT, "drop %d of %d: %s at %s", selectedDrop + 1, timeline.drops().size(),
                        timeline.drops().get(selectedDrop).cause(), time(timeline.drops().get(selectedDrop).timeNs()));
        status.setText(String.format(Locale.ROOT, "%s, host %s: %s .. %s (%s per pixel); %,d drops; %s%s",
                source.getFileName(), timeline.host(), time(window[0]), time(window[1]), time(nsPerPixel),
                timeline.drops().size(), drop, cursorNs < 0 ? "" : "; cursor " + time(cursorNs)));
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

    /** How long the last trace took to read, in ms, or -1. */
    public long lastReadMs() {
        return lastReadMs;
    }

    /** How long the last drawing (on screen or into {@link #picture()}) took, in ns, or -1. */
    public long lastPaintNs() {
        return lastPaintNs;
    }

    private void paint(Event event) {
        draw(event.gc, canvas.getClientArea());
    }

    /**
     * What the canvas shows now, drawn into a new image of its size by the same code that paints it (tests read its
     * pixels, benchmarks time it); the caller disposes it.
     */
    public Image picture() {
        Rectangle area = canvas.getClientArea();
        Image image = new Image(canvas.getDisplay(), Math.max(1, area.width), Math.max(1, area.height));
        GC gc = new GC(image);
        try {
            gc.setFont(canvas.getFont());
            draw(gc, new Rectangle(0, 0, area.width, area.height));
        } finally {
            gc.dispose();
        }
        return image;
    }

    private void draw(GC gc, Rectangle area) {
        long began = System.nanoTime();
        Display display = canvas.getDisplay();
        gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(area);
        if (timeline == null) {
            return;
        }
        Palette colours = new Palette(display);
        try {
            gc.setClipping(0, AXIS_HEIGHT, area.width, area.height - AXIS_HEIGHT);
            for (int i = 0; i < rows.size(); i++) {
                int y = rowTop(i);
                Row row = rows.get(i);
                if (y + row.height() < AXIS_HEIGHT || y > area.height) {
                    continue;
                }
                gc.setClipping(LABEL_WIDTH, Math.max(AXIS_HEIGHT, y), area.width - LABEL_WIDTH,
                        Math.min(row.height(), y + row.height() - AXIS_HEIGHT));
                switch (row.kind()) {
                    case WORKQUEUE, CPU -> drawLane(gc, lanes.get(row.index()), y, area.width, colours);
                    case RING -> drawRing(gc, timeline.rings().get(row.index()), y, area.width, colours);
                    case CM -> drawInterface(gc, timeline.interfaces().get(row.index()), y, area.width, colours);
                    case DROPS -> drawDrops(gc, y, area.width);
                }
                gc.setClipping(0, AXIS_HEIGHT, area.width, area.height - AXIS_HEIGHT);
                gc.setForeground(display.getSystemColor(SWT.COLOR_BLACK));
                gc.drawText(row.name(), 4, y + (row.height() - gc.getFontMetrics().getHeight()) / 2, true);
                gc.setForeground(colours.rule);
                gc.drawLine(0, y + row.height() - 1, area.width, y + row.height() - 1);
            }
            Rectangle plot = new Rectangle(LABEL_WIDTH, AXIS_HEIGHT, area.width - LABEL_WIDTH,
                    area.height - AXIS_HEIGHT);
            gc.setClipping(plot);
            for (Overlay overlay : overlays) {
                overlay.paint(gc, plot);
            }
            gc.setClipping((Rectangle) null);
            axis(gc, area);
        } finally {
            colours.dispose();
        }
        lastPaintNs = System.nanoTime() - began;
    }

    /** The colours of one paint. */
    private static final class Palette {
        final Color tunnel = new Color(70, 110, 200);
        final Color wire = new Color(235, 140, 40);
        final Color wait = new Color(160, 160, 160);
        final Color rule = new Color(225, 225, 225);
        final Color ring = new Color(40, 150, 140);
        final Color full = new Color(215, 40, 40);
        final Color[] phases = {new Color(150, 200, 240), new Color(250, 200, 90), new Color(120, 190, 110),
            new Color(190, 150, 210), new Color(205, 205, 205), new Color(225, 70, 70)};
        final Color white;

        Palette(Display display) {
            white = display.getSystemColor(SWT.COLOR_WHITE);
        }

        void dispose() {
            for (Color colour : List.of(tunnel, wire, wait, rule, ring, full)) {
                colour.dispose();
            }
            for (Color colour : phases) {
                colour.dispose();
            }
        }
    }

    /** The pixel column of {@code timeNs}. */
    public int xOf(double timeNs) {
        double x = LABEL_WIDTH + (timeNs - startNs) / nsPerPixel;
        return (int) Math.round(Math.max(-1e6, Math.min(1e6, x)));
    }

    private void axis(GC gc, Rectangle area) {
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(0, 0, area.width, AXIS_HEIGHT);
        double span = nsPerPixel * plotWidth();
        // 1, 2 or 5 times a power of ten, the smallest that leaves room for the labels
        double least = nsPerPixel * TICK_SPACING;
        double step = Math.pow(10, Math.floor(Math.log10(least)));
        step = step >= least ? step : 2 * step >= least ? 2 * step : 5 * step >= least ? 5 * step : 10 * step;
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        gc.drawLine(LABEL_WIDTH, AXIS_HEIGHT - 1, area.width, AXIS_HEIGHT - 1);
        for (double t = Math.ceil(startNs / step) * step; t < startNs + span; t += step) {
            int x = xOf(t);
            gc.drawLine(x, AXIS_HEIGHT - 4, x, AXIS_HEIGHT);
            gc.drawText(time(Math.abs(t) < step / 1e6 ? 0 : t), x + 2, 2, true);
        }
    }

    private void drawLane(GC gc, Timeline.Lane lane, int y, int width, Palette colours) {
        double endNs = startNs + nsPerPixel * (width - LABEL_WIDTH);
        int i = lane.firstEndingAfter((long) Math.floor(startNs));
        while (i < lane.size() && lane.startNs(i) < endNs) {
            int x0 = Math.max(LABEL_WIDTH, xOf(lane.startNs(i)));
            int x1 = Math.min(width, xOf(lane.endNs(i)));
            int queued = xOf(lane.queuedNs(i));
            if (queued < x0 - 1) {
                // the wait from queue_work to the start, under the bars it waited behind
                gc.setForeground(colours.wait);
                gc.drawLine(Math.max(LABEL_WIDTH, queued), y + LANE_HEIGHT - 3, x0, y + LANE_HEIGHT - 3);
            }
            gc.setBackground(timeline.isWire(lane.context(i)) ? colours.wire : colours.tunnel);
            // a one-pixel gap shows where one run ends and the next begins
            int gap = x1 - x0 > 3 ? 1 : 0;
            gc.fillRectangle(x0 + gap, y + 3, Math.max(1, x1 - x0 - gap), LANE_HEIGHT - 9);
            if (x1 - x0 > 40) {
                String label = timeline.contexts().get(lane.context(i)) + " \u00b7 " + lane.cqes(i) + " CQEs";
                Point extent = gc.textExtent(label);
                if (x1 - x0 > extent.x + 6) {
                    gc.setForeground(colours.white);
                    gc.drawText(label, x0 + 3, y + 3 + (LANE_HEIGHT - 9 - extent.y) / 2, true);
                }
            }
            // level of detail: the runs that end within the pixel column just painted add nothing; jump past them
            int next = i + 1;
            if (x1 - x0 < 1) {
                next = Math.max(next, lane.firstEndingAfter((long) Math.ceil(timeAt(x1 + 1))));
            }
            i = next;
        }
    }

    private void drawRing(GC gc, Timeline.Ring ring, int y, int width, Palette colours) {
        int scale = Math.max(1, Math.max(ring.max(), ring.fullLevel()));
        int height = RING_HEIGHT - 4;
        int base = y + RING_HEIGHT - 2;
        int startIndex = ring.indexAt((long) Math.floor(timeAt(LABEL_WIDTH)));
        for (int x = LABEL_WIDTH; x < width; x++) {
            int endIndex = ring.indexAt((long) Math.floor(timeAt(x + 1)) - 1);
            // the highest fill in the column: the fill carried into it and every point inside it
            int value = Math.max(startIndex < 0 ? 0 : ring.value(startIndex), ring.maxBetween(startIndex + 1,
                    endIndex + 1));
            if (value > 0) {
                gc.setBackground(ring.fullLevel() >= 0 && value >= ring.fullLevel() ? colours.full : colours.ring);
                int bar = Math.max(1, (int) Math.round((double) height * value / scale));
                gc.fillRectangle(x, base - bar, 1, bar);
            }
            startIndex = endIndex;
            if (endIndex >= ring.size() - 1 && (endIndex < 0 || ring.value(endIndex) == 0)) {
                break;
            }
        }
    }

    private void drawInterface(GC gc, Timeline.Interface iface, int y, int width, Palette colours) {
        int runStart = LABEL_WIDTH;
        Timeline.CmPhase runPhase = null;
        for (int x = LABEL_WIDTH; x <= width; x++) {
            Timeline.CmPhase phase = x == width ? null : iface.dominant(iface.indexAt((long) timeAt(x)));
            if (phase != runPhase || x == width) {
                if (runPhase != null) {
                    gc.setBackground(colours.phases[runPhase.ordinal()]);
                    gc.fillRectangle(runStart, y + 1, x - runStart, CM_HEIGHT - 2);
                }
                runStart = x;
                runPhase = phase;
            }
        }
    }

    private void drawDrops(GC gc, int y, int width) {
        Display display = canvas.getDisplay();
        List<Timeline.Drop> drops = timeline.drops();
        int i = firstDropFrom(drops, startNs);
        while (i < drops.size()) {
            int x = xOf(drops.get(i).timeNs());
            if (x >= width) {
                break;
            }
            gc.setForeground(display.getSystemColor(SWT.COLOR_RED));
            gc.drawLine(x, y + 3, x, y + LANE_HEIGHT - 3);
            // drops within the pixel column just drawn add nothing
            i = Math.max(i + 1, firstDropFrom(drops, timeAt(x + 1)));
        }
        if (selectedDrop >= 0) {
            int x = xOf(drops.get(selectedDrop).timeNs());
            gc.setForeground(display.getSystemColor(SWT.COLOR_MAGENTA));
            gc.setLineWidth(3);
            gc.drawLine(x, y + 3, x, y + LANE_HEIGHT - 3);
            gc.setLineWidth(1);
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

    /** The time cursor: a green line across the rows. */
    private void paintCursor(GC gc, Rectangle plot) {
        if (cursorNs < 0) {
            return;
        }
        int x = xOf(cursorNs);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GREEN));
        gc.setLineWidth(1);
        gc.drawLine(x, plot.y, x, plot.y + plot.height);
    }

    /**
     * The selected drop's MAD path: a magenta line through the rows where its steps happened (its interface's CM
     * row, the lane of the context that received and polled it, the ring it was posted on or failed on, the drop),
     * with the work run that polled it outlined.
     */
    private void paintPath(GC gc, Rectangle plot) {
        if (selectedDrop < 0) {
            return;
        }
        Color magenta = canvas.getDisplay().getSystemColor(SWT.COLOR_MAGENTA);
        gc.setForeground(magenta);
        gc.setBackground(magenta);
        gc.setLineWidth(2);
        int lastX = Integer.MIN_VALUE;
        int lastY = 0;
        for (Timeline.MadStep step : selectedLife) {
            int row = pathRow(step);
            if (row < 0) {
                continue;
            }
            int x = xOf(step.timeNs());
            int y = rowTop(row) + rows.get(row).height() / 2;
            if (step.step() == Timeline.Step.POLLED) {
                Timeline.Lane lane = lanes.get(rows.get(row).index());
                int run = lane.runningAt(step.timeNs());
                if (run >= 0) {
                    int x0 = xOf(lane.startNs(run));
                    gc.drawRectangle(x0 - 1, rowTop(row) + 1, Math.max(2, xOf(lane.endNs(run)) - x0 + 2),
                            LANE_HEIGHT - 5);
                }
            }
            if (lastX != Integer.MIN_VALUE) {
                gc.drawLine(lastX, lastY, x, y);
            }
            gc.fillOval(x - 4, y - 4, 9, 9);
            lastX = x;
            lastY = y;
        }
        gc.setLineWidth(1);
    }

    /** The row a step of the selected MAD is drawn on, or -1 when this view has none for it. */
    private int pathRow(Timeline.MadStep step) {
        return switch (step.step()) {
            case SENT, RECEIVED -> step.iface() < 0 ? -1 : rowIndex(RowKind.CM, step.iface());
            case TUNNEL_RX, WIRE_RX, POLLED, TO_FUNCTION -> step.context() < 0 || timeline.workqueueOf(step
                    .context()) == null ? -1 : workqueueRow(timeline.workqueueOf(step.context()));
            case WIRE_POSTED, TUNNEL_POSTED -> {
                if (step.context() < 0) {
                    yield -1;
                }
                Timeline.Ring ring = timeline.ring(step.context(), 1);
                yield ring == null ? -1 : rowIndex(RowKind.RING, timeline.rings().indexOf(ring));
            }
            case DROPPED -> step.where().startsWith(timeline.host() + "/") ? rowIndex(RowKind.DROPS, 0) : -1;
        };
    }

    /** The faults of the run's scenario: windows shaded over every row, their labels under the last one. */
    private void paintMarks(GC gc, Rectangle plot) {
        markLayer.paint(gc, plot.x, plot.x + plot.width, plot.y, rowTop(rows.size()), this::xOf);
    }

    /**
     * For a ring-full drop: a dashed dark red line when its ring filled, and the works running then outlined, the
     * answer to "what was running when this ring filled".
     */
    private void paintRingFill(GC gc, Rectangle plot) {
        long filled = selectedRingFilledNs();
        if (filled < 0) {
            return;
        }
        Color red = canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
        gc.setForeground(red);
        int x = xOf(filled);
        gc.setLineStyle(SWT.LINE_DASH);
        gc.drawLine(x, plot.y, x, plot.y + plot.height);
        gc.setLineStyle(SWT.LINE_SOLID);
        gc.setLineWidth(2);
        for (int row = 0; row < rows.size(); row++) {
            if (rows.get(row).kind() != RowKind.WORKQUEUE && rows.get(row).kind() != RowKind.CPU) {
                continue;
            }
            Timeline.Lane lane = lanes.get(rows.get(row).index());
            int run = lane.runningAt(filled);
            if (run >= 0) {
                int x0 = xOf(lane.startNs(run));
                gc.drawRectangle(x0 - 2, rowTop(row), Math.max(3, xOf(lane.endNs(run)) - x0 + 4), LANE_HEIGHT - 3);
            }
        }
        gc.setLineWidth(1);
        gc.drawText("ring full", x + 3, plot.y + 1, true);
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
