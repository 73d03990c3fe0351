package io.hcastudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.JDBC;

import io.hcastudio.analysis.CommitTestbedFixture;
import io.hcastudio.analysis.TestModels;
import io.hcastudio.analysis.report.ReportFormat;
import io.hcastudio.model.Topology;
import io.hcastudio.model.examples.ExampleModels;
import io.hcastudio.model.resource.HcaTopologyResources;

/** Every command, every exit code and the one-line messages for bad input, run in-process. */
class HcaStudioCliTest {

    private static final List<String> COMMANDS = List.of("validate", "import", "run", "study", "report",
            "export-csv", "merge", "slurm", "generate", "trace", "trace-stats", "calibrate");

    /** A switch and two ConnectX-3 HCAs as ibnetdiscover prints them. */
    private static final String IBNETDISCOVER = """
            #
            # Topology file: generated on Mon Aug  3 06:19:41 2020
            #
            vendid=0x2c9
            devid=0xc738
            sysimgguid=0x2c90300001000
            switchguid=0x2c90300001000(2c90300001000)
            Switch  8 "S-0002c90300001000"         # "sw1" base port 0 lid 1 lmc 0
            [1]     "H-0002c90300000200"[1](2c90300000201)         # "hostA hca0" lid 3 4xFDR
            [2]     "H-0002c90300000300"[1](2c90300000301)         # "hostB hca0" lid 4 4xFDR

            vendid=0x2c9
            devid=0x1003
            sysimgguid=0x2c90300000200
            caguid=0x2c90300000200
            Ca      2 "H-0002c90300000200"          # "hostA hca0"
            [1](2c90300000201)     "S-0002c90300001000"[1]         # lid 3 lmc 0 "sw1" lid 1 4xFDR

            vendid=0x2c9
            devid=0x1003
            sysimgguid=0x2c90300000300
            caguid=0x2c90300000300
            Ca      2 "H-0002c90300000300"          # "hostB hca0"
            [1](2c90300000301)     "S-0002c90300001000"[2]         # lid 4 lmc 0 "sw1" lid 1 4xFDR
            """;

    @TempDir
    Path folder;

