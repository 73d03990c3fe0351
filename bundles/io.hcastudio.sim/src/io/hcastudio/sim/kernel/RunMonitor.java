package io.hcastudio.sim.kernel;

/**
 * Progress sink and cooperative cancellation, polled between events (an Eclipse Job adapts its progress monitor to
 * this). Implementations must be cheap: they are called every {@link Simulator#MONITOR_INTERVAL_EVENTS} events.
 */
public interface RunMonitor {

    /** A monitor that never cancels and ignores progress. */
    RunMonitor NONE = new RunMonitor() {
        @Override
        public void progress(long simTimeNs, long eventsProcessed) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** Reports the current simulated time (ns) and the number of events processed so far. */
    void progress(long simTimeNs, long eventsProcessed);

    /** Returns true when the run should stop at the next check. */
    boolean isCancelled();
}
