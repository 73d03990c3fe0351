package io.hcastudio.editor.commands;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.hcastudio.model.Hca;
import io.hcastudio.model.Host;
import io.hcastudio.model.PciFunction;
import io.hcastudio.model.VirtualMachine;
import io.hcastudio.model.identity.FunctionIdRange;
import io.hcastudio.model.layout.DiagramMetrics;
import io.hcastudio.model.templates.ElementTemplates;
import io.hcastudio.model.templates.NewElements;

/**
 * Adds N virtual functions to an HCA, or N virtual machines to a host (each with a VF of the host's first HCA
 * passed through to it, while the HCA has VFs to spare). Function numbers, slave numbers and GUIDs continue
 * where the model leaves off, so they come out sequential.
 */
public class ReplicateCommand extends ModelCommand {

    private final Hca hca;
    private final Host host;
    private final int count;

    private ReplicateCommand(Hca hca, Host host, int count) {
        super(hca != null ? "Add " + count + " virtual functions" : "Add " + count + " virtual machines");
        this.hca = hca;
        this.host = host;
        this.count = count;
    }

    public static ReplicateCommand virtualFunctions(Hca hca, int count) {
        return new ReplicateCommand(hca, null, count);
    }

    public static ReplicateCommand virtualMachines(Host host, int count) {
        return new ReplicateCommand(null, host, count);
    }

    @Override
    public boolean canExecute() {
        if (count < 1) {
            return false;
        }
        if (hca != null) {
            return hca.eContainer() != null && count <= FunctionIdRange.spareVirtualFunctions(hca);
        }
        return host != null && host.eContainer() != null;
    }

    @Override
    protected EObject scope() {
        return hca != null ? hca : host;
    }

    @Override
    protected void apply() {
        if (hca != null) {
            addFunctions(hca, count);
        } else {
            addMachines();
        }
    }

    private static List<PciFunction> addFunctions(Hca hca, int count) {
        if (hca.physicalFunction() == null) {
            addFunction(hca, 0, 0);
        }
        int top = DiagramMetrics.bottomOf(hca.getFunctions());
        List<PciFunction> added = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            added.add(addFunction(hca, i, top));
        }
        DiagramMetrics.growToFit(hca);
        return added;
    }

    private static PciFunction addFunction(Hca hca, int slot, int top) {
        PciFunction function = ElementTemplates.virtualFunction();
        if (hca.physicalFunction() == null) {
            function.setFunctionId(0);
        }
        DiagramMetrics.gridCell(slot, DiagramMetrics.GRID_COLUMNS, DiagramMetrics.FUNCTION, top).applyTo(function);
        NewElements.prepare(hca, function);
        hca.getFunctions().add(function);
        return function;
    }

    private void addMachines() {
        Hca firstHca = host.getHcas().isEmpty() ? null : host.getHcas().get(0);
        int spare = firstHca == null ? 0 : FunctionIdRange.spareVirtualFunctions(firstHca);
        List<PciFunction> functions = firstHca == null ? List.of() : addFunctions(firstHca, Math.min(spare, count));
        int top = Math.max(DiagramMetrics.bottomOf(host.getHcas()), DiagramMetrics.bottomOf(host.getVirtualMachines()));
        for (int i = 0; i < count; i++) {
            VirtualMachine machine = ElementTemplates.virtualMachine();
            DiagramMetrics.gridCell(i, DiagramMetrics.GRID_COLUMNS, DiagramMetrics.VIRTUAL_MACHINE, top).applyTo(machine);
            NewElements.prepare(host, machine);
            host.getVirtualMachines().add(machine);
            if (i < functions.size()) {
                ElementTemplates.passThrough(functions.get(i), machine);
            }
        }
        DiagramMetrics.growToFit(host);
    }
}
