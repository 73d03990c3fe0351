package io.hcastudio.editor.parts;

import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPartFactory;

import io.hcastudio.model.FabricNode;
import io.hcastudio.model.Host;
import io.hcastudio.model.Link;
import io.hcastudio.model.PciFunction;
import io.hcastudio.model.Port;
import io.hcastudio.model.Topology;
import io.hcastudio.model.VirtualMachine;

/** Maps model objects to the diagram's edit parts. */
public class TopologyEditPartFactory implements EditPartFactory {

    @Override
    public EditPart createEditPart(EditPart context, Object model) {
        EditPart part;
        if (model instanceof Topology) {
            part = new DiagramEditPart();
        } else if (model instanceof Host) {
            part = new HostEditPart();
        } else if (model instanceof FabricNode) {
            part = new FabricNodeEditPart();
        } else if (model instanceof PciFunction) {
            part = new FunctionEditPart();
        } else if (model instanceof VirtualMachine) {
            part = new VirtualMachineEditPart();
        } else if (model instanceof Port) {
            part = new PortEditPart();
        } else if (model instanceof Link) {
            part = new LinkEditPart();
        } else {
            throw new IllegalArgumentException("the diagram does not draw " + model);
        }
        part.setModel(model);
        return part;
    }
}
