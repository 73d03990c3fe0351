package io.hcastudio.editor.commands;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.hcastudio.model.Link;
import io.hcastudio.model.Port;
import io.hcastudio.model.Topology;
import io.hcastudio.model.Workload;

/**
 * Deletes elements with everything that cannot live without them: links attached to a deleted port and
 * workloads bound to a deleted function go too; other references to deleted elements (the subnet manager's
 * port, a VM's functions, a cmtime peer) are cleared. Elements already deleted by an earlier part of the same
 * gesture are skipped, so a multi-selection deletes cleanly in one step.
 */
public class DeleteElementsCommand extends ModelCommand {

    private final List<EObject> elements;

    public DeleteElementsCommand(Collection<? extends EObject> elements) {
        super("Delete");
        this.elements = new ArrayList<>(elements);
    }

    @Override
    public boolean canExecute() {
        if (elements.isEmpty()) {
            return false;
        }
        for (EObject element : elements) {
            if (element == null || element.eContainer() == null || element instanceof Topology) {
                return false;
            }
        }
        return true;
    }

    @Override
    protected EObject scope() {
        return elements.get(0);
    }

    @Override
    protected void apply() {
        EObject root = EcoreUtil.getRootContainer(elements.get(0));
        Set<EObject> removed = new LinkedHashSet<>();
        for (EObject element : elements) {
            if (element.eContainer() != null && !isInside(element, removed)) {
                removed.add(element);
            }
        }
        removed.addAll(dependents(root, treesOf(removed)));
        clearReferencesInto(root, treesOf(removed));
        for (EObject element : removed) {
            EcoreUtil.remove(element);
        }
    }

    private static boolean isInside(EObject element, Set<EObject> ancestors) {
        for (EObject container = element.eContainer(); container != null; container = container.eContainer()) {
            if (ancestors.contains(container)) {
                return true;
            }
        }
        return false;
    }

    /** Links attached to removed ports and workloads bound to removed functions. */
    private static Set<EObject> treesOf(Set<EObject> removed) {
        Set<EObject> trees = new HashSet<>();
        for (EObject element : removed) {
            trees.add(element);
            element.eAllContents().forEachRemaining(trees::add);
        }
        return trees;
    }

    private static Set<EObject> dependents(EObject root, Set<EObject> removedTrees) {
        Set<EObject> dependents = new LinkedHashSet<>();
        // The root is the topology itself, never a link or workload: its contents are enough.
        for (EObject object : (Iterable<EObject>) root::eAllContents) {
            if (removedTrees.contains(object)) {
                continue;
            }
            if (object instanceof Link link && (isRemovedPort(link.getSource(), removedTrees) || isRemovedPort(link.getTarget(), removedTrees))) {
                dependents.add(link);
            }
            if (object instanceof Workload workload && workload.getFunction() != null && removedTrees.contains(workload.getFunction())) {
                dependents.add(workload);
            }
        }
        return dependents;
    }

    private static boolean isRemovedPort(Port port, Set<EObject> removedTrees) {
        return port != null && removedTrees.contains(port);
    }

    /**
     * Clears references from the rest of the model into the removed trees, and bidirectional references from the
     * removed trees out to the rest (so that, for example, a VM no longer lists a deleted function).
     */
    private static void clearReferencesInto(EObject root, Set<EObject> removedTrees) {
        Map<EObject, Collection<EStructuralFeature.Setting>> usages = EcoreUtil.UsageCrossReferencer.findAll(removedTrees, root);
        for (Map.Entry<EObject, Collection<EStructuralFeature.Setting>> usage : usages.entrySet()) {
            for (EStructuralFeature.Setting setting : new ArrayList<>(usage.getValue())) {
                if (!removedTrees.contains(setting.getEObject())) {
                    clear(setting.getEObject(), (EReference) setting.getEStructuralFeature(), usage.getKey());
                }
            }
        }
        for (EObject object : removedTrees) {
            for (EReference reference : object.eClass().getEAllReferences()) {
                if (reference.getEOpposite() == null || reference.isContainment() || reference.isContainer()
                        || !reference.isChangeable()) {
                    continue;
                }
                for (Object target : valuesOf(object, reference)) {
                    if (!removedTrees.contains(target)) {
                        clear(object, reference, (EObject) target);
                    }
                }
            }
        }
    }

    private static List<Object> valuesOf(EObject owner, EReference reference) {
        Object value = owner.eGet(reference);
        if (reference.isMany()) {
            return new ArrayList<>((Collection<?>) value);
        }
        return value == null ? List.of() : List.of(value);
    }

    private static void clear(EObject owner, EReference reference, EObject target) {
        if (!reference.isChangeable() || reference.isDerived()) {
            return;
        }
        if (reference.isMany()) {
            ((Collection<?>) owner.eGet(reference)).remove(target);
        } else if (owner.eGet(reference) == target) {
            owner.eUnset(reference);
        }
    }
}
