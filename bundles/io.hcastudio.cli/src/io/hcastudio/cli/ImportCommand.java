package io.hcastudio.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.hcastudio.importers.FabricImporter;
import io.hcastudio.importers.ImportException;
import io.hcastudio.importers.ImportOptions;
import io.hcastudio.importers.ImportProblem;
import io.hcastudio.importers.ImportResult;
import io.hcastudio.model.Topology;
import io.hcastudio.model.resource.HcaTopologyResources;

/** {@code import FORMAT FILE -o OUT.hcatopo}: a real fabric into a model the editor and the engine take. */
final class ImportCommand implements Command {

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
                  --lenient        import what parses, list skipped lines as warnings
                  --json           print a JSON summary

                Exit status: 0 imported, 2 usage error or unreadable/invalid input.
                """;
    }

    @Override
    public int execute(List<String> words, CliContext context) throws CliException {
        Arguments arguments = Arguments.parse(name(), words, Set.of("-o", "--overlay"),
                Set.of("--lenient", "--json"));
        if (arguments.operands().size() != 2) {
            throw arguments.usage("expected FORMAT and FILE");
        }
        String format = arguments.operands().get(0);
        Path file = ModelFiles.existing(arguments.operands().get(1));
        Path output = Path.of(arguments.required("-o"));
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
            notes.forEach(note -> context.err().println(note));
            context.out().println("Imported " + file + " (" + result.format().displayName() + ") into " + output
                    + ": " + topology.getHosts().size() + " hosts, " + hcas + " HCAs, "
                    + topology.getSwitches().size() + " switches, " + topology.getLinks().size() + " links");
        }
        return ExitCode.OK;
    }
}
