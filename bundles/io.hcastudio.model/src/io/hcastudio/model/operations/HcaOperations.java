package io.hcastudio.model.operations;

import org.eclipse.emf.common.util.BasicEList;
import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;

import io.hcastudio.model.Hca;
import io.hcastudio.model.PciFunction;

/** Bodies of the {@link Hca} operations declared in the Ecore model. */
public final class HcaOperations {

    private HcaOperations() {
    }

    public static PciFunction physicalFunction(Hca hca) {
        for (PciFunction function : hca.getFunctions()) {
            if (function.isPhysicalFunction()) {
                return function;
            }
        }
        return null;
    }

    public static EList<PciFunction> virtualFunctions(Hca hca) {
        EList<PciFunction> virtualFunctions = new BasicEList<>();
        for (PciFunction function : hca.getFunctions()) {
            if (!function.isPhysicalFunction()) {
                virtualFunctions.add(function);
            }
        }
        return ECollections.unmodifiableEList(virtualFunctions);
    }
}
