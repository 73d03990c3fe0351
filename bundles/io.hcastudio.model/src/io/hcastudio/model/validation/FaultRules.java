package io.hcastudio.model.validation;

import io.hcastudio.model.Fault;
import io.hcastudio.model.FunctionResetFault;
import io.hcastudio.model.Hca;
import io.hcastudio.model.HcaPackage;
import io.hcastudio.model.KworkerStallFault;
import io.hcastudio.model.Link;
import io.hcastudio.model.LinkFault;
import io.hcastudio.model.PciFunction;
import io.hcastudio.model.Port;
import io.hcastudio.model.SaSlowdownFault;
import io.hcastudio.model.operations.FaultTargets;

/**
 * Faults on a scenario's timeline: a window that starts at 0 or later and does not end before it starts, a target
 * that is part of the topology and that the simulator runs, and values in range (a loss probability is one).
 */
final class FaultRules {

    private static final HcaPackage PACKAGE = HcaPackage.eINSTANCE;

    private FaultRules() {
    }

    static void checkFault(Fault fault, Findings findings) {
        if (fault.getStartTimeNs() < 0) {
            findings.error(ValidationRule.FAULT_WINDOW_INVALID, fault, PACKAGE.getFault_StartTimeNs(),
                    ElementLabels.describe(fault) + ": startTimeNs " + fault.getStartTimeNs()
                            + " is negative; a fault window starts at 0 or later");
        }
        if (fault.getDurationNs() < 0) {
            findings.error(ValidationRule.FAULT_WINDOW_INVALID, fault, PACKAGE.getFault_DurationNs(),
                    ElementLabels.describe(fault) + ": durationNs " + fault.getDurationNs()
                            + " is negative; a fault window lasts 0 ns or more");
        }
        switch (fault) {
            case LinkFault link -> checkLinkFault(link, findings);
            case KworkerStallFault stall -> checkStall(stall, findings);
            case SaSlowdownFault slowdown -> {
                findings.atLeast(slowdown, PACKAGE.getSaSlowdownFault_ExtraServiceTimeNs(),
                        slowdown.getExtraServiceTimeNs(), 0);
                findings.atLeast(slowdown, PACKAGE.getSaSlowdownFault_QueueCapacity(), slowdown.getQueueCapacity(), 0);
            }
            case FunctionResetFault reset -> {
                PciFunction function = reset.getFunction();
                if (!References.isInSameTopology(function, reset)) {
                    findings.error(ValidationRule.FAULT_TARGET_INVALID, reset,
                            PACKAGE.getFunctionResetFault_Function(), ElementLabels.describe(reset) + ": function is "
                                    + (function == null ? "not set" : "not part of this topology"));
                }
            }
            default -> {
                // An SM outage needs nothing but its window.
            }
        }
    }

    private static void checkLinkFault(LinkFault fault, Findings findings) {
        double probability = fault.getLossProbability();
        if (!(probability >= 0 && probability <= 1)) {
            findings.error(ValidationRule.FAULT_VALUE_OUT_OF_RANGE, fault, PACKAGE.getLinkFault_LossProbability(),
                    ElementLabels.describe(fault) + ": lossProbability " + probability
                            + " is not a probability; expected 0 to 1");
        }
        findings.atLeast(fault, PACKAGE.getLinkFault_ExtraLatencyNs(), fault.getExtraLatencyNs(), 0);
        Link link = fault.getLink();
        Port port = fault.getPort();
        if (link != null && port != null || link == null && port == null) {
            findings.error(ValidationRule.FAULT_TARGET_INVALID, fault, PACKAGE.getLinkFault_Link(),
                    ElementLabels.describe(fault) + ": set either link or port" + (link == null ? ", not neither"
                            : ", not both"));
            return;
        }
        if (link != null && !References.isInSameTopology(link, fault)) {
            findings.error(ValidationRule.FAULT_TARGET_INVALID, fault, PACKAGE.getLinkFault_Link(),
                    ElementLabels.describe(fault) + ": the link is not part of this topology");
            return;
        }
        if (port != null && !References.isInSameTopology(port, fault)) {
            findings.error(ValidationRule.FAULT_TARGET_INVALID, fault, PACKAGE.getLinkFault_Port(),
                    ElementLabels.describe(fault) + ": the port is not part of this topology");
            return;
        }
        if (link != null && FaultTargets.faultyEnd(link) == null) {
            findings.error(ValidationRule.FAULT_TARGET_INVALID, fault, PACKAGE.getLinkFault_Link(),
                    ElementLabels.describe(fault) + ": " + ElementLabels.describe(link) + " ends at no HCA port and not"
                            + " at the subnet manager's port; the simulator injects faults where a link meets an HCA"
                            + " or the SM");
        }
        if (port != null && !(port.getNode() instanceof Hca) && !FaultTargets.isSubnetManagerPort(port)) {
            findings.error(ValidationRule.FAULT_TARGET_INVALID, fault, PACKAGE.getLinkFault_Port(),
                    ElementLabels.describe(fault) + ": " + ElementLabels.describe(port) + " is neither an HCA port nor"
                            + " the subnet manager's port; fault the link at its HCA or SM end instead");
        }
    }

    private static void checkStall(KworkerStallFault stall, Findings findings) {
        findings.atLeast(stall, PACKAGE.getKworkerStallFault_Cpus(), stall.getCpus(), 1);
        Hca hca = stall.getHca();
        if (!References.isInSameTopology(hca, stall)) {
            findings.error(ValidationRule.FAULT_TARGET_INVALID, stall, PACKAGE.getKworkerStallFault_Hca(),
                    ElementLabels.describe(stall) + ": hca is "
                            + (hca == null ? "not set" : "not part of this topology"));
        } else if (hca.getFunctions().isEmpty()) {
            findings.error(ValidationRule.FAULT_TARGET_INVALID, stall, PACKAGE.getKworkerStallFault_Hca(),
                    ElementLabels.describe(stall) + ": " + ElementLabels.describe(hca)
                            + " has no SR-IOV functions, so no proxy kworkers to stall");
        }
    }
}
