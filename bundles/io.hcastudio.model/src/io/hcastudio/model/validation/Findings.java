package io.hcastudio.model.validation;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * What the rules found on one validated object. Each diagnostic carries the element and feature as data (for
 * navigation) and its {@link ValidationRule} code; any error makes the object invalid.
 */
final class Findings {

    private final DiagnosticChain diagnostics;
    private boolean valid = true;

    Findings(DiagnosticChain diagnostics) {
        this.diagnostics = diagnostics;
    }

    boolean isValid() {
        return valid;
    }

    void error(ValidationRule rule, EObject owner, EStructuralFeature feature, String message) {
        valid = false;
        add(Diagnostic.ERROR, rule, owner, feature, message);
    }

    void warning(ValidationRule rule, EObject owner, EStructuralFeature feature, String message) {
        add(Diagnostic.WARNING, rule, owner, feature, message);
    }

    void atLeast(EObject owner, EStructuralFeature feature, long value, long minimum) {
        if (value < minimum) {
            error(ValidationRule.VALUE_OUT_OF_RANGE, owner, feature, ElementLabels.describe(owner) + ": " + feature.getName() + " "
                    + value + " is too small; expected " + minimum + " or more");
        }
    }

    void inRange(EObject owner, EStructuralFeature feature, int value, int minimum, int maximum) {
        if (value < minimum || value > maximum) {
            error(ValidationRule.VALUE_OUT_OF_RANGE, owner, feature, ElementLabels.describe(owner) + ": " + feature.getName() + " "
                    + value + " is out of range; expected " + minimum + ".." + maximum);
        }
    }

    private void add(int severity, ValidationRule rule, EObject owner, EStructuralFeature feature, String message) {
        if (diagnostics != null) {
            diagnostics.add(new BasicDiagnostic(severity, HcaTopologyValidator.DIAGNOSTIC_SOURCE, rule.code(), message,
                    new Object[] { owner, feature }));
        }
    }
}
