package io.hcastudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

import io.hcastudio.model.DriverProfile;
import io.hcastudio.model.HcaFactory;
import io.hcastudio.model.ProfilePreset;
import io.hcastudio.model.TimingDistribution;
import io.hcastudio.model.TimingParameters;
import io.hcastudio.model.operations.TimingDistributions;
import io.hcastudio.model.validation.ValidationRule;

/** Every HCA has a driver profile with ring sizes the driver can mask, values matching its preset, and timing. */
class DriverProfileRulesTest extends ValidationFixture {

    @Test
    void missingDriverProfile() {
        assertSilent(ValidationRule.MISSING_DRIVER_PROFILE);
        hcaA.setDriverProfile(null);
        testbed.getScenarios().clear();
        assertFires(ValidationRule.MISSING_DRIVER_PROFILE, Diagnostic.ERROR, "HCA 'hostA/hca0': driverProfile is missing");
    }

    @Test
    void missingTiming() {
        hcaA.getDriverProfile().setTiming(null);
        assertFires(ValidationRule.MISSING_DRIVER_PROFILE, Diagnostic.ERROR, "driver profile of HCA 'hostA/hca0': timing is missing");
    }

    @Test
    void ringSizeMustBeAPowerOfTwo() {
        assertSilent(ValidationRule.RING_SIZE_NOT_POWER_OF_TWO);
        DriverProfile profile = hcaA.getDriverProfile();
        profile.applyPreset(ProfilePreset.CUSTOM);
        profile.setWireRingSize(2);
        assertSilent(ValidationRule.RING_SIZE_NOT_POWER_OF_TWO);
        profile.setWireRingSize(2000);
        profile.setTunnelRingSize(1);
        assertFires(ValidationRule.RING_SIZE_NOT_POWER_OF_TWO, Diagnostic.ERROR, "driver profile of HCA 'hostA/hca0'",
                "wireRingSize 2000 is not a power of two");
        assertFires(ValidationRule.RING_SIZE_NOT_POWER_OF_TWO, Diagnostic.ERROR, "tunnelRingSize 1 is not a power of two (at least 2)");
    }

    @Test
    void valuesThatLeftTheirPresetWarn() {
        assertSilent(ValidationRule.PRESET_VALUES_DIFFER);
        hcaA.getDriverProfile().setTunnelRingSize(1024);
        assertFires(ValidationRule.PRESET_VALUES_DIFFER, Diagnostic.WARNING, "differ from preset C", "tunnel 1024");
    }

    @Test
    void customValuesHaveNoPresetToLeave() {
        hcaA.getDriverProfile().applyPreset(ProfilePreset.CUSTOM);
        hcaA.getDriverProfile().setTunnelRingSize(1024);
        assertSilent(ValidationRule.PRESET_VALUES_DIFFER);
    }

    @Test
    void queuesAndWorkersAreAtLeastOne() {
        assertSilent(ValidationRule.VALUE_OUT_OF_RANGE);
        DriverProfile profile = hcaA.getDriverProfile();
        profile.setMadSendQueueSize(0);
        profile.setMadRecvQueueSize(0);
        profile.setKworkerCpus(0);
        assertFires(ValidationRule.VALUE_OUT_OF_RANGE, Diagnostic.ERROR, "madSendQueueSize 0 is too small; expected 1 or more");
        assertFires(ValidationRule.VALUE_OUT_OF_RANGE, Diagnostic.ERROR, "madRecvQueueSize 0 is too small");
        assertFires(ValidationRule.VALUE_OUT_OF_RANGE, Diagnostic.ERROR, "kworkerCpus 0 is too small");
    }

    @Test
    void timingIsNeverNegative() {
        hcaA.getDriverProfile().getTiming().setWakeLatencyNs(0);
        assertSilent(ValidationRule.VALUE_OUT_OF_RANGE);
        hcaA.getDriverProfile().getTiming().setWakeLatencyNs(-1);
        assertFires(ValidationRule.VALUE_OUT_OF_RANGE, Diagnostic.ERROR, "timing parameters in the driver profile of HCA 'hostA/hca0'",
                "wakeLatencyNs -1 is negative; expected 0 or more");
    }

    @Test
    void aTimingLawMustParseAndNameATimingParameter() {
        TimingParameters timing = hcaA.getDriverProfile().getTiming();
        TimingDistributions.set(timing, "wakeLatencyNs", "lognormal(20us,2)");
        assertSilent(ValidationRule.TIMING_DISTRIBUTION_INVALID);
        TimingDistributions.find(timing, "wakeLatencyNs").setExpression("lognormal(20us,2");
        TimingDistribution unknown = HcaFactory.eINSTANCE.createTimingDistribution();
        unknown.setParameter("cmMaxRetries");
        unknown.setExpression("exp(3)");
        timing.getDistributions().add(unknown);
        assertFires(ValidationRule.TIMING_DISTRIBUTION_INVALID, Diagnostic.ERROR,
                "distribution of wakeLatencyNs in the timing parameters in the driver profile of HCA 'hostA/hca0'",
                "expression 'lognormal(20us,2' is invalid at column 17: expected ')' at the end");
        assertFires(ValidationRule.TIMING_DISTRIBUTION_INVALID, Diagnostic.ERROR, "distribution of cmMaxRetries",
                "parameter 'cmMaxRetries' is not a timing parameter with a distribution; known: loopbackLatencyNs");
    }

    @Test
    void settingALawSetsTheAttributeToItsMedian() {
        TimingParameters timing = hcaA.getDriverProfile().getTiming();
        TimingDistributions.set(timing, "issueCostNs", "uniform(4us,8us)");
        assertEquals(6_000, timing.getIssueCostNs());
        assertEquals("uniform(4us,8us)", TimingDistributions.find(timing, "issueCostNs").getExpression());
        TimingDistributions.set(timing, "issueCostNs", "7us");
        assertEquals(7_000, timing.getIssueCostNs());
        assertNull(TimingDistributions.find(timing, "issueCostNs"), "a constant needs no law");
        assertThrows(IllegalArgumentException.class, () -> TimingDistributions.set(timing, "cmMaxRetries", "3"));
    }
}
