package io.hcastudio.model.validation;

import java.util.Set;
import java.util.TreeSet;

import io.hcastudio.model.FunctionInterface;
import io.hcastudio.model.FunctionOwner;
import io.hcastudio.model.Hca;
import io.hcastudio.model.HcaPackage;
import io.hcastudio.model.PciFunction;
import io.hcastudio.model.VirtualMachine;

/**
 * The SR-IOV overlay: an HCA's physical and virtual functions, the ports each is active on, and the VMs they are
 * passed through to.
 */
final class SriovRules {

    private static final HcaPackage PACKAGE = HcaPackage.eINSTANCE;

    private SriovRules() {
    }

    static void checkFunctions(Hca hca, Findings findings) {
        findings.atLeast(hca, PACKAGE.getHca_MaxVirtualFunctions(), hca.getMaxVirtualFunctions(), 0);
        if (hca.getFunctions().isEmpty()) {
            return;
        }
        if (hca.physicalFunction() == null) {
            findings.error(ValidationRule.MISSING_PHYSICAL_FUNCTION, hca, PACKAGE.getHca_Functions(),
                    ElementLabels.describe(hca) + ": functions has no physical function (function id 0)");
        }
        for (PciFunction function : Numbering.repeats(hca.getFunctions(), PciFunction::getFunctionId)) {
            findings.error(ValidationRule.DUPLICATE_FUNCTION_ID, function, PACKAGE.getPciFunction_FunctionId(),
                    ElementLabels.describe(function) + ": functionId " + function.getFunctionId() + " is used twice on "
                            + ElementLabels.describe(hca));
        }
        checkSlaveNumbers(hca, findings);
        int virtualFunctionCount = hca.virtualFunctions().size();
        if (virtualFunctionCount > hca.getMaxVirtualFunctions()) {
            findings.error(ValidationRule.TOO_MANY_VIRTUAL_FUNCTIONS, hca, PACKAGE.getHca_Functions(), ElementLabels.describe(hca)
                    + ": " + virtualFunctionCount + " virtual functions exceed maxVirtualFunctions " + hca.getMaxVirtualFunctions());
        }
    }

    /** mlx4 numbers slaves 0 (the PF) .. number of VFs without gaps. */
    private static void checkSlaveNumbers(Hca hca, Findings findings) {
        int functionCount = hca.getFunctions().size();
        Set<Integer> slaves = new TreeSet<>();
        for (PciFunction function : hca.getFunctions()) {
            int slave = function.getSlaveNumber();
            String problem;
            if (!slaves.add(slave)) {
                problem = "slaveNumber " + slave + " is used twice on " + ElementLabels.describe(hca) + "; expected 0.."
                        + (functionCount - 1) + ", each once";
            } else if (slave < 0 || slave >= functionCount) {
                problem = "slaveNumber " + slave + " leaves a gap; with " + functionCount + " functions expected 0.." + (functionCount - 1);
            } else if (function.isPhysicalFunction() && slave != 0) {
                problem = "the physical function is slave 0, not " + slave;
            } else {
                continue;
            }
            findings.error(ValidationRule.SLAVE_NUMBERS_NOT_SEQUENTIAL, function, PACKAGE.getPciFunction_SlaveNumber(),
                    ElementLabels.describe(function) + ": " + problem);
        }
    }

    static void checkFunction(PciFunction function, Findings findings) {
        if (function.getInterfaces().isEmpty()) {
            findings.warning(ValidationRule.FUNCTION_INACTIVE, function, PACKAGE.getPciFunction_Interfaces(),
                    ElementLabels.describe(function) + ": not active on any port; it gets no tunnel context and carries no MADs");
        }
        for (FunctionInterface functionInterface : Numbering.repeats(function.getInterfaces(), FunctionInterface::getPortNumber)) {
            findings.error(ValidationRule.DUPLICATE_INTERFACE, functionInterface, PACKAGE.getFunctionInterface_PortNumber(),
                    ElementLabels.describe(function) + ": active twice on port " + functionInterface.getPortNumber());
        }
        checkOwner(function, findings);
    }

    /** A function owned by a VM must be passed through to one VM of its own host; other owners take no VM. */
    private static void checkOwner(PciFunction function, Findings findings) {
        VirtualMachine virtualMachine = function.getVirtualMachine();
        if (function.getOwner() != FunctionOwner.VIRTUAL_MACHINE) {
            if (virtualMachine != null) {
                findings.error(ValidationRule.OWNER_INCONSISTENT, function, PACKAGE.getPciFunction_Owner(),
                        ElementLabels.describe(function) + ": owner is " + function.getOwner() + " but the function is assigned to "
                                + ElementLabels.describe(virtualMachine) + "; set owner to virtualMachine or clear the VM");
            }
        } else if (virtualMachine == null) {
            findings.error(ValidationRule.OWNER_INCONSISTENT, function, PACKAGE.getPciFunction_VirtualMachine(),
                    ElementLabels.describe(function) + ": owner is virtualMachine but virtualMachine is not set");
        } else if (function.getHca() != null && virtualMachine.getHost() != function.getHca().getHost()) {
            findings.error(ValidationRule.OWNER_INCONSISTENT, function, PACKAGE.getPciFunction_VirtualMachine(),
                    ElementLabels.describe(function) + ": " + ElementLabels.describe(virtualMachine)
                            + " runs on another host; a VF can only be passed through to a VM of its own host");
        }
    }

    static void checkInterface(FunctionInterface functionInterface, Findings findings) {
        PciFunction function = functionInterface.getFunction();
        Hca hca = function == null ? null : function.getHca();
        if (hca != null && (functionInterface.getPortNumber() < 1 || functionInterface.getPortNumber() > hca.getPortCount())) {
            findings.error(ValidationRule.INTERFACE_ON_MISSING_PORT, functionInterface, PACKAGE.getFunctionInterface_PortNumber(),
                    ElementLabels.describe(function) + ": active on port " + functionInterface.getPortNumber() + ", but "
                            + ElementLabels.describe(hca) + " has ports 1.." + hca.getPortCount());
        }
    }

    static void checkVirtualMachine(VirtualMachine virtualMachine, Findings findings) {
        findings.atLeast(virtualMachine, PACKAGE.getVirtualMachine_Vcpus(), virtualMachine.getVcpus(), 1);
    }
}
