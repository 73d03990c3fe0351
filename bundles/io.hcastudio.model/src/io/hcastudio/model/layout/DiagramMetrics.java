package io.hcastudio.model.layout;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.hcastudio.model.FabricNode;
import io.hcastudio.model.Hca;
import io.hcastudio.model.Host;
import io.hcastudio.model.NodeElement;
import io.hcastudio.model.VirtualMachine;

/**
 * The one set of box sizes of the topology diagram, used by the layout, the editor's figures and commands and the
 * headless picture. A width or height of 0 in the model means "the default size", which for containers follows
 * what they contain. Children are placed relative to their container's content area, which starts below the
 * container's header ({@link #contentTop}).
 */
public final class DiagramMetrics {

    public static final int GAP = 8;
    public static final Size PORT = new Size(26, 16);
    /** Space between two ports of a port strip. */
    public static final int PORT_SPACING = 4;
    /** Where a box's header (port strip, title, text lines) starts, from the box's top-left corner. */
    public static final int HEADER_INSET_LEFT = 6;
    public static final int HEADER_INSET_TOP = 3;
    public static final Size FUNCTION = new Size(76, 40);
    public static final Size VIRTUAL_MACHINE = new Size(120, 46);
    /** Port strip plus the HCA's two text lines, above its functions. */
    public static final int HCA_HEADER = 60;
    public static final int HOST_HEADER = 24;
    public static final int FABRIC_NODE_HEIGHT = 64;
    public static final int FABRIC_NODE_MIN_WIDTH = 140;
    public static final int MIN_CONTAINER_WIDTH = 160;
    public static final int MIN_HOST_WIDTH = MIN_CONTAINER_WIDTH + 40;
    public static final int MIN_HOST_HEIGHT = 90;
    /** Virtual machines (and functions added in bulk) fill grids this many boxes wide. */
    public static final int GRID_COLUMNS = 4;

    private DiagramMetrics() {
    }

    /** The box the element occupies, relative to its parent's content area. */
    public static Bounds boundsOf(NodeElement element) {
        Size size = sizeOf(element);
        return new Bounds(element.getX(), element.getY(), size.width(), size.height());
    }

    public static Size sizeOf(NodeElement element) {
        if (element.getWidth() > 0 && element.getHeight() > 0) {
            return new Size(element.getWidth(), element.getHeight());
        }
        return defaultSize(element);
    }

    /** The size an element gets when the model gives none: containers fit what they hold as it is placed now. */
    public static Size defaultSize(NodeElement element) {
        if (element instanceof Host host) {
            return hostSize(extentOf(host.getHcas(), host.getVirtualMachines()));
        }
        if (element instanceof Hca hca) {
            return hcaSize(hca, extentOf(hca.getFunctions(), List.of()));
        }
        if (element instanceof FabricNode node) {
            return new Size(Math.max(FABRIC_NODE_MIN_WIDTH, portStripWidth(node)), FABRIC_NODE_HEIGHT);
        }
        if (element instanceof VirtualMachine) {
            return VIRTUAL_MACHINE;
        }
        return FUNCTION;
    }

    /** A host around contents that reach {@code contents.width()} right and {@code contents.height()} down. */
    static Size hostSize(Size contents) {
        return new Size(Math.max(MIN_HOST_WIDTH, contents.width() + GAP),
                Math.max(MIN_HOST_HEIGHT, HOST_HEADER + contents.height() + 2 * GAP));
    }

    /** An HCA around functions that reach {@code contents.width()} right and {@code contents.height()} down. */
    static Size hcaSize(Hca hca, Size contents) {
        return new Size(Math.max(Math.max(MIN_CONTAINER_WIDTH, portStripWidth(hca)), contents.width() + GAP),
                HCA_HEADER + Math.max(FUNCTION.height() + 2 * GAP, contents.height() + GAP));
    }

    public static int portStripWidth(FabricNode node) {
        return 2 * GAP + node.getPorts().size() * (PORT.width() + PORT_SPACING);
    }

    /** Where the content area of a container starts below its top edge. */
    public static int contentTop(NodeElement container) {
        return container instanceof Hca ? HCA_HEADER : container instanceof Host ? HOST_HEADER : 0;
    }

    /** Port {@code index} (in model order) on the strip at the top of a node {@code nodeWidth} wide, relative to the node. */
    public static Bounds portBounds(int index, int nodeWidth) {
        int pitch = PORT.width() + PORT_SPACING;
        int perRow = Math.max(1, (nodeWidth - 2 * HEADER_INSET_LEFT + PORT_SPACING) / pitch);
        return new Bounds(HEADER_INSET_LEFT + (index % perRow) * pitch,
                HEADER_INSET_TOP + (index / perRow) * (PORT.height() + PORT_SPACING), PORT.width(), PORT.height());
    }

    /** How many columns a grid of {@code count} functions gets: roughly square, at most four wide. */
    public static int functionColumns(int count) {
        return Math.max(1, Math.min(GRID_COLUMNS, (int) Math.ceil(Math.sqrt(count))));
    }

    /** Cell {@code index} of a grid of {@code cell}-sized boxes, {@code columns} wide, below {@code top}. */
    public static Bounds gridCell(int index, int columns, Size cell, int top) {
        return new Bounds(GAP + (index % columns) * (cell.width() + GAP), top + GAP + (index / columns) * (cell.height() + GAP),
                cell.width(), cell.height());
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
                Size needed = defaultSize(element);
                if (needed.width() > element.getWidth()) {
                    element.setWidth(needed.width());
                }
                if (needed.height() > element.getHeight()) {
                    element.setHeight(needed.height());
                }
            }
        }
    }

    /**
     * Where a box of {@code size} can go among {@code siblings} (boxes of the same container) without covering one:
     * {@code preferred} if it is free, else the first free cell, row by row, of a grid of such boxes starting at the
     * container's top-left corner, as wide as the siblings reach (at least {@link #GRID_COLUMNS} boxes).
     */
    public static Bounds freeSlot(List<? extends NodeElement> siblings, Size size, int preferredX, int preferredY) {
        List<Bounds> taken = new java.util.ArrayList<>();
        int right = 0;
        int bottom = 0;
        for (NodeElement sibling : siblings) {
            Bounds bounds = boundsOf(sibling);
            taken.add(bounds);
            right = Math.max(right, bounds.right());
            bottom = Math.max(bottom, bounds.bottom());
        }
        Bounds preferred = new Bounds(Math.max(0, preferredX), Math.max(0, preferredY), size.width(), size.height());
        if (isFree(preferred, taken)) {
            return preferred;
        }
        int columns = Math.max(GRID_COLUMNS, (right + GAP) / (size.width() + GAP));
        int rows = bottom / (size.height() + GAP) + 2;
        for (int index = 0; index < columns * rows; index++) {
            Bounds cell = gridCell(index, columns, size, 0);
            if (isFree(cell, taken)) {
                return cell;
            }
        }
        return gridCell(0, 1, size, bottom);
    }

    private static boolean isFree(Bounds candidate, List<Bounds> taken) {
        for (Bounds bounds : taken) {
            if (bounds.overlaps(candidate)) {
                return false;
            }
        }
        return true;
    }

    private static Size extentOf(List<? extends NodeElement> first, List<? extends NodeElement> second) {
        int right = 0;
        int bottom = 0;
        for (List<? extends NodeElement> elements : List.of(first, second)) {
            for (NodeElement element : elements) {
                Bounds bounds = boundsOf(element);
                right = Math.max(right, bounds.right());
                bottom = Math.max(bottom, bounds.bottom());
            }
        }
        return new Size(right, bottom);
    }
}
