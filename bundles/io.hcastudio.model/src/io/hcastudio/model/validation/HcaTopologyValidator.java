package io.hcastudio.model.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.hcastudio.model.CmtimeInstance;
import io.hcastudio.model.CmtimeRole;
import io.hcastudio.model.DriverProfile;
import io.hcastudio.model.FabricNode;
import io.hcastudio.model.FunctionInterface;
import io.hcastudio.model.FunctionOwner;
import io.hcastudio.model.Hca;
import io.hcastudio.model.HcaPackage;
import io.hcastudio.model.InboundBurst;
import io.hcastudio.model.InboundFanIn;
import io.hcastudio.model.Link;
import io.hcastudio.model.OutboundBurst;
import io.hcastudio.model.PciFunction;
import io.hcastudio.model.Port;
import io.hcastudio.model.ProfilePreset;
import io.hcastudio.model.Router;
import io.hcastudio.model.RunSettings;
import io.hcastudio.model.Scenario;
import io.hcastudio.model.SubnetManager;
import io.hcastudio.model.SweepParameter;
import io.hcastudio.model.Switch;
import io.hcastudio.model.TimingParameters;
import io.hcastudio.model.Topology;
import io.hcastudio.model.VirtualMachine;
import io.hcastudio.model.WorkQueueMode;
import io.hcastudio.model.Workload;
import io.hcastudio.model.operations.DriverProfiles;
import io.hcastudio.model.operations.Guids;

/**
 * Validation rules of the topology model. Each diagnostic names the element and the field, carries the element
 * and feature as data (for navigation) and its {@link ValidationRule} code. Run it through
 * {@link TopologyValidation}.
 */
public class HcaTopologyValidator extends EObjectValidator {

    public static final HcaTopologyValidator INSTANCE = new HcaTopologyValidator();
    public static final String DIAGNOSTIC_SOURCE = "io.hcastudio.model";

    /** Highest unicast LID; 0xC000 and above are multicast. */
    private static final int MAX_UNICAST_LID = 0xBFFF;
    private static final int MAX_LMC = 7;
    private static final int MAX_SUBNET_TIMEOUT = 31;

    private static final HcaPackage PACKAGE = HcaPackage.eINSTANCE;

    @Override
    protected EPackage getEPackage() {
        return PACKAGE;
    }

