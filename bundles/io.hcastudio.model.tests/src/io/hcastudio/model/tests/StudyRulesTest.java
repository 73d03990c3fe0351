package io.hcastudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

import io.hcastudio.model.ProfilePreset;
import io.hcastudio.model.RunSettings;
import io.hcastudio.model.Study;
import io.hcastudio.model.StudyKind;
import io.hcastudio.model.SweepParameter;
import io.hcastudio.model.validation.SweepKeys;
import io.hcastudio.model.validation.ValidationRule;

/** Run settings that make a run, and study parameters naming a sweepable attribute with values of its type. */
class StudyRulesTest extends ValidationFixture {

    private SweepParameter presetParameter() {
        return scenario("cmtime-18x800-B").getStudies().get(0).getParameters().get(0);
    }

    @Test
    void valuesMustParse() {
        assertSilent(ValidationRule.STUDY_PARAMETER_INVALID);
        presetParameter().getValues().add("F");
        assertFires(ValidationRule.STUDY_PARAMETER_INVALID, Diagnostic.ERROR, "parameter 'driverProfile.preset'", "value 'F'",
                "expected one of A, B, C, D, E, custom");
    }

    @Test
    void numbersMustParse() {
        SweepParameter issueCost = scenario("cmtime-18x800-C").getStudies().get(0).getParameters().get(0);
        issueCost.getValues().add("5us");
        assertFires(ValidationRule.STUDY_PARAMETER_INVALID, Diagnostic.ERROR, "parameter 'timing.issueCostNs'", "value '5us'");
    }

    @Test
    void keyMustNameASweepableAttribute() {
        presetParameter().setKey("driverProfile.colour");
        assertFires(ValidationRule.STUDY_PARAMETER_INVALID, Diagnostic.ERROR, "unknown key; expected one of driverProfile.<attribute>");
        presetParameter().setKey("cmtime.name");
        assertFires(ValidationRule.STUDY_PARAMETER_INVALID, Diagnostic.ERROR, "unknown key");
    }

    @Test
    void everyKnownKeyIsAccepted() {
        SweepParameter parameter = presetParameter();
        for (String key : SweepKeys.knownKeys()) {
            parameter.setKey(key);
            parameter.getValues().clear();
            parameter.getValues().add(key.endsWith("preset") ? "A" : "1");
            assertSilentOn(ValidationRule.STUDY_PARAMETER_INVALID, "unknown key");
        }
    }

    @Test
    void aKeyWithNothingToSetInTheScenarioIsFlaggedAsInert() {
        assertSilent(ValidationRule.SWEEP_PARAMETER_INERT);
        // The commit scenario has cmtime sessions, no outbound burst: sweeping a burst size changes nothing.
        presetParameter().setKey("outboundBurst.madCount");
        presetParameter().getValues().clear();
        presetParameter().getValues().add("100");
        assertFires(ValidationRule.SWEEP_PARAMETER_INERT, Diagnostic.WARNING, "parameter 'outboundBurst.madCount'",
                "scenario 'cmtime-18x800-B' has no outboundBurst", "cannot change the run");
    }

    @Test
    void noDescriptiveAttributeIsSweepable() {
        for (String key : SweepKeys.knownKeys()) {
            String attribute = key.substring(key.indexOf('.') + 1);
            assertFalse(attribute.equals("name") || attribute.equals("description") || attribute.endsWith("Guid")
                    || attribute.equals("ipoibName") || attribute.equals("ipAddress")
                    || attribute.equals("formatVersion"), key);
        }
    }

    @Test
    void parameterNeedsValues() {
        presetParameter().getValues().clear();
        assertFires(ValidationRule.STUDY_PARAMETER_INVALID, Diagnostic.ERROR, "parameter 'driverProfile.preset'", "no values to sweep over");
    }

    @Test
    void runSettingsMakeARun() {
        assertSilent(ValidationRule.VALUE_OUT_OF_RANGE);
        RunSettings settings = scenario("cmtime-18x800-C").getRunSettings();
        settings.setReplications(0);
        settings.setStopTimeMs(-1);
        assertFires(ValidationRule.VALUE_OUT_OF_RANGE, Diagnostic.ERROR, "run settings of scenario 'cmtime-18x800-C'",
                "replications 0 is too small; expected 1 or more");
        assertFires(ValidationRule.VALUE_OUT_OF_RANGE, Diagnostic.ERROR, "stopTimeMs -1 is too small; expected 0 or more");
    }

    private Study map() {
        return scenario("cmtime-18x800-C-wake-tail").getStudies().stream().filter(study -> study.getKind() == StudyKind.ROBUSTNESS_MAP)
                .findFirst().orElseThrow();
    }

    @Test
    void shippedRobustnessMapIsValid() {
        assertSilent(ValidationRule.ROBUSTNESS_MAP_INVALID);
    }

    @Test
    void robustnessMapSpansExactlyTwoParameters() {
        map().getParameters().remove(1);
        assertFires(ValidationRule.ROBUSTNESS_MAP_INVALID, Diagnostic.ERROR, "study 'wake-up x issue cost'",
                "a robustness map spans a grid of exactly 2 parameters, it has 1");
    }

    @Test
    void robustnessMapComparesPresetsNotAPresetAxis() {
        map().getParameters().get(0).setKey("driverProfile.preset");
        map().getParameters().get(0).getValues().clear();
        map().getParameters().get(0).getValues().add("B");
        assertFires(ValidationRule.ROBUSTNESS_MAP_INVALID, Diagnostic.ERROR, "parameter 'driverProfile.preset'",
                "not a grid parameter of a robustness map; list the presets in the study's profiles");
        map().getParameters().get(0).setKey("timing.issueCostNs");
        assertFires(ValidationRule.ROBUSTNESS_MAP_INVALID, Diagnostic.ERROR, "the map's other axis varies the same parameter");
    }

    @Test
    void robustnessMapNeedsDistinctPresets() {
        map().getProfiles().clear();
        assertFires(ValidationRule.ROBUSTNESS_MAP_INVALID, Diagnostic.ERROR, "no profiles to compare; list presets A-E");
        map().getProfiles().addAll(java.util.List.of(ProfilePreset.C, ProfilePreset.CUSTOM));
        assertFires(ValidationRule.ROBUSTNESS_MAP_INVALID, Diagnostic.ERROR, "profile 'custom' is no preset");
        map().getProfiles().add(ProfilePreset.C);
        assertEquals(2, map().getProfiles().size(), "a preset is listed once");
    }

    @Test
    void sweepHasNoProfiles() {
        Study sweep = scenario("cmtime-18x800-B").getStudies().get(0);
        sweep.getProfiles().add(ProfilePreset.B);
        assertFires(ValidationRule.ROBUSTNESS_MAP_INVALID, Diagnostic.ERROR, "study 'all presets'",
                "profiles are compared by robustness maps only");
    }
}
