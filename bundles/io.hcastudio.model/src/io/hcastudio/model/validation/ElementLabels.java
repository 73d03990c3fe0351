package io.hcastudio.model.validation;

import org.eclipse.emf.ecore.EObject;

import io.hcastudio.model.CmtimeInstance;
import io.hcastudio.model.DriverProfile;
import io.hcastudio.model.FabricNode;
import io.hcastudio.model.Fault;
import io.hcastudio.model.FunctionInterface;
import io.hcastudio.model.FunctionResetFault;
import io.hcastudio.model.Hca;
import io.hcastudio.model.Host;
import io.hcastudio.model.InboundBurst;
import io.hcastudio.model.InboundFanIn;
import io.hcastudio.model.KworkerStallFault;
import io.hcastudio.model.Link;
import io.hcastudio.model.LinkEvent;
import io.hcastudio.model.LinkFault;
import io.hcastudio.model.NamedElement;
import io.hcastudio.model.NetworkEvent;
import io.hcastudio.model.OutboundBurst;
import io.hcastudio.model.PciFunction;
import io.hcastudio.model.Port;
import io.hcastudio.model.PortChangeEvent;
import io.hcastudio.model.PortChangeKind;
import io.hcastudio.model.Router;
import io.hcastudio.model.RunSettings;
import io.hcastudio.model.SaSlowdownFault;
import io.hcastudio.model.Scenario;
import io.hcastudio.model.SmEvent;
import io.hcastudio.model.SmEventKind;
import io.hcastudio.model.SmOutageFault;
import io.hcastudio.model.StackReaction;
import io.hcastudio.model.Study;
import io.hcastudio.model.SubnetManager;
import io.hcastudio.model.SweepParameter;
import io.hcastudio.model.Switch;
import io.hcastudio.model.TimingDistribution;
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
        return switch (element) {
            case null -> "(nothing)";
            case Topology topology -> "topology " + quoted(topology.getName());
            case Host host -> "host " + quoted(host.getName());
            case Hca hca -> "HCA " + quoted(path(hca));
            case Switch fabricSwitch -> "switch " + quoted(fabricSwitch.getName());
            case Router router -> "router " + quoted(router.getName());
            case Port port -> "port " + port.getNumber() + " of " + describe(port.getNode());
            case Link link -> "link " + endName(link.getSource()) + " - " + endName(link.getTarget());
            case PciFunction function -> "function " + quoted(path(function));
            case FunctionInterface functionInterface ->
                "interface " + quoted(path(functionInterface.getFunction())) + " port " + functionInterface.getPortNumber();
            case VirtualMachine virtualMachine -> "VM " + quoted(path(virtualMachine));
            case DriverProfile profile -> "driver profile of " + describe(profile.eContainer());
            case TimingParameters timing -> "timing parameters in the " + describe(timing.eContainer());
            case TimingDistribution law -> "distribution of " + (law.getParameter() == null ? "?" : law.getParameter())
                + " in the " + describe(law.eContainer());
            case SubnetManager subnetManager -> "subnet manager " + quoted(subnetManager.getName());
            case Scenario scenario -> "scenario " + quoted(scenario.getName());
            case Workload workload -> workloadKind(workload) + " " + quoted(workload.getName()) + " in " + describe(workload.eContainer());
            case Fault fault -> faultKind(fault) + " " + quoted(fault.getName()) + " in "
                    + describe(fault.eContainer());
            case NetworkEvent event -> eventKind(event) + " " + quoted(event.getName()) + " in "
                    + describe(event.eContainer());
            case StackReaction reaction -> "stack reaction " + quoted(reaction.getName()) + " in "
                    + describe(reaction.eContainer());
            case RunSettings settings -> "run settings of " + describe(settings.eContainer());
            case Study study -> "study " + quoted(study.getName()) + " of " + describe(study.eContainer());
            case SweepParameter parameter -> "parameter " + quoted(parameter.getKey()) + " of " + describe(parameter.eContainer());
            case NamedElement named -> element.eClass().getName() + " " + quoted(named.getName());
            default -> element.eClass().getName();
        };
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

    private static String eventKind(NetworkEvent event) {
        return switch (event) {
            case LinkEvent link -> "link event";
            case SmEvent sm -> sm.getKind() == SmEventKind.FAILOVER ? "SM failover" : "SM ClientReregister";
            case PortChangeEvent change -> change.getChange() == PortChangeKind.PKEY ? "P_Key change" : "LID change";
            default -> "network event";
        };
    }

    private static String faultKind(Fault fault) {
        return switch (fault) {
            case LinkFault link -> link.isDown() ? "link down" : "link fault";
            case KworkerStallFault stall -> "kworker stall";
            case SmOutageFault outage -> "SM outage";
            case SaSlowdownFault slowdown -> "SA slowdown";
            case FunctionResetFault reset -> "function reset";
            default -> "fault";
        };
    }

    private static String workloadKind(Workload workload) {
        return switch (workload) {
            case CmtimeInstance cmtime -> "cmtime instance";
            case OutboundBurst burst -> "outbound burst";
            case InboundBurst burst -> "inbound burst";
            case InboundFanIn fanIn -> "inbound fan-in";
            default -> "workload";
        };
    }

    private static String quoted(String name) {
        return "'" + (name == null ? "" : name) + "'";
    }
}
