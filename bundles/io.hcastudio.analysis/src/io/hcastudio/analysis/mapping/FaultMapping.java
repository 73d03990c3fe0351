package io.hcastudio.analysis.mapping;

import java.util.List;
import java.util.Map;

import io.hcastudio.model.Fault;
import io.hcastudio.model.FunctionResetFault;
import io.hcastudio.model.Hca;
import io.hcastudio.model.KworkerStallFault;
import io.hcastudio.model.LinkFault;
import io.hcastudio.model.PciFunction;
import io.hcastudio.model.Port;
import io.hcastudio.model.SaSlowdownFault;
import io.hcastudio.model.Scenario;
import io.hcastudio.model.SmOutageFault;
import io.hcastudio.model.operations.FaultTargets;
import io.hcastudio.model.validation.ElementLabels;
import io.hcastudio.sim.config.FabricPort;
import io.hcastudio.sim.config.FunctionReset;
import io.hcastudio.sim.config.KworkerStall;
import io.hcastudio.sim.config.PortFault;
import io.hcastudio.sim.config.SaDegradation;
import io.hcastudio.sim.config.SmOutage;
import io.hcastudio.sim.config.WorkloadConfig;

/**
 * A scenario's faults as the engine's: a link fault acts at the link's HCA end (or the SM's), as a port fault on that
 * simulated port or on the SA; a kworker stall and a function reset on the simulator host of their HCA; an SM outage
 * and an SA slowdown on the SA. A window {@code [start, start + duration)} ends at the end of time when the sum
 * overflows.
 */
final class FaultMapping {

    private FaultMapping() {
    }

    /** Adds the engine's form of every fault of {@code scenario} to {@code workloads}, or a problem naming it. */
    static void addFaults(Scenario scenario, Map<Hca, String> hostNames, List<WorkloadConfig> workloads,
            List<String> problems) {
        for (Fault fault : scenario.getFaults()) {
            long from = fault.getStartTimeNs();
            long to = from + fault.getDurationNs() < from ? Long.MAX_VALUE : from + fault.getDurationNs();
            switch (fault) {
                case LinkFault link -> {
                    Port port = link.getPort() != null ? link.getPort() : FaultTargets.faultyEnd(link.getLink());
                    FabricPort end = fabricPort(port, hostNames);
                    if (end == null) {
                        problems.add(ElementLabels.describe(fault) + ": " + ElementLabels.describe(port)
                                + " is not a port the simulator runs (an SR-IOV HCA's or the subnet manager's)");
                    } else {
                        workloads.add(new PortFault(end, from, to, link.isDown(), link.getLossProbability(),
                                link.getExtraLatencyNs()));
                    }
                }
                case KworkerStallFault stall -> {
                    String host = hostNames.get(stall.getHca());
                    if (host == null) {
                        problems.add(ElementLabels.describe(fault) + ": " + ElementLabels.describe(stall.getHca())
                                + " is not an HCA the simulator runs");
                    } else {
                        workloads.add(new KworkerStall(host, stall.getCpus(), from, to));
                    }
                }
                case SmOutageFault outage -> workloads.add(new SmOutage(from, to));
                case SaSlowdownFault slowdown -> workloads.add(new SaDegradation(from, to,
                        slowdown.getExtraServiceTimeNs(), slowdown.getQueueCapacity()));
                case FunctionResetFault reset -> {
                    PciFunction function = reset.getFunction();
                    String host = hostNames.get(function.getHca());
                    if (host == null) {
                        problems.add(ElementLabels.describe(fault) + ": " + ElementLabels.describe(function)
                                + " is not on an HCA the simulator runs");
                    } else {
                        workloads.add(new FunctionReset(host, function.getSlaveNumber(), from, to));
                    }
                }
                default -> problems.add(ElementLabels.describe(fault) + ": the simulator has no model for a "
                        + fault.eClass().getName());
            }
        }
    }

    /** The engine port of a model port: a simulated HCA's port, the SA for the subnet manager's port, else null. */
    private static FabricPort fabricPort(Port port, Map<Hca, String> hostNames) {
        if (port != null && port.getNode() instanceof Hca hca && hostNames.containsKey(hca)) {
            return FabricPort.of(hostNames.get(hca), port.getNumber());
        }
        return port != null && FaultTargets.isSubnetManagerPort(port) ? FabricPort.SUBNET_ADMINISTRATOR : null;
    }
}
