package io.hcastudio.analysis.study;

import java.nio.file.Path;

/**
 * What executing a study did.
 *
 * @param file          the results file
 * @param totalRuns     runs the study has
 * @param resumedRuns   runs the file already held before (not run again)
 * @param executedRuns  runs executed and stored this time
 * @param cancelled     true when the monitor cancelled the study before every run was stored
 * @param wallTimeNanos elapsed wall-clock time
 */
public record StudyOutcome(Path file, int totalRuns, int resumedRuns, int executedRuns, boolean cancelled,
        long wallTimeNanos) {

    /** Whether the file now holds every run of the study. */
    public boolean isComplete() {
        return resumedRuns + executedRuns == totalRuns;
    }
}
