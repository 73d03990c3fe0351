package io.hcastudio.analysis.trace;

import java.nio.file.Path;

import io.hcastudio.sim.trace.TraceFilter;

/**
 * Asks a study's runs to record their run traces next to the results file: run {@code N} of {@code NAME.sqlite}
 * writes {@code NAME.runN.hctrace} in the same folder, keeping what {@code filter} keeps.
 */
public record TraceRequest(Path results, TraceFilter filter) {

    /** File extension of a run trace. */
    public static final String EXTENSION = ".hctrace";

    /** The trace file of run {@code runId} of the results file {@code results}. */
    public static Path traceFile(Path results, int runId) {
        String name = results.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return results.resolveSibling(stem + ".run" + runId + EXTENSION);
    }

    public Path traceFile(int runId) {
        return traceFile(results, runId);
    }
}
