package io.hcastudio.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.hcastudio.importers.FabricImporter;
import io.hcastudio.importers.ImportException;
import io.hcastudio.importers.ImportOptions;
import io.hcastudio.importers.ImportProblem;
import io.hcastudio.importers.ImportResult;
import io.hcastudio.model.Topology;
import io.hcastudio.model.resource.HcaTopologyResources;
import io.hcastudio.model.resource.Printable;

/** {@code import FORMAT FILE -o OUT.hcatopo}: a real fabric into a model the editor and the engine take. */
final class ImportCommand implements Command {

    /** How many skipped lines and warnings are printed before the count per kind. */
    private static final int SHOWN_PROBLEMS = 5;

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String summary() {
        return "turn ibnetdiscover output or an ibsim net file into a .hcatopo";
    }

    @Override
    public String help() {
        return """
                Usage: hcastudio-cli import FORMAT FILE -o OUT.hcatopo [options]

                FORMAT is ibnetdiscover, ibsim or auto (detect from the text).
                Strict by default: a file with errors imports nothing, and the first
                error is printed as FILE:LINE:COLUMN: MESSAGE.

                Options:
                  -o FILE          the topology file to write (required)
                  --overlay FILE   SR-IOV overlay (VFs, VMs, profiles) for the HCAs
                  --lenient        import what parses; print the first skipped lines and
                                   warnings and a count per kind of problem (a file
                                   where no node parses is still an error)
                  --all            print every skipped line and warning
                  --json           print a JSON summary

                Exit status: 0 imported, 2 usage error or unreadable/invalid input.
                """;
    }

    /**
     * The first problems, one line each, and a count per kind (what the importer expected) when some are left
     * out: a file of random bytes must not print a line per byte run.
     */
    private static List<String> summary(List<ImportProblem> problems, Path file, boolean all) {
        List<String> lines = new ArrayList<>(problems.stream().limit(all ? Long.MAX_VALUE : SHOWN_PROBLEMS)
                .map(ImportProblem::toString).toList());
        if (!all && problems.size() > SHOWN_PROBLEMS) {
            Map<String, Integer> kinds = new TreeMap<>();
            problems.forEach(problem -> kinds.merge(problem.expected() == null ? "other"
                    : "expected " + problem.expected(), 1, Integer::sum));
            lines.add(String.format(Locale.ROOT, "%s: %,d problems in all (--all lists every one): %s", file,
                    problems.size(), kinds.entrySet().stream().map(kind -> String.format(Locale.ROOT, "%,d %s",
                            kind.getValue(), kind.getKey())).collect(Collectors.joining("; "))));
        }
        return lines;
    }

    @Override
    public int execute(List<String> words, CliContext context) throws CliException {
        Arguments arguments = Arguments.parse(name(), words, Set.of("-o", "--overlay"),
                Set.of("--lenient", "--json", ProblemLines.ALL_OPTION));
        if (arguments.operands().size() != 2) {
            throw arguments.usage("expected FORMAT and FILE");
        }
        String format = arguments.operands().get(0);
        Path file = ModelFiles.existing(arguments.operands().get(1));
        Path output = ModelFiles.output(arguments.required("-o"));
        ImportOptions options = ImportOptions.defaults().withLenient(arguments.flag("--lenient"));
        if (arguments.value("--overlay") != null) {
            options = options.withOverlay(ModelFiles.existing(arguments.value("--overlay")));
        }
        ImportResult result;
        try {
            result = switch (format) {
                case "ibnetdiscover" -> FabricImporter.importIbnetdiscover(file, options);
                case "ibsim" -> FabricImporter.importIbsimNet(file, options);
                case "auto" -> FabricImporter.importFabric(file, options);
                default -> throw arguments.usage("unknown format '" + format + "' (ibnetdiscover, ibsim or auto)");
            };
        } catch (ImportException e) {
            throw new CliException(e.getMessage(), e);
        } catch (IOException e) {
            throw new CliException(file + ": cannot read: " + e.getMessage(), e);
        }
        Topology topology = result.topology();
        if (topology.allFabricNodes().isEmpty()) {
            throw new CliException(String.format(Locale.ROOT, "%s: no node recognised in %,d problem lines (none is %s);"
                    + " nothing written", file, result.skipped().size(), format.equals("auto")
                            ? "ibnetdiscover output or an ibsim net file" : result.format().displayName()));
        }
        try {
            HcaTopologyResources.save(topology, output);
        } catch (IOException e) {
            throw new CliException(output + ": cannot write: " + e.getMessage(), e);
        }
        List<ImportProblem> notes = new ArrayList<>(result.skipped());
        notes.addAll(result.warnings());
        int hcas = topology.getHosts().stream().mapToInt(host -> host.getHcas().size()).sum();
        if (arguments.flag("--json")) {
            context.out().println(new JsonObject().put("command", name()).put("input", file.toString())
                    .put("format", result.format().name().toLowerCase(Locale.ROOT))
                    .put("output", output.toString()).put("hosts", topology.getHosts().size()).put("hcas", hcas)
                    .put("switches", topology.getSwitches().size()).put("links", topology.getLinks().size())
                    .put("skipped", result.skipped().size()).put("warnings",
                            notes.stream().map(ImportProblem::toString).map(Object.class::cast).toList()));
        } else {
            summary(notes, file, arguments.flag("--all")).forEach(line -> context.err().println(Printable.quote(line)));
            context.out().println("Imported " + file + " (" + result.format().displayName() + ") into " + output
                    + ": " + topology.getHosts().size() + " hosts, " + hcas + " HCAs, "
                    + topology.getSwitches().size() + " switches, " + topology.getLinks().size() + " links");
        }
        return ExitCode.OK;
    }
}
