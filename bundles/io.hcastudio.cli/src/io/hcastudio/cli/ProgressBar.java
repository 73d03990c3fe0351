package io.hcastudio.cli;

import java.io.PrintStream;
import java.util.Locale;

import io.hcastudio.analysis.store.RunRecord;
import io.hcastudio.analysis.study.StudyMonitor;

/**
 * A one-line progress bar on standard error for a terminal. It appears only once the work has taken a second and
 * draws nothing at all when the output is not a terminal; it never cancels.
 */
final class ProgressBar implements StudyMonitor {

    private static final long SHOW_AFTER_NS = 1_000_000_000L;
    private static final long REDRAW_EVERY_NS = 100_000_000L;
    private static final int BAR_WIDTH = 30;
    /** Characters the bar occupies; shorter redraws are padded to cover longer ones. */
    private static final int LINE_WIDTH = 79;

    private final PrintStream err;
    private final boolean terminal;
    private final long startNs = System.nanoTime();
    private int storedRuns;
    private int totalRuns;
    private long lastDrawNs;
    private boolean drawn;

    ProgressBar(PrintStream err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public boolean isCancelled() {
        return false;
    }

    @Override
    public synchronized void started(int total, int alreadyStored) {
        totalRuns = total;
        storedRuns = alreadyStored;
    }

    @Override
    public void runProgress(int runId, long simTimeNs, long eventsProcessed) {
        // The runs report progress hundreds of times each: format only what will be drawn.
        synchronized (this) {
            if (dueToDraw()) {
                draw(String.format(Locale.ROOT, ", run %d at %.3f s simulated", runId, simTimeNs / 1e9));
            }
        }
    }

    @Override
    public void runStored(RunRecord run, int stored, int total) {
        synchronized (this) {
            storedRuns = stored;
            totalRuns = total;
        }
        draw("");
    }

    /** Clears the bar so that the summary starts on a clean line. */
    synchronized void finish() {
        if (drawn) {
            err.print("\r" + " ".repeat(LINE_WIDTH) + "\r");
            err.flush();
        }
    }

    private boolean dueToDraw() {
        long now = System.nanoTime();
        return terminal && now - startNs >= SHOW_AFTER_NS && now - lastDrawNs >= REDRAW_EVERY_NS;
    }

    private synchronized void draw(String detail) {
        if (!dueToDraw()) {
            return;
        }
        long now = System.nanoTime();
        lastDrawNs = now;
        int filled = totalRuns == 0 ? 0 : storedRuns * BAR_WIDTH / totalRuns;
        String text = "[" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "] "
                + String.format(Locale.ROOT, "%d/%d runs, %.0f s", storedRuns, totalRuns, (now - startNs) / 1e9)
                + detail;
        text = text.length() > LINE_WIDTH ? text.substring(0, LINE_WIDTH) : text;
        err.print("\r" + text + " ".repeat(LINE_WIDTH - text.length()));
        err.flush();
        drawn = true;
    }
}
