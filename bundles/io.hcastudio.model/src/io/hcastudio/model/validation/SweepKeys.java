package io.hcastudio.model.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import io.hcastudio.model.DriverProfile;
import io.hcastudio.model.Hca;
import io.hcastudio.model.HcaPackage;
import io.hcastudio.model.Scenario;
import io.hcastudio.model.Topology;
import io.hcastudio.model.Workload;

/**
 * The parameters a study can sweep, named {@code <scope>.<attribute>}, e.g. {@code driverProfile.preset},
 * {@code timing.issueCostNs}, {@code cmtime.connections}. A value applies to every element of the scope in the
 * scenario (every HCA's driver profile, every cmtime instance, ...). Every sweepable attribute acts on the engine
 * (through the mapping); descriptive attributes (names, descriptions, GUIDs, addresses, the file format version) live
 * outside these scopes or are excluded, so they cannot be swept.
 */
public final class SweepKeys {

    private static final Map<String, EClass> SCOPES = new LinkedHashMap<>();

    static {
        HcaPackage model = HcaPackage.eINSTANCE;
        SCOPES.put("driverProfile", model.getDriverProfile());
        SCOPES.put("timing", model.getTimingParameters());
        SCOPES.put("subnetManager", model.getSubnetManager());
        SCOPES.put("link", model.getLink());
        SCOPES.put("cmtime", model.getCmtimeInstance());
        SCOPES.put("outboundBurst", model.getOutboundBurst());
        SCOPES.put("inboundBurst", model.getInboundBurst());
        SCOPES.put("inboundFanIn", model.getInboundFanIn());
        SCOPES.put("runSettings", model.getRunSettings());
    }

    private SweepKeys() {
    }

    /** The attribute a key sweeps, or null if the key names none (names and descriptions are not sweepable). */
    public static EAttribute resolve(String key) {
        if (key == null) {
            return null;
        }
        int dot = key.indexOf('.');
        EClass scope = dot < 0 ? null : SCOPES.get(key.substring(0, dot));
        if (scope == null) {
            return null;
        }
        EStructuralFeature feature = scope.getEStructuralFeature(key.substring(dot + 1));
        return feature instanceof EAttribute attribute && isSweepable(attribute) ? attribute : null;
    }

    /** Every key {@link #resolve(String)} accepts, in a stable order. */
    public static List<String> knownKeys() {
        List<String> keys = new ArrayList<>();
        SCOPES.forEach((scope, eClass) -> eClass.getEAllAttributes().stream().filter(SweepKeys::isSweepable)
                .forEach(attribute -> keys.add(scope + "." + attribute.getName())));
        return keys;
    }

    /**
     * The elements a value of {@code key} is set on in {@code scenario}: every HCA's driver profile or timing, the
     * subnet manager, every link, the scenario's run settings, or the scenario's workloads of the key's kind. Empty
     * when the key is unknown or the scenario has nothing in its scope (then the sweep cannot change the run).
     */
    public static List<EObject> elements(Scenario scenario, String key) {
        List<EObject> elements = new ArrayList<>();
        int dot = key == null ? -1 : key.indexOf('.');
        if (dot < 0 || !(scenario.eContainer() instanceof Topology topology)) {
            return elements;
        }
        String scope = key.substring(0, dot);
        switch (scope) {
            case "driverProfile", "timing" -> {
                for (Hca hca : topology.allHcas()) {
                    DriverProfile profile = hca.getDriverProfile();
                    EObject element = profile == null ? null : "timing".equals(scope) ? profile.getTiming() : profile;
                    if (element != null) {
                        elements.add(element);
                    }
                }
            }
            case "subnetManager" -> {
                if (topology.getSubnetManager() != null) {
                    elements.add(topology.getSubnetManager());
                }
            }
            case "link" -> elements.addAll(topology.getLinks());
            case "runSettings" -> {
                if (scenario.getRunSettings() != null) {
                    elements.add(scenario.getRunSettings());
                }
            }
            default -> {
                for (Workload workload : scenario.getWorkloads()) {
                    if (workloadScope(workload).equals(scope)) {
                        elements.add(workload);
                    }
                }
            }
        }
        return elements;
    }

    /** The scope name of a workload's class. */
    private static String workloadScope(Workload workload) {
        String className = workload.eClass().getName();
        return "CmtimeInstance".equals(className) ? "cmtime"
                : Character.toLowerCase(className.charAt(0)) + className.substring(1);
    }

    static String describeKnownKeys() {
        return String.join(", ", SCOPES.keySet().stream().map(scope -> scope + ".<attribute>").toList())
                + " (e.g. driverProfile.preset, timing.issueCostNs)";
    }

    static String describeLiterals(EDataType type) {
        if (type instanceof EEnum eEnum) {
            return "; expected one of " + eEnum.getELiterals().stream().map(EEnumLiteral::getLiteral).collect(Collectors.joining(", "));
        }
        return "";
    }

    private static boolean isSweepable(EAttribute attribute) {
        return !attribute.isMany() && attribute != HcaPackage.Literals.NAMED_ELEMENT__NAME
                && !"description".equals(attribute.getName());
    }
}
