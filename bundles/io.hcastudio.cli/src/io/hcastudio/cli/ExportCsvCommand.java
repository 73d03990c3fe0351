package io.hcastudio.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import io.hcastudio.analysis.AnalysisException;
import io.hcastudio.analysis.csv.CsvExport;
import io.hcastudio.analysis.store.ResultsStore;
import io.hcastudio.analysis.store.StudyResults;
import io.hcastudio.model.resource.AtomicFiles;

/** {@code export-csv RESULTS}: the runs of a results file as CSV rows that each name their context. */
final class ExportCsvCommand implements Command {

    private static final List<String> TABLES = List.of("runs", "drops", "recoveries", "phases", "connections",
            "aggregates", "map", "series");

    @Override
    public String name() {
        return "export-csv";
    }

    @Override
    public String summary() {
        return "export the runs of a results file as CSV";
    }

    @Override
    public String help() {
        return """
                Usage: hcastudio-cli export-csv RESULTS [--table T] [--run N] [-o OUT]

                Writes one table of a results file as CSV. Every row starts with
                study, topology, scenario, model hash, tool version, run, point,
                replication and seed, then the swept parameters and the profile.

                Options:
                  --table T   runs (default): key figures per run
                              drops: drop counters by place and cause
                              recoveries: per network event and fault, the
                                connections it affected and when they were back
                              phases: cmtime step times per phase and session
                              connections: cmtime steps of every connection
                                (of run --run N only, if given)
                              aggregates: mean and spread per sweep point
                              map: a robustness map, per profile and grid cell:
                                runs with any loss, P(any loss) with its 95 %
                                interval, mean MADs dropped
                              series: ring and CQ occupancy of run --run N
                  --run N     the run to export (with --table series, where it is
                              required, or --table connections)
                  -o FILE     where to write (default: standard output)

                Exit status: 0 written, 2 usage error or unreadable results file.
                """;
    }

    @Override
    public int execute(List<String> words, CliContext context) throws CliException {
        Arguments arguments = Arguments.parse(name(), words, Set.of("--table", "--run", "-o"), Set.of());
        String resultsName = arguments.singleOperand("RESULTS");
        String table = arguments.value("--table") == null ? "runs" : arguments.value("--table");
        if (!TABLES.contains(table)) {
            throw arguments.usage("unknown table '" + table + "' (" + String.join(", ", TABLES) + ")");
        }
        String output = arguments.value("-o");
        Path outputFile = output == null || output.equals("-") ? null : ModelFiles.output(output);
        Long run = arguments.longValue("--run", null);
        if (table.equals("series") && run == null) {
            throw arguments.usage("--table series needs --run N");
        }
        if (run != null && !table.equals("series") && !table.equals("connections")) {
            throw arguments.usage("--run N goes with --table series or connections, and only with them");
        }
        Path resultsFile = ModelFiles.existing(resultsName);
        StringBuilder csv = new StringBuilder();
        try (StudyResults results = ResultsStore.open(resultsFile)) {
            switch (table) {
                case "runs" -> CsvExport.runs(results, csv);
                case "drops" -> CsvExport.drops(results, csv);
                case "recoveries" -> CsvExport.recoveries(results, csv);
                case "phases" -> CsvExport.phases(results, csv);
                case "aggregates" -> CsvExport.aggregates(results, csv);
                case "map" -> CsvExport.robustnessMap(results, csv);
                case "connections" -> {
                    if (run == null) {
                        CsvExport.connectionSteps(results, csv);
                    } else {
                        CsvExport.connectionSteps(results, existingRun(results, run, resultsName), csv);
                    }
                }
                default -> CsvExport.series(results, existingRun(results, run, resultsName), csv);
            }
        } catch (AnalysisException e) {
            throw new CliException(resultsName + ": " + RunCommand.oneLine(e.getMessage()), e);
        } catch (IOException e) {
            throw new CliException(resultsName + ": " + e.getMessage(), e);
        }
        if (outputFile == null) {
            context.out().print(csv);
        } else {
            try {
                AtomicFiles.write(outputFile, csv.toString().getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new CliException(output + ": cannot write: " + e.getMessage(), e);
            }
        }
        return ExitCode.OK;
    }

    private static int existingRun(StudyResults results, long run, String resultsName) throws CliException {
        if (run < 0 || run > Integer.MAX_VALUE || results.run((int) run).isEmpty()) {
            throw new CliException(resultsName + ": no run " + run + " in the file");
        }
        return (int) run;
    }
}
