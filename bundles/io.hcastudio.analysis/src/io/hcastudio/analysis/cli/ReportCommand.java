package io.hcastudio.analysis.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.hcastudio.analysis.AnalysisException;
import io.hcastudio.analysis.ModelSnapshot;
import io.hcastudio.analysis.StudyDefinition;
import io.hcastudio.analysis.mapping.RunOverrides;
import io.hcastudio.analysis.report.Report;
import io.hcastudio.analysis.report.ReportAssembler;
import io.hcastudio.analysis.report.ReportAssembler.ComparedRun;
import io.hcastudio.analysis.report.ReportFormat;
import io.hcastudio.analysis.run.RunSpec;
import io.hcastudio.analysis.store.CompletedRun;
import io.hcastudio.analysis.store.ResultsStore;
import io.hcastudio.analysis.store.RunRecord;
import io.hcastudio.analysis.store.StudyResults;
import io.hcastudio.analysis.study.StudyPlan;
import io.hcastudio.analysis.study.StudyPlanner;
import io.hcastudio.model.Topology;

/** {@code report RESULTS... --format F -o OUT}: the evidence for a patch discussion. */
final class ReportCommand implements Command {

    @Override
    public String name() {
        return "report";
    }

    @Override
    public String summary() {
        return "write a text, Markdown or HTML report of one or more results files";
    }

    @Override
    public String help() {
        return """
                Usage: hcastudio-cli report RESULTS... --model FILE --format F -o OUT

                Reports the runs of the results files side by side, in the order
                given: the first is "before", the last "after". The text format is
                at most 72 columns wide and ready for a mailing list; markdown has
                the same content; html adds charts and the fabric as inline SVG.
                Equal inputs give byte-identical reports.

                Options:
                  --model FILE    the topology the results were computed from
                                  (checked against the hash stored with them)
                  --format F      text, markdown or html (default: text)
                  -o FILE         where to write (default: standard output)
                  --stamp         add the time the report was made

                Exit status: 0 written, 2 usage error, unreadable results or model,
                or results computed from another model.
                """;
    }

    @Override
    public int execute(List<String> words, CliContext context) throws CliException {
        Arguments arguments = Arguments.parse(name(), words, Set.of("--model", "--format", "-o"), Set.of("--stamp"));
        if (arguments.operands().isEmpty()) {
            throw arguments.usage("missing RESULTS");
        }
        String formatName = arguments.value("--format") == null ? "text" : arguments.value("--format");
        ReportFormat format = ReportFormat.fromCliName(formatName);
        if (format == null) {
            throw arguments.usage("unknown format '" + formatName + "' (text, markdown or html)");
        }
        String modelName = arguments.required("--model");
        Topology topology = ModelFiles.load(modelName);
        String modelSha256 = sha256(modelName, topology);
        List<ComparedRun> runs = new ArrayList<>();
        List<String> scenarios = new ArrayList<>();
        List<List<String>> commands = new ArrayList<>();
        String toolVersion = null;
        for (String resultsName : arguments.operands()) {
            Path resultsFile = ModelFiles.existing(resultsName);
            try (StudyResults results = ResultsStore.open(resultsFile)) {
                if (!results.modelSha256().equals(modelSha256)) {
                    throw new CliException(resultsName + ": computed from another model than " + modelName
                            + " (model hash " + abbreviate(results.modelSha256()) + ", " + modelName + " has "
                            + abbreviate(modelSha256) + ")");
                }
                StudyDefinition definition = results.definition();
                StudyPlan plan = replan(topology, definition);
                for (RunRecord record : results.runs()) {
                    RunSpec spec = plan.runs().get(record.runId());
                    runs.add(new ComparedRun(spec, new CompletedRun(record, results.series(record.runId()))));
                }
                scenarios.add(definition.scenarioName());
                commands.add(reproducingCommand(definition, Path.of(modelName), resultsFile));
                toolVersion = toolVersion == null ? results.toolVersion() : toolVersion;
            } catch (AnalysisException e) {
                throw new CliException(resultsName + ": " + RunCommand.oneLine(e.getMessage()), e);
            }
        }
        if (runs.isEmpty()) {
            throw new CliException(String.join(", ", arguments.operands()) + ": no completed runs to report");
        }
        String stamp = arguments.flag("--stamp") ? Instant.now().truncatedTo(ChronoUnit.SECONDS).toString() : "";
        Report report = ReportAssembler.assemble(topology, scenarios, runs,
                new Report.Reproduction(commands, toolVersion, stamp));
        String rendered = format.render(report);
        String output = arguments.value("-o");
        if (output == null || output.equals("-")) {
            context.out().print(rendered);
            context.out().flush();
        } else {
            try {
                Files.writeString(Path.of(output), rendered, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new CliException(output + ": cannot write: " + e.getMessage(), e);
            }
        }
        return ExitCode.OK;
    }

    /** The plan the results were computed from, rebuilt from the model and the stored study definition. */
    private static StudyPlan replan(Topology topology, StudyDefinition definition) throws AnalysisException {
        RunOverrides overrides = new RunOverrides(
                definition.profileOverride().isEmpty() ? null : definition.profileOverride(), definition.baseSeed());
        return definition.kind() == StudyDefinition.Kind.RUN
                ? StudyPlanner.planRun(topology, definition.scenarioName(), overrides)
                : StudyPlanner.planStudy(topology, definition.name(), overrides);
    }

    /** The command that computes these results again, with file names as they sit next to each other. */
    private static List<String> reproducingCommand(StudyDefinition definition, Path model, Path results) {
        List<String> command = new ArrayList<>();
        boolean run = definition.kind() == StudyDefinition.Kind.RUN;
        command.addAll(List.of("hcastudio-cli", run ? "run" : "study", model.getFileName().toString(),
                run ? "--scenario" : "--study", definition.name()));
        if (!definition.profileOverride().isEmpty()) {
            command.addAll(List.of("--profile", definition.profileOverride()));
        }
        command.addAll(List.of("--seed", Long.toString(definition.baseSeed()), "-o",
                results.getFileName().toString()));
        return command;
    }

    private static String sha256(String modelName, Topology topology) throws CliException {
        try {
            return ModelSnapshot.sha256(topology);
        } catch (AnalysisException e) {
            throw new CliException(modelName + ": " + e.getMessage(), e);
        }
    }

    private static String abbreviate(String sha256) {
        return sha256.substring(0, Math.min(12, sha256.length()));
    }
}
