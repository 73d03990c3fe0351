package io.hcastudio.model.tests;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

import io.hcastudio.model.FunctionOwner;
import io.hcastudio.model.PciFunction;
import io.hcastudio.model.validation.ValidationRule;

/** An HCA's PF and VFs: ids and slave numbers, the ports each is active on, the VMs they are passed through to. */
class SriovRulesTest extends ValidationFixture {

    @Test
    void missingPhysicalFunction() {
        assertSilent(ValidationRule.MISSING_PHYSICAL_FUNCTION);
        hcaA.getFunctions().get(0).setFunctionId(9);
        assertFires(ValidationRule.MISSING_PHYSICAL_FUNCTION, Diagnostic.ERROR, "HCA 'hostA/hca0'", "no physical function");
    }

    @Test
    void duplicateFunctionId() {
        assertSilent(ValidationRule.DUPLICATE_FUNCTION_ID);
        hcaA.getFunctions().get(2).setFunctionId(1);
        assertFires(ValidationRule.DUPLICATE_FUNCTION_ID, Diagnostic.ERROR, "function 'hostA/hca0/VF2'", "functionId 1 is used twice");
    }

    @Test
    void slaveNumbersMustBeSequential() {
        assertSilent(ValidationRule.SLAVE_NUMBERS_NOT_SEQUENTIAL);
        hcaA.getFunctions().get(8).setSlaveNumber(12);
        assertFires(ValidationRule.SLAVE_NUMBERS_NOT_SEQUENTIAL, Diagnostic.ERROR, "function 'hostA/hca0/VF8'",
                "slaveNumber 12 leaves a gap", "expected 0..8");
    }

    @Test
    void slaveNumbersMustBeUnique() {
        hcaA.getFunctions().get(8).setSlaveNumber(7);
        assertFires(ValidationRule.SLAVE_NUMBERS_NOT_SEQUENTIAL, Diagnostic.ERROR, "slaveNumber 7 is used twice");
    }

    @Test
    void physicalFunctionIsSlaveZero() {
        hcaA.getFunctions().get(0).setSlaveNumber(1);
        hcaA.getFunctions().get(1).setSlaveNumber(0);
        assertFires(ValidationRule.SLAVE_NUMBERS_NOT_SEQUENTIAL, Diagnostic.ERROR, "function 'hostA/hca0/PF'",
                "the physical function is slave 0, not 1");
    }

    @Test
    void anHcaWithoutSriovNeedsNoFunctions() {
        testbed.getScenarios().clear();
        hcaA.getFunctions().clear();
        assertSilent(ValidationRule.MISSING_PHYSICAL_FUNCTION);
        assertSilent(ValidationRule.SLAVE_NUMBERS_NOT_SEQUENTIAL);
    }

    @Test
    void tooManyVirtualFunctions() {
        hcaA.setMaxVirtualFunctions(8);
        assertSilent(ValidationRule.TOO_MANY_VIRTUAL_FUNCTIONS);
        hcaA.setMaxVirtualFunctions(4);
        assertFires(ValidationRule.TOO_MANY_VIRTUAL_FUNCTIONS, Diagnostic.ERROR, "8 virtual functions exceed maxVirtualFunctions 4");
    }

    @Test
    void virtualFunctionLimitIsNotNegative() {
        assertSilent(ValidationRule.VALUE_OUT_OF_RANGE);
        hcaA.getFunctions().clear();
        testbed.getScenarios().clear();
        hcaA.setMaxVirtualFunctions(-1);
        assertFires(ValidationRule.VALUE_OUT_OF_RANGE, Diagnostic.ERROR, "HCA 'hostA/hca0': maxVirtualFunctions -1 is too small");
    }

    @Test
    void functionActiveOnAPortTheHcaLacks() {
        assertSilent(ValidationRule.INTERFACE_ON_MISSING_PORT);
        hcaA.getFunctions().get(1).getInterfaces().get(1).setPortNumber(3);
        assertFires(ValidationRule.INTERFACE_ON_MISSING_PORT, Diagnostic.ERROR, "function 'hostA/hca0/VF1': active on port 3",
                "has ports 1..2");
    }

    @Test
    void functionActiveTwiceOnAPort() {
        assertSilent(ValidationRule.DUPLICATE_INTERFACE);
        hcaA.getFunctions().get(1).getInterfaces().get(1).setPortNumber(1);
        assertFires(ValidationRule.DUPLICATE_INTERFACE, Diagnostic.ERROR, "active twice on port 1");
    }

    @Test
    void inactiveFunctionIsAWarning() {
        assertSilent(ValidationRule.FUNCTION_INACTIVE);
        testbed.getScenarios().clear();
        hcaA.getFunctions().get(5).getInterfaces().clear();
        assertFires(ValidationRule.FUNCTION_INACTIVE, Diagnostic.WARNING, "function 'hostA/hca0/VF5': not active on any port");
    }

    @Test
    void virtualMachineOwnerNeedsAVirtualMachine() {
        assertSilent(ValidationRule.OWNER_INCONSISTENT);
        hcaA.getFunctions().get(1).setVirtualMachine(null);
        assertFires(ValidationRule.OWNER_INCONSISTENT, Diagnostic.ERROR, "owner is virtualMachine but virtualMachine is not set");
    }

    @Test
    void functionPassedToAVmOfAnotherHost() {
        hcaA.getFunctions().get(1).setVirtualMachine(testbed.getHosts().get(2).getVirtualMachines().get(0));
        assertFires(ValidationRule.OWNER_INCONSISTENT, Diagnostic.ERROR, "runs on another host");
    }

    @Test
    void hostOwnedFunctionWithVm() {
        hcaA.getFunctions().get(1).setOwner(FunctionOwner.BARE_METAL);
        assertFires(ValidationRule.OWNER_INCONSISTENT, Diagnostic.ERROR, "owner is bareMetal but the function is assigned to");
    }

    @Test
    void hostOwnedFunctionWithoutVm() {
        PciFunction virtualFunction = hcaA.getFunctions().get(1);
        virtualFunction.setOwner(FunctionOwner.BARE_METAL);
        virtualFunction.setVirtualMachine(null);
        assertSilent(ValidationRule.OWNER_INCONSISTENT);
    }

    @Test
    void virtualMachineNeedsAVcpu() {
        testbed.getHosts().get(1).getVirtualMachines().get(0).setVcpus(1);
        assertSilent(ValidationRule.VALUE_OUT_OF_RANGE);
        testbed.getHosts().get(1).getVirtualMachines().get(0).setVcpus(0);
        assertFires(ValidationRule.VALUE_OUT_OF_RANGE, Diagnostic.ERROR, "VM 'hostA/vm1': vcpus 0 is too small; expected 1 or more");
    }
}
