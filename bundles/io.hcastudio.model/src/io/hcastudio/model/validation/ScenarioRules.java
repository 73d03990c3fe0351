package io.hcastudio.model.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EStructuralFeature;

import io.hcastudio.model.CmtimeInstance;
import io.hcastudio.model.CmtimeRole;
import io.hcastudio.model.DriverProfile;
import io.hcastudio.model.Hca;
import io.hcastudio.model.HcaPackage;
import io.hcastudio.model.InboundBurst;
import io.hcastudio.model.InboundFanIn;
import io.hcastudio.model.OutboundBurst;
import io.hcastudio.model.PciFunction;
import io.hcastudio.model.ProfilePreset;
import io.hcastudio.model.Scenario;
import io.hcastudio.model.Topology;
import io.hcastudio.model.WorkQueueMode;
import io.hcastudio.model.Workload;
import io.hcastudio.model.operations.DriverProfiles;
import io.hcastudio.model.operations.DriverProfiles.PresetValues;

/**
 * Scenarios and their workloads: each workload runs on an interface that exists, cmtime clients have a server, and
 * the MADs a scenario sends fit the rings of the driver profile in effect (the HCA's, or the scenario's override).
 */
final class ScenarioRules {

    private static final HcaPackage PACKAGE = HcaPackage.eINSTANCE;
    private static final String DISCARDED = "the hardware discards the rest";

    private ScenarioRules() {
    }

    static void checkScenario(Scenario scenario, Findings findings) {
        if (scenario.isSetPresetOverride() && scenario.getPresetOverride() == ProfilePreset.CUSTOM) {
            findings.error(ValidationRule.PRESET_OVERRIDE_INVALID, scenario, PACKAGE.getScenario_PresetOverride(),
                    ElementLabels.describe(scenario) + ": presetOverride must be A, B, C, D or E (custom has no values); unset it to "
                            + "use each HCA's own profile");
        }
        checkWireRingLoad(scenario, findings);
        checkOverrideHidesValues(scenario, findings);
    }

    /** A preset override replaces what its preset fixes; explicit values it replaces must not vanish silently. */
    private static void checkOverrideHidesValues(Scenario scenario, Findings findings) {
        ProfilePreset override = presetOverride(scenario);
        if (override == null || override == ProfilePreset.CUSTOM || !(scenario.eContainer() instanceof Topology topology)) {
            return;
        }
        PresetValues replacement = DriverProfiles.valuesOf(override);
        for (Hca hca : topology.allHcas()) {
            DriverProfile profile = hca.getDriverProfile();
            if (profile == null || profile.matchesPreset()) {
                continue;
            }
            PresetValues own = DriverProfiles.effectiveValues(profile, null);
            if (!own.equals(replacement)) {
                findings.warning(ValidationRule.PRESET_OVERRIDE_HIDES_VALUES, scenario, PACKAGE.getScenario_PresetOverride(),
                        ElementLabels.describe(scenario) + ": presetOverride " + override + " replaces the explicit values of "
                                + ElementLabels.describe(hca) + " (" + own.describe() + " becomes "
                                + replacement.describe() + "); unset the override to run them");
            }
        }
    }

    /**
     * Under a single ordered workqueue the wire ring is not reaped while tunnel works run, so everything a
     * port's functions send in one phase must fit into the N - 1 usable wire slots (proxy specification 3.4).
     */
    private static void checkWireRingLoad(Scenario scenario, Findings findings) {
        record HcaPort(Hca hca, int portNumber) {
        }
        Map<HcaPort, int[]> madsAndInterfaces = new LinkedHashMap<>();
        for (Workload workload : scenario.getWorkloads()) {
            int mads = workload instanceof CmtimeInstance cmtime ? cmtime.getConnections()
                    : workload instanceof OutboundBurst burst ? burst.getMadCount() : 0;
            Hca hca = workload.getFunction() == null ? null : workload.getFunction().getHca();
            if (mads > 0 && hca != null && hca.getDriverProfile() != null) {
                int[] totals = madsAndInterfaces.computeIfAbsent(new HcaPort(hca, workload.getPortNumber()), key -> new int[2]);
                totals[0] += mads;
                totals[1]++;
            }
        }
        ProfilePreset override = presetOverride(scenario);
        madsAndInterfaces.forEach((hcaPort, totals) -> {
            PresetValues values = DriverProfiles.effectiveValues(hcaPort.hca().getDriverProfile(), override);
            int usableSlots = values.wireRingSize() - 1;
            if (values.workQueueMode() == WorkQueueMode.SINGLE && totals[0] > usableSlots) {
                String profileName = override != null && override != ProfilePreset.CUSTOM ? "preset " + override
                        : "profile " + hcaPort.hca().getDriverProfile().getPreset();
                findings.warning(ValidationRule.WIRE_RING_OVERCOMMITTED, scenario, PACKAGE.getScenario_Workloads(),
                        ElementLabels.describe(scenario) + ": " + totals[0] + " MADs per phase from " + totals[1]
                                + " workloads leave " + ElementLabels.describe(hcaPort.hca()) + " port " + hcaPort.portNumber()
                                + ", but the wire ring has " + usableSlots + " usable slots under single-workqueue " + profileName
                                + ": drops expected");
            }
        });
    }

    /** The preset that replaces every HCA's own profile in this scenario, or null. */
    private static ProfilePreset presetOverride(Scenario scenario) {
        return scenario != null && scenario.isSetPresetOverride() ? scenario.getPresetOverride() : null;
    }

