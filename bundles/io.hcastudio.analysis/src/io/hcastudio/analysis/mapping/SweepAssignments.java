package io.hcastudio.analysis.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.hcastudio.analysis.AnalysisException;
import io.hcastudio.model.DriverProfile;
import io.hcastudio.model.Hca;
import io.hcastudio.model.HcaPackage;
import io.hcastudio.model.ProfilePreset;
import io.hcastudio.model.Scenario;
import io.hcastudio.model.Topology;
import io.hcastudio.model.Workload;
import io.hcastudio.model.validation.ElementLabels;
import io.hcastudio.model.validation.SweepKeys;

/**
 * Sets a swept parameter ({@code <scope>.<attribute>}, see {@link SweepKeys}) on every element of its scope: every
 * HCA's driver profile or timing, the subnet manager, every link, or the scenario's workloads of that kind and its
 * run settings. Meant for a copy of the model that one sweep point runs on.
 * <p>
 * Setting {@code driverProfile.preset} applies the preset with its ring sizes and work-queue mode, as choosing it in
 * the editor does, and clears the scenario's preset override: the swept value is the more specific instruction.
 * Setting a value the preset fixes (a ring size, the work-queue mode) under a scenario's preset override first gives
 * every profile the override's preset and clears the override, so the swept value takes effect on top of it instead
 * of being replaced by the override.
 */
public final class SweepAssignments {

    /** Driver-profile attributes whose value a preset fixes. */
    public static final Set<EAttribute> PRESET_FIXED = Set.of(HcaPackage.Literals.DRIVER_PROFILE__WIRE_RING_SIZE,
            HcaPackage.Literals.DRIVER_PROFILE__TUNNEL_RING_SIZE, HcaPackage.Literals.DRIVER_PROFILE__WORK_QUEUE_MODE);

    private SweepAssignments() {
    }

    public static void apply(Scenario scenario, String key, String value) throws AnalysisException {
        EAttribute attribute = SweepKeys.resolve(key);
        if (attribute == null) {
            throw new AnalysisException(ElementLabels.describe(scenario) + ": '" + key
                    + "' is not a sweepable parameter; known: " + String.join(", ", SweepKeys.knownKeys()));
        }
        Object converted;
        try {
            converted = EcoreUtil.createFromString((EDataType) attribute.getEType(), value);
        } catch (RuntimeException e) {
            throw new AnalysisException(ElementLabels.describe(scenario) + ": value '" + value + "' of " + key
                    + " is not a valid " + attribute.getEType().getName(), e);
        }
        if (attribute == HcaPackage.Literals.DRIVER_PROFILE__PRESET) {
            scenario.unsetPresetOverride();
        } else if (PRESET_FIXED.contains(attribute) && scenario.isSetPresetOverride()
                && scenario.getPresetOverride() != ProfilePreset.CUSTOM) {
            for (EObject element : scopeElements(scenario, "driverProfile")) {
                ((DriverProfile) element).applyPreset(scenario.getPresetOverride());
            }
            scenario.unsetPresetOverride();
        }
        String scope = key.substring(0, key.indexOf('.'));
        for (EObject element : scopeElements(scenario, scope)) {
            if (element instanceof DriverProfile profile && attribute == HcaPackage.Literals.DRIVER_PROFILE__PRESET) {
                profile.applyPreset((ProfilePreset) converted);
            } else {
                element.eSet(attribute, converted);
            }
        }
    }

    private static List<EObject> scopeElements(Scenario scenario, String scope) {
        Topology topology = (Topology) scenario.eContainer();
        List<EObject> elements = new ArrayList<>();
        switch (scope) {
            case "driverProfile", "timing" -> {
                for (Hca hca : topology.allHcas()) {
                    DriverProfile profile = hca.getDriverProfile();
                    EObject element = profile == null ? null : "timing".equals(scope) ? profile.getTiming() : profile;
                    if (element != null) {
                        elements.add(element);
                    }
                }
            }
            case "subnetManager" -> {
                if (topology.getSubnetManager() != null) {
                    elements.add(topology.getSubnetManager());
                }
            }
            case "link" -> elements.addAll(topology.getLinks());
            case "runSettings" -> {
                if (scenario.getRunSettings() != null) {
                    elements.add(scenario.getRunSettings());
                }
            }
            default -> {
                for (Workload workload : scenario.getWorkloads()) {
                    if (workloadScope(workload).equals(scope)) {
                        elements.add(workload);
                    }
                }
            }
        }
        return elements;
    }

    /** The scope name {@link SweepKeys} uses for a workload's class. */
    private static String workloadScope(Workload workload) {
        String className = workload.eClass().getName();
        return "CmtimeInstance".equals(className) ? "cmtime"
                : Character.toLowerCase(className.charAt(0)) + className.substring(1);
    }
}
