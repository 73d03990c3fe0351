package io.hcastudio.model.validation;

import org.eclipse.emf.ecore.EObject;

import io.hcastudio.model.CmtimeInstance;
import io.hcastudio.model.DriverProfile;
import io.hcastudio.model.FabricNode;
import io.hcastudio.model.FunctionInterface;
import io.hcastudio.model.Hca;
import io.hcastudio.model.Host;
import io.hcastudio.model.InboundBurst;
import io.hcastudio.model.InboundFanIn;
import io.hcastudio.model.Link;
import io.hcastudio.model.NamedElement;
import io.hcastudio.model.OutboundBurst;
import io.hcastudio.model.PciFunction;
import io.hcastudio.model.Port;
import io.hcastudio.model.Router;
import io.hcastudio.model.RunSettings;
import io.hcastudio.model.Scenario;
import io.hcastudio.model.Study;
import io.hcastudio.model.SubnetManager;
import io.hcastudio.model.SweepParameter;
import io.hcastudio.model.Switch;
import io.hcastudio.model.TimingParameters;
import io.hcastudio.model.Topology;
import io.hcastudio.model.VirtualMachine;
import io.hcastudio.model.Workload;

/**
 * How validation messages (and other user-facing texts) name model elements: kind plus a path the user can find
 * in the diagram, e.g. {@code port 2 of HCA 'hostA/hca0'} or {@code function 'hostA/hca0/VF3'}.
 */
public final class ElementLabels {

    private ElementLabels() {
    }

    public static String describe(EObject element) {
        if (element == null) {
            return "(nothing)";
        }
        if (element instanceof Topology topology) {
            return "topology " + quoted(topology.getName());
        }
        if (element instanceof Host host) {
            return "host " + quoted(host.getName());
        }
        if (element instanceof Hca hca) {
            return "HCA " + quoted(path(hca));
        }
        if (element instanceof Switch fabricSwitch) {
            return "switch " + quoted(fabricSwitch.getName());
        }
        if (element instanceof Router router) {
            return "router " + quoted(router.getName());
        }
        if (element instanceof Port port) {
            return "port " + port.getNumber() + " of " + describe(port.getNode());
        }
        if (element instanceof Link link) {
            return "link " + endName(link.getSource()) + " - " + endName(link.getTarget());
        }
        if (element instanceof PciFunction function) {
            return "function " + quoted(path(function));
        }
        if (element instanceof FunctionInterface functionInterface) {
            return "interface " + quoted(path(functionInterface.getFunction())) + " port " + functionInterface.getPortNumber();
        }
        if (element instanceof VirtualMachine virtualMachine) {
            return "VM " + quoted(path(virtualMachine));
        }
        if (element instanceof DriverProfile profile) {
            return "driver profile of " + describe(profile.eContainer());
        }
        if (element instanceof TimingParameters timing) {
            return "timing parameters in the " + describe(timing.eContainer());
        }
        if (element instanceof SubnetManager subnetManager) {
            return "subnet manager " + quoted(subnetManager.getName());
        }
        if (element instanceof Scenario scenario) {
            return "scenario " + quoted(scenario.getName());
        }
        if (element instanceof Workload workload) {
            return workloadKind(workload) + " " + quoted(workload.getName()) + " in " + describe(workload.eContainer());
        }
        if (element instanceof RunSettings settings) {
            return "run settings of " + describe(settings.eContainer());
        }
        if (element instanceof Study study) {
            return "study " + quoted(study.getName()) + " of " + describe(study.eContainer());
        }
        if (element instanceof SweepParameter parameter) {
            return "parameter " + quoted(parameter.getKey()) + " of " + describe(parameter.eContainer());
        }
        if (element instanceof NamedElement named) {
            return element.eClass().getName() + " " + quoted(named.getName());
        }
        return element.eClass().getName();
    }

    /** Slash-separated names from the host down, e.g. {@code hostA/hca0/VF3}. */
    public static String path(EObject element) {
        if (element == null) {
            return "?";
        }
        String own = element instanceof NamedElement named && named.getName() != null && !named.getName().isEmpty()
                ? named.getName()
                : element instanceof PciFunction function ? "fn" + function.getFunctionId() : element.eClass().getName();
        EObject container = element.eContainer();
        boolean nested = container instanceof Host || container instanceof Hca || container instanceof PciFunction;
        return nested ? path(container) + "/" + own : own;
    }

    private static String endName(Port port) {
        if (port == null) {
            return "(unset)";
        }
        FabricNode node = port.getNode();
        return quoted(node == null ? "?" : path(node)) + " port " + port.getNumber();
    }

    private static String workloadKind(Workload workload) {
        if (workload instanceof CmtimeInstance) {
            return "cmtime instance";
        }
        if (workload instanceof OutboundBurst) {
            return "outbound burst";
        }
        if (workload instanceof InboundBurst) {
            return "inbound burst";
        }
        if (workload instanceof InboundFanIn) {
            return "inbound fan-in";
        }
        return "workload";
    }

    private static String quoted(String name) {
        return "'" + (name == null ? "" : name) + "'";
    }
}
