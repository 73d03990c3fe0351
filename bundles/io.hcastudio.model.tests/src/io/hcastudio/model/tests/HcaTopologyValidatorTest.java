package io.hcastudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.Test;

import io.hcastudio.model.examples.ExampleModels.Example;
import io.hcastudio.model.validation.HcaTopologyValidator;
import io.hcastudio.model.validation.TopologyValidation;
import io.hcastudio.model.validation.ValidationRule;

/** What the validator as a whole promises: valid examples, navigable diagnostics, a stable order. */
class HcaTopologyValidatorTest extends ValidationFixture {

    @Test
    void examplesHaveNoErrors() {
        for (Example example : Example.values()) {
            Diagnostic result = TopologyValidation.validate(example.create());
            assertFalse(TopologyValidation.hasErrors(result), example + ": " + TopologyValidation.problems(result).stream()
                    .filter(problem -> problem.getSeverity() == Diagnostic.ERROR).map(Diagnostic::getMessage).toList());
        }
    }

    @Test
    void diagnosticsPointAtElementAndFeature() {
        hcaB.setNodeGuid(hcaA.getNodeGuid());
        Diagnostic problem = findings(testbed, ValidationRule.DUPLICATE_GUID).get(0);
        assertEquals(hcaB, problem.getData().get(0));
        assertEquals("nodeGuid", ((EStructuralFeature) problem.getData().get(1)).getName());
    }

    @Test
    void anHcaIsCheckedAsFabricNodeThenForItsDriverProfileThenForSriov() {
        hcaA.setPortCount(0);
        hcaA.setDriverProfile(null);
        hcaA.setMaxVirtualFunctions(-1);
        List<String> onTheHca = TopologyValidation.problems(TopologyValidation.validate(testbed)).stream()
                .filter(problem -> problem.getData().get(0) == hcaA)
                .map(problem -> ValidationRule.ofCode(problem.getCode()) + " " + ((EStructuralFeature) problem.getData().get(1)).getName())
                .toList();
        assertEquals(List.of("VALUE_OUT_OF_RANGE portCount", "MISSING_DRIVER_PROFILE driverProfile",
                "VALUE_OUT_OF_RANGE maxVirtualFunctions", "TOO_MANY_VIRTUAL_FUNCTIONS functions"), onTheHca);
    }

    @Test
    void problemsListErrorsBeforeWarnings() {
        hcaA.getDriverProfile().setTunnelRingSize(1024);
        hcaB.setNodeGuid(hcaA.getNodeGuid());
        List<Integer> severities = TopologyValidation.problems(TopologyValidation.validate(testbed)).stream()
                .map(Diagnostic::getSeverity).toList();
        assertEquals(Diagnostic.ERROR, severities.get(0));
        assertEquals(severities.stream().sorted((a, b) -> b - a).toList(), severities);
    }

    @Test
    void onlyTheTopologyRulesReport() {
        sw1.getPorts().remove(testbed.getLinks().get(0).getSource());
        Diagnostic result = TopologyValidation.validate(testbed);
        assertTrue(TopologyValidation.hasErrors(result));
        assertTrue(TopologyValidation.problems(result).stream()
                .allMatch(problem -> HcaTopologyValidator.DIAGNOSTIC_SOURCE.equals(problem.getSource())));
        assertTrue(allLeaves(result).stream().allMatch(problem -> HcaTopologyValidator.DIAGNOSTIC_SOURCE.equals(problem.getSource())),
                "EMF's generic constraints stay out");
    }

    private static List<Diagnostic> allLeaves(Diagnostic diagnostic) {
        return diagnostic.getChildren().isEmpty() ? List.of(diagnostic)
                : diagnostic.getChildren().stream().flatMap(child -> allLeaves(child).stream()).toList();
    }
}
