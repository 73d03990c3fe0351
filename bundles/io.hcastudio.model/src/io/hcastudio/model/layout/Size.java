package io.hcastudio.model.layout;

/** The width and height of a box of the diagram. */
public record Size(int width, int height) {
}
