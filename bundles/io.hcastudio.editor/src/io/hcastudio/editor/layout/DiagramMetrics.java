package io.hcastudio.editor.layout;

import java.util.List;

import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.ecore.EObject;

import io.hcastudio.model.FabricNode;
import io.hcastudio.model.Hca;
import io.hcastudio.model.Host;
import io.hcastudio.model.NodeElement;

/**
 * Sizes of the diagram's boxes, shared by the figures, the commands that place new elements and the automatic
 * layout. A width or height of 0 in the model means "the default size", which for containers follows what
 * they contain.
 */
public final class DiagramMetrics {

    public static final int GAP = 8;
    public static final Dimension PORT = new Dimension(26, 16);
    public static final Dimension FUNCTION = new Dimension(76, 40);
    public static final Dimension VIRTUAL_MACHINE = new Dimension(120, 46);
    /** Port strip plus the HCA's two text lines, above its functions. */
    public static final int HCA_HEADER = 60;
    public static final int HOST_HEADER = 24;
    public static final int FABRIC_NODE_HEIGHT = 64;
    public static final int MIN_CONTAINER_WIDTH = 160;

    private DiagramMetrics() {
    }

    /** The box the element occupies, relative to its parent's content area. */
    public static Rectangle boundsOf(NodeElement element) {
        return new Rectangle(new Point(element.getX(), element.getY()), sizeOf(element));
    }

    public static Dimension sizeOf(NodeElement element) {
        if (element.getWidth() > 0 && element.getHeight() > 0) {
            return new Dimension(element.getWidth(), element.getHeight());
        }
        return defaultSize(element);
    }

    public static Dimension defaultSize(NodeElement element) {
        if (element instanceof Host host) {
            Dimension extent = extentOf(host.getHcas(), host.getVirtualMachines());
            return new Dimension(Math.max(MIN_CONTAINER_WIDTH + 40, extent.width + GAP), Math.max(90, extent.height + GAP + HOST_HEADER));
        }
        if (element instanceof Hca hca) {
            Dimension extent = extentOf(hca.getFunctions(), List.of());
            return new Dimension(Math.max(Math.max(MIN_CONTAINER_WIDTH, portStripWidth(hca)), extent.width + GAP),
                    HCA_HEADER + Math.max(FUNCTION.height + 2 * GAP, extent.height + GAP));
        }
        if (element instanceof FabricNode node) {
            return new Dimension(Math.max(140, portStripWidth(node)), FABRIC_NODE_HEIGHT);
        }
        if (element instanceof io.hcastudio.model.VirtualMachine) {
            return VIRTUAL_MACHINE.getCopy();
        }
        return FUNCTION.getCopy();
    }

    public static int portStripWidth(FabricNode node) {
        return 2 * GAP + node.getPorts().size() * (PORT.width + 4);
    }

    private static Dimension extentOf(List<? extends NodeElement> first, List<? extends NodeElement> second) {
        Dimension extent = new Dimension(0, 0);
        for (List<? extends NodeElement> elements : List.of(first, second)) {
            for (NodeElement element : elements) {
                Rectangle bounds = boundsOf(element);
                extent.width = Math.max(extent.width, bounds.right());
                extent.height = Math.max(extent.height, bounds.bottom());
            }
        }
        return extent;
    }

    /** How many columns a grid of {@code count} functions gets: roughly square, at most four wide. */
    public static int functionColumns(int count) {
        return Math.max(1, Math.min(4, (int) Math.ceil(Math.sqrt(count))));
    }

    /** Top-left corner of grid cell {@code index} for cells of {@code cell} size, {@code columns} wide, below {@code top}. */
    public static Point gridSlot(int index, int columns, Dimension cell, int top) {
        return new Point(GAP + (index % columns) * (cell.width + GAP), top + GAP + (index / columns) * (cell.height + GAP));
    }

    /** The lowest edge of the given boxes, 0 if there are none. */
    public static int bottomOf(List<? extends NodeElement> elements) {
        int bottom = 0;
        for (NodeElement element : elements) {
            bottom = Math.max(bottom, boundsOf(element).bottom());
        }
        return bottom;
    }

    /**
     * Enlarges a container with an explicit size, and the containers around it, so that their contents stay
     * visible; containers with the default size follow their contents anyway.
     */
    public static void growToFit(EObject container) {
        for (EObject current = container; current instanceof NodeElement element; current = current.eContainer()) {
            if (element.getWidth() > 0 && element.getHeight() > 0) {
                Dimension needed = defaultSize(element);
                if (needed.width > element.getWidth()) {
                    element.setWidth(needed.width);
                }
                if (needed.height > element.getHeight()) {
                    element.setHeight(needed.height);
                }
            }
        }
    }
}
