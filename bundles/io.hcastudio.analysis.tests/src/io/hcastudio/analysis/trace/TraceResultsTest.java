package io.hcastudio.analysis.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run trace names the results file and run it was recorded with, so the Timeline view finds the run's faults. */
class TraceResultsTest {

    @TempDir
    Path folder;

    @Test
    void aTraceFindsTheResultsFileWhoseRunWroteIt() throws IOException {
        Path results = Files.createFile(folder.resolve("flap.B.sqlite"));
        Path trace = Files.createFile(TraceRequest.traceFile(results, 12));
        Files.createFile(folder.resolve("flap.B.run3.hctrace"));
        assertEquals(Optional.of(Map.entry(results, 12)), TraceRequest.resultsOf(trace));
        assertEquals(Optional.empty(), TraceRequest.resultsOf(Files.createFile(folder.resolve("other.run0.hctrace"))),
                "no results file next to it");
        assertEquals(Optional.empty(), TraceRequest.resultsOf(Files.createFile(folder.resolve("plain.hctrace"))),
                "not a run's trace");
    }
}
