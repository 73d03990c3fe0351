package io.hcastudio.analysis.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hcastudio.analysis.AnalysisException;
import io.hcastudio.analysis.TestModels;
import io.hcastudio.analysis.ToolVersion;
import io.hcastudio.analysis.mapping.RunOverrides;
import io.hcastudio.analysis.result.Distribution;
import io.hcastudio.analysis.store.ResultsStore;
import io.hcastudio.analysis.store.RunRecord;
import io.hcastudio.analysis.store.StudyResults;
import io.hcastudio.analysis.study.StudyMonitor;
import io.hcastudio.analysis.study.StudyPlan;
import io.hcastudio.analysis.study.StudyPlanner;
import io.hcastudio.analysis.study.StudyRunner;

class CsvExportTest {

    private static final List<String> CONTEXT_HEADER = List.of("study", "topology", "scenario", "model_sha256",
            "tool_version", "run", "point", "replication", "seed", "outboundBurst.madCount");

    @TempDir
    static Path folder;

    static Path file;

    @BeforeAll
    static void runSmallStudy() throws Exception {
        StudyPlan plan = StudyPlanner.planStudy(TestModels.smallStudy(), TestModels.STUDY, RunOverrides.NONE);
        file = folder.resolve("study.sqlite");
        StudyRunner.run(plan, file, 2, StudyMonitor.NONE);
    }

    private interface Export {
        void write(StudyResults results, StringBuilder out) throws Exception;
    }

    private static List<List<String>> rows(Export export) throws Exception {
        try (StudyResults results = ResultsStore.open(file)) {
            StringBuilder out = new StringBuilder();
            export.write(results, out);
            return out.toString().lines().map(line -> List.of(line.split(",", -1))).toList();
        }
    }

    /** Every data row names study, topology, scenario, model, tool version, run, point, replication, seed, value. */
    private static void assertContext(List<List<String>> rows) throws Exception {
        assertEquals(CONTEXT_HEADER, rows.get(0).subList(0, CONTEXT_HEADER.size()));
        try (StudyResults results = ResultsStore.open(file)) {
            for (List<String> row : rows.subList(1, rows.size())) {
                assertEquals(rows.get(0).size(), row.size());
                assertEquals(List.of(TestModels.STUDY, "single-switch-pair", TestModels.SCENARIO, results.modelSha256(),
                        ToolVersion.VERSION), row.subList(0, 5));
                RunRecord run = results.run(Integer.parseInt(row.get(5))).orElseThrow();
                assertEquals(List.of(Integer.toString(run.pointIndex()), Integer.toString(run.replication()),
                        Long.toString(run.seed()), run.parameters().get("outboundBurst.madCount")), row.subList(6, 10));
            }
        }
    }

    @Test
    void runRowsCarryTheirContextAndKeyFigures() throws Exception {
        List<List<String>> rows = rows(CsvExport::runs);

        assertEquals(7, rows.size());
        assertContext(rows);
        int drops = rows.get(0).indexOf("drops_d1");
        // 5 functions × burst − 255 usable wire slots under preset A.
        assertEquals(List.of("245", "245", "495", "495", "745", "745"),
                rows.subList(1, 7).stream().map(row -> row.get(drops)).toList());
    }

    @Test
    void dropAndPhaseAndSeriesRowsCarryTheirContext() throws Exception {
        List<List<String>> drops = rows(CsvExport::drops);
        assertTrue(drops.size() > 1);
        assertContext(drops);
        assertContext(rows(CsvExport::phases));
        List<List<String>> series = rows((results, out) -> CsvExport.series(results, 4, out));
        assertTrue(series.size() > 1);
        assertContext(series);
    }

    @Test
    void exportsOfOneRunAreItsRowsOfTheExportOfAllRuns() throws Exception {
        List<List<String>> allDrops = rows(CsvExport::drops);
        List<List<String>> allPhases = rows(CsvExport::phases);
        for (int runId = 0; runId < 6; runId++) {
            String run = Integer.toString(runId);
            int id = runId;
            assertEquals(rowsOfRun(allDrops, run), rows((results, out) -> CsvExport.drops(results.onlyRun(id), out)));
            assertEquals(rowsOfRun(allPhases, run),
                    rows((results, out) -> CsvExport.phases(results.onlyRun(id), out)));
        }
    }

