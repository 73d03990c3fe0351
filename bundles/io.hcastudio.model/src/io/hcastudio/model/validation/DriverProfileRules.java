package io.hcastudio.model.validation;

import java.util.List;

import org.eclipse.emf.ecore.EStructuralFeature;

import io.hcastudio.model.DriverProfile;
import io.hcastudio.model.Hca;
import io.hcastudio.model.HcaPackage;
import io.hcastudio.model.Scenario;
import io.hcastudio.model.TimingDistribution;
import io.hcastudio.model.TimingParameters;
import io.hcastudio.model.operations.DriverProfiles;
import io.hcastudio.model.operations.TimingDistributions;
import io.hcastudio.model.templates.HcaKind;

/** The mlx4 driver profile of every HCA that runs the proxy: ring sizes the driver can use, its preset, and the timing the simulator needs. */
final class DriverProfileRules {

    private static final HcaPackage PACKAGE = HcaPackage.eINSTANCE;

    private DriverProfileRules() {
    }

    /**
     * Only an mlx4 HCA with VFs runs the paravirt proxy, whose rings and timing the profile describes; other HCAs
     * (mlx5, mthca, other vendors) and an mlx4 HCA with just its PF talk to the wire directly and need none.
     */
    static void checkHasProfile(Hca hca, Findings findings) {
        HcaKind kind = HcaKind.of(hca);
        boolean proxied = kind != null && kind.proxied();
        if (hca.getDriverProfile() == null) {
            if (proxied && !hca.virtualFunctions().isEmpty()) {
                findings.error(ValidationRule.MISSING_DRIVER_PROFILE, hca, PACKAGE.getHca_DriverProfile(),
                        ElementLabels.describe(hca) + ": driverProfile is missing; a " + kind.label()
                                + " with VFs multiplexes their MADs in the PF's proxy: choose preset A, B, C, D or E or enter values");
            }
        } else if (!proxied) {
            findings.warning(ValidationRule.DRIVER_PROFILE_UNUSED, hca, PACKAGE.getHca_DriverProfile(),
                    ElementLabels.describe(hca) + ": driverProfile is ignored; " + kindLabel(kind)
                            + " has no mlx4 MAD proxy, its functions talk to the fabric directly");
        }
        if (!proxied && !hca.virtualFunctions().isEmpty()) {
            findings.error(ValidationRule.VIRTUAL_FUNCTIONS_WITHOUT_PROXY, hca, PACKAGE.getHca_Functions(),
                    ElementLabels.describe(hca) + ": has " + hca.virtualFunctions().size() + " VFs, but " + kindLabel(kind)
                            + " is no mlx4 HCA; the simulator models VFs only behind the mlx4 proxy (set modelName to"
                            + " ConnectX-3 or keep only the PF)");
        }
        HcaKind named = HcaKind.ofModelName(hca.getModelName());
        if (kind != null && named != null && named != kind) {
            findings.warning(ValidationRule.HCA_KIND_MISMATCH, hca, PACKAGE.getHca_ModelName(),
                    ElementLabels.describe(hca) + ": modelName " + named.modelName() + " disagrees with device id 0x"
                            + Integer.toHexString(hca.getDeviceId()) + " (" + kind.modelName()
                            + "); the device id decides, set both");
        }
    }

    private static String kindLabel(HcaKind kind) {
        return kind == null ? "an HCA the tool does not know" : "a " + kind.label();
    }

    static void checkProfile(DriverProfile profile, Findings findings) {
        checkPowerOfTwo(profile, PACKAGE.getDriverProfile_WireRingSize(), profile.getWireRingSize(), findings);
        checkPowerOfTwo(profile, PACKAGE.getDriverProfile_TunnelRingSize(), profile.getTunnelRingSize(), findings);
        findings.atLeast(profile, PACKAGE.getDriverProfile_MadSendQueueSize(), profile.getMadSendQueueSize(), 1);
        findings.atLeast(profile, PACKAGE.getDriverProfile_MadRecvQueueSize(), profile.getMadRecvQueueSize(), 1);
        findings.atLeast(profile, PACKAGE.getDriverProfile_KworkerCpus(), profile.getKworkerCpus(), 1);
        if (profile.getTiming() == null) {
            findings.error(ValidationRule.MISSING_DRIVER_PROFILE, profile, PACKAGE.getDriverProfile_Timing(),
                    ElementLabels.describe(profile) + ": timing is missing; the simulator needs the timing parameters");
        }
        if (!profile.matchesPreset()) {
            DriverProfiles.PresetValues expected = DriverProfiles.valuesOf(profile.getPreset());
            findings.warning(ValidationRule.PRESET_VALUES_DIFFER, profile, PACKAGE.getDriverProfile_Preset(),
                    ElementLabels.describe(profile) + ": values (wire " + profile.getWireRingSize() + ", tunnel "
                            + profile.getTunnelRingSize() + ", " + profile.getWorkQueueMode() + " workqueue) differ from preset "
                            + profile.getPreset() + " (wire " + expected.wireRingSize() + ", tunnel " + expected.tunnelRingSize() + ", "
                            + expected.workQueueMode() + "); re-apply the preset or set it to custom");
        }
    }

    private static void checkPowerOfTwo(DriverProfile profile, EStructuralFeature feature, int size, Findings findings) {
        if (size < 2 || Integer.bitCount(size) != 1) {
            findings.error(ValidationRule.RING_SIZE_NOT_POWER_OF_TWO, profile, feature, ElementLabels.describe(profile) + ": "
                    + feature.getName() + " " + size + " is not a power of two (at least 2); the driver masks ring indexes with size - 1");
        }
    }

    static void checkTiming(TimingParameters timing, Findings findings) {
        for (EStructuralFeature feature : timing.eClass().getEAllAttributes()) {
            if (timing.eGet(feature) instanceof Integer number && number < 0) {
                findings.error(ValidationRule.VALUE_OUT_OF_RANGE, timing, feature, ElementLabels.describe(timing) + ": "
                        + feature.getName() + " " + number + " is negative; expected 0 or more");
            }
        }
    }

    /** A law names a timing parameter that accepts one, once per profile, and parses. */
    static void checkDistribution(TimingDistribution law, Findings findings) {
        String parameter = law.getParameter();
        if (TimingDistributions.parameter(parameter) == null) {
            findings.error(ValidationRule.TIMING_DISTRIBUTION_INVALID, law, PACKAGE.getTimingDistribution_Parameter(),
                    ElementLabels.describe(law) + ": parameter '" + (parameter == null ? "" : parameter)
                            + "' is not a timing parameter with a distribution; known: " + TimingDistributions.parameterNames());
            return;
        }
        List<TimingDistribution> siblings = law.eContainer() instanceof TimingParameters timing
                ? timing.getDistributions() : law.eContainer() instanceof Scenario scenario ? scenario.getTiming()
                : List.of(law);
        if (siblings.stream().filter(other -> parameter.equals(other.getParameter())).findFirst().orElse(law) != law) {
            findings.error(ValidationRule.TIMING_DISTRIBUTION_INVALID, law, PACKAGE.getTimingDistribution_Parameter(),
                    ElementLabels.describe(law) + ": " + parameter + " has more than one distribution; keep one");
        }
        String problem = TimingDistributions.problem(law.getExpression());
        if (problem != null) {
            findings.error(ValidationRule.TIMING_DISTRIBUTION_INVALID, law, PACKAGE.getTimingDistribution_Expression(),
                    ElementLabels.describe(law) + ": expression '" + (law.getExpression() == null ? "" : law.getExpression())
                            + "' is invalid at " + problem);
        }
    }
}