    @Override
    public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
        Report report = new Report(diagnostics);
        if (object instanceof Topology topology) {
            checkGuids(topology, report);
            checkLids(topology, report);
            checkPortsLinkedOnce(topology, report);
        } else if (object instanceof FabricNode node) {
            checkFabricNode(node, report);
            if (object instanceof Hca hca) {
                checkHca(hca, report);
            }
        } else if (object instanceof Port port) {
            checkPort(port, report);
        } else if (object instanceof Link link) {
            checkLink(link, report);
        } else if (object instanceof PciFunction function) {
            checkFunction(function, report);
        } else if (object instanceof FunctionInterface functionInterface) {
            checkInterface(functionInterface, report);
        } else if (object instanceof VirtualMachine virtualMachine) {
            atLeast(report, virtualMachine, PACKAGE.getVirtualMachine_Vcpus(), virtualMachine.getVcpus(), 1);
        } else if (object instanceof DriverProfile profile) {
            checkDriverProfile(profile, report);
        } else if (object instanceof TimingParameters timing) {
            checkTiming(timing, report);
        } else if (object instanceof SubnetManager subnetManager) {
            checkSubnetManager(subnetManager, report);
        } else if (object instanceof Scenario scenario) {
            checkScenario(scenario, report);
        } else if (object instanceof Workload workload) {
            checkWorkload(workload, report);
        } else if (object instanceof RunSettings settings) {
            atLeast(report, settings, PACKAGE.getRunSettings_Replications(), settings.getReplications(), 1);
            atLeast(report, settings, PACKAGE.getRunSettings_StopTimeMs(), settings.getStopTimeMs(), 0);
        } else if (object instanceof SweepParameter parameter) {
            checkSweepParameter(parameter, report);
        }
        return report.valid;
    }

    // ---- physical fabric -------------------------------------------------------------------------------------

    private record GuidUse(EObject owner, String role) {
    }

    private static void checkGuids(Topology topology, Report report) {
        Map<Long, GuidUse> seen = new HashMap<>();
        for (FabricNode node : topology.allFabricNodes()) {
            claimGuid(seen, node.getNodeGuid(), new GuidUse(node, "node GUID"), PACKAGE.getFabricNode_NodeGuid(), report);
            for (Port port : node.getPorts()) {
                claimGuid(seen, port.getPortGuid(), new GuidUse(port, "port GUID"), PACKAGE.getPort_PortGuid(), report);
            }
            if (node instanceof Hca hca) {
                for (PciFunction function : hca.getFunctions()) {
                    claimGuid(seen, function.getNodeGuid(), new GuidUse(function, "node GUID"), PACKAGE.getPciFunction_NodeGuid(),
                            report);
                    for (FunctionInterface functionInterface : function.getInterfaces()) {
                        claimGuid(seen, functionInterface.getAliasGuid(), new GuidUse(functionInterface, "alias GUID"),
                                PACKAGE.getFunctionInterface_AliasGuid(), report);
                    }
                }
            }
        }
    }

    private static void claimGuid(Map<Long, GuidUse> seen, long guid, GuidUse use, EStructuralFeature feature, Report report) {
        if (guid == 0) {
            return;
        }
        GuidUse earlier = seen.putIfAbsent(guid, use);
        if (earlier != null && !mayShareGuid(earlier.owner(), use.owner())) {
            report.error(ValidationRule.DUPLICATE_GUID, use.owner(), feature,
                    ElementLabels.describe(use.owner()) + ": " + use.role() + " " + Guids.format(guid) + " is already the "
                            + earlier.role() + " of " + ElementLabels.describe(earlier.owner()) + "; GUIDs must be unique");
        }
    }

    /**
     * The PF answers with the HCA's own GUIDs (node GUID, and port GUID at alias index 0), and a switch's port 0
     * carries the switch GUID; only these pairs may share a GUID.
     */
    private static boolean mayShareGuid(EObject first, EObject second) {
        return sharesNaturally(first, second) || sharesNaturally(second, first);
    }

    private static boolean sharesNaturally(EObject owner, EObject other) {
        if (owner instanceof Hca hca && other instanceof PciFunction function) {
            return function.isPhysicalFunction() && function.getHca() == hca;
        }
        if (owner instanceof Port port && other instanceof FunctionInterface functionInterface) {
            PciFunction function = functionInterface.getFunction();
            return function != null && function.isPhysicalFunction() && function.getHca() == port.getNode()
                    && functionInterface.getPortNumber() == port.getNumber();
        }
        if (owner instanceof Switch fabricSwitch && other instanceof Port port) {
            return port.getNode() == fabricSwitch;
        }
        return false;
    }

    private record LidRange(EObject owner, EStructuralFeature feature, int first, int last) {
    }

    /** LIDs (with their LMC ranges) must not overlap within a subnet; routers are the subnet boundaries. */
    private static void checkLids(Topology topology, Report report) {
        Map<FabricNode, Integer> subnetOf = subnets(topology);
        Map<Integer, List<LidRange>> rangesBySubnet = new HashMap<>();
        for (FabricNode node : topology.allFabricNodes()) {
            List<LidRange> ranges = rangesBySubnet.computeIfAbsent(subnetOf.get(node), key -> new ArrayList<>());
            if (node instanceof Switch fabricSwitch) {
                addLidRange(ranges, fabricSwitch, PACKAGE.getSwitch_Lid(), fabricSwitch.getLid(), fabricSwitch.getLmc(), report);
            } else {
                for (Port port : node.getPorts()) {
                    addLidRange(ranges, port, PACKAGE.getPort_Lid(), port.getLid(), port.getLmc(), report);
                }
            }
        }
    }

    private static void addLidRange(List<LidRange> ranges, EObject owner, EStructuralFeature feature, int lid, int lmc,
            Report report) {
        if (lid == 0) {
            return;
        }
        if (lid < 0 || lid > MAX_UNICAST_LID) {
            report.error(ValidationRule.LID_OUT_OF_RANGE, owner, feature, ElementLabels.describe(owner) + ": LID " + lid
                    + " is outside the unicast range 1..0xBFFF (49151)");
            return;
        }
        int clampedLmc = Math.max(0, Math.min(lmc, MAX_LMC));
        LidRange range = new LidRange(owner, feature, lid, lid + (1 << clampedLmc) - 1);
        for (LidRange other : ranges) {
            if (range.first() <= other.last() && other.first() <= range.last()) {
                report.error(ValidationRule.DUPLICATE_LID, owner, feature, ElementLabels.describe(owner) + ": LID " + describeRange(range)
                        + " overlaps LID " + describeRange(other) + " of " + ElementLabels.describe(other.owner())
                        + " in the same subnet; LIDs must be unique per subnet");
                return;
            }
        }
        ranges.add(range);
    }

    private static String describeRange(LidRange range) {
        return range.first() == range.last() ? Integer.toString(range.first()) : range.first() + ".." + range.last();
    }

    /**
     * Subnet number per fabric node. Without routers the whole fabric is one subnet (unlinked nodes included, so
     * that a half-drawn fabric is still checked); with routers, nodes joined by links not crossing a router.
     */
    private static Map<FabricNode, Integer> subnets(Topology topology) {
        Map<FabricNode, Integer> subnetOf = new IdentityHashMap<>();
        List<FabricNode> nodes = topology.allFabricNodes();
        if (topology.getRouters().isEmpty()) {
            nodes.forEach(node -> subnetOf.put(node, 0));
            return subnetOf;
        }
        Map<FabricNode, List<FabricNode>> neighbours = new IdentityHashMap<>();
        for (Link link : topology.getLinks()) {
            FabricNode a = link.getSource() == null ? null : link.getSource().getNode();
            FabricNode b = link.getTarget() == null ? null : link.getTarget().getNode();
            if (a != null && b != null && !(a instanceof Router) && !(b instanceof Router)) {
                neighbours.computeIfAbsent(a, key -> new ArrayList<>()).add(b);
                neighbours.computeIfAbsent(b, key -> new ArrayList<>()).add(a);
            }
        }
        int next = 0;
        for (FabricNode start : nodes) {
            if (subnetOf.containsKey(start)) {
                continue;
            }
            int subnet = next++;
            List<FabricNode> pending = new ArrayList<>(List.of(start));
            while (!pending.isEmpty()) {
                FabricNode node = pending.remove(pending.size() - 1);
                if (subnetOf.putIfAbsent(node, subnet) == null) {
                    pending.addAll(neighbours.getOrDefault(node, List.of()));
                }
            }
        }
        return subnetOf;
    }

    private static void checkPortsLinkedOnce(Topology topology, Report report) {
        Map<Port, Link> linkOfPort = new IdentityHashMap<>();
        for (Link link : topology.getLinks()) {
            for (Port end : new Port[] { link.getSource(), link.getTarget() }) {
                if (end == null) {
                    continue;
                }
                Link earlier = linkOfPort.putIfAbsent(end, link);
                if (earlier != null && earlier != link) {
                    report.error(ValidationRule.PORT_ALREADY_LINKED, link,
                            end == link.getSource() ? PACKAGE.getLink_Source() : PACKAGE.getLink_Target(),
                            ElementLabels.describe(link) + ": " + ElementLabels.describe(end) + " is already linked by "
                                    + ElementLabels.describe(earlier) + "; a port takes one cable");
                }
            }
        }
    }

    private static void checkFabricNode(FabricNode node, Report report) {
        atLeast(report, node, PACKAGE.getFabricNode_PortCount(), node.getPortCount(), 1);
        Set<Integer> numbers = new HashSet<>();
        for (Port port : node.getPorts()) {
            if (!numbers.add(port.getNumber())) {
                report.error(ValidationRule.DUPLICATE_PORT_NUMBER, port, PACKAGE.getPort_Number(),
                        ElementLabels.describe(node) + ": port number " + port.getNumber() + " is listed twice");
            }
        }
        if (node instanceof Switch fabricSwitch) {
            inRange(report, fabricSwitch, PACKAGE.getSwitch_Lmc(), fabricSwitch.getLmc(), 0, MAX_LMC);
        }
    }

    private static void checkPort(Port port, Report report) {
        FabricNode node = port.getNode();
        if (node != null && (port.getNumber() < 1 || port.getNumber() > node.getPortCount())) {
            report.error(ValidationRule.PORT_NUMBER_INVALID, port, PACKAGE.getPort_Number(), ElementLabels.describe(port)
                    + ": number " + port.getNumber() + " is not a port of this " + node.getPortCount()
                    + "-port node; expected 1.." + node.getPortCount());
        }
        inRange(report, port, PACKAGE.getPort_Lmc(), port.getLmc(), 0, MAX_LMC);
    }

    private static void checkLink(Link link, Report report) {
        Topology topology = topologyOf(link);
        boolean endsValid = checkLinkEnd(link, link.getSource(), PACKAGE.getLink_Source(), "source", topology, report)
                & checkLinkEnd(link, link.getTarget(), PACKAGE.getLink_Target(), "target", topology, report);
        if (!endsValid) {
            return;
        }
        Port source = link.getSource();
        Port target = link.getTarget();
        if (source == target) {
            report.error(ValidationRule.LINK_END_INVALID, link, PACKAGE.getLink_Target(),
                    ElementLabels.describe(link) + ": both ends are the same port");
            return;
        }
        if (source.getLinkLayer() != target.getLinkLayer()) {
            report.error(ValidationRule.LINK_LAYER_MISMATCH, link, PACKAGE.getLink_Target(), ElementLabels.describe(link) + ": "
                    + ElementLabels.describe(source) + " is " + source.getLinkLayer() + " but " + ElementLabels.describe(target)
                    + " is " + target.getLinkLayer() + "; both ends need the same link layer");
        }
        for (Port end : new Port[] { source, target }) {
            if (link.getWidth().getValue() > end.getWidth().getValue()) {
                report.error(ValidationRule.LINK_EXCEEDS_PORT, link, PACKAGE.getLink_Width(), ElementLabels.describe(link)
                        + ": width " + link.getWidth() + " is wider than " + ElementLabels.describe(end) + " (" + end.getWidth()
                        + "); expected at most " + end.getWidth());
            }
            if (link.getSpeed().getValue() > end.getSpeed().getValue()) {
                report.error(ValidationRule.LINK_EXCEEDS_PORT, link, PACKAGE.getLink_Speed(), ElementLabels.describe(link)
                        + ": speed " + link.getSpeed() + " is faster than " + ElementLabels.describe(end) + " (" + end.getSpeed()
                        + "); expected at most " + end.getSpeed());
            }
        }
        if (link.isSetLatencyNs()) {
            atLeast(report, link, PACKAGE.getLink_LatencyNs(), link.getLatencyNs(), 0);
        }
    }

    private static boolean checkLinkEnd(Link link, Port end, EStructuralFeature feature, String which, Topology topology,
            Report report) {
        if (end == null) {
            report.error(ValidationRule.LINK_END_INVALID, link, feature, ElementLabels.describe(link) + ": " + which
                    + " port is not set; a link joins two existing ports");
            return false;
        }
        if (end.eIsProxy() || topologyOf(end) != topology) {
            report.error(ValidationRule.LINK_END_INVALID, link, feature, ElementLabels.describe(link) + ": " + which
                    + " port is not part of this topology (deleted?); a link joins two existing ports");
            return false;
        }
        return true;
    }

    // ---- SR-IOV overlay --------------------------------------------------------------------------------------

    private static void checkHca(Hca hca, Report report) {
        if (hca.getDriverProfile() == null) {
            report.error(ValidationRule.MISSING_DRIVER_PROFILE, hca, PACKAGE.getHca_DriverProfile(),
                    ElementLabels.describe(hca) + ": driverProfile is missing; choose preset A, B, C or D or enter values");
        }
        atLeast(report, hca, PACKAGE.getHca_MaxVirtualFunctions(), hca.getMaxVirtualFunctions(), 0);
        if (hca.getFunctions().isEmpty()) {
            return;
        }
        if (hca.physicalFunction() == null) {
            report.error(ValidationRule.MISSING_PHYSICAL_FUNCTION, hca, PACKAGE.getHca_Functions(),
                    ElementLabels.describe(hca) + ": functions has no physical function (function id 0)");
        }
        Set<Integer> functionIds = new HashSet<>();
        for (PciFunction function : hca.getFunctions()) {
            if (!functionIds.add(function.getFunctionId())) {
                report.error(ValidationRule.DUPLICATE_FUNCTION_ID, function, PACKAGE.getPciFunction_FunctionId(),
                        ElementLabels.describe(function) + ": functionId " + function.getFunctionId() + " is used twice on "
                                + ElementLabels.describe(hca));
            }
        }
        checkSlaveNumbers(hca, report);
        int virtualFunctionCount = hca.virtualFunctions().size();
        if (virtualFunctionCount > hca.getMaxVirtualFunctions()) {
            report.error(ValidationRule.TOO_MANY_VIRTUAL_FUNCTIONS, hca, PACKAGE.getHca_Functions(), ElementLabels.describe(hca)
                    + ": " + virtualFunctionCount + " virtual functions exceed maxVirtualFunctions " + hca.getMaxVirtualFunctions());
        }
    }

    /** mlx4 numbers slaves 0 (the PF) .. number of VFs without gaps. */
    private static void checkSlaveNumbers(Hca hca, Report report) {
        Set<Integer> slaves = new TreeSet<>();
        for (PciFunction function : hca.getFunctions()) {
            if (!slaves.add(function.getSlaveNumber())) {
                report.error(ValidationRule.SLAVE_NUMBERS_NOT_SEQUENTIAL, function, PACKAGE.getPciFunction_SlaveNumber(),
                        ElementLabels.describe(function) + ": slaveNumber " + function.getSlaveNumber() + " is used twice on "
                                + ElementLabels.describe(hca) + "; expected 0.." + (hca.getFunctions().size() - 1) + ", each once");
            } else if (function.getSlaveNumber() < 0 || function.getSlaveNumber() >= hca.getFunctions().size()) {
                report.error(ValidationRule.SLAVE_NUMBERS_NOT_SEQUENTIAL, function, PACKAGE.getPciFunction_SlaveNumber(),
                        ElementLabels.describe(function) + ": slaveNumber " + function.getSlaveNumber() + " leaves a gap; with "
                                + hca.getFunctions().size() + " functions expected 0.." + (hca.getFunctions().size() - 1));
            } else if (function.isPhysicalFunction() && function.getSlaveNumber() != 0) {
                report.error(ValidationRule.SLAVE_NUMBERS_NOT_SEQUENTIAL, function, PACKAGE.getPciFunction_SlaveNumber(),
                        ElementLabels.describe(function) + ": the physical function is slave 0, not " + function.getSlaveNumber());
            }
        }
    }

    private static void checkFunction(PciFunction function, Report report) {
        if (function.getInterfaces().isEmpty()) {
            report.warning(ValidationRule.FUNCTION_INACTIVE, function, PACKAGE.getPciFunction_Interfaces(),
                    ElementLabels.describe(function) + ": not active on any port; it gets no tunnel context and carries no MADs");
        }
        Set<Integer> ports = new HashSet<>();
        for (FunctionInterface functionInterface : function.getInterfaces()) {
            if (!ports.add(functionInterface.getPortNumber())) {
                report.error(ValidationRule.DUPLICATE_INTERFACE, functionInterface, PACKAGE.getFunctionInterface_PortNumber(),
                        ElementLabels.describe(function) + ": active twice on port " + functionInterface.getPortNumber());
            }
        }
        VirtualMachine virtualMachine = function.getVirtualMachine();
        if (function.getOwner() == FunctionOwner.VIRTUAL_MACHINE) {
            if (virtualMachine == null) {
                report.error(ValidationRule.OWNER_INCONSISTENT, function, PACKAGE.getPciFunction_VirtualMachine(),
                        ElementLabels.describe(function) + ": owner is virtualMachine but virtualMachine is not set");
            } else if (function.getHca() != null && virtualMachine.getHost() != function.getHca().getHost()) {
                report.error(ValidationRule.OWNER_INCONSISTENT, function, PACKAGE.getPciFunction_VirtualMachine(),
                        ElementLabels.describe(function) + ": " + ElementLabels.describe(virtualMachine)
                                + " runs on another host; a VF can only be passed through to a VM of its own host");
            }
        } else if (virtualMachine != null) {
            report.error(ValidationRule.OWNER_INCONSISTENT, function, PACKAGE.getPciFunction_Owner(),
                    ElementLabels.describe(function) + ": owner is " + function.getOwner() + " but the function is assigned to "
                            + ElementLabels.describe(virtualMachine) + "; set owner to virtualMachine or clear the VM");
        }
    }

    private static void checkInterface(FunctionInterface functionInterface, Report report) {
        PciFunction function = functionInterface.getFunction();
        Hca hca = function == null ? null : function.getHca();
        if (hca != null && (functionInterface.getPortNumber() < 1 || functionInterface.getPortNumber() > hca.getPortCount())) {
            report.error(ValidationRule.INTERFACE_ON_MISSING_PORT, functionInterface, PACKAGE.getFunctionInterface_PortNumber(),
                    ElementLabels.describe(function) + ": active on port " + functionInterface.getPortNumber() + ", but "
                            + ElementLabels.describe(hca) + " has ports 1.." + hca.getPortCount());
        }
    }

    // ---- driver profile --------------------------------------------------------------------------------------

    private static void checkDriverProfile(DriverProfile profile, Report report) {
        powerOfTwo(report, profile, PACKAGE.getDriverProfile_WireRingSize(), profile.getWireRingSize());
        powerOfTwo(report, profile, PACKAGE.getDriverProfile_TunnelRingSize(), profile.getTunnelRingSize());
        atLeast(report, profile, PACKAGE.getDriverProfile_MadSendQueueSize(), profile.getMadSendQueueSize(), 1);
        atLeast(report, profile, PACKAGE.getDriverProfile_MadRecvQueueSize(), profile.getMadRecvQueueSize(), 1);
        atLeast(report, profile, PACKAGE.getDriverProfile_KworkerCpus(), profile.getKworkerCpus(), 1);
        if (profile.getTiming() == null) {
            report.error(ValidationRule.MISSING_DRIVER_PROFILE, profile, PACKAGE.getDriverProfile_Timing(),
                    ElementLabels.describe(profile) + ": timing is missing; the simulator needs the timing parameters");
        }
        if (!profile.matchesPreset()) {
            DriverProfiles.PresetValues expected = DriverProfiles.valuesOf(profile.getPreset());
            report.warning(ValidationRule.PRESET_VALUES_DIFFER, profile, PACKAGE.getDriverProfile_Preset(),
                    ElementLabels.describe(profile) + ": values (wire " + profile.getWireRingSize() + ", tunnel "
                            + profile.getTunnelRingSize() + ", " + profile.getWorkQueueMode() + " workqueue) differ from preset "
                            + profile.getPreset() + " (wire " + expected.wireRingSize() + ", tunnel " + expected.tunnelRingSize() + ", "
                            + expected.workQueueMode() + "); re-apply the preset or set it to custom");
        }
    }

    private static void powerOfTwo(Report report, EObject owner, EStructuralFeature feature, int value) {
        if (value < 2 || Integer.bitCount(value) != 1) {
            report.error(ValidationRule.RING_SIZE_NOT_POWER_OF_TWO, owner, feature, ElementLabels.describe(owner) + ": "
                    + feature.getName() + " " + value + " is not a power of two (at least 2); the driver masks ring indexes with size - 1");
        }
    }

    private static void checkTiming(TimingParameters timing, Report report) {
        for (EStructuralFeature feature : timing.eClass().getEAllAttributes()) {
            Object value = timing.eGet(feature);
            if (value instanceof Integer number && number < 0) {
                report.error(ValidationRule.VALUE_OUT_OF_RANGE, timing, feature, ElementLabels.describe(timing) + ": "
                        + feature.getName() + " " + number + " is negative; expected 0 or more");
            }
        }
    }

    private static void checkSubnetManager(SubnetManager subnetManager, Report report) {
        Port port = subnetManager.getPort();
        if (port == null || port.eIsProxy() || topologyOf(port) != topologyOf(subnetManager)) {
            report.error(ValidationRule.SUBNET_MANAGER_INVALID, subnetManager, PACKAGE.getSubnetManager_Port(),
                    ElementLabels.describe(subnetManager) + ": port is " + (port == null ? "not set" : "not part of this topology")
                            + "; expected the port of the node the SM/SA runs on");
        }
        atLeast(report, subnetManager, PACKAGE.getSubnetManager_SaServiceTimeNs(), subnetManager.getSaServiceTimeNs(), 0);
        inRange(report, subnetManager, PACKAGE.getSubnetManager_SubnetTimeout(), subnetManager.getSubnetTimeout(), 0,
                MAX_SUBNET_TIMEOUT);
    }

    // ---- scenarios -------------------------------------------------------------------------------------------

    private static void checkScenario(Scenario scenario, Report report) {
        if (scenario.isSetPresetOverride() && scenario.getPresetOverride() == ProfilePreset.CUSTOM) {
            report.error(ValidationRule.PRESET_OVERRIDE_INVALID, scenario, PACKAGE.getScenario_PresetOverride(),
                    ElementLabels.describe(scenario) + ": presetOverride must be A, B, C or D (custom has no values); unset it to "
                            + "use each HCA's own profile");
        }
        checkWireRingLoad(scenario, report);
    }

    /**
     * Under a single ordered workqueue the wire ring is not reaped while tunnel works run, so everything a
     * port's functions send in one phase must fit into the N - 1 usable wire slots (proxy specification 3.4).
     */
    private static void checkWireRingLoad(Scenario scenario, Report report) {
        record HcaPort(Hca hca, int portNumber) {
        }
        Map<HcaPort, int[]> madsAndInterfaces = new LinkedHashMap<>();
        for (Workload workload : scenario.getWorkloads()) {
            int mads = workload instanceof CmtimeInstance cmtime ? cmtime.getConnections()
                    : workload instanceof OutboundBurst burst ? burst.getMadCount() : 0;
            Hca hca = workload.getFunction() == null ? null : workload.getFunction().getHca();
            if (mads > 0 && hca != null && hca.getDriverProfile() != null) {
                int[] totals = madsAndInterfaces.computeIfAbsent(new HcaPort(hca, workload.getPortNumber()), key -> new int[2]);
                totals[0] += mads;
                totals[1]++;
            }
        }
        ProfilePreset override = scenario.isSetPresetOverride() ? scenario.getPresetOverride() : null;
        madsAndInterfaces.forEach((hcaPort, totals) -> {
            DriverProfiles.PresetValues values = DriverProfiles.effectiveValues(hcaPort.hca().getDriverProfile(), override);
            int usableSlots = values.wireRingSize() - 1;
            if (values.workQueueMode() == WorkQueueMode.SINGLE && totals[0] > usableSlots) {
                String profileName = override != null && override != ProfilePreset.CUSTOM ? "preset " + override
                        : "profile " + hcaPort.hca().getDriverProfile().getPreset();
                report.warning(ValidationRule.WIRE_RING_OVERCOMMITTED, scenario, PACKAGE.getScenario_Workloads(),
                        ElementLabels.describe(scenario) + ": " + totals[0] + " MADs per phase from " + totals[1]
                                + " workloads leave " + ElementLabels.describe(hcaPort.hca()) + " port " + hcaPort.portNumber()
                                + ", but the wire ring has " + usableSlots + " usable slots under single-workqueue " + profileName
                                + ": drops expected");
            }
        });
    }

    private static void checkWorkload(Workload workload, Report report) {
        atLeast(report, workload, PACKAGE.getWorkload_StartTimeNs(), workload.getStartTimeNs(), 0);
        PciFunction function = workload.getFunction();
        if (function == null || function.eIsProxy() || topologyOf(function) != topologyOf(workload)) {
            report.error(ValidationRule.WORKLOAD_INTERFACE_MISSING, workload, PACKAGE.getWorkload_Function(),
                    ElementLabels.describe(workload) + ": function is " + (function == null ? "not set" : "not part of this topology")
                            + "; expected a function active on port " + workload.getPortNumber());
            return;
        }
        if (function.interfaceOn(workload.getPortNumber()) == null) {
            report.error(ValidationRule.WORKLOAD_INTERFACE_MISSING, workload, PACKAGE.getWorkload_PortNumber(),
                    ElementLabels.describe(workload) + ": interface " + ElementLabels.path(function) + " port " + workload.getPortNumber()
                            + " does not exist; the function is active on " + activePorts(function));
        }
        if (workload instanceof CmtimeInstance cmtime) {
            checkCmtime(cmtime, report);
        } else if (workload instanceof OutboundBurst burst) {
            atLeast(report, burst, PACKAGE.getOutboundBurst_MadCount(), burst.getMadCount(), 0);
            checkBurstAgainst(burst, burst.getMadCount(), PACKAGE.getOutboundBurst_MadCount(), report);
        } else if (workload instanceof InboundBurst burst) {
            atLeast(report, burst, PACKAGE.getInboundBurst_MadCount(), burst.getMadCount(), 0);
            checkBurstAgainst(burst, burst.getMadCount(), PACKAGE.getInboundBurst_MadCount(), report);
        } else if (workload instanceof InboundFanIn fanIn) {
            atLeast(report, fanIn, PACKAGE.getInboundFanIn_PeerCount(), fanIn.getPeerCount(), 1);
            atLeast(report, fanIn, PACKAGE.getInboundFanIn_MadsPerPeer(), fanIn.getMadsPerPeer(), 1);
            atLeast(report, fanIn, PACKAGE.getInboundFanIn_IntervalNs(), fanIn.getIntervalNs(), 0);
        }
    }

    private static String activePorts(PciFunction function) {
        List<Integer> ports = new ArrayList<>();
        function.getInterfaces().forEach(functionInterface -> ports.add(functionInterface.getPortNumber()));
        return ports.isEmpty() ? "no port" : "port" + (ports.size() > 1 ? "s " : " ") + ports;
    }

    private static void checkCmtime(CmtimeInstance cmtime, Report report) {
        atLeast(report, cmtime, PACKAGE.getCmtimeInstance_Connections(), cmtime.getConnections(), 1);
        atLeast(report, cmtime, PACKAGE.getCmtimeInstance_TimeoutMs(), cmtime.getTimeoutMs(), 1);
        atLeast(report, cmtime, PACKAGE.getCmtimeInstance_Retries(), cmtime.getRetries(), 0);
        CmtimeInstance peer = cmtime.getPeer();
        if (cmtime.getRole() == CmtimeRole.CLIENT) {
            if (peer == null) {
                report.error(ValidationRule.CMTIME_PEER_INVALID, cmtime, PACKAGE.getCmtimeInstance_Peer(),
                        ElementLabels.describe(cmtime) + ": a client needs a peer (the server instance it connects to)");
            } else if (peer.getRole() != CmtimeRole.SERVER) {
                report.error(ValidationRule.CMTIME_PEER_INVALID, cmtime, PACKAGE.getCmtimeInstance_Peer(),
                        ElementLabels.describe(cmtime) + ": peer " + ElementLabels.describe(peer) + " is a client; expected a server");
            } else if (peer.eContainer() != cmtime.eContainer()) {
                report.error(ValidationRule.CMTIME_PEER_INVALID, cmtime, PACKAGE.getCmtimeInstance_Peer(),
                        ElementLabels.describe(cmtime) + ": peer " + ElementLabels.describe(peer) + " belongs to another scenario");
            }
        } else if (peer != null) {
            report.warning(ValidationRule.CMTIME_PEER_INVALID, cmtime, PACKAGE.getCmtimeInstance_Peer(),
                    ElementLabels.describe(cmtime) + ": a server accepts from anyone; its peer is ignored");
        }
    }

    /**
     * Bursts beyond the buffers that catch them lose MADs outside the rings being studied: an outbound burst waits
     * in the PF's tunnel receive ring, an inbound one in the wire receive ring and then the function's ib_mad
     * receive queue.
     */
    private static void checkBurstAgainst(Workload burst, int madCount, EStructuralFeature feature, Report report) {
        Hca hca = burst.getFunction().getHca();
        DriverProfile profile = hca == null ? null : hca.getDriverProfile();
        if (profile == null) {
            return;
        }
        Scenario scenario = burst.eContainer() instanceof Scenario container ? container : null;
        ProfilePreset override = scenario != null && scenario.isSetPresetOverride() ? scenario.getPresetOverride() : null;
        DriverProfiles.PresetValues values = DriverProfiles.effectiveValues(profile, override);
        if (burst instanceof OutboundBurst && madCount > values.tunnelRingSize()) {
            report.warning(ValidationRule.BURST_EXCEEDS_QUEUE, burst, feature, ElementLabels.describe(burst) + ": " + madCount
                    + " MADs exceed the tunnel receive ring (" + values.tunnelRingSize() + " buffers); the hardware discards the rest");
        }
        if (burst instanceof InboundBurst) {
            if (madCount > values.wireRingSize()) {
                report.warning(ValidationRule.BURST_EXCEEDS_QUEUE, burst, feature, ElementLabels.describe(burst) + ": " + madCount
                        + " MADs exceed the wire receive ring (" + values.wireRingSize() + " buffers); the hardware discards the rest");
            }
            if (madCount > profile.getMadRecvQueueSize()) {
                report.warning(ValidationRule.BURST_EXCEEDS_QUEUE, burst, feature, ElementLabels.describe(burst) + ": " + madCount
                        + " MADs exceed the function's ib_mad receive queue (" + profile.getMadRecvQueueSize()
                        + "); MADs the function does not consume in time are dropped");
            }
        }
    }

    private static void checkSweepParameter(SweepParameter parameter, Report report) {
        EStructuralFeature target = SweepKeys.resolve(parameter.getKey());
        if (target == null) {
            report.error(ValidationRule.STUDY_PARAMETER_INVALID, parameter, PACKAGE.getSweepParameter_Key(),
                    ElementLabels.describe(parameter) + ": unknown key; expected one of " + SweepKeys.describeKnownKeys());
            return;
        }
        if (parameter.getValues().isEmpty()) {
            report.error(ValidationRule.STUDY_PARAMETER_INVALID, parameter, PACKAGE.getSweepParameter_Values(),
                    ElementLabels.describe(parameter) + ": no values to sweep over");
        }
        EDataType type = (EDataType) target.getEType();
        for (String value : parameter.getValues()) {
            try {
                EcoreUtil.createFromString(type, value);
            } catch (RuntimeException e) {
                report.error(ValidationRule.STUDY_PARAMETER_INVALID, parameter, PACKAGE.getSweepParameter_Values(),
                        ElementLabels.describe(parameter) + ": value '" + value + "' is not a valid " + type.getName()
                                + SweepKeys.describeLiterals(type));
            }
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private static Topology topologyOf(EObject element) {
        EObject root = EcoreUtil.getRootContainer(element);
        return root instanceof Topology topology ? topology : null;
    }

    private static void atLeast(Report report, EObject owner, EStructuralFeature feature, long value, long minimum) {
        if (value < minimum) {
            report.error(ValidationRule.VALUE_OUT_OF_RANGE, owner, feature, ElementLabels.describe(owner) + ": " + feature.getName()
                    + " " + value + " is too small; expected " + minimum + " or more");
        }
    }

    private static void inRange(Report report, EObject owner, EStructuralFeature feature, int value, int minimum, int maximum) {
        if (value < minimum || value > maximum) {
            report.error(ValidationRule.VALUE_OUT_OF_RANGE, owner, feature, ElementLabels.describe(owner) + ": " + feature.getName()
                    + " " + value + " is out of range; expected " + minimum + ".." + maximum);
        }
    }

    /** Collects diagnostics for one validated object and remembers whether any error was found. */
    private static final class Report {
        private final DiagnosticChain diagnostics;
        private boolean valid = true;

        Report(DiagnosticChain diagnostics) {
            this.diagnostics = diagnostics;
        }

        void error(ValidationRule rule, EObject owner, EStructuralFeature feature, String message) {
            valid = false;
            add(Diagnostic.ERROR, rule, owner, feature, message);
        }

        void warning(ValidationRule rule, EObject owner, EStructuralFeature feature, String message) {
            add(Diagnostic.WARNING, rule, owner, feature, message);
        }

        private void add(int severity, ValidationRule rule, EObject owner, EStructuralFeature feature, String message) {
            if (diagnostics != null) {
                diagnostics.add(new BasicDiagnostic(severity, DIAGNOSTIC_SOURCE, rule.code(), message, new Object[] { owner, feature }));
            }
        }
    }
}
