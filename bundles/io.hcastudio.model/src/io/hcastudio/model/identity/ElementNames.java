package io.hcastudio.model.identity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

import io.hcastudio.model.Host;
import io.hcastudio.model.NamedElement;
import io.hcastudio.model.PciFunction;

/**
 * Names of elements: functions after their id ({@code PF}, {@code VF3}), IPoIB interfaces after their port, and
 * everything else unique among the elements of its kind in a topology.
 */
public final class ElementNames {

    private ElementNames() {
    }

    /** {@code PF} for function 0, {@code VF<n>} for VF n: how mlx4 documentation and the reports speak of them. */
    public static String functionName(int functionId) {
        return functionId == 0 ? "PF" : "VF" + functionId;
    }

    /** The function's name, or its default name while it has none. */
    public static String nameOf(PciFunction function) {
        return function.getName() != null ? function.getName() : functionName(function.getFunctionId());
    }

    /** The IPoIB interface on port {@code portNumber}: Linux numbers them from 0, {@code ib0} on port 1. */
    public static String ipoibName(int portNumber) {
        return "ib" + (portNumber - 1);
    }

    /** A workload's name: its kind and the interface it runs on, e.g. {@code client-hostA/VF3-p1}. */
    public static String workloadName(String kind, PciFunction function, int portNumber) {
        Host host = function.getHca() != null ? function.getHca().getHost() : null;
        return kind + "-" + (host != null ? host.getName() + "/" : "") + function.getName() + "-p" + portNumber;
    }

    /**
     * A name not in {@code taken}: the element's own if it is free, else its stem (its name without a trailing
     * {@code -<n>}, or the kind's default name) with the first free number.
     */
    public static String uniqueName(NamedElement element, Set<String> taken) {
        String wanted = element.getName();
        boolean unnamed = wanted == null || wanted.isBlank();
        if (!unnamed && !taken.contains(wanted)) {
            return wanted;
        }
        String stem = unnamed ? defaultName(element) : wanted.replaceFirst("-\\d+$", "");
        for (int suffix = 1;; suffix++) {
            String candidate = stem + "-" + suffix;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }

    /**
     * Names every element of {@code element}'s subtree, which is about to join the topology {@code root}: uniquely
     * per kind, except functions, whose name only needs their id (two HCAs both have a PF).
     */
    public static void nameNewElements(EObject root, EObject element) {
        Map<EClass, Set<String>> taken = new HashMap<>();
        for (EObject object : Trees.withContents(root)) {
            if (object instanceof NamedElement named && named.getName() != null) {
                taken.computeIfAbsent(object.eClass(), type -> new HashSet<>()).add(named.getName());
            }
        }
        for (EObject object : Trees.withContents(element)) {
            if (object instanceof PciFunction function) {
                if (function.getName() == null || function.getName().isBlank()) {
                    function.setName(functionName(function.getFunctionId()));
                }
            } else if (object instanceof NamedElement named) {
                Set<String> names = taken.computeIfAbsent(object.eClass(), type -> new HashSet<>());
                named.setName(uniqueName(named, names));
                names.add(named.getName());
            }
        }
    }

    private static String defaultName(NamedElement element) {
        if (element instanceof PciFunction function) {
            return functionName(function.getFunctionId());
        }
        return switch (element.eClass().getName()) {
            case "VirtualMachine" -> "vm";
            case "SubnetManager" -> "sm";
            default -> element.eClass().getName().toLowerCase(Locale.ROOT);
        };
    }
}
