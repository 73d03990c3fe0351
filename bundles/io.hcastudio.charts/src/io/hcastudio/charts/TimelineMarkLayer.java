package io.hcastudio.charts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;

import io.hcastudio.analysis.AnalysisException;
import io.hcastudio.analysis.chart.Palette;
import io.hcastudio.analysis.store.StoredRun;
import io.hcastudio.analysis.trace.TraceRequest;
import io.hcastudio.model.operations.ScenarioTimeline;
import io.hcastudio.model.operations.ScenarioTimeline.Mark;

/**
 * The faults of a run's scenario over the Timeline view's lanes: each window shaded faintly from top to bottom, an
 * instant as a line, its label under the lanes; the marks come from the results file the trace was recorded with.
 */
final class TimelineMarkLayer {

    /** Opacity (of 255) of a window's shading, as on the result charts. */
    private static final int ALPHA = 40;
    private static final int LABEL_HEIGHT = 15;

    /** What is drawn: marks of one window as one. */
    private List<Mark> drawn = List.of();

    /** The faults of the run that recorded {@code trace}, read from its results file; none without one. */
    static List<Mark> marksOf(Path trace) throws IOException {
        Optional<Map.Entry<Path, Integer>> results = TraceRequest.resultsOf(trace);
        if (results.isEmpty()) {
            return List.of();
        }
        try {
            return StoredRun.load(results.get().getKey(), results.get().getValue()).marks();
        } catch (AnalysisException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    void setMarks(List<Mark> shown) {
        drawn = ScenarioTimeline.merged(shown);
    }

    /**
     * Shades the windows between {@code top} and {@code bottom} from {@code left} to {@code right} and writes their
     * labels from {@code bottom} down, a row each, at the x (in pixels) that {@code x} gives for a time in ns.
     */
    void paint(GC gc, int left, int right, int top, int bottom, DoubleUnaryOperator x) {
        Color colour = ChartPanel.colour(Palette.MARK);
        try {
            int row = 0;
            for (Mark mark : drawn) {
                double from = x.applyAsDouble(mark.startNs());
                double to = mark.endNs() == Long.MAX_VALUE ? right : x.applyAsDouble(mark.endNs());
                if (from > right || to < left) {
                    continue;
                }
                int x0 = (int) Math.round(Math.max(left, from));
                int x1 = (int) Math.round(Math.min(right, to));
                gc.setBackground(colour);
                gc.setForeground(colour);
                if (mark.isInstant() || x1 - x0 < 1) {
                    gc.setLineStyle(SWT.LINE_DASH);
                    gc.drawLine(x0, top, x0, bottom);
                    gc.setLineStyle(SWT.LINE_SOLID);
                } else {
                    gc.setAlpha(ALPHA);
                    gc.fillRectangle(x0, top, x1 - x0, bottom - top);
                    gc.setAlpha(255);
                }
                String label = mark.label();
                Point extent = gc.textExtent(label);
                gc.drawText(label, Math.min(x0 + 2, Math.max(left, right - extent.x)), bottom + 2 + row * LABEL_HEIGHT,
                        true);
                row++;
            }
        } finally {
            colour.dispose();
        }
    }
}
