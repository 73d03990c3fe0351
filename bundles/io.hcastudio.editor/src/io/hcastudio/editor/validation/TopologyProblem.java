package io.hcastudio.editor.validation;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import io.hcastudio.model.validation.ValidationRule;

/**
 * One row of the Topology Problems view: a warning or error of the last validation, with the element and feature
 * it is about (either may be null when the rule names none).
 */
public record TopologyProblem(int severity, String message, EObject element, EStructuralFeature feature, ValidationRule rule) {

    /** Reads a leaf diagnostic of the topology rules, whose data are the offending element and its feature. */
    public static TopologyProblem of(Diagnostic diagnostic) {
        EObject element = null;
        EStructuralFeature feature = null;
        for (Object datum : diagnostic.getData()) {
            if (datum instanceof EStructuralFeature structuralFeature) {
                feature = feature == null ? structuralFeature : feature;
            } else if (datum instanceof EObject object) {
                element = element == null ? object : element;
            }
        }
        return new TopologyProblem(diagnostic.getSeverity(), diagnostic.getMessage(), element, feature,
                ValidationRule.ofCode(diagnostic.getCode()));
    }
}
