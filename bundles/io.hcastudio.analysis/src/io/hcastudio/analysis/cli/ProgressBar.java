package io.hcastudio.analysis.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import io.hcastudio.sim.kernel.RunMonitor;

/**
 * A one-line progress bar on standard error for a terminal; it appears only once the work has taken a second,
 * and draws nothing at all when the output is not a terminal.
 */
final class ProgressBar {

    private static final long SHOW_AFTER_NS = 1_000_000_000L;
    private static final long REDRAW_EVERY_NS = 100_000_000L;
    private static final int BAR_WIDTH = 30;
    /** Characters the bar occupies, carriage return included; shorter redraws are padded to cover longer ones. */
    private static final int LINE_WIDTH = 80;

    private final PrintStream err;
    private final boolean terminal;
    private final int totalRuns;
    private final long startNs = System.nanoTime();
    private final AtomicInteger finishedRuns = new AtomicInteger();
    private long lastDrawNs;
    private boolean drawn;

    ProgressBar(PrintStream err, boolean terminal, int totalRuns) {
        this.err = err;
        this.terminal = terminal;
        this.totalRuns = totalRuns;
    }

    /** A monitor for one run that redraws the bar with its simulated time. */
    RunMonitor monitor() {
        return new RunMonitor() {
            @Override
            public void progress(long simTimeNs, long eventsProcessed) {
                draw(simTimeNs, eventsProcessed);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }

    void runFinished() {
        finishedRuns.incrementAndGet();
        draw(-1, -1);
    }

    /** Clears the bar so that the summary starts on a clean line. */
    synchronized void finish() {
        if (drawn) {
            err.print("\r" + " ".repeat(LINE_WIDTH - 1) + "\r");
            err.flush();
        }
    }

    private synchronized void draw(long simTimeNs, long events) {
        if (!terminal) {
            return;
        }
        long now = System.nanoTime();
        if (now - startNs < SHOW_AFTER_NS || now - lastDrawNs < REDRAW_EVERY_NS) {
            return;
        }
        lastDrawNs = now;
        int done = finishedRuns.get();
        int filled = totalRuns == 0 ? 0 : done * BAR_WIDTH / totalRuns;
        StringBuilder line = new StringBuilder("\r[").append("#".repeat(filled))
                .append(".".repeat(BAR_WIDTH - filled)).append("] ")
                .append(String.format(Locale.ROOT, "%d/%d runs", done, totalRuns));
        if (simTimeNs >= 0) {
            line.append(String.format(Locale.ROOT, ", simulated %.3f s, %,d events", simTimeNs / 1e9, events));
        }
        line.append(String.format(Locale.ROOT, ", %.0f s", (now - startNs) / 1e9));
        String text = line.length() > LINE_WIDTH ? line.substring(0, LINE_WIDTH) : line.toString();
        err.print(text + " ".repeat(LINE_WIDTH - text.length()));
        err.flush();
        drawn = true;
    }
}
