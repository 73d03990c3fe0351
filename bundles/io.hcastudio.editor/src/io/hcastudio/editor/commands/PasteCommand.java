package io.hcastudio.editor.commands;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.hcastudio.model.Link;
import io.hcastudio.model.NodeElement;
import io.hcastudio.model.Topology;
import io.hcastudio.model.layout.Bounds;
import io.hcastudio.model.layout.DiagramMetrics;
import io.hcastudio.model.templates.NewElements;

/**
 * Pastes copies of elements into a container, with links between copied ports copied too. Every paste makes
 * new copies with fresh GUIDs and unique names, shifted so they do not hide what they were copied from; a copy
 * that would still cover a box of the container goes to the first free place of the container instead, and the
 * container (and those around it) grows to hold it.
 */
public class PasteCommand extends ModelCommand {

    private final EObject target;
    private final List<EObject> originals;
    private final List<Link> links;
    private final int offset;
    private final List<EObject> pasted = new ArrayList<>();

    public PasteCommand(EObject target, Collection<? extends EObject> originals, Collection<Link> links, int offset) {
        super("Paste");
        this.target = target;
        this.originals = new ArrayList<>(originals);
        this.links = new ArrayList<>(links);
        this.offset = offset;
    }

    @Override
    public boolean canExecute() {
        if (target == null || originals.isEmpty()) {
            return false;
        }
        for (EObject original : originals) {
            if (!Containment.accepts(target, original)) {
                return false;
            }
        }
        return true;
    }

    @Override
    protected EObject scope() {
        return target;
    }

    @Override
    protected void apply() {
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        List<EObject> copies = new ArrayList<>(copier.copyAll(originals));
        List<Link> linkCopies = new ArrayList<>();
        for (Link link : links) {
            if (copier.containsKey(link.getSource()) && copier.containsKey(link.getTarget())) {
                linkCopies.add((Link) copier.copy(link));
            }
        }
        copier.copyReferences();
        for (EObject copy : copies) {
            List<EObject> siblings = Containment.listOf(target, Containment.referenceFor(target, copy.eClass()));
            if (copy instanceof NodeElement node) {
                Bounds place = DiagramMetrics.freeSlot(nodeSiblings(target), DiagramMetrics.sizeOf(node), node.getX() + offset,
                        node.getY() + offset);
                node.setX(place.x());
                node.setY(place.y());
            }
            NewElements.prepareCopy(target, copy);
            siblings.add(copy);
            pasted.add(copy);
        }
        DiagramMetrics.growToFit(target);
        if (!linkCopies.isEmpty() && EcoreUtil.getRootContainer(target) instanceof Topology topology) {
            topology.getLinks().addAll(linkCopies);
        }
    }

    /** The boxes of the container that a pasted box must not cover. */
    private static List<NodeElement> nodeSiblings(EObject container) {
        List<NodeElement> boxes = new ArrayList<>();
        for (EObject child : container.eContents()) {
            if (child instanceof NodeElement node) {
                boxes.add(node);
            }
        }
        return boxes;
    }

    /** The copies the last execution added. */
    public List<EObject> getPasted() {
        return pasted;
    }
}
