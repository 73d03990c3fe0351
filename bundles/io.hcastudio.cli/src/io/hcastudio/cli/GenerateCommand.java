package io.hcastudio.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.hcastudio.model.Topology;
import io.hcastudio.model.generate.FatTree;
import io.hcastudio.model.resource.HcaTopologyResources;
import io.hcastudio.model.resource.Printable;
import io.hcastudio.model.templates.HcaKind;

/** {@code generate fat-tree ...}: a fabric to design with, valid and runnable as written. */
final class GenerateCommand implements Command {

    private static final BigDecimal NS_PER_MS = BigDecimal.valueOf(1_000_000);

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
                         --hosts-per-leaf H [--hca cx3|cx5] [--sriov VFS]
                         [--sriov-hosts N] [--port-event AT_MS,DOWN_MS] -o FILE

                Writes a two-level fat tree of 36-port switches: L leaves with H
                single-port hosts each (ports 1..H), one uplink from each leaf to
                each of S spines (leaf ports 36, 35, ...), realistic GUIDs and LIDs,
                the subnet manager on the first host, laid out, and a scenario
                cmtime-pairs in which every host takes part.

                Options:
                  --hca cx3|cx5   ConnectX-3 (mlx4, FDR, default) or ConnectX-5
                                  (mlx5, EDR, no MAD proxy)
                  --sriov VFS     VFs per host behind the mlx4 proxy (cx3 only)
                  --sriov-hosts N only N hosts have the VFs, spread evenly
                                  (half of them: every other host); the
                                  others run their PF alone (default: all)
                  --port-event AT_MS,DOWN_MS
                                  adds scenario cmtime-pairs-port-event:
                                  cmtime-pairs with every host's link down
                                  for DOWN_MS from AT_MS (a fabric-wide
                                  flap, e.g. 150,50 during the connects)
                                  that every function's stack reacts to
                                  (IPoIB rejoins and path queries)
                  -o FILE         the topology file to write (required)

                Exit status: 0 written, 2 usage error or a fabric that does not fit.
                """;
    }

    @Override
    public int execute(List<String> words, CliContext context) throws CliException {
        Arguments arguments = Arguments.parse(name(), words,
                Set.of("--leaves", "--spines", "--hosts-per-leaf", "--hca", "--sriov", "--sriov-hosts",
                        "--port-event", "-o"), Set.of());
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
        int leaves = count(arguments, "--leaves", null);
        int hostsPerLeaf = count(arguments, "--hosts-per-leaf", null);
        FatTree.Spec spec = new FatTree.Spec(leaves, count(arguments, "--spines", null), hostsPerLeaf, hca,
                count(arguments, "--sriov", 0L), count(arguments, "--sriov-hosts", (long) leaves * hostsPerLeaf),
                portEvent(arguments));
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
                topology.getLinks().size(), FatTree.SCENARIO + (spec.portEvent() == null ? ""
                        : " and " + FatTree.PORT_EVENT_SCENARIO)));
        return ExitCode.OK;
    }

    /** {@code --port-event AT_MS,DOWN_MS} in ns, or null without it. */
    private static FatTree.PortEvent portEvent(Arguments arguments) throws CliException {
        String text = arguments.value("--port-event");
        if (text == null) {
            return null;
        }
        String[] parts = text.split(",", -1);
        try {
            if (parts.length == 2) {
                BigDecimal at = new BigDecimal(parts[0].trim());
                BigDecimal down = new BigDecimal(parts[1].trim());
                if (at.signum() >= 0 && down.signum() > 0) {
                    return new FatTree.PortEvent(at.multiply(NS_PER_MS).longValueExact(),
                            down.multiply(NS_PER_MS).longValueExact());
                }
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // the usage error below names the value
        }
        throw arguments.usage("--port-event '" + Printable.quote(text) + "'"
                + " is not AT_MS,DOWN_MS (a start of 0 or more and a length above 0 in ms, e.g. 300,50)");
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
