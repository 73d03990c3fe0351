package io.hcastudio.analysis.mapping;

import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.hcastudio.analysis.AnalysisException;
import io.hcastudio.model.DriverProfile;
import io.hcastudio.model.HcaPackage;
import io.hcastudio.model.ProfilePreset;
import io.hcastudio.model.Scenario;
import io.hcastudio.model.validation.ElementLabels;
import io.hcastudio.model.validation.SweepKeys;

/**
 * Sets a swept parameter ({@code <scope>.<attribute>}, see {@link SweepKeys}) on every element of its scope: every
 * HCA's driver profile or timing, the subnet manager, every link, or the scenario's workloads of that kind and its
 * run settings. Meant for a copy of the model that one sweep point runs on.
 * <p>
 * Setting {@code driverProfile.preset} applies the preset with its ring sizes and work-queue mode, as choosing it in
 * the editor does, and clears the scenario's preset override: the swept value is the more specific instruction.
 * Setting a value the preset fixes (a ring size, the work-queue mode, SA query retries) under a scenario's preset override first gives
 * every profile the override's preset and clears the override, so the swept value takes effect on top of it instead
 * of being replaced by the override.
 */
public final class SweepAssignments {

    /** Driver-profile attributes whose value a preset fixes. */
    public static final Set<EAttribute> PRESET_FIXED = Set.of(HcaPackage.Literals.DRIVER_PROFILE__WIRE_RING_SIZE,
            HcaPackage.Literals.DRIVER_PROFILE__TUNNEL_RING_SIZE, HcaPackage.Literals.DRIVER_PROFILE__WORK_QUEUE_MODE,
            HcaPackage.Literals.TIMING_PARAMETERS__SA_QUERY_RETRIES);

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
            for (EObject element : SweepKeys.elements(scenario, "driverProfile.preset")) {
                ((DriverProfile) element).applyPreset(scenario.getPresetOverride());
            }
            scenario.unsetPresetOverride();
        }
        for (EObject element : SweepKeys.elements(scenario, key)) {
            if (element instanceof DriverProfile profile && attribute == HcaPackage.Literals.DRIVER_PROFILE__PRESET) {
                profile.applyPreset((ProfilePreset) converted);
            } else {
                element.eSet(attribute, converted);
            }
        }
    }
}
