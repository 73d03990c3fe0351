package io.hcastudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.hcastudio.model.DriverProfile;
import io.hcastudio.model.HcaFactory;
import io.hcastudio.model.ProfilePreset;
import io.hcastudio.model.TimingParameters;
import io.hcastudio.model.WorkQueueMode;
import io.hcastudio.model.operations.DriverProfiles;

class DriverProfilesTest {

    @Test
    void presetAIsThePreSeriesDriver() {
        assertPreset(ProfilePreset.A, 256, 256, WorkQueueMode.SINGLE);
    }

    @Test
    void presetBHasTheLargerRingsButOneWorkqueue() {
        assertPreset(ProfilePreset.B, 2048, 512, WorkQueueMode.SINGLE);
    }

    @Test
    void presetCIsMainlineWithTheFix() {
        assertPreset(ProfilePreset.C, 2048, 512, WorkQueueMode.SPLIT);
    }

    @Test
    void presetDIsTheStableBackport() {
        assertPreset(ProfilePreset.D, 256, 256, WorkQueueMode.SPLIT);
    }

    @Test
    void presetEIsTheCurrentKernelWithSaQueryRetries() {
        assertPreset(ProfilePreset.E, 2048, 512, WorkQueueMode.SPLIT);
        DriverProfile profile = DriverProfiles.create(ProfilePreset.E);
        assertEquals(10, profile.getTiming().getSaQueryRetries(), "nmbr_sa_query_retries of 5f5a650999d5");

        profile.applyPreset(ProfilePreset.C);

        assertEquals(0, profile.getTiming().getSaQueryRetries(), "v5.10 has no MAD-layer SA retries");
        profile.getTiming().setSaQueryRetries(10);
        assertFalse(profile.matchesPreset(), "C with SA retries is no kernel that C names");
    }

    @Test
    void customKeepsExplicitValues() {
        DriverProfile profile = DriverProfiles.create(ProfilePreset.B);
        profile.setTunnelRingSize(1024);

        profile.applyPreset(ProfilePreset.CUSTOM);

        assertEquals(1024, profile.getTunnelRingSize());
        assertTrue(profile.matchesPreset());
        assertNull(DriverProfiles.valuesOf(ProfilePreset.CUSTOM));
    }

    @Test
    void editedValuesNoLongerMatchTheirPreset() {
        DriverProfile profile = DriverProfiles.create(ProfilePreset.C);
        profile.setWorkQueueMode(WorkQueueMode.SINGLE);

        assertFalse(profile.matchesPreset());
    }

    @Test
    void newProfilesDefaultToMainlineWithSpecificationTiming() {
        DriverProfile profile = HcaFactory.eINSTANCE.createDriverProfile();
        TimingParameters timing = HcaFactory.eINSTANCE.createTimingParameters();

        assertEquals(ProfilePreset.C, profile.getPreset());
        assertTrue(profile.matchesPreset());
        assertEquals(128, profile.getMadSendQueueSize());
        assertEquals(512, profile.getMadRecvQueueSize());
        assertEquals(2000, timing.getLoopbackLatencyNs());
        assertEquals(5000, timing.getIrqLatencyNs());
        assertEquals(20000, timing.getWakeLatencyNs());
        assertEquals(300, timing.getReapCostNs());
        assertEquals(1500, timing.getMuxCostNs());
        assertEquals(1500, timing.getDemuxCostNs());
        assertEquals(10000, timing.getIssueCostNs());
        assertEquals(500000, timing.getAcceptCostNs());
        assertEquals(20, timing.getCmResponseTimeout());
        assertEquals(15, timing.getCmMaxRetries());
        assertEquals(30000, timing.getCmIdCacheLifeMs());
    }

    @Test
    void scenarioOverrideWinsOverTheProfile() {
        DriverProfile profile = DriverProfiles.create(ProfilePreset.C);

        DriverProfiles.PresetValues values = DriverProfiles.effectiveValues(profile, ProfilePreset.A);

        assertEquals(new DriverProfiles.PresetValues(256, 256, WorkQueueMode.SINGLE, 0), values);
        assertEquals(new DriverProfiles.PresetValues(2048, 512, WorkQueueMode.SPLIT, 0),
                DriverProfiles.effectiveValues(profile, null));
        assertEquals(10, DriverProfiles.effectiveValues(profile, ProfilePreset.E).saQueryRetries());
    }

    private static void assertPreset(ProfilePreset preset, int wire, int tunnel, WorkQueueMode mode) {
        DriverProfile profile = DriverProfiles.create(preset);

        assertEquals(preset, profile.getPreset());
        assertEquals(wire, profile.getWireRingSize());
        assertEquals(tunnel, profile.getTunnelRingSize());
        assertEquals(mode, profile.getWorkQueueMode());
        assertNotNull(profile.getTiming());
        assertTrue(profile.matchesPreset());
    }
}
