package io.hcastudio.editor.figures;

import java.util.AbstractList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * A read-only view of a figure's child list whose {@link #indexOf} takes constant time. draw2d's focus search
 * (FocusTraverseManager, run each time the canvas gains focus) walks every figure and calls {@code indexOf} on the
 * parent's children at each step back up: with 10,000 boxes on one layer and 20,000 cables on another that is
 * quadratic, seconds on each activation of the editor. Figures are their own identity (no figure overrides
 * equals), so an identity index answers exactly as the list would; an index entry is checked against the list
 * before it is used, so reordering or removal only costs a rebuild.
 */
public final class IndexedChildren extends AbstractList<Object> implements RandomAccess {

    private List<?> live = List.of();
    private final Map<Object, Integer> index = new IdentityHashMap<>();

    /** This view over {@code children} (the figure's own list, which draw2d replaces on the first add). */
    public List<?> over(List<?> children) {
        if (children != live) {
            live = children;
            index.clear();
        }
        return this;
    }

    @Override
    public Object get(int position) {
        return live.get(position);
    }

    @Override
    public int size() {
        return live.size();
    }

    @Override
    public int indexOf(Object element) {
        Integer position = index.get(element);
        if (position != null && position < live.size() && live.get(position) == element) {
            return position;
        }
        index.clear();
        for (int i = 0; i < live.size(); i++) {
            index.putIfAbsent(live.get(i), i);
        }
        position = index.get(element);
        return position == null ? -1 : position;
    }

    @Override
    public boolean contains(Object element) {
        return indexOf(element) >= 0;
    }
}
