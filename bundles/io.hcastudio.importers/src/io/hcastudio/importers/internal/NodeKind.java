package io.hcastudio.importers.internal;

/** The three InfiniBand node types, in the order the model lists them. */
public enum NodeKind {
    SWITCH, CA, ROUTER
}
