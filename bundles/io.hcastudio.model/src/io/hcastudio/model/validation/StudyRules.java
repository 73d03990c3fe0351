package io.hcastudio.model.validation;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import java.util.HashSet;
import java.util.Set;

import io.hcastudio.model.HcaPackage;
import io.hcastudio.model.ProfilePreset;
import io.hcastudio.model.RunSettings;
import io.hcastudio.model.Scenario;
import io.hcastudio.model.Study;
import io.hcastudio.model.StudyKind;
import io.hcastudio.model.SweepParameter;

/** How a scenario is run: its run settings and the parameters its studies sweep. */
final class StudyRules {

    private static final HcaPackage PACKAGE = HcaPackage.eINSTANCE;
    private static final String PRESET_KEY = "driverProfile.preset";
    private static final String REPLICATIONS_KEY = "runSettings.replications";

    private StudyRules() {
    }

    static void checkRunSettings(RunSettings settings, Findings findings) {
        findings.atLeast(settings, PACKAGE.getRunSettings_Replications(), settings.getReplications(), 1);
        findings.atLeast(settings, PACKAGE.getRunSettings_StopTimeMs(), settings.getStopTimeMs(), 0);
    }

    /**
     * A robustness map needs exactly two distinct grid parameters and at least one preset to compare; its profiles
     * take the place of {@code driverProfile.preset}, which is therefore no grid parameter. A sweep has no profiles:
     * they would change nothing.
     */
    static void checkStudy(Study study, Findings findings) {
        if (study.getKind() != StudyKind.ROBUSTNESS_MAP) {
            if (!study.getProfiles().isEmpty()) {
                findings.error(ValidationRule.ROBUSTNESS_MAP_INVALID, study, PACKAGE.getStudy_Profiles(),
                        ElementLabels.describe(study) + ": profiles are compared by robustness maps only; a sweep"
                                + " varies driverProfile.preset as a parameter (remove the profiles or make it a"
                                + " robustness map)");
            }
            return;
        }
        if (study.getParameters().size() != 2) {
            findings.error(ValidationRule.ROBUSTNESS_MAP_INVALID, study, PACKAGE.getStudy_Parameters(),
                    ElementLabels.describe(study) + ": a robustness map spans a grid of exactly 2 parameters, it has "
                            + study.getParameters().size());
        }
        Set<String> keys = new HashSet<>();
        for (SweepParameter parameter : study.getParameters()) {
            if (PRESET_KEY.equals(parameter.getKey()) || REPLICATIONS_KEY.equals(parameter.getKey())) {
                findings.error(ValidationRule.ROBUSTNESS_MAP_INVALID, parameter, PACKAGE.getSweepParameter_Key(),
                        ElementLabels.describe(parameter) + ": not a grid parameter of a robustness map; "
                                + (PRESET_KEY.equals(parameter.getKey()) ? "list the presets in the study's profiles"
                                        : "set replications in the run settings"));
            } else if (parameter.getKey() != null && !keys.add(parameter.getKey())) {
                findings.error(ValidationRule.ROBUSTNESS_MAP_INVALID, parameter, PACKAGE.getSweepParameter_Key(),
                        ElementLabels.describe(parameter) + ": the map's other axis varies the same parameter");
            }
        }
        if (study.getProfiles().isEmpty()) {
            findings.error(ValidationRule.ROBUSTNESS_MAP_INVALID, study, PACKAGE.getStudy_Profiles(),
                    ElementLabels.describe(study) + ": no profiles to compare; list presets A-E, e.g. B, C, D");
        }
        // The profiles list is unique (EMF refuses a second C), so only 'custom' can be wrong in it.
        if (study.getProfiles().contains(ProfilePreset.CUSTOM)) {
            findings.error(ValidationRule.ROBUSTNESS_MAP_INVALID, study, PACKAGE.getStudy_Profiles(),
                    ElementLabels.describe(study) + ": profile 'custom' is no preset; a map compares presets A-E");
        }
    }

    static void checkSweepParameter(SweepParameter parameter, Findings findings) {
        EStructuralFeature target = SweepKeys.resolve(parameter.getKey());
        if (target == null) {
            findings.error(ValidationRule.STUDY_PARAMETER_INVALID, parameter, PACKAGE.getSweepParameter_Key(),
                    ElementLabels.describe(parameter) + ": unknown key; expected one of " + SweepKeys.describeKnownKeys());
            return;
        }
        if (parameter.eContainer() != null && parameter.eContainer().eContainer() instanceof Scenario scenario
                && SweepKeys.elements(scenario, parameter.getKey()).isEmpty()) {
            findings.warning(ValidationRule.SWEEP_PARAMETER_INERT, parameter, PACKAGE.getSweepParameter_Key(),
                    ElementLabels.describe(parameter) + ": " + ElementLabels.describe(scenario) + " has no "
                            + parameter.getKey().substring(0, parameter.getKey().indexOf('.'))
                            + " to set it on, so the swept values cannot change the run");
        }
        if (parameter.getValues().isEmpty()) {
            findings.error(ValidationRule.STUDY_PARAMETER_INVALID, parameter, PACKAGE.getSweepParameter_Values(),
                    ElementLabels.describe(parameter) + ": no values to sweep over");
        }
        EDataType type = (EDataType) target.getEType();
        for (String value : parameter.getValues()) {
            try {
                EcoreUtil.createFromString(type, value);
            } catch (RuntimeException e) {
                findings.error(ValidationRule.STUDY_PARAMETER_INVALID, parameter, PACKAGE.getSweepParameter_Values(),
                        ElementLabels.describe(parameter) + ": value '" + value + "' is not a valid " + type.getName()
                                + SweepKeys.describeLiterals(type));
            }
        }
    }
}
