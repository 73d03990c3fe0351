/**
 * HCA Studio. Generated from model/hcastudio.ecore; do not edit, regenerate (see releng/emf-codegen/README.md).
 */
package io.hcastudio.model.impl;

import io.hcastudio.model.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class HcaFactoryImpl extends EFactoryImpl implements HcaFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static HcaFactory init() {
		try {
			HcaFactory theHcaFactory = (HcaFactory)EPackage.Registry.INSTANCE.getEFactory(HcaPackage.eNS_URI);
			if (theHcaFactory != null) {
				return theHcaFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new HcaFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public HcaFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case HcaPackage.TOPOLOGY: return createTopology();
			case HcaPackage.HOST: return createHost();
			case HcaPackage.HCA: return createHca();
			case HcaPackage.SWITCH: return createSwitch();
			case HcaPackage.ROUTER: return createRouter();
			case HcaPackage.PORT: return createPort();
			case HcaPackage.LINK: return createLink();
			case HcaPackage.SUBNET_MANAGER: return createSubnetManager();
			case HcaPackage.PCI_FUNCTION: return createPciFunction();
			case HcaPackage.FUNCTION_INTERFACE: return createFunctionInterface();
			case HcaPackage.VIRTUAL_MACHINE: return createVirtualMachine();
			case HcaPackage.DRIVER_PROFILE: return createDriverProfile();
			case HcaPackage.TIMING_PARAMETERS: return createTimingParameters();
			case HcaPackage.TIMING_DISTRIBUTION: return createTimingDistribution();
			case HcaPackage.SCENARIO: return createScenario();
			case HcaPackage.OUTBOUND_BURST: return createOutboundBurst();
			case HcaPackage.INBOUND_BURST: return createInboundBurst();
			case HcaPackage.CMTIME_INSTANCE: return createCmtimeInstance();
			case HcaPackage.INBOUND_FAN_IN: return createInboundFanIn();
			case HcaPackage.LINK_FAULT: return createLinkFault();
			case HcaPackage.KWORKER_STALL_FAULT: return createKworkerStallFault();
			case HcaPackage.SM_OUTAGE_FAULT: return createSmOutageFault();
			case HcaPackage.SA_SLOWDOWN_FAULT: return createSaSlowdownFault();
			case HcaPackage.FUNCTION_RESET_FAULT: return createFunctionResetFault();
			case HcaPackage.LINK_EVENT: return createLinkEvent();
			case HcaPackage.SM_EVENT: return createSmEvent();
			case HcaPackage.PORT_CHANGE_EVENT: return createPortChangeEvent();
			case HcaPackage.STACK_REACTION: return createStackReaction();
			case HcaPackage.RUN_SETTINGS: return createRunSettings();
			case HcaPackage.STUDY: return createStudy();
			case HcaPackage.SWEEP_PARAMETER: return createSweepParameter();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case HcaPackage.SM_EVENT_KIND:
				return createSmEventKindFromString(eDataType, initialValue);
			case HcaPackage.PORT_CHANGE_KIND:
				return createPortChangeKindFromString(eDataType, initialValue);
			case HcaPackage.LINK_LAYER:
				return createLinkLayerFromString(eDataType, initialValue);
			case HcaPackage.LINK_WIDTH:
				return createLinkWidthFromString(eDataType, initialValue);
			case HcaPackage.LINK_SPEED:
				return createLinkSpeedFromString(eDataType, initialValue);
			case HcaPackage.FUNCTION_OWNER:
				return createFunctionOwnerFromString(eDataType, initialValue);
			case HcaPackage.PROFILE_PRESET:
				return createProfilePresetFromString(eDataType, initialValue);
			case HcaPackage.WORK_QUEUE_MODE:
				return createWorkQueueModeFromString(eDataType, initialValue);
			case HcaPackage.STUDY_KIND:
				return createStudyKindFromString(eDataType, initialValue);
			case HcaPackage.CMTIME_ROLE:
				return createCmtimeRoleFromString(eDataType, initialValue);
			case HcaPackage.GUID:
				return createGuidFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case HcaPackage.SM_EVENT_KIND:
				return convertSmEventKindToString(eDataType, instanceValue);
			case HcaPackage.PORT_CHANGE_KIND:
				return convertPortChangeKindToString(eDataType, instanceValue);
			case HcaPackage.LINK_LAYER:
				return convertLinkLayerToString(eDataType, instanceValue);
			case HcaPackage.LINK_WIDTH:
				return convertLinkWidthToString(eDataType, instanceValue);
			case HcaPackage.LINK_SPEED:
				return convertLinkSpeedToString(eDataType, instanceValue);
			case HcaPackage.FUNCTION_OWNER:
				return convertFunctionOwnerToString(eDataType, instanceValue);
			case HcaPackage.PROFILE_PRESET:
				return convertProfilePresetToString(eDataType, instanceValue);
			case HcaPackage.WORK_QUEUE_MODE:
				return convertWorkQueueModeToString(eDataType, instanceValue);
			case HcaPackage.STUDY_KIND:
				return convertStudyKindToString(eDataType, instanceValue);
			case HcaPackage.CMTIME_ROLE:
				return convertCmtimeRoleToString(eDataType, instanceValue);
			case HcaPackage.GUID:
				return convertGuidToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Topology createTopology() {
		TopologyImpl topology = new TopologyImpl();
		return topology;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Host createHost() {
		HostImpl host = new HostImpl();
		return host;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Hca createHca() {
		HcaImpl hca = new HcaImpl();
		return hca;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Switch createSwitch() {
		SwitchImpl switch_ = new SwitchImpl();
		return switch_;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Router createRouter() {
		RouterImpl router = new RouterImpl();
		return router;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Port createPort() {
		PortImpl port = new PortImpl();
		return port;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Link createLink() {
		LinkImpl link = new LinkImpl();
		return link;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SubnetManager createSubnetManager() {
		SubnetManagerImpl subnetManager = new SubnetManagerImpl();
		return subnetManager;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PciFunction createPciFunction() {
		PciFunctionImpl pciFunction = new PciFunctionImpl();
		return pciFunction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FunctionInterface createFunctionInterface() {
		FunctionInterfaceImpl functionInterface = new FunctionInterfaceImpl();
		return functionInterface;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VirtualMachine createVirtualMachine() {
		VirtualMachineImpl virtualMachine = new VirtualMachineImpl();
		return virtualMachine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DriverProfile createDriverProfile() {
		DriverProfileImpl driverProfile = new DriverProfileImpl();
		return driverProfile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TimingParameters createTimingParameters() {
		TimingParametersImpl timingParameters = new TimingParametersImpl();
		return timingParameters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TimingDistribution createTimingDistribution() {
		TimingDistributionImpl timingDistribution = new TimingDistributionImpl();
		return timingDistribution;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Scenario createScenario() {
		ScenarioImpl scenario = new ScenarioImpl();
		return scenario;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OutboundBurst createOutboundBurst() {
		OutboundBurstImpl outboundBurst = new OutboundBurstImpl();
		return outboundBurst;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InboundBurst createInboundBurst() {
		InboundBurstImpl inboundBurst = new InboundBurstImpl();
		return inboundBurst;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CmtimeInstance createCmtimeInstance() {
		CmtimeInstanceImpl cmtimeInstance = new CmtimeInstanceImpl();
		return cmtimeInstance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InboundFanIn createInboundFanIn() {
		InboundFanInImpl inboundFanIn = new InboundFanInImpl();
		return inboundFanIn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LinkFault createLinkFault() {
		LinkFaultImpl linkFault = new LinkFaultImpl();
		return linkFault;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KworkerStallFault createKworkerStallFault() {
		KworkerStallFaultImpl kworkerStallFault = new KworkerStallFaultImpl();
		return kworkerStallFault;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SmOutageFault createSmOutageFault() {
		SmOutageFaultImpl smOutageFault = new SmOutageFaultImpl();
		return smOutageFault;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SaSlowdownFault createSaSlowdownFault() {
		SaSlowdownFaultImpl saSlowdownFault = new SaSlowdownFaultImpl();
		return saSlowdownFault;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FunctionResetFault createFunctionResetFault() {
		FunctionResetFaultImpl functionResetFault = new FunctionResetFaultImpl();
		return functionResetFault;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LinkEvent createLinkEvent() {
		LinkEventImpl linkEvent = new LinkEventImpl();
		return linkEvent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SmEvent createSmEvent() {
		SmEventImpl smEvent = new SmEventImpl();
		return smEvent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PortChangeEvent createPortChangeEvent() {
		PortChangeEventImpl portChangeEvent = new PortChangeEventImpl();
		return portChangeEvent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StackReaction createStackReaction() {
		StackReactionImpl stackReaction = new StackReactionImpl();
		return stackReaction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RunSettings createRunSettings() {
		RunSettingsImpl runSettings = new RunSettingsImpl();
		return runSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Study createStudy() {
		StudyImpl study = new StudyImpl();
		return study;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SweepParameter createSweepParameter() {
		SweepParameterImpl sweepParameter = new SweepParameterImpl();
		return sweepParameter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SmEventKind createSmEventKindFromString(EDataType eDataType, String initialValue) {
		SmEventKind result = SmEventKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSmEventKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PortChangeKind createPortChangeKindFromString(EDataType eDataType, String initialValue) {
		PortChangeKind result = PortChangeKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPortChangeKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LinkLayer createLinkLayerFromString(EDataType eDataType, String initialValue) {
		LinkLayer result = LinkLayer.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLinkLayerToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LinkWidth createLinkWidthFromString(EDataType eDataType, String initialValue) {
		LinkWidth result = LinkWidth.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLinkWidthToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LinkSpeed createLinkSpeedFromString(EDataType eDataType, String initialValue) {
		LinkSpeed result = LinkSpeed.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLinkSpeedToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FunctionOwner createFunctionOwnerFromString(EDataType eDataType, String initialValue) {
		FunctionOwner result = FunctionOwner.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFunctionOwnerToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProfilePreset createProfilePresetFromString(EDataType eDataType, String initialValue) {
		ProfilePreset result = ProfilePreset.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertProfilePresetToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public WorkQueueMode createWorkQueueModeFromString(EDataType eDataType, String initialValue) {
		WorkQueueMode result = WorkQueueMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertWorkQueueModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StudyKind createStudyKindFromString(EDataType eDataType, String initialValue) {
		StudyKind result = StudyKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertStudyKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CmtimeRole createCmtimeRoleFromString(EDataType eDataType, String initialValue) {
		CmtimeRole result = CmtimeRole.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCmtimeRoleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public long createGuid(final String it) {
		return io.hcastudio.model.operations.Guids.parse(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Long createGuidFromString(EDataType eDataType, String initialValue) {
		return createGuid(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertGuid(final long it) {
		return io.hcastudio.model.operations.Guids.format(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertGuidToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : convertGuid((Long)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HcaPackage getHcaPackage() {
		return (HcaPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static HcaPackage getPackage() {
		return HcaPackage.eINSTANCE;
	}

} //HcaFactoryImpl
