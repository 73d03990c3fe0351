package io.hcastudio.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hcastudio.analysis.CommitTestbedFixture;

/** {@code run --trace}, {@code trace} and {@code trace-stats} end to end, as a script uses them. */
class TraceCommandTest {

    @TempDir
    static Path folder;
    private static Path results;

    @BeforeAll
    static void runWithTrace() {
        results = folder.resolve("b.sqlite");
        CliRun run = CliRun.of("run", CommitTestbedFixture.model().toString(), "--scenario",
                CommitTestbedFixture.SCENARIO_B, "--trace", "-o", results.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(Files.isRegularFile(folder.resolve("b.run0.hctrace")));
    }

    @Test
    void exportsAreByteIdenticalAndTheFtraceOneReadsBack() throws IOException {
        Path first = folder.resolve("first.txt");
        Path second = folder.resolve("second.txt");
        assertEquals(ExitCode.OK, CliRun.of("trace", results.toString(), "--format", "ftrace", "-o",
                first.toString()).exitCode());
        assertEquals(ExitCode.OK, CliRun.of("trace", folder.resolve("b.run0.hctrace").toString(), "--format",
                "ftrace", "-o", second.toString()).exitCode());
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
        assertTrue(Files.readString(first).startsWith("cpus="));
        Path json = folder.resolve("run.json");
        assertEquals(ExitCode.OK, CliRun.of("trace", results.toString(), "--format", "perfetto", "-o",
                json.toString()).exitCode());
        Path csv = folder.resolve("stats.csv");
        CliRun stats = CliRun.of("trace-stats", first.toString(), "--csv", csv.toString());
        assertEquals(ExitCode.OK, stats.exitCode(), stats.err());
        assertTrue(stats.out().contains("mlx4_ib_sqp_comp_worker"), stats.out());
        assertTrue(stats.out().contains("mlx4_ib_tunnel_comp_worker"), stats.out());
        assertTrue(Files.readString(csv).startsWith("source,function,runs,queued,unmatched,queue_latency_count"));
    }

    @Test
    void aTopologyCalibratedFromTheExportRunsAndItsReportNamesTheTrace() throws IOException {
        Path text = folder.resolve("machine.txt");
        assertEquals(ExitCode.OK, CliRun.of("trace", results.toString(), "--format", "ftrace", "-o",
                text.toString()).exitCode());
        Path calibrated = folder.resolve("calibrated.hcatopo");
        CliRun calibrate = CliRun.of("calibrate", CommitTestbedFixture.model().toString(), "--trace",
                text.toString(), "-o", calibrated.toString());
        assertEquals(ExitCode.OK, calibrate.exitCode(), calibrate.err());
        // The run's kworker wake-up is the model's constant L_wake = 20 us: the trace gives it back.
        assertTrue(calibrate.out().contains("wakeLatencyNs = 20us"), calibrate.out());
        assertTrue(calibrate.out().contains("reschedLatencyNs = "), calibrate.out());
        Path calibratedResults = folder.resolve("calibrated.sqlite");
        CliRun run = CliRun.of("run", calibrated.toString(), "--scenario", CommitTestbedFixture.SCENARIO_C, "-o",
                calibratedResults.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        CliRun report = CliRun.of("report", calibratedResults.toString());
        assertEquals(ExitCode.OK, report.exitCode(), report.err());
        assertTrue(report.out().contains("Calibrated from") && report.out().contains("machine.txt"), report.out());
        CliRun noMlx4 = CliRun.of("calibrate", CommitTestbedFixture.model().toString(), "--trace",
                text.toString(), "--function", "vmstat_update", "-o", folder.resolve("never.hcatopo").toString());
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR, noMlx4.exitCode());
        assertTrue(noMlx4.errIsOneLine() && noMlx4.err().contains("no work function 'vmstat_update'"),
                noMlx4.err());
        assertFalse(Files.exists(folder.resolve("never.hcatopo")));
    }

    @Test
    void mistakesAreOneLineAndExitTwo() throws IOException {
        CliRun noTrace = CliRun.of("trace", CommitTestbedFixture.resultsB().toString(), "--format", "ftrace", "-o",
                folder.resolve("none.txt").toString());
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR, noTrace.exitCode());
        assertTrue(noTrace.errIsOneLine() && noTrace.err().contains("no such run trace"), noTrace.err());
        assertFalse(Files.exists(folder.resolve("none.txt")));
        CliRun format = CliRun.of("trace", results.toString(), "--format", "ctf", "-o", "x");
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR, format.exitCode());
        assertTrue(format.err().contains("unknown format 'ctf'"), format.err());
        CliRun window = CliRun.of("run", CommitTestbedFixture.model().toString(), "--scenario",
                CommitTestbedFixture.SCENARIO_B, "--trace-window", "1s:2s");
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR, window.exitCode());
        assertTrue(window.err().contains("go with --trace"), window.err());
        CliRun badWindow = CliRun.of("run", CommitTestbedFixture.model().toString(), "--scenario",
                CommitTestbedFixture.SCENARIO_B, "--trace", "--trace-window", "2s:1s");
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR, badWindow.exitCode());
        assertTrue(badWindow.err().contains("ends before it starts"), badWindow.err());
        Path bad = folder.resolve("bad.txt");
        Files.writeString(bad, "cpus=2\nthis is not a trace line\n");
        CliRun stats = CliRun.of("trace-stats", bad.toString());
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR, stats.exitCode());
        assertTrue(stats.errIsOneLine() && stats.err().startsWith(bad + ":2: not an ftrace event line"),
                stats.err());
        CliRun lenient = CliRun.of("trace-stats", bad.toString(), "--lenient");
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR, lenient.exitCode(), "a trace without work events says so");
        assertTrue(lenient.err().contains("no workqueue_execute_start/_end events"), lenient.err());
    }
}
