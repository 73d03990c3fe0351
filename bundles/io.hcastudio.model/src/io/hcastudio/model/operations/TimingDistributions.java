package io.hcastudio.model.operations;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;

import io.hcastudio.model.HcaFactory;
import io.hcastudio.model.HcaPackage;
import io.hcastudio.model.TimingDistribution;
import io.hcastudio.model.TimingParameters;
import io.hcastudio.sim.config.Distribution;
import io.hcastudio.sim.config.DistributionSyntax;
import io.hcastudio.sim.config.TimingParameter;

/**
 * The laws of a driver profile's timing parameters ({@link TimingDistribution} children of {@link TimingParameters}).
 * The text syntax is the engine's ({@link DistributionSyntax}), so that validation, the overlay importer, the
 * command line and the editor accept exactly what a run accepts. A parameter's attribute stays its median: setting
 * a law here also sets the attribute to the law's median, and a run scales the law so that its median equals the
 * attribute (what a sweep of the attribute moves).
 */
public final class TimingDistributions {

    private TimingDistributions() {
    }

    /** The timing attributes that accept a law: the host-side latencies and costs the engine draws per occurrence. */
    public static List<EAttribute> parameters() {
        List<EAttribute> result = new ArrayList<>();
        for (EAttribute attribute : HcaPackage.Literals.TIMING_PARAMETERS.getEAllAttributes()) {
            if (TimingParameter.byName(attribute.getName()) != null) {
                result.add(attribute);
            }
        }
        return result;
    }

    /** The attribute called {@code name} if it accepts a law, otherwise null. */
    public static EAttribute parameter(String name) {
        for (EAttribute attribute : parameters()) {
            if (attribute.getName().equals(name)) {
                return attribute;
            }
        }
        return null;
    }

    /** The names of {@link #parameters()}, comma-separated, for messages. */
    public static String parameterNames() {
        return String.join(", ", parameters().stream().map(EAttribute::getName).toList());
    }

    /** Why a law does not parse: the 1-based column within its text and what is wrong there. */
    public record Problem(int column, String message) {

        @Override
        public String toString() {
            return "column " + column + ": " + message;
        }
    }

    /** What is wrong with {@code expression}, or null when it parses. */
    public static Problem check(String expression) {
        try {
            DistributionSyntax.parse(expression);
            return null;
        } catch (DistributionSyntax.SyntaxException e) {
            return new Problem(e.column(), e.problem());
        }
    }

    /** What is wrong with {@code expression} ("column 9: expected ')'"), or null when it parses. */
    public static String problem(String expression) {
        Problem problem = check(expression);
        return problem == null ? null : problem.toString();
    }

    /** The median of a law that parses, rounded to whole ns and capped to the attribute's int range. */
    public static int median(String expression) {
        Distribution law = DistributionSyntax.parse(expression);
        return (int) Math.min(Integer.MAX_VALUE, Math.round(law.median()));
    }

    /** The law of {@code attribute} as text: its distribution's expression, or its constant value ({@code 20us}). */
    public static String lawText(TimingParameters timing, EAttribute attribute) {
        TimingDistribution law = find(timing, attribute.getName());
        return law != null ? law.getExpression() : DistributionSyntax.duration(((Number) timing.eGet(attribute)).longValue());
    }

    /** The printed form of a law that parses, e.g. {@code lognormal(20us,2)} for {@code lognormal( 20000 , 2.0 )}. */
    public static String normalized(String expression) {
        return DistributionSyntax.parse(expression).text();
    }

    /** Whether a law that parses is a constant. */
    public static boolean isConstant(String expression) {
        return DistributionSyntax.parse(expression).isConstant();
    }

    /** The law of {@code parameter} in {@code timing}, or null when it is a constant. */
    public static TimingDistribution find(TimingParameters timing, String parameter) {
        for (TimingDistribution distribution : timing.getDistributions()) {
            if (parameter.equals(distribution.getParameter())) {
                return distribution;
            }
        }
        return null;
    }

    /**
     * Gives {@code parameter} the law {@code expression} (which must parse) and sets its attribute to the law's
     * median; a constant expression removes the law and sets the attribute to the constant.
     */
    public static void set(TimingParameters timing, String parameter, String expression) {
        EAttribute attribute = parameter(parameter);
        if (attribute == null) {
            throw new IllegalArgumentException("'" + parameter
                    + "' is not a timing parameter with a distribution; known: " + parameterNames());
        }
        Distribution law = DistributionSyntax.parse(expression);
        TimingDistribution existing = find(timing, parameter);
        if (law.isConstant()) {
            if (existing != null) {
                timing.getDistributions().remove(existing);
            }
        } else if (existing != null) {
            existing.setExpression(law.text());
        } else {
            TimingDistribution created = HcaFactory.eINSTANCE.createTimingDistribution();
            created.setParameter(parameter);
            created.setExpression(law.text());
            timing.getDistributions().add(created);
        }
        timing.eSet(attribute, median(expression));
    }
}