    private static List<List<String>> rowsOfRun(List<List<String>> rows, String runId) {
        List<List<String>> header = List.of(rows.get(0));
        return Stream.concat(header.stream(),
                rows.stream().skip(1).filter(row -> row.get(5).equals(runId))).toList();
    }

    @Test
    void distributionRowsCarryTheRunContextAndCumulativeShares() throws Exception {
        List<List<String>> rows = rows((results, out) -> CsvExport.distribution(results.onlyRun(4),
                Distribution.MAD_LATENCY, out));

        assertContext(rows);
        assertEquals(List.of("profile", "quantity", "bucket_upper_ns", "count", "cumulative_share"),
                rows.get(0).subList(CONTEXT_HEADER.size(), rows.get(0).size()));
        List<String> last = rows.get(rows.size() - 1);
        assertEquals("4", last.get(5));
        assertEquals(Distribution.MAD_LATENCY, last.get(CONTEXT_HEADER.size() + 1));
        assertEquals("1.000000", last.get(last.size() - 1));
        try (StudyResults results = ResultsStore.open(file)) {
            long delivered = results.run(4).orElseThrow().madLatency().count();
            assertEquals(delivered, rows.stream().skip(1)
                    .mapToLong(row -> Long.parseLong(row.get(CONTEXT_HEADER.size() + 3))).sum());
        }
    }

    @Test
    void aQuantityNoRunHasIsNamedInTheFailure() {
        AnalysisException failure = assertThrows(AnalysisException.class,
                () -> rows((results, out) -> CsvExport.distribution(results, "cmtime connect step", out)));
        assertTrue(failure.getMessage().endsWith("study.sqlite: no run has a distribution of 'cmtime connect step'"),
                failure.getMessage());
    }

    @Test
    void aggregateRowsListTheirRunsAndSeeds() throws Exception {
        List<List<String>> rows = rows(CsvExport::aggregates);

        assertEquals(4, rows.size());
        assertEquals(CONTEXT_HEADER, rows.get(0).subList(0, CONTEXT_HEADER.size()));
        List<String> point2 = rows.get(3);
        assertEquals("4;5", point2.get(5));
        assertEquals("2", point2.get(6));
        try (StudyResults results = ResultsStore.open(file)) {
            assertEquals(results.run(4).orElseThrow().seed() + ";" + results.run(5).orElseThrow().seed(),
                    point2.get(8));
        }
        assertEquals("200", point2.get(9));
        assertEquals("745.000", point2.get(rows.get(0).indexOf("drops_d1_mean")));
        assertEquals("745.000", point2.get(rows.get(0).indexOf("drops_d1_min")));
        assertEquals("745.000", point2.get(rows.get(0).indexOf("drops_d1_max")));
        // Both replications lost MADs: the bound on the loss probability is 1.
        assertEquals("2", point2.get(rows.get(0).indexOf("replications_with_loss")));
        assertEquals("1.000000", point2.get(rows.get(0).indexOf("loss_probability_upper95")));
    }

    @Test
    void exportsAreByteIdenticalWhenRepeated() throws Exception {
        try (StudyResults results = ResultsStore.open(file)) {
            StringBuilder first = new StringBuilder();
            StringBuilder second = new StringBuilder();
            CsvExport.runs(results, first);
            CsvExport.aggregates(results, first);
            CsvExport.runs(results, second);
            CsvExport.aggregates(results, second);
            assertEquals(first.toString(), second.toString());
        }
    }

    @Test
    void decimalsHaveAFixedFormatAndFieldsAreQuotedOnlyWhenNeeded() {
        assertEquals("0.500", CsvExport.decimal(0.5));
        assertEquals("1234567.125", CsvExport.decimal(1234567.125));
        assertEquals("", CsvExport.decimal(Double.NaN));
        assertEquals("burst size", CsvExport.quoted("burst size"));
        assertEquals("\"a,b\"", CsvExport.quoted("a,b"));
        assertEquals("\"say \"\"x\"\"\"", CsvExport.quoted("say \"x\""));
    }
}
