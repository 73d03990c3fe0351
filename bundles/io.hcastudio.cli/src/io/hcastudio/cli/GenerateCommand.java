package io.hcastudio.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.hcastudio.model.Topology;
import io.hcastudio.model.generate.FatTree;
import io.hcastudio.model.resource.HcaTopologyResources;
import io.hcastudio.model.templates.HcaKind;

/** {@code generate fat-tree ...}: a fabric to design with, valid and runnable as written. */
final class GenerateCommand implements Command {

    @Override
    public String name() {
        return "generate";
    }

    @Override
    public String summary() {
        return "write a generated fabric (a two-level fat tree) as a .hcatopo";
    }

    @Override
    public String help() {
        return """
                Usage: hcastudio-cli generate fat-tree --leaves L --spines S
                         --hosts-per-leaf H [--hca cx3|cx5] [--sriov VFS] -o FILE

                Writes a two-level fat tree of 36-port switches: L leaves with H
                single-port hosts each (ports 1..H), one uplink from each leaf to
                each of S spines (leaf ports 36, 35, ...), realistic GUIDs and LIDs,
                the subnet manager on the first host, laid out, and a scenario
                cmtime-pairs in which every host takes part.

                Options:
                  --hca cx3|cx5   ConnectX-3 (mlx4, FDR, default) or ConnectX-5
                                  (mlx5, EDR, no MAD proxy)
                  --sriov VFS     VFs per host behind the mlx4 proxy (cx3 only)
                  -o FILE         the topology file to write (required)

                Exit status: 0 written, 2 usage error or a fabric that does not fit.
                """;
    }

    @Override
    public int execute(List<String> words, CliContext context) throws CliException {
        Arguments arguments = Arguments.parse(name(), words,
                Set.of("--leaves", "--spines", "--hosts-per-leaf", "--hca", "--sriov", "-o"), Set.of());
        if (!arguments.singleOperand("KIND").equals("fat-tree")) {
            throw arguments.usage("unknown fabric kind '" + arguments.operands().get(0) + "' (fat-tree)");
        }
        Path output = ModelFiles.output(arguments.required("-o"));
        String hcaName = arguments.value("--hca") == null ? "cx3" : arguments.value("--hca");
        HcaKind hca = switch (hcaName) {
            case "cx3" -> HcaKind.CONNECTX_3;
            case "cx5" -> HcaKind.CONNECTX_5;
            default -> throw arguments.usage("unknown --hca '" + hcaName + "' (cx3 or cx5)");
        };
        FatTree.Spec spec = new FatTree.Spec(count(arguments, "--leaves", null), count(arguments, "--spines", null),
                count(arguments, "--hosts-per-leaf", null), hca, count(arguments, "--sriov", 0L));
        if (spec.problem() != null) {
            throw arguments.usage(spec.problem());
        }
        String fileName = output.getFileName().toString();
        String topologyName = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
        Topology topology = FatTree.build(topologyName, spec);
        try {
            HcaTopologyResources.save(topology, output);
        } catch (IOException e) {
            throw new CliException(output + ": cannot write: " + e.getMessage(), e);
        }
        context.out().println(String.format(Locale.ROOT, "Generated %s: %,d hosts (%s), %d switches, %,d links,"
                + " scenario %s", output, spec.hosts(), hca.label(), topology.getSwitches().size(),
                topology.getLinks().size(), FatTree.SCENARIO));
        return ExitCode.OK;
    }

    private static int count(Arguments arguments, String name, Long fallback) throws CliException {
        Long value = fallback == null && arguments.value(name) == null ? null : arguments.longValue(name, fallback);
        if (value == null) {
            throw arguments.usage(name + " is required");
        }
        if (value < 0 || value > 100_000) {
            throw arguments.usage(name + " must be 0 to 100000");
        }
        return value.intValue();
    }
}
