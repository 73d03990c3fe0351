package io.hcastudio.analysis.study;

import io.hcastudio.analysis.store.RunRecord;

/**
 * Progress and cancellation of a study (an Eclipse Job or the command line's progress bar adapts it).
 * {@link #runStarting}, {@link #runProgress} and {@link #isCancelled} are called from the worker threads and must be
 * cheap and thread-safe; the other methods are called on the thread that runs the study.
 */
public interface StudyMonitor {

    /** Never cancels, reports nothing. */
    StudyMonitor NONE = () -> false;

    /** Whether the study should stop: running runs are abandoned, finished ones are kept. */
    boolean isCancelled();

    /** Before the first run: how many runs the study has and how many the file already holds. */
    default void started(int totalRuns, int alreadyStored) {
    }

    /** A worker is about to execute the run; cancelling now keeps it from running. */
    default void runStarting(int runId) {
    }

    /** Engine progress of a running run: simulated time reached and events processed. */
    default void runProgress(int runId, long simTimeNs, long eventsProcessed) {
    }

    /** A run was stored; {@code storedRuns} counts all runs in the file, resumed ones included. */
    default void runStored(RunRecord run, int storedRuns, int totalRuns) {
    }
}
