package io.hcastudio.model.validation;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.hcastudio.model.HcaPackage;
import io.hcastudio.model.RunSettings;
import io.hcastudio.model.Scenario;
import io.hcastudio.model.SweepParameter;

/** How a scenario is run: its run settings and the parameters its studies sweep. */
final class StudyRules {

    private static final HcaPackage PACKAGE = HcaPackage.eINSTANCE;

    private StudyRules() {
    }

    static void checkRunSettings(RunSettings settings, Findings findings) {
        findings.atLeast(settings, PACKAGE.getRunSettings_Replications(), settings.getReplications(), 1);
        findings.atLeast(settings, PACKAGE.getRunSettings_StopTimeMs(), settings.getStopTimeMs(), 0);
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
