package io.hcastudio.editor.outline;

/** An outline item that reads its children only when the user first opens it. */
interface LazyTreePart {

    void expand();
}
