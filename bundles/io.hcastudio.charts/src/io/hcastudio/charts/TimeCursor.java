package io.hcastudio.charts;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The time cursor the views of one run share: the Timeline view and the Ring Occupancy chart each show it and each
 * can move it (a click in the timeline, a click in the chart's plot). A run is named by its run trace file
 * ({@code RESULTS.runN.hctrace}, {@link io.hcastudio.analysis.trace.TraceRequest#traceFile}), so views of other runs
 * ignore it. Used on the UI thread only.
 */
public final class TimeCursor {

    /** Told when the cursor moves; {@code source} is the view that moved it. */
    @FunctionalInterface
    public interface Listener {
        void moved(Object source, Path trace, long timeNs);

        /** Whether {@code trace} (as {@link TimeCursor#move} passes it, absolute) is the run this listener shows. */
        static boolean same(Path trace, Path shown) {
            return shown != null && trace.equals(shown.toAbsolutePath().normalize());
        }
    }

    private static final List<Listener> LISTENERS = new CopyOnWriteArrayList<>();
    private static Path trace;
    private static long timeNs = -1;

    private TimeCursor() {
    }

    public static void addListener(Listener listener) {
        LISTENERS.add(listener);
    }

    public static void removeListener(Listener listener) {
        LISTENERS.remove(listener);
    }

    /** Moves the cursor of the run whose trace is {@code runTrace} to {@code atNs} and tells every other listener. */
    public static void move(Object source, Path runTrace, long atNs) {
        trace = runTrace.toAbsolutePath().normalize();
        timeNs = atNs;
        for (Listener listener : LISTENERS) {
            if (listener != source) {
                listener.moved(source, trace, atNs);
            }
        }
    }

    /** The cursor's time if it belongs to the run of {@code runTrace}, else -1. */
    public static long timeOf(Path runTrace) {
        return runTrace != null && runTrace.toAbsolutePath().normalize().equals(trace) ? timeNs : -1;
    }
}
