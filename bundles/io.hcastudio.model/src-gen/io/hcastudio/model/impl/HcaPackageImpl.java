/**
 * HCA Studio. Generated from model/hcastudio.ecore; do not edit, regenerate (see releng/emf-codegen/README.md).
 */
package io.hcastudio.model.impl;

import io.hcastudio.model.CmtimeInstance;
import io.hcastudio.model.CmtimeRole;
import io.hcastudio.model.DriverProfile;
import io.hcastudio.model.FabricNode;
import io.hcastudio.model.Fault;
import io.hcastudio.model.FunctionInterface;
import io.hcastudio.model.FunctionOwner;
import io.hcastudio.model.FunctionResetFault;
import io.hcastudio.model.Hca;
import io.hcastudio.model.HcaFactory;
import io.hcastudio.model.HcaPackage;
import io.hcastudio.model.Host;
import io.hcastudio.model.InboundBurst;
import io.hcastudio.model.InboundFanIn;
import io.hcastudio.model.KworkerStallFault;
import io.hcastudio.model.Link;
import io.hcastudio.model.LinkEvent;
import io.hcastudio.model.LinkFault;
import io.hcastudio.model.LinkLayer;
import io.hcastudio.model.LinkSpeed;
import io.hcastudio.model.LinkWidth;
import io.hcastudio.model.NamedElement;
import io.hcastudio.model.NetworkEvent;
import io.hcastudio.model.NodeElement;
import io.hcastudio.model.OutboundBurst;
import io.hcastudio.model.PciFunction;
import io.hcastudio.model.Port;
import io.hcastudio.model.PortChangeEvent;
import io.hcastudio.model.PortChangeKind;
import io.hcastudio.model.ProfilePreset;
import io.hcastudio.model.Router;
import io.hcastudio.model.RunSettings;
import io.hcastudio.model.SaSlowdownFault;
import io.hcastudio.model.Scenario;
import io.hcastudio.model.SmEvent;
import io.hcastudio.model.SmEventKind;
import io.hcastudio.model.SmOutageFault;
import io.hcastudio.model.StackReaction;
import io.hcastudio.model.Study;
import io.hcastudio.model.StudyKind;
import io.hcastudio.model.SubnetManager;
import io.hcastudio.model.SweepParameter;
import io.hcastudio.model.Switch;
import io.hcastudio.model.TimingDistribution;
import io.hcastudio.model.TimingParameters;
import io.hcastudio.model.Topology;
import io.hcastudio.model.VirtualMachine;
import io.hcastudio.model.WorkQueueMode;
import io.hcastudio.model.Workload;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class HcaPackageImpl extends EPackageImpl implements HcaPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass namedElementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass nodeElementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass topologyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass hostEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass fabricNodeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass hcaEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass switchEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass routerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass portEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass linkEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass subnetManagerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass pciFunctionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass functionInterfaceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass virtualMachineEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass driverProfileEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass timingParametersEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass timingDistributionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scenarioEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass workloadEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass outboundBurstEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass inboundBurstEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass cmtimeInstanceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass inboundFanInEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass faultEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass linkFaultEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass kworkerStallFaultEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass smOutageFaultEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass saSlowdownFaultEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass functionResetFaultEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass networkEventEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass linkEventEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass smEventEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass portChangeEventEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass stackReactionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass runSettingsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass studyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sweepParameterEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum smEventKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum portChangeKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum linkLayerEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum linkWidthEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum linkSpeedEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum functionOwnerEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum profilePresetEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum workQueueModeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum studyKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum cmtimeRoleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType guidEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see io.hcastudio.model.HcaPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private HcaPackageImpl() {
		super(eNS_URI, HcaFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link HcaPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static HcaPackage init() {
		if (isInited) return (HcaPackage)EPackage.Registry.INSTANCE.getEPackage(HcaPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredHcaPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		HcaPackageImpl theHcaPackage = registeredHcaPackage instanceof HcaPackageImpl ? (HcaPackageImpl)registeredHcaPackage : new HcaPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theHcaPackage.createPackageContents();

		// Initialize created meta-data
		theHcaPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theHcaPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(HcaPackage.eNS_URI, theHcaPackage);
		return theHcaPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNamedElement() {
		return namedElementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamedElement_Name() {
		return (EAttribute)namedElementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNodeElement() {
		return nodeElementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeElement_X() {
		return (EAttribute)nodeElementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeElement_Y() {
		return (EAttribute)nodeElementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeElement_Width() {
		return (EAttribute)nodeElementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeElement_Height() {
		return (EAttribute)nodeElementEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTopology() {
		return topologyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTopology_FormatVersion() {
		return (EAttribute)topologyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTopology_Description() {
		return (EAttribute)topologyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTopology_Hosts() {
		return (EReference)topologyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTopology_Switches() {
		return (EReference)topologyEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTopology_Routers() {
		return (EReference)topologyEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTopology_Links() {
		return (EReference)topologyEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTopology_SubnetManager() {
		return (EReference)topologyEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTopology_Scenarios() {
		return (EReference)topologyEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getTopology__AllHcas() {
		return topologyEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getTopology__AllFabricNodes() {
		return topologyEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getTopology__LinkOf__Port() {
		return topologyEClass.getEOperations().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getTopology__InterfaceOf__PciFunction_int() {
		return topologyEClass.getEOperations().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHost() {
		return hostEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_Description() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHost_Hcas() {
		return (EReference)hostEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHost_VirtualMachines() {
		return (EReference)hostEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFabricNode() {
		return fabricNodeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFabricNode_NodeGuid() {
		return (EAttribute)fabricNodeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFabricNode_SystemImageGuid() {
		return (EAttribute)fabricNodeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFabricNode_NodeDescription() {
		return (EAttribute)fabricNodeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFabricNode_VendorId() {
		return (EAttribute)fabricNodeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFabricNode_DeviceId() {
		return (EAttribute)fabricNodeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFabricNode_PortCount() {
		return (EAttribute)fabricNodeEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFabricNode_Ports() {
		return (EReference)fabricNodeEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getFabricNode__Port__int() {
		return fabricNodeEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHca() {
		return hcaEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHca_ModelName() {
		return (EAttribute)hcaEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHca_MaxVirtualFunctions() {
		return (EAttribute)hcaEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHca_Host() {
		return (EReference)hcaEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHca_Functions() {
		return (EReference)hcaEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHca_DriverProfile() {
		return (EReference)hcaEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getHca__PhysicalFunction() {
		return hcaEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getHca__VirtualFunctions() {
		return hcaEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSwitch() {
		return switchEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSwitch_Lid() {
		return (EAttribute)switchEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSwitch_Lmc() {
		return (EAttribute)switchEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSwitch_EnhancedPort0() {
		return (EAttribute)switchEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRouter() {
		return routerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPort() {
		return portEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPort_Number() {
		return (EAttribute)portEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPort_PortGuid() {
		return (EAttribute)portEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPort_Lid() {
		return (EAttribute)portEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPort_Lmc() {
		return (EAttribute)portEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPort_LinkLayer() {
		return (EAttribute)portEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPort_Width() {
		return (EAttribute)portEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPort_Speed() {
		return (EAttribute)portEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPort_Node() {
		return (EReference)portEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLink() {
		return linkEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLink_Width() {
		return (EAttribute)linkEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLink_Speed() {
		return (EAttribute)linkEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLink_LatencyNs() {
		return (EAttribute)linkEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLink_Source() {
		return (EReference)linkEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLink_Target() {
		return (EReference)linkEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSubnetManager() {
		return subnetManagerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSubnetManager_Port() {
		return (EReference)subnetManagerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubnetManager_SaServiceTimeNs() {
		return (EAttribute)subnetManagerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubnetManager_SubnetTimeout() {
		return (EAttribute)subnetManagerEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubnetManager_SaMaxQueueTimeMs() {
		return (EAttribute)subnetManagerEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPciFunction() {
		return pciFunctionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPciFunction_FunctionId() {
		return (EAttribute)pciFunctionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPciFunction_SlaveNumber() {
		return (EAttribute)pciFunctionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPciFunction_NodeGuid() {
		return (EAttribute)pciFunctionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPciFunction_Owner() {
		return (EAttribute)pciFunctionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPciFunction_VirtualMachine() {
		return (EReference)pciFunctionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPciFunction_Hca() {
		return (EReference)pciFunctionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPciFunction_Interfaces() {
		return (EReference)pciFunctionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getPciFunction__IsPhysicalFunction() {
		return pciFunctionEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getPciFunction__InterfaceOn__int() {
		return pciFunctionEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFunctionInterface() {
		return functionInterfaceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFunctionInterface_PortNumber() {
		return (EAttribute)functionInterfaceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFunctionInterface_AliasGuid() {
		return (EAttribute)functionInterfaceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFunctionInterface_IpoibName() {
		return (EAttribute)functionInterfaceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFunctionInterface_IpAddress() {
		return (EAttribute)functionInterfaceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFunctionInterface_Function() {
		return (EReference)functionInterfaceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVirtualMachine() {
		return virtualMachineEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVirtualMachine_Vcpus() {
		return (EAttribute)virtualMachineEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVirtualMachine_Host() {
		return (EReference)virtualMachineEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVirtualMachine_Functions() {
		return (EReference)virtualMachineEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDriverProfile() {
		return driverProfileEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDriverProfile_Preset() {
		return (EAttribute)driverProfileEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDriverProfile_WireRingSize() {
		return (EAttribute)driverProfileEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDriverProfile_TunnelRingSize() {
		return (EAttribute)driverProfileEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDriverProfile_WorkQueueMode() {
		return (EAttribute)driverProfileEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDriverProfile_MadSendQueueSize() {
		return (EAttribute)driverProfileEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDriverProfile_MadRecvQueueSize() {
		return (EAttribute)driverProfileEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDriverProfile_KworkerCpus() {
		return (EAttribute)driverProfileEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDriverProfile_DynamicDebug() {
		return (EAttribute)driverProfileEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDriverProfile_Timing() {
		return (EReference)driverProfileEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getDriverProfile__ApplyPreset__ProfilePreset() {
		return driverProfileEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getDriverProfile__MatchesPreset() {
		return driverProfileEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTimingParameters() {
		return timingParametersEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTimingParameters_LoopbackLatencyNs() {
		return (EAttribute)timingParametersEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTimingParameters_LoopbackCqeLatencyNs() {
		return (EAttribute)timingParametersEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTimingParameters_WireCqeLatencyNs() {
		return (EAttribute)timingParametersEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTimingParameters_IrqLatencyNs() {
		return (EAttribute)timingParametersEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTimingParameters_TaskletMaxTimeNs() {
		return (EAttribute)timingParametersEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTimingParameters_WakeLatencyNs() {
		return (EAttribute)timingParametersEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTimingParameters_ReschedLatencyNs() {
		return (EAttribute)timingParametersEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTimingParameters_ReapCostNs() {
		return (EAttribute)timingParametersEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTimingParameters_MuxCostNs() {
		return (EAttribute)timingParametersEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTimingParameters_CmIdAllocCostNs() {
		return (EAttribute)timingParametersEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTimingParameters_DemuxCostNs() {
		return (EAttribute)timingParametersEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTimingParameters_IssueCostNs() {
		return (EAttribute)timingParametersEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTimingParameters_SwitchHopLatencyNs() {
		return (EAttribute)timingParametersEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTimingParameters_AcceptCostNs() {
		return (EAttribute)timingParametersEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTimingParameters_CmResponseTimeout() {
		return (EAttribute)timingParametersEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTimingParameters_CmMaxRetries() {
		return (EAttribute)timingParametersEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTimingParameters_SaQueryRetries() {
		return (EAttribute)timingParametersEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTimingParameters_MraServiceTimeout() {
		return (EAttribute)timingParametersEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTimingParameters_CmIdCacheLifeMs() {
		return (EAttribute)timingParametersEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTimingParameters_Distributions() {
		return (EReference)timingParametersEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTimingParameters_CalibrationSource() {
		return (EAttribute)timingParametersEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTimingDistribution() {
		return timingDistributionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTimingDistribution_Parameter() {
		return (EAttribute)timingDistributionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTimingDistribution_Expression() {
		return (EAttribute)timingDistributionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScenario() {
		return scenarioEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenario_Description() {
		return (EAttribute)scenarioEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenario_PresetOverride() {
		return (EAttribute)scenarioEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_Workloads() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_RunSettings() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_Studies() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_Timing() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_Faults() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_Events() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_Reactions() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWorkload() {
		return workloadEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWorkload_Function() {
		return (EReference)workloadEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkload_PortNumber() {
		return (EAttribute)workloadEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkload_StartTimeNs() {
		return (EAttribute)workloadEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOutboundBurst() {
		return outboundBurstEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutboundBurst_MadCount() {
		return (EAttribute)outboundBurstEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInboundBurst() {
		return inboundBurstEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInboundBurst_MadCount() {
		return (EAttribute)inboundBurstEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCmtimeInstance() {
		return cmtimeInstanceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCmtimeInstance_Role() {
		return (EAttribute)cmtimeInstanceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCmtimeInstance_Peer() {
		return (EReference)cmtimeInstanceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCmtimeInstance_Connections() {
		return (EAttribute)cmtimeInstanceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCmtimeInstance_TimeoutMs() {
		return (EAttribute)cmtimeInstanceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCmtimeInstance_Retries() {
		return (EAttribute)cmtimeInstanceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInboundFanIn() {
		return inboundFanInEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInboundFanIn_PeerCount() {
		return (EAttribute)inboundFanInEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInboundFanIn_MadsPerPeer() {
		return (EAttribute)inboundFanInEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInboundFanIn_IntervalNs() {
		return (EAttribute)inboundFanInEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFault() {
		return faultEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFault_StartTimeNs() {
		return (EAttribute)faultEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFault_DurationNs() {
		return (EAttribute)faultEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLinkFault() {
		return linkFaultEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLinkFault_Link() {
		return (EReference)linkFaultEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLinkFault_Port() {
		return (EReference)linkFaultEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLinkFault_Down() {
		return (EAttribute)linkFaultEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLinkFault_LossProbability() {
		return (EAttribute)linkFaultEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLinkFault_ExtraLatencyNs() {
		return (EAttribute)linkFaultEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getKworkerStallFault() {
		return kworkerStallFaultEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getKworkerStallFault_Hca() {
		return (EReference)kworkerStallFaultEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKworkerStallFault_Cpus() {
		return (EAttribute)kworkerStallFaultEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSmOutageFault() {
		return smOutageFaultEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSaSlowdownFault() {
		return saSlowdownFaultEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSaSlowdownFault_ExtraServiceTimeNs() {
		return (EAttribute)saSlowdownFaultEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSaSlowdownFault_QueueCapacity() {
		return (EAttribute)saSlowdownFaultEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFunctionResetFault() {
		return functionResetFaultEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFunctionResetFault_Function() {
		return (EReference)functionResetFaultEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNetworkEvent() {
		return networkEventEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNetworkEvent_TimeNs() {
		return (EAttribute)networkEventEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLinkEvent() {
		return linkEventEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLinkEvent_Link() {
		return (EReference)linkEventEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLinkEvent_Port() {
		return (EReference)linkEventEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLinkEvent_FabricSwitch() {
		return (EReference)linkEventEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLinkEvent_DownDurationNs() {
		return (EAttribute)linkEventEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSmEvent() {
		return smEventEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSmEvent_Kind() {
		return (EAttribute)smEventEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSmEvent_FailoverGapNs() {
		return (EAttribute)smEventEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPortChangeEvent() {
		return portChangeEventEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPortChangeEvent_Port() {
		return (EReference)portChangeEventEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPortChangeEvent_Change() {
		return (EAttribute)portChangeEventEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStackReaction() {
		return stackReactionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStackReaction_Function() {
		return (EReference)stackReactionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStackReaction_MulticastGroups() {
		return (EAttribute)stackReactionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStackReaction_Neighbours() {
		return (EAttribute)stackReactionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStackReaction_Connections() {
		return (EAttribute)stackReactionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStackReaction_Peer() {
		return (EReference)stackReactionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRunSettings() {
		return runSettingsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunSettings_Seed() {
		return (EAttribute)runSettingsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunSettings_StopTimeMs() {
		return (EAttribute)runSettingsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunSettings_Replications() {
		return (EAttribute)runSettingsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunSettings_RandomizeTies() {
		return (EAttribute)runSettingsEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStudy() {
		return studyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudy_Parameters() {
		return (EReference)studyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudy_Kind() {
		return (EAttribute)studyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudy_Profiles() {
		return (EAttribute)studyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSweepParameter() {
		return sweepParameterEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSweepParameter_Key() {
		return (EAttribute)sweepParameterEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSweepParameter_Values() {
		return (EAttribute)sweepParameterEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSmEventKind() {
		return smEventKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPortChangeKind() {
		return portChangeKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLinkLayer() {
		return linkLayerEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLinkWidth() {
		return linkWidthEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLinkSpeed() {
		return linkSpeedEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFunctionOwner() {
		return functionOwnerEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getProfilePreset() {
		return profilePresetEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getWorkQueueMode() {
		return workQueueModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getStudyKind() {
		return studyKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCmtimeRole() {
		return cmtimeRoleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getGuid() {
		return guidEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HcaFactory getHcaFactory() {
		return (HcaFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		namedElementEClass = createEClass(NAMED_ELEMENT);
		createEAttribute(namedElementEClass, NAMED_ELEMENT__NAME);

		nodeElementEClass = createEClass(NODE_ELEMENT);
		createEAttribute(nodeElementEClass, NODE_ELEMENT__X);
		createEAttribute(nodeElementEClass, NODE_ELEMENT__Y);
		createEAttribute(nodeElementEClass, NODE_ELEMENT__WIDTH);
		createEAttribute(nodeElementEClass, NODE_ELEMENT__HEIGHT);

		topologyEClass = createEClass(TOPOLOGY);
		createEAttribute(topologyEClass, TOPOLOGY__FORMAT_VERSION);
		createEAttribute(topologyEClass, TOPOLOGY__DESCRIPTION);
		createEReference(topologyEClass, TOPOLOGY__HOSTS);
		createEReference(topologyEClass, TOPOLOGY__SWITCHES);
		createEReference(topologyEClass, TOPOLOGY__ROUTERS);
		createEReference(topologyEClass, TOPOLOGY__LINKS);
		createEReference(topologyEClass, TOPOLOGY__SUBNET_MANAGER);
		createEReference(topologyEClass, TOPOLOGY__SCENARIOS);
		createEOperation(topologyEClass, TOPOLOGY___ALL_HCAS);
		createEOperation(topologyEClass, TOPOLOGY___ALL_FABRIC_NODES);
		createEOperation(topologyEClass, TOPOLOGY___LINK_OF__PORT);
		createEOperation(topologyEClass, TOPOLOGY___INTERFACE_OF__PCIFUNCTION_INT);

		hostEClass = createEClass(HOST);
		createEAttribute(hostEClass, HOST__DESCRIPTION);
		createEReference(hostEClass, HOST__HCAS);
		createEReference(hostEClass, HOST__VIRTUAL_MACHINES);

		fabricNodeEClass = createEClass(FABRIC_NODE);
		createEAttribute(fabricNodeEClass, FABRIC_NODE__NODE_GUID);
		createEAttribute(fabricNodeEClass, FABRIC_NODE__SYSTEM_IMAGE_GUID);
		createEAttribute(fabricNodeEClass, FABRIC_NODE__NODE_DESCRIPTION);
		createEAttribute(fabricNodeEClass, FABRIC_NODE__VENDOR_ID);
		createEAttribute(fabricNodeEClass, FABRIC_NODE__DEVICE_ID);
		createEAttribute(fabricNodeEClass, FABRIC_NODE__PORT_COUNT);
		createEReference(fabricNodeEClass, FABRIC_NODE__PORTS);
		createEOperation(fabricNodeEClass, FABRIC_NODE___PORT__INT);

		hcaEClass = createEClass(HCA);
		createEAttribute(hcaEClass, HCA__MODEL_NAME);
		createEAttribute(hcaEClass, HCA__MAX_VIRTUAL_FUNCTIONS);
		createEReference(hcaEClass, HCA__HOST);
		createEReference(hcaEClass, HCA__FUNCTIONS);
		createEReference(hcaEClass, HCA__DRIVER_PROFILE);
		createEOperation(hcaEClass, HCA___PHYSICAL_FUNCTION);
		createEOperation(hcaEClass, HCA___VIRTUAL_FUNCTIONS);

		switchEClass = createEClass(SWITCH);
		createEAttribute(switchEClass, SWITCH__LID);
		createEAttribute(switchEClass, SWITCH__LMC);
		createEAttribute(switchEClass, SWITCH__ENHANCED_PORT0);

		routerEClass = createEClass(ROUTER);

		portEClass = createEClass(PORT);
		createEAttribute(portEClass, PORT__NUMBER);
		createEAttribute(portEClass, PORT__PORT_GUID);
		createEAttribute(portEClass, PORT__LID);
		createEAttribute(portEClass, PORT__LMC);
		createEAttribute(portEClass, PORT__LINK_LAYER);
		createEAttribute(portEClass, PORT__WIDTH);
		createEAttribute(portEClass, PORT__SPEED);
		createEReference(portEClass, PORT__NODE);

		linkEClass = createEClass(LINK);
		createEAttribute(linkEClass, LINK__WIDTH);
		createEAttribute(linkEClass, LINK__SPEED);
		createEAttribute(linkEClass, LINK__LATENCY_NS);
		createEReference(linkEClass, LINK__SOURCE);
		createEReference(linkEClass, LINK__TARGET);

		subnetManagerEClass = createEClass(SUBNET_MANAGER);
		createEReference(subnetManagerEClass, SUBNET_MANAGER__PORT);
		createEAttribute(subnetManagerEClass, SUBNET_MANAGER__SA_SERVICE_TIME_NS);
		createEAttribute(subnetManagerEClass, SUBNET_MANAGER__SUBNET_TIMEOUT);
		createEAttribute(subnetManagerEClass, SUBNET_MANAGER__SA_MAX_QUEUE_TIME_MS);

		pciFunctionEClass = createEClass(PCI_FUNCTION);
		createEAttribute(pciFunctionEClass, PCI_FUNCTION__FUNCTION_ID);
		createEAttribute(pciFunctionEClass, PCI_FUNCTION__SLAVE_NUMBER);
		createEAttribute(pciFunctionEClass, PCI_FUNCTION__NODE_GUID);
		createEAttribute(pciFunctionEClass, PCI_FUNCTION__OWNER);
		createEReference(pciFunctionEClass, PCI_FUNCTION__VIRTUAL_MACHINE);
		createEReference(pciFunctionEClass, PCI_FUNCTION__HCA);
		createEReference(pciFunctionEClass, PCI_FUNCTION__INTERFACES);
		createEOperation(pciFunctionEClass, PCI_FUNCTION___IS_PHYSICAL_FUNCTION);
		createEOperation(pciFunctionEClass, PCI_FUNCTION___INTERFACE_ON__INT);

		functionInterfaceEClass = createEClass(FUNCTION_INTERFACE);
		createEAttribute(functionInterfaceEClass, FUNCTION_INTERFACE__PORT_NUMBER);
		createEAttribute(functionInterfaceEClass, FUNCTION_INTERFACE__ALIAS_GUID);
		createEAttribute(functionInterfaceEClass, FUNCTION_INTERFACE__IPOIB_NAME);
		createEAttribute(functionInterfaceEClass, FUNCTION_INTERFACE__IP_ADDRESS);
		createEReference(functionInterfaceEClass, FUNCTION_INTERFACE__FUNCTION);

		virtualMachineEClass = createEClass(VIRTUAL_MACHINE);
		createEAttribute(virtualMachineEClass, VIRTUAL_MACHINE__VCPUS);
		createEReference(virtualMachineEClass, VIRTUAL_MACHINE__HOST);
		createEReference(virtualMachineEClass, VIRTUAL_MACHINE__FUNCTIONS);

		driverProfileEClass = createEClass(DRIVER_PROFILE);
		createEAttribute(driverProfileEClass, DRIVER_PROFILE__PRESET);
		createEAttribute(driverProfileEClass, DRIVER_PROFILE__WIRE_RING_SIZE);
		createEAttribute(driverProfileEClass, DRIVER_PROFILE__TUNNEL_RING_SIZE);
		createEAttribute(driverProfileEClass, DRIVER_PROFILE__WORK_QUEUE_MODE);
		createEAttribute(driverProfileEClass, DRIVER_PROFILE__MAD_SEND_QUEUE_SIZE);
		createEAttribute(driverProfileEClass, DRIVER_PROFILE__MAD_RECV_QUEUE_SIZE);
		createEAttribute(driverProfileEClass, DRIVER_PROFILE__KWORKER_CPUS);
		createEAttribute(driverProfileEClass, DRIVER_PROFILE__DYNAMIC_DEBUG);
		createEReference(driverProfileEClass, DRIVER_PROFILE__TIMING);
		createEOperation(driverProfileEClass, DRIVER_PROFILE___APPLY_PRESET__PROFILEPRESET);
		createEOperation(driverProfileEClass, DRIVER_PROFILE___MATCHES_PRESET);

		timingParametersEClass = createEClass(TIMING_PARAMETERS);
		createEAttribute(timingParametersEClass, TIMING_PARAMETERS__LOOPBACK_LATENCY_NS);
		createEAttribute(timingParametersEClass, TIMING_PARAMETERS__LOOPBACK_CQE_LATENCY_NS);
		createEAttribute(timingParametersEClass, TIMING_PARAMETERS__WIRE_CQE_LATENCY_NS);
		createEAttribute(timingParametersEClass, TIMING_PARAMETERS__IRQ_LATENCY_NS);
		createEAttribute(timingParametersEClass, TIMING_PARAMETERS__TASKLET_MAX_TIME_NS);
		createEAttribute(timingParametersEClass, TIMING_PARAMETERS__WAKE_LATENCY_NS);
		createEAttribute(timingParametersEClass, TIMING_PARAMETERS__RESCHED_LATENCY_NS);
		createEAttribute(timingParametersEClass, TIMING_PARAMETERS__REAP_COST_NS);
		createEAttribute(timingParametersEClass, TIMING_PARAMETERS__MUX_COST_NS);
		createEAttribute(timingParametersEClass, TIMING_PARAMETERS__CM_ID_ALLOC_COST_NS);
		createEAttribute(timingParametersEClass, TIMING_PARAMETERS__DEMUX_COST_NS);
		createEAttribute(timingParametersEClass, TIMING_PARAMETERS__ISSUE_COST_NS);
		createEAttribute(timingParametersEClass, TIMING_PARAMETERS__SWITCH_HOP_LATENCY_NS);
		createEAttribute(timingParametersEClass, TIMING_PARAMETERS__ACCEPT_COST_NS);
		createEAttribute(timingParametersEClass, TIMING_PARAMETERS__CM_RESPONSE_TIMEOUT);
		createEAttribute(timingParametersEClass, TIMING_PARAMETERS__CM_MAX_RETRIES);
		createEAttribute(timingParametersEClass, TIMING_PARAMETERS__SA_QUERY_RETRIES);
		createEAttribute(timingParametersEClass, TIMING_PARAMETERS__MRA_SERVICE_TIMEOUT);
		createEAttribute(timingParametersEClass, TIMING_PARAMETERS__CM_ID_CACHE_LIFE_MS);
		createEReference(timingParametersEClass, TIMING_PARAMETERS__DISTRIBUTIONS);
		createEAttribute(timingParametersEClass, TIMING_PARAMETERS__CALIBRATION_SOURCE);

		timingDistributionEClass = createEClass(TIMING_DISTRIBUTION);
		createEAttribute(timingDistributionEClass, TIMING_DISTRIBUTION__PARAMETER);
		createEAttribute(timingDistributionEClass, TIMING_DISTRIBUTION__EXPRESSION);

		scenarioEClass = createEClass(SCENARIO);
		createEAttribute(scenarioEClass, SCENARIO__DESCRIPTION);
		createEAttribute(scenarioEClass, SCENARIO__PRESET_OVERRIDE);
		createEReference(scenarioEClass, SCENARIO__WORKLOADS);
		createEReference(scenarioEClass, SCENARIO__RUN_SETTINGS);
		createEReference(scenarioEClass, SCENARIO__STUDIES);
		createEReference(scenarioEClass, SCENARIO__TIMING);
		createEReference(scenarioEClass, SCENARIO__FAULTS);
		createEReference(scenarioEClass, SCENARIO__EVENTS);
		createEReference(scenarioEClass, SCENARIO__REACTIONS);

		workloadEClass = createEClass(WORKLOAD);
		createEReference(workloadEClass, WORKLOAD__FUNCTION);
		createEAttribute(workloadEClass, WORKLOAD__PORT_NUMBER);
		createEAttribute(workloadEClass, WORKLOAD__START_TIME_NS);

		outboundBurstEClass = createEClass(OUTBOUND_BURST);
		createEAttribute(outboundBurstEClass, OUTBOUND_BURST__MAD_COUNT);

		inboundBurstEClass = createEClass(INBOUND_BURST);
		createEAttribute(inboundBurstEClass, INBOUND_BURST__MAD_COUNT);

		cmtimeInstanceEClass = createEClass(CMTIME_INSTANCE);
		createEAttribute(cmtimeInstanceEClass, CMTIME_INSTANCE__ROLE);
		createEReference(cmtimeInstanceEClass, CMTIME_INSTANCE__PEER);
		createEAttribute(cmtimeInstanceEClass, CMTIME_INSTANCE__CONNECTIONS);
		createEAttribute(cmtimeInstanceEClass, CMTIME_INSTANCE__TIMEOUT_MS);
		createEAttribute(cmtimeInstanceEClass, CMTIME_INSTANCE__RETRIES);

		inboundFanInEClass = createEClass(INBOUND_FAN_IN);
		createEAttribute(inboundFanInEClass, INBOUND_FAN_IN__PEER_COUNT);
		createEAttribute(inboundFanInEClass, INBOUND_FAN_IN__MADS_PER_PEER);
		createEAttribute(inboundFanInEClass, INBOUND_FAN_IN__INTERVAL_NS);

		faultEClass = createEClass(FAULT);
		createEAttribute(faultEClass, FAULT__START_TIME_NS);
		createEAttribute(faultEClass, FAULT__DURATION_NS);

		linkFaultEClass = createEClass(LINK_FAULT);
		createEReference(linkFaultEClass, LINK_FAULT__LINK);
		createEReference(linkFaultEClass, LINK_FAULT__PORT);
		createEAttribute(linkFaultEClass, LINK_FAULT__DOWN);
		createEAttribute(linkFaultEClass, LINK_FAULT__LOSS_PROBABILITY);
		createEAttribute(linkFaultEClass, LINK_FAULT__EXTRA_LATENCY_NS);

		kworkerStallFaultEClass = createEClass(KWORKER_STALL_FAULT);
		createEReference(kworkerStallFaultEClass, KWORKER_STALL_FAULT__HCA);
		createEAttribute(kworkerStallFaultEClass, KWORKER_STALL_FAULT__CPUS);

		smOutageFaultEClass = createEClass(SM_OUTAGE_FAULT);

		saSlowdownFaultEClass = createEClass(SA_SLOWDOWN_FAULT);
		createEAttribute(saSlowdownFaultEClass, SA_SLOWDOWN_FAULT__EXTRA_SERVICE_TIME_NS);
		createEAttribute(saSlowdownFaultEClass, SA_SLOWDOWN_FAULT__QUEUE_CAPACITY);

		functionResetFaultEClass = createEClass(FUNCTION_RESET_FAULT);
		createEReference(functionResetFaultEClass, FUNCTION_RESET_FAULT__FUNCTION);

		networkEventEClass = createEClass(NETWORK_EVENT);
		createEAttribute(networkEventEClass, NETWORK_EVENT__TIME_NS);

		linkEventEClass = createEClass(LINK_EVENT);
		createEReference(linkEventEClass, LINK_EVENT__LINK);
		createEReference(linkEventEClass, LINK_EVENT__PORT);
		createEReference(linkEventEClass, LINK_EVENT__FABRIC_SWITCH);
		createEAttribute(linkEventEClass, LINK_EVENT__DOWN_DURATION_NS);

		smEventEClass = createEClass(SM_EVENT);
		createEAttribute(smEventEClass, SM_EVENT__KIND);
		createEAttribute(smEventEClass, SM_EVENT__FAILOVER_GAP_NS);

		portChangeEventEClass = createEClass(PORT_CHANGE_EVENT);
		createEReference(portChangeEventEClass, PORT_CHANGE_EVENT__PORT);
		createEAttribute(portChangeEventEClass, PORT_CHANGE_EVENT__CHANGE);

		stackReactionEClass = createEClass(STACK_REACTION);
		createEReference(stackReactionEClass, STACK_REACTION__FUNCTION);
		createEAttribute(stackReactionEClass, STACK_REACTION__MULTICAST_GROUPS);
		createEAttribute(stackReactionEClass, STACK_REACTION__NEIGHBOURS);
		createEAttribute(stackReactionEClass, STACK_REACTION__CONNECTIONS);
		createEReference(stackReactionEClass, STACK_REACTION__PEER);

		runSettingsEClass = createEClass(RUN_SETTINGS);
		createEAttribute(runSettingsEClass, RUN_SETTINGS__SEED);
		createEAttribute(runSettingsEClass, RUN_SETTINGS__STOP_TIME_MS);
		createEAttribute(runSettingsEClass, RUN_SETTINGS__REPLICATIONS);
		createEAttribute(runSettingsEClass, RUN_SETTINGS__RANDOMIZE_TIES);

		studyEClass = createEClass(STUDY);
		createEReference(studyEClass, STUDY__PARAMETERS);
		createEAttribute(studyEClass, STUDY__KIND);
		createEAttribute(studyEClass, STUDY__PROFILES);

		sweepParameterEClass = createEClass(SWEEP_PARAMETER);
		createEAttribute(sweepParameterEClass, SWEEP_PARAMETER__KEY);
		createEAttribute(sweepParameterEClass, SWEEP_PARAMETER__VALUES);

		// Create enums
		smEventKindEEnum = createEEnum(SM_EVENT_KIND);
		portChangeKindEEnum = createEEnum(PORT_CHANGE_KIND);
		linkLayerEEnum = createEEnum(LINK_LAYER);
		linkWidthEEnum = createEEnum(LINK_WIDTH);
		linkSpeedEEnum = createEEnum(LINK_SPEED);
		functionOwnerEEnum = createEEnum(FUNCTION_OWNER);
		profilePresetEEnum = createEEnum(PROFILE_PRESET);
		workQueueModeEEnum = createEEnum(WORK_QUEUE_MODE);
		studyKindEEnum = createEEnum(STUDY_KIND);
		cmtimeRoleEEnum = createEEnum(CMTIME_ROLE);

		// Create data types
		guidEDataType = createEDataType(GUID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		nodeElementEClass.getESuperTypes().add(this.getNamedElement());
		topologyEClass.getESuperTypes().add(this.getNamedElement());
		hostEClass.getESuperTypes().add(this.getNodeElement());
		fabricNodeEClass.getESuperTypes().add(this.getNodeElement());
		hcaEClass.getESuperTypes().add(this.getFabricNode());
		switchEClass.getESuperTypes().add(this.getFabricNode());
		routerEClass.getESuperTypes().add(this.getFabricNode());
		subnetManagerEClass.getESuperTypes().add(this.getNamedElement());
		pciFunctionEClass.getESuperTypes().add(this.getNodeElement());
		virtualMachineEClass.getESuperTypes().add(this.getNodeElement());
		scenarioEClass.getESuperTypes().add(this.getNamedElement());
		workloadEClass.getESuperTypes().add(this.getNamedElement());
		outboundBurstEClass.getESuperTypes().add(this.getWorkload());
		inboundBurstEClass.getESuperTypes().add(this.getWorkload());
		cmtimeInstanceEClass.getESuperTypes().add(this.getWorkload());
		inboundFanInEClass.getESuperTypes().add(this.getWorkload());
		faultEClass.getESuperTypes().add(this.getNamedElement());
		linkFaultEClass.getESuperTypes().add(this.getFault());
		kworkerStallFaultEClass.getESuperTypes().add(this.getFault());
		smOutageFaultEClass.getESuperTypes().add(this.getFault());
		saSlowdownFaultEClass.getESuperTypes().add(this.getFault());
		functionResetFaultEClass.getESuperTypes().add(this.getFault());
		networkEventEClass.getESuperTypes().add(this.getNamedElement());
		linkEventEClass.getESuperTypes().add(this.getNetworkEvent());
		smEventEClass.getESuperTypes().add(this.getNetworkEvent());
		portChangeEventEClass.getESuperTypes().add(this.getNetworkEvent());
		stackReactionEClass.getESuperTypes().add(this.getNamedElement());
		studyEClass.getESuperTypes().add(this.getNamedElement());

		// Initialize classes, features, and operations; add parameters
		initEClass(namedElementEClass, NamedElement.class, "NamedElement", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNamedElement_Name(), ecorePackage.getEString(), "name", null, 0, 1, NamedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(nodeElementEClass, NodeElement.class, "NodeElement", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNodeElement_X(), ecorePackage.getEInt(), "x", null, 0, 1, NodeElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNodeElement_Y(), ecorePackage.getEInt(), "y", null, 0, 1, NodeElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNodeElement_Width(), ecorePackage.getEInt(), "width", null, 0, 1, NodeElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNodeElement_Height(), ecorePackage.getEInt(), "height", null, 0, 1, NodeElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(topologyEClass, Topology.class, "Topology", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTopology_FormatVersion(), ecorePackage.getEInt(), "formatVersion", null, 0, 1, Topology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTopology_Description(), ecorePackage.getEString(), "description", null, 0, 1, Topology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTopology_Hosts(), this.getHost(), null, "hosts", null, 0, -1, Topology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTopology_Switches(), this.getSwitch(), null, "switches", null, 0, -1, Topology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTopology_Routers(), this.getRouter(), null, "routers", null, 0, -1, Topology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTopology_Links(), this.getLink(), null, "links", null, 0, -1, Topology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTopology_SubnetManager(), this.getSubnetManager(), null, "subnetManager", null, 0, 1, Topology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTopology_Scenarios(), this.getScenario(), null, "scenarios", null, 0, -1, Topology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEOperation(getTopology__AllHcas(), this.getHca(), "allHcas", 0, -1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getTopology__AllFabricNodes(), this.getFabricNode(), "allFabricNodes", 0, -1, IS_UNIQUE, IS_ORDERED);

		EOperation op = initEOperation(getTopology__LinkOf__Port(), this.getLink(), "linkOf", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, this.getPort(), "port", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getTopology__InterfaceOf__PciFunction_int(), this.getFunctionInterface(), "interfaceOf", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, this.getPciFunction(), "function", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEInt(), "portNumber", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(hostEClass, Host.class, "Host", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getHost_Description(), ecorePackage.getEString(), "description", null, 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHost_Hcas(), this.getHca(), this.getHca_Host(), "hcas", null, 0, -1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHost_VirtualMachines(), this.getVirtualMachine(), this.getVirtualMachine_Host(), "virtualMachines", null, 0, -1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(fabricNodeEClass, FabricNode.class, "FabricNode", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFabricNode_NodeGuid(), this.getGuid(), "nodeGuid", null, 0, 1, FabricNode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFabricNode_SystemImageGuid(), this.getGuid(), "systemImageGuid", null, 0, 1, FabricNode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFabricNode_NodeDescription(), ecorePackage.getEString(), "nodeDescription", null, 0, 1, FabricNode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFabricNode_VendorId(), ecorePackage.getEInt(), "vendorId", null, 0, 1, FabricNode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFabricNode_DeviceId(), ecorePackage.getEInt(), "deviceId", null, 0, 1, FabricNode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFabricNode_PortCount(), ecorePackage.getEInt(), "portCount", "1", 0, 1, FabricNode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFabricNode_Ports(), this.getPort(), this.getPort_Node(), "ports", null, 0, -1, FabricNode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getFabricNode__Port__int(), this.getPort(), "port", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEInt(), "number", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(hcaEClass, Hca.class, "Hca", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getHca_ModelName(), ecorePackage.getEString(), "modelName", "ConnectX-3", 0, 1, Hca.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHca_MaxVirtualFunctions(), ecorePackage.getEInt(), "maxVirtualFunctions", "64", 0, 1, Hca.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHca_Host(), this.getHost(), this.getHost_Hcas(), "host", null, 0, 1, Hca.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHca_Functions(), this.getPciFunction(), this.getPciFunction_Hca(), "functions", null, 0, -1, Hca.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHca_DriverProfile(), this.getDriverProfile(), null, "driverProfile", null, 0, 1, Hca.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEOperation(getHca__PhysicalFunction(), this.getPciFunction(), "physicalFunction", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getHca__VirtualFunctions(), this.getPciFunction(), "virtualFunctions", 0, -1, IS_UNIQUE, IS_ORDERED);

		initEClass(switchEClass, Switch.class, "Switch", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSwitch_Lid(), ecorePackage.getEInt(), "lid", null, 0, 1, Switch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSwitch_Lmc(), ecorePackage.getEInt(), "lmc", null, 0, 1, Switch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSwitch_EnhancedPort0(), ecorePackage.getEBoolean(), "enhancedPort0", null, 0, 1, Switch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(routerEClass, Router.class, "Router", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(portEClass, Port.class, "Port", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPort_Number(), ecorePackage.getEInt(), "number", "1", 0, 1, Port.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPort_PortGuid(), this.getGuid(), "portGuid", null, 0, 1, Port.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPort_Lid(), ecorePackage.getEInt(), "lid", null, 0, 1, Port.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPort_Lmc(), ecorePackage.getEInt(), "lmc", null, 0, 1, Port.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPort_LinkLayer(), this.getLinkLayer(), "linkLayer", null, 0, 1, Port.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPort_Width(), this.getLinkWidth(), "width", "4x", 0, 1, Port.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPort_Speed(), this.getLinkSpeed(), "speed", "FDR", 0, 1, Port.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPort_Node(), this.getFabricNode(), this.getFabricNode_Ports(), "node", null, 0, 1, Port.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(linkEClass, Link.class, "Link", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLink_Width(), this.getLinkWidth(), "width", "4x", 0, 1, Link.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLink_Speed(), this.getLinkSpeed(), "speed", "FDR", 0, 1, Link.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLink_LatencyNs(), ecorePackage.getEInt(), "latencyNs", null, 0, 1, Link.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLink_Source(), this.getPort(), null, "source", null, 1, 1, Link.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLink_Target(), this.getPort(), null, "target", null, 1, 1, Link.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(subnetManagerEClass, SubnetManager.class, "SubnetManager", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getSubnetManager_Port(), this.getPort(), null, "port", null, 0, 1, SubnetManager.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubnetManager_SaServiceTimeNs(), ecorePackage.getEInt(), "saServiceTimeNs", "20000", 0, 1, SubnetManager.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubnetManager_SubnetTimeout(), ecorePackage.getEInt(), "subnetTimeout", "18", 0, 1, SubnetManager.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubnetManager_SaMaxQueueTimeMs(), ecorePackage.getEInt(), "saMaxQueueTimeMs", "10000", 0, 1, SubnetManager.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(pciFunctionEClass, PciFunction.class, "PciFunction", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPciFunction_FunctionId(), ecorePackage.getEInt(), "functionId", null, 0, 1, PciFunction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPciFunction_SlaveNumber(), ecorePackage.getEInt(), "slaveNumber", null, 0, 1, PciFunction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPciFunction_NodeGuid(), this.getGuid(), "nodeGuid", null, 0, 1, PciFunction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPciFunction_Owner(), this.getFunctionOwner(), "owner", null, 0, 1, PciFunction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPciFunction_VirtualMachine(), this.getVirtualMachine(), this.getVirtualMachine_Functions(), "virtualMachine", null, 0, 1, PciFunction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPciFunction_Hca(), this.getHca(), this.getHca_Functions(), "hca", null, 0, 1, PciFunction.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPciFunction_Interfaces(), this.getFunctionInterface(), this.getFunctionInterface_Function(), "interfaces", null, 0, -1, PciFunction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEOperation(getPciFunction__IsPhysicalFunction(), ecorePackage.getEBoolean(), "isPhysicalFunction", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getPciFunction__InterfaceOn__int(), this.getFunctionInterface(), "interfaceOn", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEInt(), "portNumber", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(functionInterfaceEClass, FunctionInterface.class, "FunctionInterface", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFunctionInterface_PortNumber(), ecorePackage.getEInt(), "portNumber", "1", 0, 1, FunctionInterface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFunctionInterface_AliasGuid(), this.getGuid(), "aliasGuid", null, 0, 1, FunctionInterface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFunctionInterface_IpoibName(), ecorePackage.getEString(), "ipoibName", null, 0, 1, FunctionInterface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFunctionInterface_IpAddress(), ecorePackage.getEString(), "ipAddress", null, 0, 1, FunctionInterface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFunctionInterface_Function(), this.getPciFunction(), this.getPciFunction_Interfaces(), "function", null, 0, 1, FunctionInterface.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(virtualMachineEClass, VirtualMachine.class, "VirtualMachine", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getVirtualMachine_Vcpus(), ecorePackage.getEInt(), "vcpus", "1", 0, 1, VirtualMachine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getVirtualMachine_Host(), this.getHost(), this.getHost_VirtualMachines(), "host", null, 0, 1, VirtualMachine.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getVirtualMachine_Functions(), this.getPciFunction(), this.getPciFunction_VirtualMachine(), "functions", null, 0, -1, VirtualMachine.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(driverProfileEClass, DriverProfile.class, "DriverProfile", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDriverProfile_Preset(), this.getProfilePreset(), "preset", "C", 0, 1, DriverProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDriverProfile_WireRingSize(), ecorePackage.getEInt(), "wireRingSize", "2048", 0, 1, DriverProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDriverProfile_TunnelRingSize(), ecorePackage.getEInt(), "tunnelRingSize", "512", 0, 1, DriverProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDriverProfile_WorkQueueMode(), this.getWorkQueueMode(), "workQueueMode", "split", 0, 1, DriverProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDriverProfile_MadSendQueueSize(), ecorePackage.getEInt(), "madSendQueueSize", "128", 0, 1, DriverProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDriverProfile_MadRecvQueueSize(), ecorePackage.getEInt(), "madRecvQueueSize", "512", 0, 1, DriverProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDriverProfile_KworkerCpus(), ecorePackage.getEInt(), "kworkerCpus", "4", 0, 1, DriverProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDriverProfile_DynamicDebug(), ecorePackage.getEBoolean(), "dynamicDebug", null, 0, 1, DriverProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDriverProfile_Timing(), this.getTimingParameters(), null, "timing", null, 0, 1, DriverProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getDriverProfile__ApplyPreset__ProfilePreset(), null, "applyPreset", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, this.getProfilePreset(), "preset", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getDriverProfile__MatchesPreset(), ecorePackage.getEBoolean(), "matchesPreset", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(timingParametersEClass, TimingParameters.class, "TimingParameters", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTimingParameters_LoopbackLatencyNs(), ecorePackage.getEInt(), "loopbackLatencyNs", "2000", 0, 1, TimingParameters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTimingParameters_LoopbackCqeLatencyNs(), ecorePackage.getEInt(), "loopbackCqeLatencyNs", "1500", 0, 1, TimingParameters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTimingParameters_WireCqeLatencyNs(), ecorePackage.getEInt(), "wireCqeLatencyNs", "1500", 0, 1, TimingParameters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTimingParameters_IrqLatencyNs(), ecorePackage.getEInt(), "irqLatencyNs", "5000", 0, 1, TimingParameters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTimingParameters_TaskletMaxTimeNs(), ecorePackage.getEInt(), "taskletMaxTimeNs", "2000000", 0, 1, TimingParameters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTimingParameters_WakeLatencyNs(), ecorePackage.getEInt(), "wakeLatencyNs", "20000", 0, 1, TimingParameters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTimingParameters_ReschedLatencyNs(), ecorePackage.getEInt(), "reschedLatencyNs", "0", 0, 1, TimingParameters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTimingParameters_ReapCostNs(), ecorePackage.getEInt(), "reapCostNs", "300", 0, 1, TimingParameters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTimingParameters_MuxCostNs(), ecorePackage.getEInt(), "muxCostNs", "1500", 0, 1, TimingParameters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTimingParameters_CmIdAllocCostNs(), ecorePackage.getEInt(), "cmIdAllocCostNs", "500", 0, 1, TimingParameters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTimingParameters_DemuxCostNs(), ecorePackage.getEInt(), "demuxCostNs", "1500", 0, 1, TimingParameters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTimingParameters_IssueCostNs(), ecorePackage.getEInt(), "issueCostNs", "10000", 0, 1, TimingParameters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTimingParameters_SwitchHopLatencyNs(), ecorePackage.getEInt(), "switchHopLatencyNs", "300", 0, 1, TimingParameters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTimingParameters_AcceptCostNs(), ecorePackage.getEInt(), "acceptCostNs", "500000", 0, 1, TimingParameters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTimingParameters_CmResponseTimeout(), ecorePackage.getEInt(), "cmResponseTimeout", "20", 0, 1, TimingParameters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTimingParameters_CmMaxRetries(), ecorePackage.getEInt(), "cmMaxRetries", "15", 0, 1, TimingParameters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTimingParameters_SaQueryRetries(), ecorePackage.getEInt(), "saQueryRetries", "0", 0, 1, TimingParameters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTimingParameters_MraServiceTimeout(), ecorePackage.getEInt(), "mraServiceTimeout", "24", 0, 1, TimingParameters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTimingParameters_CmIdCacheLifeMs(), ecorePackage.getEInt(), "cmIdCacheLifeMs", "30000", 0, 1, TimingParameters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTimingParameters_Distributions(), this.getTimingDistribution(), null, "distributions", null, 0, -1, TimingParameters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTimingParameters_CalibrationSource(), ecorePackage.getEString(), "calibrationSource", null, 0, 1, TimingParameters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(timingDistributionEClass, TimingDistribution.class, "TimingDistribution", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTimingDistribution_Parameter(), ecorePackage.getEString(), "parameter", null, 0, 1, TimingDistribution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTimingDistribution_Expression(), ecorePackage.getEString(), "expression", null, 0, 1, TimingDistribution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(scenarioEClass, Scenario.class, "Scenario", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getScenario_Description(), ecorePackage.getEString(), "description", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScenario_PresetOverride(), this.getProfilePreset(), "presetOverride", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScenario_Workloads(), this.getWorkload(), null, "workloads", null, 0, -1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScenario_RunSettings(), this.getRunSettings(), null, "runSettings", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScenario_Studies(), this.getStudy(), null, "studies", null, 0, -1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScenario_Timing(), this.getTimingDistribution(), null, "timing", null, 0, -1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScenario_Faults(), this.getFault(), null, "faults", null, 0, -1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScenario_Events(), this.getNetworkEvent(), null, "events", null, 0, -1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScenario_Reactions(), this.getStackReaction(), null, "reactions", null, 0, -1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(workloadEClass, Workload.class, "Workload", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getWorkload_Function(), this.getPciFunction(), null, "function", null, 1, 1, Workload.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkload_PortNumber(), ecorePackage.getEInt(), "portNumber", "1", 0, 1, Workload.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkload_StartTimeNs(), ecorePackage.getELong(), "startTimeNs", null, 0, 1, Workload.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(outboundBurstEClass, OutboundBurst.class, "OutboundBurst", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOutboundBurst_MadCount(), ecorePackage.getEInt(), "madCount", "1", 0, 1, OutboundBurst.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(inboundBurstEClass, InboundBurst.class, "InboundBurst", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInboundBurst_MadCount(), ecorePackage.getEInt(), "madCount", "1", 0, 1, InboundBurst.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(cmtimeInstanceEClass, CmtimeInstance.class, "CmtimeInstance", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCmtimeInstance_Role(), this.getCmtimeRole(), "role", null, 0, 1, CmtimeInstance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCmtimeInstance_Peer(), this.getCmtimeInstance(), null, "peer", null, 0, 1, CmtimeInstance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCmtimeInstance_Connections(), ecorePackage.getEInt(), "connections", "100", 0, 1, CmtimeInstance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCmtimeInstance_TimeoutMs(), ecorePackage.getEInt(), "timeoutMs", "2000", 0, 1, CmtimeInstance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCmtimeInstance_Retries(), ecorePackage.getEInt(), "retries", "2", 0, 1, CmtimeInstance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(inboundFanInEClass, InboundFanIn.class, "InboundFanIn", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInboundFanIn_PeerCount(), ecorePackage.getEInt(), "peerCount", "1", 0, 1, InboundFanIn.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInboundFanIn_MadsPerPeer(), ecorePackage.getEInt(), "madsPerPeer", "1", 0, 1, InboundFanIn.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInboundFanIn_IntervalNs(), ecorePackage.getEInt(), "intervalNs", null, 0, 1, InboundFanIn.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(faultEClass, Fault.class, "Fault", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFault_StartTimeNs(), ecorePackage.getELong(), "startTimeNs", null, 0, 1, Fault.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFault_DurationNs(), ecorePackage.getELong(), "durationNs", null, 0, 1, Fault.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(linkFaultEClass, LinkFault.class, "LinkFault", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getLinkFault_Link(), this.getLink(), null, "link", null, 0, 1, LinkFault.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLinkFault_Port(), this.getPort(), null, "port", null, 0, 1, LinkFault.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLinkFault_Down(), ecorePackage.getEBoolean(), "down", null, 0, 1, LinkFault.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLinkFault_LossProbability(), ecorePackage.getEDouble(), "lossProbability", null, 0, 1, LinkFault.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLinkFault_ExtraLatencyNs(), ecorePackage.getELong(), "extraLatencyNs", null, 0, 1, LinkFault.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(kworkerStallFaultEClass, KworkerStallFault.class, "KworkerStallFault", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getKworkerStallFault_Hca(), this.getHca(), null, "hca", null, 0, 1, KworkerStallFault.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKworkerStallFault_Cpus(), ecorePackage.getEInt(), "cpus", "1", 0, 1, KworkerStallFault.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(smOutageFaultEClass, SmOutageFault.class, "SmOutageFault", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(saSlowdownFaultEClass, SaSlowdownFault.class, "SaSlowdownFault", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSaSlowdownFault_ExtraServiceTimeNs(), ecorePackage.getELong(), "extraServiceTimeNs", null, 0, 1, SaSlowdownFault.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSaSlowdownFault_QueueCapacity(), ecorePackage.getEInt(), "queueCapacity", null, 0, 1, SaSlowdownFault.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(functionResetFaultEClass, FunctionResetFault.class, "FunctionResetFault", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getFunctionResetFault_Function(), this.getPciFunction(), null, "function", null, 0, 1, FunctionResetFault.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(networkEventEClass, NetworkEvent.class, "NetworkEvent", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNetworkEvent_TimeNs(), ecorePackage.getELong(), "timeNs", null, 0, 1, NetworkEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(linkEventEClass, LinkEvent.class, "LinkEvent", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getLinkEvent_Link(), this.getLink(), null, "link", null, 0, 1, LinkEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLinkEvent_Port(), this.getPort(), null, "port", null, 0, 1, LinkEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLinkEvent_FabricSwitch(), this.getSwitch(), null, "fabricSwitch", null, 0, 1, LinkEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLinkEvent_DownDurationNs(), ecorePackage.getELong(), "downDurationNs", "50000000", 0, 1, LinkEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(smEventEClass, SmEvent.class, "SmEvent", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSmEvent_Kind(), this.getSmEventKind(), "kind", null, 0, 1, SmEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSmEvent_FailoverGapNs(), ecorePackage.getELong(), "failoverGapNs", null, 0, 1, SmEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(portChangeEventEClass, PortChangeEvent.class, "PortChangeEvent", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getPortChangeEvent_Port(), this.getPort(), null, "port", null, 0, 1, PortChangeEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPortChangeEvent_Change(), this.getPortChangeKind(), "change", null, 0, 1, PortChangeEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(stackReactionEClass, StackReaction.class, "StackReaction", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getStackReaction_Function(), this.getPciFunction(), null, "function", null, 0, 1, StackReaction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStackReaction_MulticastGroups(), ecorePackage.getEInt(), "multicastGroups", "4", 0, 1, StackReaction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStackReaction_Neighbours(), ecorePackage.getEInt(), "neighbours", "8", 0, 1, StackReaction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStackReaction_Connections(), ecorePackage.getEInt(), "connections", "0", 0, 1, StackReaction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStackReaction_Peer(), this.getPciFunction(), null, "peer", null, 0, 1, StackReaction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(runSettingsEClass, RunSettings.class, "RunSettings", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRunSettings_Seed(), ecorePackage.getELong(), "seed", "1", 0, 1, RunSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRunSettings_StopTimeMs(), ecorePackage.getELong(), "stopTimeMs", null, 0, 1, RunSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRunSettings_Replications(), ecorePackage.getEInt(), "replications", "1", 0, 1, RunSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRunSettings_RandomizeTies(), ecorePackage.getEBoolean(), "randomizeTies", null, 0, 1, RunSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(studyEClass, Study.class, "Study", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getStudy_Parameters(), this.getSweepParameter(), null, "parameters", null, 0, -1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudy_Kind(), this.getStudyKind(), "kind", null, 0, 1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudy_Profiles(), this.getProfilePreset(), "profiles", null, 0, -1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sweepParameterEClass, SweepParameter.class, "SweepParameter", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSweepParameter_Key(), ecorePackage.getEString(), "key", null, 0, 1, SweepParameter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSweepParameter_Values(), ecorePackage.getEString(), "values", null, 0, -1, SweepParameter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(smEventKindEEnum, SmEventKind.class, "SmEventKind");
		addEEnumLiteral(smEventKindEEnum, SmEventKind.CLIENT_REREGISTER);
		addEEnumLiteral(smEventKindEEnum, SmEventKind.FAILOVER);

		initEEnum(portChangeKindEEnum, PortChangeKind.class, "PortChangeKind");
		addEEnumLiteral(portChangeKindEEnum, PortChangeKind.LID);
		addEEnumLiteral(portChangeKindEEnum, PortChangeKind.PKEY);

		initEEnum(linkLayerEEnum, LinkLayer.class, "LinkLayer");
		addEEnumLiteral(linkLayerEEnum, LinkLayer.INFINIBAND);
		addEEnumLiteral(linkLayerEEnum, LinkLayer.ETHERNET);

		initEEnum(linkWidthEEnum, LinkWidth.class, "LinkWidth");
		addEEnumLiteral(linkWidthEEnum, LinkWidth.X1);
		addEEnumLiteral(linkWidthEEnum, LinkWidth.X2);
		addEEnumLiteral(linkWidthEEnum, LinkWidth.X4);
		addEEnumLiteral(linkWidthEEnum, LinkWidth.X8);
		addEEnumLiteral(linkWidthEEnum, LinkWidth.X12);

		initEEnum(linkSpeedEEnum, LinkSpeed.class, "LinkSpeed");
		addEEnumLiteral(linkSpeedEEnum, LinkSpeed.SDR);
		addEEnumLiteral(linkSpeedEEnum, LinkSpeed.DDR);
		addEEnumLiteral(linkSpeedEEnum, LinkSpeed.QDR);
		addEEnumLiteral(linkSpeedEEnum, LinkSpeed.FDR10);
		addEEnumLiteral(linkSpeedEEnum, LinkSpeed.FDR);
		addEEnumLiteral(linkSpeedEEnum, LinkSpeed.EDR);
		addEEnumLiteral(linkSpeedEEnum, LinkSpeed.HDR);
		addEEnumLiteral(linkSpeedEEnum, LinkSpeed.NDR);
		addEEnumLiteral(linkSpeedEEnum, LinkSpeed.XDR);

		initEEnum(functionOwnerEEnum, FunctionOwner.class, "FunctionOwner");
		addEEnumLiteral(functionOwnerEEnum, FunctionOwner.HOST_OS);
		addEEnumLiteral(functionOwnerEEnum, FunctionOwner.VIRTUAL_MACHINE);
		addEEnumLiteral(functionOwnerEEnum, FunctionOwner.BARE_METAL);

		initEEnum(profilePresetEEnum, ProfilePreset.class, "ProfilePreset");
		addEEnumLiteral(profilePresetEEnum, ProfilePreset.A);
		addEEnumLiteral(profilePresetEEnum, ProfilePreset.B);
		addEEnumLiteral(profilePresetEEnum, ProfilePreset.C);
		addEEnumLiteral(profilePresetEEnum, ProfilePreset.D);
		addEEnumLiteral(profilePresetEEnum, ProfilePreset.E);
		addEEnumLiteral(profilePresetEEnum, ProfilePreset.CUSTOM);

		initEEnum(workQueueModeEEnum, WorkQueueMode.class, "WorkQueueMode");
		addEEnumLiteral(workQueueModeEEnum, WorkQueueMode.SINGLE);
		addEEnumLiteral(workQueueModeEEnum, WorkQueueMode.SPLIT);

		initEEnum(studyKindEEnum, StudyKind.class, "StudyKind");
		addEEnumLiteral(studyKindEEnum, StudyKind.SWEEP);
		addEEnumLiteral(studyKindEEnum, StudyKind.ROBUSTNESS_MAP);

		initEEnum(cmtimeRoleEEnum, CmtimeRole.class, "CmtimeRole");
		addEEnumLiteral(cmtimeRoleEEnum, CmtimeRole.CLIENT);
		addEEnumLiteral(cmtimeRoleEEnum, CmtimeRole.SERVER);

		// Initialize data types
		initEDataType(guidEDataType, long.class, "Guid", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);
	}

} //HcaPackageImpl
