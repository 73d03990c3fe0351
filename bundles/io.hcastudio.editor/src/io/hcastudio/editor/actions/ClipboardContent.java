package io.hcastudio.editor.actions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.hcastudio.model.Link;
import io.hcastudio.model.Port;
import io.hcastudio.model.Topology;

/**
 * What Copy puts on GEF's clipboard: detached copies of the elements and of the links among their ports,
 * taken at copy time so that later edits do not change what gets pasted. Shared by all editors of the
 * application, which makes copy and paste work across editors.
 */
public final class ClipboardContent {

    private final List<EObject> elements;
    private final List<Link> links;
    private int pasteCount;

    private ClipboardContent(List<EObject> elements, List<Link> links) {
        this.elements = elements;
        this.links = links;
    }

    /** Copies {@code originals} and the links of {@code topology} that join two of their ports. */
    public static ClipboardContent copyOf(Collection<? extends EObject> originals, Topology topology) {
        Set<EObject> copiedObjects = new HashSet<>();
        for (EObject original : originals) {
            copiedObjects.add(original);
            original.eAllContents().forEachRemaining(copiedObjects::add);
        }
        List<Link> internalLinks = new ArrayList<>();
        if (topology != null) {
            for (Link link : topology.getLinks()) {
                if (isCopied(link.getSource(), copiedObjects) && isCopied(link.getTarget(), copiedObjects)) {
                    internalLinks.add(link);
                }
            }
        }
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        List<EObject> elementCopies = new ArrayList<>(copier.copyAll(originals));
        List<Link> linkCopies = new ArrayList<>();
        for (Link link : internalLinks) {
            linkCopies.add((Link) copier.copy(link));
        }
        copier.copyReferences();
        return new ClipboardContent(elementCopies, linkCopies);
    }

    private static boolean isCopied(Port port, Set<EObject> copiedObjects) {
        return port != null && copiedObjects.contains(port);
    }

    public List<EObject> getElements() {
        return elements;
    }

    public List<Link> getLinks() {
        return links;
    }

    /** How far the next paste is shifted: a little further each time, so pastes do not stack exactly. */
    public int nextPasteOffset() {
        pasteCount++;
        return 24 * pasteCount;
    }
}
