package io.hcastudio.analysis.trace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.hcastudio.sim.trace.TraceFilter;

/**
 * Asks a study's runs to record their run traces next to the results file: run {@code N} of {@code NAME.sqlite}
 * writes {@code NAME.runN.hctrace} in the same folder, keeping what {@code filter} keeps.
 */
public record TraceRequest(Path results, TraceFilter filter) {

    /** File extension of a run trace. */
    public static final String EXTENSION = ".hctrace";
    /** {@code NAME.runN.hctrace}: the name of the results file without its extension, and the run. */
    private static final Pattern TRACE_NAME = Pattern.compile("(.+)\\.run([0-9]+)" + Pattern.quote(EXTENSION));

    /** The trace file of run {@code runId} of the results file {@code results}. */
    public static Path traceFile(Path results, int runId) {
        String name = results.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return results.resolveSibling(stem + ".run" + runId + EXTENSION);
    }

    /**
     * The results file and run a trace file {@code NAME.runN.hctrace} belongs to: the file {@code NAME.*} next to it
     * whose run {@code N} writes it (the first by name), or empty when there is none.
     */
    public static Optional<Map.Entry<Path, Integer>> resultsOf(Path trace) throws IOException {
        Matcher name = TRACE_NAME.matcher(trace.getFileName().toString());
        Path folder = trace.toAbsolutePath().getParent();
        if (!name.matches() || folder == null) {
            return Optional.empty();
        }
        int runId;
        try {
            runId = Integer.parseInt(name.group(2));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        String prefix = name.group(1) + ".";
        try (Stream<Path> siblings = Files.list(folder)) {
            return siblings.filter(candidate -> candidate.getFileName().toString().startsWith(prefix)
                    && !candidate.getFileName().toString().endsWith(EXTENSION) && Files.isRegularFile(candidate)
                    && traceFile(candidate, runId).equals(trace.toAbsolutePath())).sorted().findFirst()
                    .map(results -> Map.entry(results, runId));
        }
    }

    public Path traceFile(int runId) {
        return traceFile(results, runId);
    }
}
