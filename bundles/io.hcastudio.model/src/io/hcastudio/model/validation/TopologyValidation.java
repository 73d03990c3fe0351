package io.hcastudio.model.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;

import io.hcastudio.model.HcaPackage;
import io.hcastudio.model.Topology;

/** Runs the topology validation rules: on demand in the editor and before every simulation. */
public final class TopologyValidation {

    private static final Diagnostician DIAGNOSTICIAN;

    static {
        EValidator.Registry registry = new EValidatorRegistryImpl();
        registry.put(HcaPackage.eINSTANCE, HcaTopologyValidator.INSTANCE);
        DIAGNOSTICIAN = new Diagnostician(registry);
    }

    private TopologyValidation() {
    }

    /**
     * Makes EMF's global {@link Diagnostician#INSTANCE} (used by generic EMF tooling) apply the topology rules
     * too. Idempotent.
     */
    public static void registerValidator() {
        EValidator.Registry.INSTANCE.put(HcaPackage.eINSTANCE, HcaTopologyValidator.INSTANCE);
    }

    /** Validates the topology and everything in it; the children of the result are the individual problems. */
    public static Diagnostic validate(Topology topology) {
        return DIAGNOSTICIAN.validate(topology);
    }

    /** The individual problems of a validation result, most severe first, otherwise in model order. */
    public static List<Diagnostic> problems(Diagnostic result) {
        List<Diagnostic> problems = new ArrayList<>();
        collect(result, problems);
        problems.sort((a, b) -> Integer.compare(b.getSeverity(), a.getSeverity()));
        return problems;
    }

    private static void collect(Diagnostic diagnostic, List<Diagnostic> into) {
        if (HcaTopologyValidator.DIAGNOSTIC_SOURCE.equals(diagnostic.getSource()) && diagnostic.getChildren().isEmpty()) {
            into.add(diagnostic);
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            collect(child, into);
        }
    }

    /** Whether the result holds at least one error (warnings do not block a simulation). */
    public static boolean hasErrors(Diagnostic result) {
        return result.getSeverity() >= Diagnostic.ERROR;
    }
}