    static void checkWorkload(Workload workload, Findings findings) {
        findings.atLeast(workload, PACKAGE.getWorkload_StartTimeNs(), workload.getStartTimeNs(), 0);
        PciFunction function = workload.getFunction();
        if (!References.isInSameTopology(function, workload)) {
            findings.error(ValidationRule.WORKLOAD_INTERFACE_MISSING, workload, PACKAGE.getWorkload_Function(),
                    ElementLabels.describe(workload) + ": function is " + (function == null ? "not set" : "not part of this topology")
                            + "; expected a function active on port " + workload.getPortNumber());
            return;
        }
        if (function.interfaceOn(workload.getPortNumber()) == null) {
            findings.error(ValidationRule.WORKLOAD_INTERFACE_MISSING, workload, PACKAGE.getWorkload_PortNumber(),
                    ElementLabels.describe(workload) + ": interface " + ElementLabels.path(function) + " port " + workload.getPortNumber()
                            + " does not exist; the function is active on " + activePorts(function));
        }
        switch (workload) {
            case CmtimeInstance cmtime -> checkCmtime(cmtime, findings);
            case OutboundBurst burst -> checkBurst(burst, PACKAGE.getOutboundBurst_MadCount(), burst.getMadCount(), findings);
            case InboundBurst burst -> checkBurst(burst, PACKAGE.getInboundBurst_MadCount(), burst.getMadCount(), findings);
            case InboundFanIn fanIn -> checkFanIn(fanIn, findings);
            default -> {
            }
        }
    }

    private static String activePorts(PciFunction function) {
        List<Integer> ports = new ArrayList<>();
        function.getInterfaces().forEach(functionInterface -> ports.add(functionInterface.getPortNumber()));
        return ports.isEmpty() ? "no port" : "port" + (ports.size() > 1 ? "s " : " ") + ports;
    }

    private static void checkCmtime(CmtimeInstance cmtime, Findings findings) {
        findings.atLeast(cmtime, PACKAGE.getCmtimeInstance_Connections(), cmtime.getConnections(), 1);
        findings.atLeast(cmtime, PACKAGE.getCmtimeInstance_TimeoutMs(), cmtime.getTimeoutMs(), 1);
        findings.atLeast(cmtime, PACKAGE.getCmtimeInstance_Retries(), cmtime.getRetries(), 0);
        CmtimeInstance peer = cmtime.getPeer();
        if (cmtime.getRole() != CmtimeRole.CLIENT) {
            if (peer != null) {
                findings.warning(ValidationRule.CMTIME_PEER_INVALID, cmtime, PACKAGE.getCmtimeInstance_Peer(),
                        ElementLabels.describe(cmtime) + ": a server accepts from anyone; its peer is ignored");
            }
            return;
        }
        String problem = peer == null ? "a client needs a peer (the server instance it connects to)"
                : peer.getRole() != CmtimeRole.SERVER ? "peer " + ElementLabels.describe(peer) + " is a client; expected a server"
                : peer.eContainer() != cmtime.eContainer() ? "peer " + ElementLabels.describe(peer) + " belongs to another scenario"
                : null;
        if (problem != null) {
            findings.error(ValidationRule.CMTIME_PEER_INVALID, cmtime, PACKAGE.getCmtimeInstance_Peer(),
                    ElementLabels.describe(cmtime) + ": " + problem);
        }
    }

    /**
     * Bursts beyond the buffers that catch them lose MADs outside the rings being studied: an outbound burst waits
     * in the PF's tunnel receive ring, an inbound one in the wire receive ring and then the function's ib_mad
     * receive queue.
     */
    private static void checkBurst(Workload burst, EStructuralFeature feature, int madCount, Findings findings) {
        findings.atLeast(burst, feature, madCount, 0);
        Hca hca = burst.getFunction().getHca();
        DriverProfile profile = hca == null ? null : hca.getDriverProfile();
        if (profile == null) {
            return;
        }
        Scenario scenario = burst.eContainer() instanceof Scenario container ? container : null;
        PresetValues values = DriverProfiles.effectiveValues(profile, presetOverride(scenario));
        if (burst instanceof OutboundBurst) {
            int tunnelRing = values.tunnelRingSize();
            warnIfBeyond(burst, feature, madCount, tunnelRing, "the tunnel receive ring (" + tunnelRing + " buffers); " + DISCARDED,
                    findings);
        } else {
            int wireRing = values.wireRingSize();
            warnIfBeyond(burst, feature, madCount, wireRing, "the wire receive ring (" + wireRing + " buffers); " + DISCARDED, findings);
            int madQueue = profile.getMadRecvQueueSize();
            warnIfBeyond(burst, feature, madCount, madQueue, "the function's ib_mad receive queue (" + madQueue
                    + "); MADs the function does not consume in time are dropped", findings);
        }
    }

    private static void warnIfBeyond(Workload burst, EStructuralFeature feature, int madCount, int capacity, String buffer,
            Findings findings) {
        if (madCount > capacity) {
            findings.warning(ValidationRule.BURST_EXCEEDS_QUEUE, burst, feature,
                    ElementLabels.describe(burst) + ": " + madCount + " MADs exceed " + buffer);
        }
    }

    private static void checkFanIn(InboundFanIn fanIn, Findings findings) {
        findings.atLeast(fanIn, PACKAGE.getInboundFanIn_PeerCount(), fanIn.getPeerCount(), 1);
        findings.atLeast(fanIn, PACKAGE.getInboundFanIn_MadsPerPeer(), fanIn.getMadsPerPeer(), 1);
        findings.atLeast(fanIn, PACKAGE.getInboundFanIn_IntervalNs(), fanIn.getIntervalNs(), 0);
    }
}
