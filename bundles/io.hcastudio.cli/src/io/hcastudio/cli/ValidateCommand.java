package io.hcastudio.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;

import io.hcastudio.model.Topology;
import io.hcastudio.model.resource.Printable;
import io.hcastudio.model.validation.TopologyValidation;

/** {@code validate FILE}: the model checks every simulation runs first. */
final class ValidateCommand implements Command {

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String summary() {
        return "check a topology file with the rules every simulation applies";
    }

    @Override
    public String help() {
        return """
                Usage: hcastudio-cli validate FILE [--all] [--json]

                Loads a topology (.hcatopo) and checks it with the rules the editor
                and every simulation apply. Prints one line per problem, errors
                first, at most 20 unless --all is given:
                  FILE: error: MESSAGE   or   FILE: warning: MESSAGE

                Options:
                  --all    list every problem
                  --json   print a JSON summary instead (always every problem)

                Exit status: 0 valid (warnings allowed), 1 validation errors found,
                2 usage error or unreadable file.
                """;
    }

    @Override
    public int execute(List<String> words, CliContext context) throws CliException {
        Arguments arguments = Arguments.parse(name(), words, Set.of(), Set.of("--json", ProblemLines.ALL_OPTION));
        String file = arguments.singleOperand("FILE");
        Topology topology = ModelFiles.load(file);
        List<Diagnostic> problems = TopologyValidation.problems(TopologyValidation.validate(topology));
        int errors = 0;
        List<Object> listed = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (Diagnostic problem : problems) {
            boolean error = problem.getSeverity() >= Diagnostic.ERROR;
            if (error) {
                errors++;
            }
            String severity = error ? "error" : "warning";
            listed.add(new JsonObject().put("severity", severity).put("message", problem.getMessage()));
            lines.add(file + ": " + severity + ": " + Printable.quote(problem.getMessage()));
        }
        if (!arguments.flag("--json")) {
            ProblemLines.capped(lines, arguments.flag(ProblemLines.ALL_OPTION), file + ": ")
                    .forEach(context.out()::println);
        }
        if (arguments.flag("--json")) {
            context.out().println(new JsonObject().put("command", name()).put("file", file)
                    .put("topology", topology.getName()).put("valid", errors == 0).put("errors", errors)
                    .put("warnings", problems.size() - errors).put("problems", listed));
        } else {
            context.out().println(file + ": " + (errors == 0 ? "valid" : "invalid") + " (" + errors + " errors, "
                    + (problems.size() - errors) + " warnings)");
        }
        return errors == 0 ? ExitCode.OK : ExitCode.FINDING;
    }
}
