package io.hcastudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

import io.hcastudio.model.Fault;
import io.hcastudio.model.FunctionResetFault;
import io.hcastudio.model.HcaFactory;
import io.hcastudio.model.HcaPackage;
import io.hcastudio.model.KworkerStallFault;
import io.hcastudio.model.Link;
import io.hcastudio.model.LinkFault;
import io.hcastudio.model.SaSlowdownFault;
import io.hcastudio.model.SmOutageFault;
import io.hcastudio.model.examples.ExampleModels;
import io.hcastudio.model.operations.FaultTargets;
import io.hcastudio.model.validation.ValidationRule;

/** Faults: windows that start at 0 or later and last 0 ns or more, targets in the topology, values in range. */
class FaultRulesTest extends ValidationFixture {

    private static final HcaFactory FACTORY = HcaFactory.eINSTANCE;

    private <T extends Fault> T add(T fault, String name) {
        fault.setName(name);
        fault.setDurationNs(50_000_000);
        scenario("cmtime-18x800-C").getFaults().add(fault);
        return fault;
    }

    private LinkFault flap() {
        LinkFault fault = add(FACTORY.createLinkFault(), "flap");
        fault.setPort(hcaB.getPorts().get(0));
        fault.setDown(true);
        return fault;
    }

    @Test
    void aWellFormedFaultOfEveryKindIsValid() {
        flap();
        KworkerStallFault stall = add(FACTORY.createKworkerStallFault(), "stall");
        stall.setHca(hcaA);
        add(FACTORY.createSmOutageFault(), "sm");
        SaSlowdownFault slow = add(FACTORY.createSaSlowdownFault(), "slow");
        slow.setQueueCapacity(4);
        FunctionResetFault reset = add(FACTORY.createFunctionResetFault(), "flr");
        reset.setFunction(hcaB.getFunctions().get(3));
        for (ValidationRule rule : new ValidationRule[] {ValidationRule.FAULT_WINDOW_INVALID,
                ValidationRule.FAULT_TARGET_INVALID, ValidationRule.FAULT_VALUE_OUT_OF_RANGE,
                ValidationRule.VALUE_OUT_OF_RANGE}) {
            assertSilent(rule);
        }
    }

    @Test
    void aNegativeWindowNamesTheFault() {
        LinkFault fault = flap();
        fault.setStartTimeNs(-5);
        Diagnostic start = assertFires(ValidationRule.FAULT_WINDOW_INVALID, Diagnostic.ERROR,
                "link down 'flap' in scenario 'cmtime-18x800-C'", "startTimeNs -5 is negative");
        assertEquals(HcaPackage.Literals.FAULT__START_TIME_NS, start.getData().get(1));
        fault.setStartTimeNs(0);
        fault.setDurationNs(-1);
        assertFires(ValidationRule.FAULT_WINDOW_INVALID, Diagnostic.ERROR, "link down 'flap'",
                "durationNs -1 is negative");
    }

    @Test
    void aLossProbabilityAboveOneIsAnError() {
        LinkFault fault = flap();
        fault.setDown(false);
        fault.setLossProbability(1.5);
        assertFires(ValidationRule.FAULT_VALUE_OUT_OF_RANGE, Diagnostic.ERROR, "link fault 'flap'",
                "lossProbability 1.5 is not a probability");
        fault.setLossProbability(1);
        assertSilent(ValidationRule.FAULT_VALUE_OUT_OF_RANGE);
        fault.setLossProbability(-0.1);
        assertFires(ValidationRule.FAULT_VALUE_OUT_OF_RANGE, Diagnostic.ERROR, "lossProbability -0.1");
        fault.setLossProbability(0);
        fault.setExtraLatencyNs(-3);
        assertFires(ValidationRule.VALUE_OUT_OF_RANGE, Diagnostic.ERROR, "link fault 'flap'", "extraLatencyNs -3");
    }

    @Test
    void anUnknownLinkIsAnError() {
        LinkFault fault = flap();
        fault.setPort(null);
        assertFires(ValidationRule.FAULT_TARGET_INVALID, Diagnostic.ERROR, "link down 'flap'", "set either link or port");
        Link foreign = ExampleModels.commitTestbed().getLinks().get(0);
        fault.setLink(foreign);
        assertFires(ValidationRule.FAULT_TARGET_INVALID, Diagnostic.ERROR, "link down 'flap'",
                "the link is not part of this topology");
        Link own = testbed.getLinks().get(0);
        fault.setLink(own);
        assertSilent(ValidationRule.FAULT_TARGET_INVALID);
        fault.setPort(hcaB.getPorts().get(0));
        assertFires(ValidationRule.FAULT_TARGET_INVALID, Diagnostic.ERROR, "not both");
    }

    @Test
    void aFaultOnASwitchPortOrBetweenSwitchesIsRefused() {
        LinkFault fault = flap();
        fault.setPort(sw1.getPorts().get(0));
        assertFires(ValidationRule.FAULT_TARGET_INVALID, Diagnostic.ERROR, "is neither an HCA port nor");
        Link between = FACTORY.createLink();
        between.setSource(sw1.getPorts().get(0));
        between.setTarget(sw1.getPorts().get(1));
        assertNull(FaultTargets.faultyEnd(between));
    }

    @Test
    void stallsResetsAndSlowdownsNameTheirTargetsAndValues() {
        KworkerStallFault stall = add(FACTORY.createKworkerStallFault(), "stall");
        assertFires(ValidationRule.FAULT_TARGET_INVALID, Diagnostic.ERROR, "kworker stall 'stall'", "hca is not set");
        stall.setHca(hcaA);
        stall.setCpus(0);
        assertFires(ValidationRule.VALUE_OUT_OF_RANGE, Diagnostic.ERROR, "kworker stall 'stall'", "cpus 0");
        FunctionResetFault reset = add(FACTORY.createFunctionResetFault(), "flr");
        assertFires(ValidationRule.FAULT_TARGET_INVALID, Diagnostic.ERROR, "function reset 'flr'",
                "function is not set");
        SaSlowdownFault slow = add(FACTORY.createSaSlowdownFault(), "slow");
        slow.setQueueCapacity(-2);
        assertFires(ValidationRule.VALUE_OUT_OF_RANGE, Diagnostic.ERROR, "SA slowdown 'slow'", "queueCapacity -2");
        SmOutageFault outage = add(FACTORY.createSmOutageFault(), "out");
        outage.setDurationNs(-1);
        assertFires(ValidationRule.FAULT_WINDOW_INVALID, Diagnostic.ERROR, "SM outage 'out'");
    }
}
