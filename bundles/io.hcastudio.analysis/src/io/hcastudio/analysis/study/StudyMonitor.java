package io.hcastudio.analysis.study;

import io.hcastudio.analysis.store.RunRecord;

/**
 * Progress and cancellation of a study (an Eclipse Job or the command line's progress bar adapts it).
 * {@link #runProgress} is called from the worker threads and must be cheap and thread-safe; the other methods are
 * called on the thread that runs the study.
 */
public interface StudyMonitor {

    /** Never cancels, reports nothing. */
    StudyMonitor NONE = () -> false;

    /** Whether the study should stop: running runs are abandoned, finished ones are kept. */
    boolean isCancelled();

    /** Before the first run: how many runs the study has and how many the file already holds. */
    default void started(int totalRuns, int alreadyStored) {
    }

    /** Engine progress of a running run: simulated time reached and events processed. */
    default void runProgress(int runId, long simTimeNs, long eventsProcessed) {
    }

    /** A run was stored; {@code storedRuns} counts all runs in the file, resumed ones included. */
    default void runStored(RunRecord run, int storedRuns, int totalRuns) {
    }
}
