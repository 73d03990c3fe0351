package io.hcastudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;

import io.hcastudio.model.Hca;
import io.hcastudio.model.Scenario;
import io.hcastudio.model.Switch;
import io.hcastudio.model.Topology;
import io.hcastudio.model.examples.ExampleModels;
import io.hcastudio.model.validation.TopologyValidation;
import io.hcastudio.model.validation.ValidationRule;

/**
 * The commit test bed (valid: no rule fires except the warnings it is meant to show) and assertions on what the
 * whole validator reports after one edit: each rule is silent before and fires, naming element and field, after.
 */
abstract class ValidationFixture {

    protected final Topology testbed = ExampleModels.commitTestbed();
    protected final Hca hcaA = testbed.getHosts().get(1).getHcas().get(0);
    protected final Hca hcaB = testbed.getHosts().get(2).getHcas().get(0);
    protected final Switch sw1 = testbed.getSwitches().get(0);

    protected Scenario scenario(String name) {
        return testbed.getScenarios().stream().filter(scenario -> name.equals(scenario.getName())).findFirst().orElseThrow();
    }

    protected static List<Diagnostic> findings(Topology topology, ValidationRule rule) {
        return TopologyValidation.problems(TopologyValidation.validate(topology)).stream()
                .filter(problem -> problem.getCode() == rule.code()).toList();
    }

    protected void assertSilent(ValidationRule rule) {
        List<Diagnostic> problems = findings(testbed, rule);
        assertTrue(problems.isEmpty(), rule + " fired: " + problems.stream().map(Diagnostic::getMessage).toList());
    }

    /** No diagnostic of the rule contains all the fragments (the rule may fire elsewhere for other reasons). */
    protected void assertSilentOn(ValidationRule rule, String... fragments) {
        List<Diagnostic> problems = findings(testbed, rule);
        assertTrue(problems.stream().noneMatch(problem -> containsAll(problem, fragments)),
                rule + " fired on " + Arrays.toString(fragments) + ": " + problems.stream().map(Diagnostic::getMessage).toList());
    }

    protected Diagnostic assertFires(ValidationRule rule, int severity, String... fragments) {
        List<Diagnostic> problems = findings(testbed, rule);
        assertFalse(problems.isEmpty(), rule + " did not fire");
        Diagnostic match = assertMessages(problems, fragments);
        assertEquals(severity, match.getSeverity(), match.getMessage());
        assertTrue(match.getData().get(0) instanceof EObject, "diagnostic data names the element");
        return match;
    }

    protected static Diagnostic assertMessages(List<Diagnostic> problems, String... fragments) {
        return problems.stream().filter(problem -> containsAll(problem, fragments)).findFirst()
                .orElseThrow(() -> new AssertionError("no diagnostic contains " + Arrays.toString(fragments) + " in "
                        + problems.stream().map(Diagnostic::getMessage).toList()));
    }

    private static boolean containsAll(Diagnostic problem, String... fragments) {
        return Arrays.stream(fragments).allMatch(problem.getMessage()::contains);
    }
}
