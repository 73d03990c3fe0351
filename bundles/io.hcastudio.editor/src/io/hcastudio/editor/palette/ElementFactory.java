package io.hcastudio.editor.palette;

import java.util.function.Supplier;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.requests.CreationFactory;

/** A palette tool's factory: a fresh model element (or template subtree) for every creation request. */
public class ElementFactory implements CreationFactory {

    private final EClass type;
    private final Supplier<? extends EObject> supplier;

    public ElementFactory(EClass type, Supplier<? extends EObject> supplier) {
        this.type = type;
        this.supplier = supplier;
    }

    @Override
    public Object getNewObject() {
        return supplier.get();
    }

    @Override
    public Object getObjectType() {
        return type;
    }
}
