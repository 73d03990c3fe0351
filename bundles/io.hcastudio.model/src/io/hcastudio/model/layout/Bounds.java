package io.hcastudio.model.layout;

import io.hcastudio.model.NodeElement;

/**
 * A box of the diagram, relative to the content area of the box that holds it (the diagram itself for hosts,
 * switches and routers).
 */
public record Bounds(int x, int y, int width, int height) {

    public int right() {
        return x + width;
    }

    public int bottom() {
        return y + height;
    }

    public Bounds translated(int dx, int dy) {
        return new Bounds(x + dx, y + dy, width, height);
    }

    /** Whether the two boxes share area (touching edges do not count). */
    public boolean overlaps(Bounds other) {
        return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
    }

    /** Stores this box as the element's position and size. */
    public void applyTo(NodeElement element) {
        element.setX(x);
        element.setY(y);
        element.setWidth(width);
        element.setHeight(height);
    }
}
