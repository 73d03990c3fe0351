package io.hcastudio.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.hcastudio.analysis.AnalysisException;
import io.hcastudio.analysis.report.Report;
import io.hcastudio.analysis.report.ReportFiles;
import io.hcastudio.analysis.report.ReportFormat;
import io.hcastudio.analysis.report.StoredReports;

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
                Usage: hcastudio-cli report RESULTS... [--model FILE] --format F -o OUT

                Reports the runs of the results files side by side, in the order
                given: the first is "before", the last "after". The text format is
                at most 72 columns wide and ready for a mailing list; markdown has
                the same content; html adds charts and the fabric as inline SVG.
                Every results file carries the model it was computed from, so no
                model file is needed. Equal inputs give byte-identical reports.

                Options:
                  --format F      text, markdown or html (default: text)
                  -o FILE         where to write (default: standard output)
                  --model FILE    check that the results were computed from this
                                  topology file; refuses results of another model
                  --stamp         add the time the report was made

                Exit status: 0 written, 2 usage error, unreadable results or model,
                results of different models, or results of another model than
                --model.
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
        String output = arguments.value("-o");
        Path outputFile = output == null || output.equals("-") ? null : ModelFiles.output(output);
        String modelName = arguments.value("--model");
        Path modelFile = modelName == null ? null : ModelFiles.existing(modelName);
        List<StoredReports.Selection> selections = new ArrayList<>();
        for (String resultsName : arguments.operands()) {
            selections.add(StoredReports.Selection.allRuns(ModelFiles.existing(resultsName)));
        }
        String stamp = arguments.flag("--stamp") ? Instant.now().truncatedTo(ChronoUnit.SECONDS).toString() : "";
        Report report;
        try {
            report = StoredReports.assemble(selections, modelFile, stamp);
        } catch (AnalysisException e) {
            throw new CliException(RunCommand.oneLine(e.getMessage()), e);
        }
        String rendered = format.render(report);
        if (outputFile == null) {
            context.out().print(rendered);
            context.out().flush();
        } else {
            try {
                ReportFiles.writeAtomically(outputFile, rendered);
            } catch (IOException e) {
                throw new CliException(output + ": cannot write: " + e.getMessage(), e);
            }
        }
        return ExitCode.OK;
    }
}