    @Test
    void withoutArgumentsPrintsTheOverviewAndExitsWithUsageError() {
        CliRun run = CliRun.of();
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR, run.exitCode());
        COMMANDS.forEach(command -> assertTrue(run.out().contains("  " + command + " "), command));
    }

    @Test
    void helpAndVersionExitZero() {
        assertEquals(ExitCode.OK, CliRun.of("--help").exitCode());
        CliRun version = CliRun.of("--version");
        assertEquals(ExitCode.OK, version.exitCode());
        assertTrue(version.out().startsWith("hcastudio "), version.out());
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : COMMANDS) {
            CliRun run = CliRun.of(command, "--help");
            assertEquals(ExitCode.OK, run.exitCode(), command);
            assertTrue(run.out().startsWith("Usage: hcastudio-cli " + command + " "), run.out());
            assertTrue(run.out().contains("Exit status:"), command);
            run.out().lines().forEach(line -> assertTrue(line.length() <= 80, line));
        }
    }

    @Test
    void unknownCommandAndUnknownOptionAreUsageErrors() {
        CliRun unknownCommand = CliRun.of("simulate");
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR, unknownCommand.exitCode());
        assertEquals("hcastudio-cli: unknown command 'simulate' (see hcastudio-cli --help)",
                unknownCommand.err().strip());
        CliRun unknownOption = CliRun.of("validate", "x.hcatopo", "--frobnicate");
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR, unknownOption.exitCode());
        assertEquals("hcastudio-cli validate: unknown option --frobnicate (see hcastudio-cli validate --help)",
                unknownOption.err().strip());
        CliRun missingValue = CliRun.of("run", "x.hcatopo", "--scenario");
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR, missingValue.exitCode());
        assertTrue(missingValue.err().contains("--scenario needs a value"), missingValue.err());
    }

    @Test
    void validateAcceptsTheCommitTestbedWithWarnings() throws IOException {
        Path model = save(ExampleModels.commitTestbed(), "commit-testbed.hcatopo");
        CliRun run = CliRun.of("validate", model.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains(": warning: "), run.out());
        assertTrue(run.out().strip().endsWith("valid (0 errors, 6 warnings)"), run.out());
        CliRun json = CliRun.of("validate", model.toString(), "--json");
        assertTrue(json.out().startsWith("{\"command\":\"validate\""), json.out());
        assertTrue(json.out().contains("\"valid\":true"), json.out());
    }

    @Test
    void validateExitsWithOneOnValidationErrors() throws IOException {
        Topology topology = ExampleModels.commitTestbed();
        topology.getHosts().get(1).getHcas().get(0).getDriverProfile().setWireRingSize(1000);
        Path model = save(topology, "broken.hcatopo");
        CliRun run = CliRun.of("validate", model.toString());
        assertEquals(ExitCode.FINDING, run.exitCode(), run.out());
        assertTrue(run.out().contains(": error: "), run.out());
    }

    @Test
    void missingFileIsReportedOnOneLineNamingTheFile() {
        Path missing = folder.resolve("missing.hcatopo");
        for (String[] args : List.of(new String[] {"validate", missing.toString()},
                new String[] {"run", missing.toString(), "--scenario", "x"},
                new String[] {"study", missing.toString(), "--study", "x"})) {
            CliRun run = CliRun.of(args);
            assertEquals(ExitCode.USAGE_OR_INPUT_ERROR, run.exitCode());
            assertTrue(run.errIsOneLine(), run.err());
            assertEquals(missing + ": the file does not exist", run.err().strip());
        }
    }

    @Test
    void corruptModelIsReportedWithFileAndLine() throws IOException {
        Path corrupt = folder.resolve("corrupt.hcatopo");
        Files.writeString(corrupt, "<?xml version=\"1.0\"?>\n<hca:Topology xmlns:hca=\"http://hcastudio.io/model/1.0\"\n"
                + "  name=\"x\">\n  <hosts name=\"a\">\n</hca:Topology>\n");
        CliRun run = CliRun.of("validate", corrupt.toString());
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR, run.exitCode());
        assertTrue(run.errIsOneLine(), run.err());
        assertTrue(run.err().matches("(?s)\\Q" + corrupt + "\\E:\\d+(:\\d+)?: .*"), run.err());
    }

    @Test
    void importWritesATopologyThatLoads() throws IOException {
        Path fabric = folder.resolve("fabric.ibnetdiscover");
        Files.writeString(fabric, IBNETDISCOVER);
        Path model = folder.resolve("fabric.hcatopo");
        CliRun run = CliRun.of("import", "ibnetdiscover", fabric.toString(), "-o", model.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("2 hosts, 2 HCAs, 1 switches, 2 links"), run.out());
        Topology imported = HcaTopologyResources.load(model);
        assertEquals(2, imported.getHosts().size());
        assertEquals(1, imported.getSwitches().size());
    }

    @Test
    void importOfABrokenFileNamesFileAndLine() throws IOException {
        Path fabric = folder.resolve("broken.ibnetdiscover");
        Files.writeString(fabric, IBNETDISCOVER.replace("[2]     \"H-0002c90300000300\"[1]", "[2]     \"H-0002c9030"));
        CliRun run = CliRun.of("import", "ibnetdiscover", fabric.toString(), "-o", folder.resolve("x.hcatopo")
                .toString());
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR, run.exitCode());
        assertTrue(run.errIsOneLine(), run.err());
        assertTrue(run.err().startsWith(fabric + ":10:"), run.err());
        CliRun unknownFormat = CliRun.of("import", "csv", fabric.toString(), "-o", "x.hcatopo");
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR, unknownFormat.exitCode());
    }

    @Test
    void unknownScenarioIsNamedWithTheScenariosThereAre() {
        Path model = CommitTestbedFixture.model();
        CliRun run = CliRun.of("run", model.toString(), "--scenario", "cmtime-nope", "-o",
                folder.resolve("x.sqlite").toString());
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR, run.exitCode());
        assertTrue(run.errIsOneLine(), run.err());
        assertTrue(run.err().startsWith(model + ": "), run.err());
        assertTrue(run.err().contains("'cmtime-nope'") && run.err().contains(CommitTestbedFixture.SCENARIO_C),
                run.err());
    }

    @Test
    void unknownProfileIsAUsageError() {
        CliRun run = CliRun.of("run", CommitTestbedFixture.model().toString(), "--scenario", "x", "--profile", "F");
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR, run.exitCode());
        assertTrue(run.err().contains("profile must be A, B, C, D or E"), run.err());
    }

    @Test
    void timingLawsAreGivenOnTheCommandLine() throws IOException {
        Path model = save(TestModels.smallStudy(), "timing.hcatopo");
        CliRun run = CliRun.of("run", model.toString(), "--scenario", TestModels.SCENARIO, "-o",
                folder.resolve("timing.sqlite").toString(), "--timing", "wakeLatencyNs=lognormal(20us,2)",
                "--timing=muxCostNs=uniform(1us,2us)");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
    }

    @Test
    void aBadTimingLawIsAOneLineUsageError() throws IOException {
        Path model = save(TestModels.smallStudy(), "timing.hcatopo");
        CliRun syntax = CliRun.of("run", model.toString(), "--scenario", TestModels.SCENARIO, "--timing",
                "wakeLatencyNs=lognormal(20us,2");
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR, syntax.exitCode());
        assertTrue(syntax.errIsOneLine(), syntax.err());
        assertTrue(syntax.err().contains("timing 'wakeLatencyNs=lognormal(20us,2': the law is invalid at column 17:"
                + " expected ')' at the end"), syntax.err());
        CliRun unknown = CliRun.of("run", model.toString(), "--scenario", TestModels.SCENARIO, "--timing",
                "wakeNs=20us");
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR, unknown.exitCode());
        assertTrue(unknown.errIsOneLine(), unknown.err());
        assertTrue(unknown.err().contains("'wakeNs' is not a timing parameter with a distribution; known: "),
                unknown.err());
        CliRun noEquals = CliRun.of("study", model.toString(), "--study", TestModels.STUDY, "--timing", "20us");
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR, noEquals.exitCode());
        assertTrue(noEquals.err().contains("is not NAME=LAW"), noEquals.err());
    }

    @Test
    void runFailsOnDropsOnlyWhenAskedAndOnlyForProfileB() {
        Path model = CommitTestbedFixture.model();
        CommitTestbedFixture.directory();
        // The fixture's results files are complete, so these runs resume them without simulating again.
        CliRun b = CliRun.of("run", model.toString(), "--scenario", CommitTestbedFixture.SCENARIO_B, "-o",
                CommitTestbedFixture.resultsB().toString(), "--fail-on-drops");
        assertEquals(ExitCode.FINDING, b.exitCode(), b.err());
        assertTrue(b.out().contains("MADs dropped (D1 "), b.out());
        CliRun c = CliRun.of("run", model.toString(), "--scenario", CommitTestbedFixture.SCENARIO_C, "-o",
                CommitTestbedFixture.resultsC().toString(), "--fail-on-drops", "--json");
        assertEquals(ExitCode.OK, c.exitCode(), c.err());
        assertTrue(c.out().startsWith("{\"command\":\"run\""), c.out());
        assertTrue(c.out().contains("\"dropped\":false"), c.out());
        assertTrue(c.out().contains("\"connectionsAttempted\":4500"), c.out());
    }

    @Test
    void studyRunsEveryPointAndReplication() throws IOException {
        Path model = save(TestModels.smallStudy(), "small.hcatopo");
        Path results = folder.resolve("study.sqlite");
        CliRun run = CliRun.of("study", model.toString(), "--study", TestModels.STUDY, "--jobs", "2", "-o",
                results.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertEquals(6, run.out().lines().filter(line -> line.startsWith("run ")).count(), run.out());
        // Every point of 2 replications says in how many of them MADs were lost (T1 under preset A: both).
        assertEquals(3, run.out().lines().filter(line -> line.startsWith("point ")
                && line.contains(": MADs lost in 2 of 2 replications")).count(), run.out());
        assertEquals(ExitCode.FINDING, CliRun.of("study", model.toString(), "--study", TestModels.STUDY, "-o",
                results.toString(), "--fail-on-drops").exitCode());
        CliRun unknownStudy = CliRun.of("study", model.toString(), "--study", "nope");
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR, unknownStudy.exitCode());
        assertTrue(unknownStudy.errIsOneLine(), unknownStudy.err());
        CliRun badJobs = CliRun.of("study", model.toString(), "--study", TestModels.STUDY, "--jobs", "0");
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR, badJobs.exitCode());
    }

    @Test
    void robustnessMapStudyPrintsThePanelsAndExportsTheMap() throws IOException {
        Path model = save(TestModels.smallMap(), "map.hcatopo");
        Path results = folder.resolve("map.sqlite");
        CliRun run = CliRun.of("study", model.toString(), "--study", TestModels.MAP, "--jobs", "2", "-o",
                results.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertEquals(24, run.out().lines().filter(line -> line.startsWith("run ")).count(), run.out());
        assertTrue(run.out().contains("map '" + TestModels.MAP + "', profile B: MADs lost in "), run.out());
        assertTrue(run.out().contains("map '" + TestModels.MAP + "', profile C: MADs lost in "),
                run.out());
        CliRun csv = CliRun.of("export-csv", results.toString(), "--table", "map");
        assertEquals(ExitCode.OK, csv.exitCode(), csv.err());
        assertEquals(1 + 12, csv.out().lines().count(), csv.out());
        CliRun override = CliRun.of("study", model.toString(), "--study", TestModels.MAP, "--profile", "C");
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR, override.exitCode());
        assertTrue(override.errIsOneLine() && override.err().contains("would give every panel the same profile"),
                override.err());
        Topology broken = TestModels.smallMap();
        broken.getScenarios().stream().flatMap(scenario -> scenario.getStudies().stream())
                .filter(study -> study.getName().equals(TestModels.MAP)).findFirst().orElseThrow().getParameters()
                .remove(0);
        CliRun invalid = CliRun.of("study", save(broken, "broken-map.hcatopo").toString(), "--study",
                TestModels.MAP);
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR, invalid.exitCode());
        // The summary, then one line per error.
        assertEquals(2, invalid.err().lines().count(), invalid.err());
        assertTrue(invalid.err().lines().toList().get(0).endsWith(": 1 error stops the run"), invalid.err());
        assertTrue(invalid.err().contains(": error: study 'burst x wire ring' of scenario 'T1-outbound-burst-A': a"
                + " robustness map spans a grid of exactly 2 parameters, it has 1"), invalid.err());
        CliRun notAMap = CliRun.of("export-csv", CommitTestbedFixture.resultsC().toString(), "--table", "map");
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR, notAMap.exitCode());
        assertTrue(notAMap.errIsOneLine() && notAMap.err().contains("is no robustness map"), notAMap.err());
    }

    @Test
    void reportNeedsNoModelFileAndRefusesAnotherModel() throws IOException {
        CliRun text = CliRun.of("report", CommitTestbedFixture.resultsC().toString());
        assertEquals(ExitCode.OK, text.exitCode(), text.err());
        CliRun checked = CliRun.of("report", CommitTestbedFixture.resultsC().toString(), "--model",
                CommitTestbedFixture.model().toString());
        assertEquals(text, checked);
        assertTrue(text.out().startsWith("HCA Studio report: commit-testbed: " + CommitTestbedFixture.SCENARIO_C),
                text.out());
        Path other = save(ExampleModels.commitTestbed(), "other.hcatopo");
        CliRun mismatch = CliRun.of("report", CommitTestbedFixture.resultsC().toString(), "--model",
                other.toString());
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR, mismatch.exitCode());
        assertTrue(mismatch.errIsOneLine() && mismatch.err().contains("computed from another model"),
                mismatch.err());
        CliRun badFormat = CliRun.of("report", CommitTestbedFixture.resultsC().toString(), "--model",
                CommitTestbedFixture.model().toString(), "--format", "pdf");
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR, badFormat.exitCode());
    }

    @Test
    void reportWritesWhatTheAnalysisRenders() throws IOException {
        for (ReportFormat format : ReportFormat.values()) {
            Path output = folder.resolve("report." + format.cliName());
            CliRun run = CliRun.of("report", CommitTestbedFixture.resultsB().toString(),
                    CommitTestbedFixture.resultsC().toString(), "--format", format.cliName(), "-o", output.toString());
            assertEquals(ExitCode.OK, run.exitCode(), run.err());
            assertEquals(CommitTestbedFixture.report(format, null), Files.readString(output, StandardCharsets.UTF_8),
                    format.cliName());
        }
    }

    @Test
    void resultsWithoutModelSnapshotNeedTheModelFile() throws Exception {
        Path old = folder.resolve("schema-1.sqlite");
        Files.copy(CommitTestbedFixture.resultsC(), old);
        try (Connection connection = new JDBC().connect(JDBC.PREFIX + old, new Properties());
                Statement statement = connection.createStatement()) {
            // What the first results schema looked like: no model, overview series only.
            statement.execute("DROP TABLE model_snapshot");
            for (String column : List.of("detail_bucket_ns", "detail_bucket_count", "detail_data")) {
                statement.execute("ALTER TABLE series DROP COLUMN " + column);
            }
            statement.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'");
        }
        CliRun withoutModel = CliRun.of("report", old.toString());
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR, withoutModel.exitCode());
        assertTrue(withoutModel.errIsOneLine() && withoutModel.err().contains("--model"), withoutModel.err());
        CliRun withModel = CliRun.of("report", old.toString(), "--model", CommitTestbedFixture.model().toString());
        assertEquals(ExitCode.OK, withModel.exitCode(), withModel.err());
    }

    @Test
    void reportsOfDifferentModelsAreRefused() throws IOException {
        Path otherModel = save(TestModels.smallStudy(), "other.hcatopo");
        Path otherResults = folder.resolve("other.sqlite");
        assertEquals(ExitCode.OK, CliRun.of("run", otherModel.toString(), "--scenario", TestModels.SCENARIO, "-o",
                otherResults.toString()).exitCode());
        CliRun mixed = CliRun.of("report", CommitTestbedFixture.resultsB().toString(), otherResults.toString());
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR, mixed.exitCode());
        assertTrue(mixed.errIsOneLine() && mixed.err().startsWith(otherResults + ": computed from another model"),
                mixed.err());
    }

    @Test
    void corruptResultsFileIsAnInputError() throws IOException {
        Path corrupt = folder.resolve("corrupt.sqlite");
        Files.writeString(corrupt, "this is not a database");
        for (String[] args : List.of(new String[] {"export-csv", corrupt.toString()},
                new String[] {"report", corrupt.toString(), "--model", CommitTestbedFixture.model().toString()})) {
            CliRun run = CliRun.of(args);
            assertEquals(ExitCode.USAGE_OR_INPUT_ERROR, run.exitCode());
            assertTrue(run.errIsOneLine() && run.err().startsWith(corrupt + ": "), run.err());
        }
    }

    @Test
    void exportCsvRowsCarryTheirContext() throws IOException {
        CliRun runs = CliRun.of("export-csv", CommitTestbedFixture.resultsB().toString());
        assertEquals(ExitCode.OK, runs.exitCode(), runs.err());
        List<String> lines = runs.out().lines().toList();
        assertTrue(lines.get(0).startsWith("study,topology,scenario,model_sha256,tool_version,run,"), lines.get(0));
        assertEquals(2, lines.size(), runs.out());
        Path drops = folder.resolve("drops.csv");
        assertEquals(ExitCode.OK, CliRun.of("export-csv", CommitTestbedFixture.resultsB().toString(), "--table",
                "drops", "-o", drops.toString()).exitCode());
        assertTrue(Files.readString(drops, StandardCharsets.UTF_8).contains(",D1 wire send ring full,"));
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR, CliRun.of("export-csv",
                CommitTestbedFixture.resultsB().toString(), "--table", "series").exitCode());
    }

    private Path save(Topology topology, String name) throws IOException {
        Path file = folder.resolve(name);
        HcaTopologyResources.save(topology, file);
        return file;
    }
}
