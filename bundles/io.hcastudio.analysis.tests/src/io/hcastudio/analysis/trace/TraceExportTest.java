package io.hcastudio.analysis.trace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hcastudio.analysis.AnalysisException;
import io.hcastudio.analysis.CommitTestbedFixture;
import io.hcastudio.analysis.mapping.RunOverrides;
import io.hcastudio.analysis.study.StudyMonitor;
import io.hcastudio.analysis.study.StudyPlan;
import io.hcastudio.analysis.study.StudyPlanner;
import io.hcastudio.analysis.study.StudyRunner;
import io.hcastudio.model.resource.HcaTopologyResources;
import io.hcastudio.sim.SimulationRunner;
import io.hcastudio.sim.metrics.CqStats;
import io.hcastudio.sim.metrics.SimulationResult;
import io.hcastudio.sim.trace.TraceEventKind;
import io.hcastudio.sim.trace.TraceFilter;
import io.hcastudio.sim.trace.TraceReader;

/**
 * A run of the reduced commit test bed under profile B recorded with its trace: the exports are deterministic, the
 * ftrace export read back by {@link FtraceImport} gives the run's own work statistics, the JSON holds every run.
 */
class TraceExportTest {

    @TempDir
    static Path folder;
    private static Path trace;
    private static SimulationResult result;

    @BeforeAll
    static void record() throws IOException, AnalysisException {
        StudyPlan plan = StudyPlanner.planRun(HcaTopologyResources.load(CommitTestbedFixture.model()),
                CommitTestbedFixture.SCENARIO_B, RunOverrides.NONE);
        Path results = folder.resolve("b.sqlite");
        StudyRunner.run(plan, results, 1, StudyMonitor.NONE, new TraceRequest(results, TraceFilter.ALL));
        trace = folder.resolve("b.run0.hctrace");
        assertTrue(Files.isRegularFile(trace), "the run trace lies next to the results");
        result = SimulationRunner.run(plan.runs().get(0).config());
    }

    private static Path export(TraceExports.Format format, String name) throws AnalysisException {
        Path target = folder.resolve(name);
        TraceExports.export(trace, format, null, target);
        return target;
    }

    @Test
    void exportsAreDeterministic() throws IOException, AnalysisException {
        assertArrayEquals(Files.readAllBytes(export(TraceExports.Format.FTRACE, "a.txt")),
                Files.readAllBytes(export(TraceExports.Format.FTRACE, "b.txt")));
        assertArrayEquals(Files.readAllBytes(export(TraceExports.Format.PERFETTO, "a.json")),
                Files.readAllBytes(export(TraceExports.Format.PERFETTO, "b.json")));
    }

    @Test
    void theFtraceExportReadsBackIntoTheRunsStatistics() throws IOException, AnalysisException {
        String host = FtraceExport.hosts(trace).get(0);
        Path text = export(TraceExports.Format.FTRACE, "host.txt");
        WorkStatistics statistics = FtraceImport.read(text, false);
        long wireRuns = 0;
        long tunnelRuns = 0;
        for (CqStats cq : result.cqs()) {
            if (cq.host().equals(host)) {
                if (cq.function() < 0) {
                    wireRuns += cq.workRuns();
                } else {
                    tunnelRuns += cq.workRuns();
                }
            }
        }
        assertTrue(wireRuns > 0 && tunnelRuns > 0);
        WorkStatistics.Function wire = statistics.functions().get("mlx4_ib_sqp_comp_worker");
        WorkStatistics.Function tunnel = statistics.functions().get("mlx4_ib_tunnel_comp_worker");
        assertEquals(wireRuns, wire.runs());
        assertEquals(tunnelRuns, tunnel.runs());
        assertEquals(wireRuns, wire.queued(), "every queue_work that was no no-op led to one run");
        assertEquals(0, wire.unmatched() + tunnel.unmatched());
        assertEquals(0, statistics.skipped());
        // Run times to the ns: the export prints nanoseconds, as trace-cmd report -t does.
        Map<String, Long> runtime = new HashMap<>();
        Map<Long, Long> starts = new HashMap<>();
        try (TraceReader reader = TraceReader.open(trace)) {
            while (reader.next()) {
                if (reader.kind() == TraceEventKind.WORK_START
                        && reader.entity(reader.field(0)).host().equals(host)) {
                    starts.put(reader.field(0), reader.timeNs());
                } else if (reader.kind() == TraceEventKind.WORK_END
                        && reader.entity(reader.field(0)).host().equals(host)) {
                    runtime.merge(FtraceExport.workFunction(reader.entity(reader.field(0))),
                            reader.timeNs() - starts.remove(reader.field(0)), Long::sum);
                }
            }
        }
        assertEquals(runtime.get("mlx4_ib_sqp_comp_worker"), wire.totalRuntimeNs());
        assertEquals(runtime.get("mlx4_ib_tunnel_comp_worker"), tunnel.totalRuntimeNs());
    }

    @Test
    void theJsonHasASlicePerWorkRunOnItsWorkqueueAndItsCpu() throws IOException, AnalysisException {
        List<String> lines = Files.readAllLines(export(TraceExports.Format.PERFETTO, "run.json"),
                StandardCharsets.UTF_8);
        assertTrue(lines.get(0).startsWith("{\"displayTimeUnit\":\"ns\",\"traceEvents\":["));
        long slices = lines.stream().filter(line -> line.contains("\"ph\":\"X\",\"cat\":\"work\"")).count();
        long runs = result.cqs().stream().mapToLong(CqStats::workRuns).sum();
        assertEquals(2 * runs, slices);
        assertTrue(lines.stream().anyMatch(line -> line.contains("\"name\":\"thread_name\"")
                && line.contains("\"name\":\"mlx4_ibt1\"")));
        assertTrue(lines.stream().anyMatch(line -> line.contains("\"ph\":\"t\",\"cat\":\"mad\"")),
                "MADs flow from one work run to the next");
        long drops = lines.stream().filter(line -> line.contains("\"ph\":\"i\",\"cat\":\"drop\"")).count();
        assertEquals(result.totalDrops(), drops);
    }

    @Test
    void anUnknownHostOrAMissingTraceIsOneClearMessage() {
        AnalysisException host = org.junit.jupiter.api.Assertions.assertThrows(AnalysisException.class,
                () -> TraceExports.export(trace, TraceExports.Format.FTRACE, "nohost", folder.resolve("x.txt")));
        assertTrue(host.getMessage().contains("no SR-IOV host 'nohost'"), host.getMessage());
        AnalysisException missing = org.junit.jupiter.api.Assertions.assertThrows(AnalysisException.class,
                () -> TraceExports.export(folder.resolve("none.hctrace"), TraceExports.Format.PERFETTO, null,
                        folder.resolve("y.json")));
        assertTrue(missing.getMessage().endsWith("no such run trace (record one with run --trace)"));
        assertTrue(!Files.exists(folder.resolve("x.txt")) && !Files.exists(folder.resolve("y.json")));
    }
}
