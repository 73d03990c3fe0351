/**
 * HCA Studio. Generated from model/hcastudio.ecore; do not edit, regenerate (see releng/emf-codegen/README.md).
 */
package io.hcastudio.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * @see io.hcastudio.model.HcaFactory
 * @model kind="package"
 * @generated
 */
public interface HcaPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://hcastudio.io/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "hca";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	HcaPackage eINSTANCE = io.hcastudio.model.impl.HcaPackageImpl.init();

	/**
	 * The meta object id for the '{@link io.hcastudio.model.impl.NamedElementImpl <em>Named Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.hcastudio.model.impl.NamedElementImpl
	 * @see io.hcastudio.model.impl.HcaPackageImpl#getNamedElement()
	 * @generated
	 */
	int NAMED_ELEMENT = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__NAME = 0;

	/**
	 * The number of structural features of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.hcastudio.model.impl.NodeElementImpl <em>Node Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.hcastudio.model.impl.NodeElementImpl
	 * @see io.hcastudio.model.impl.HcaPackageImpl#getNodeElement()
	 * @generated
	 */
	int NODE_ELEMENT = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_ELEMENT__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_ELEMENT__X = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_ELEMENT__Y = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_ELEMENT__WIDTH = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_ELEMENT__HEIGHT = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Node Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_ELEMENT_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Node Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_ELEMENT_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.hcastudio.model.impl.TopologyImpl <em>Topology</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.hcastudio.model.impl.TopologyImpl
	 * @see io.hcastudio.model.impl.HcaPackageImpl#getTopology()
	 * @generated
	 */
	int TOPOLOGY = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY__FORMAT_VERSION = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY__DESCRIPTION = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Hosts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY__HOSTS = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Switches</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY__SWITCHES = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Routers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY__ROUTERS = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY__LINKS = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Subnet Manager</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY__SUBNET_MANAGER = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Scenarios</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY__SCENARIOS = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Topology</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The operation id for the '<em>All Hcas</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY___ALL_HCAS = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>All Fabric Nodes</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY___ALL_FABRIC_NODES = NAMED_ELEMENT_OPERATION_COUNT + 1;

	/**
	 * The operation id for the '<em>Link Of</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY___LINK_OF__PORT = NAMED_ELEMENT_OPERATION_COUNT + 2;

	/**
	 * The operation id for the '<em>Interface Of</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY___INTERFACE_OF__PCIFUNCTION_INT = NAMED_ELEMENT_OPERATION_COUNT + 3;

	/**
	 * The number of operations of the '<em>Topology</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 4;

	/**
	 * The meta object id for the '{@link io.hcastudio.model.impl.HostImpl <em>Host</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.hcastudio.model.impl.HostImpl
	 * @see io.hcastudio.model.impl.HcaPackageImpl#getHost()
	 * @generated
	 */
	int HOST = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__NAME = NODE_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__X = NODE_ELEMENT__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__Y = NODE_ELEMENT__Y;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__WIDTH = NODE_ELEMENT__WIDTH;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__HEIGHT = NODE_ELEMENT__HEIGHT;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__DESCRIPTION = NODE_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Hcas</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__HCAS = NODE_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Virtual Machines</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__VIRTUAL_MACHINES = NODE_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Host</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_FEATURE_COUNT = NODE_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Host</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_OPERATION_COUNT = NODE_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.hcastudio.model.impl.FabricNodeImpl <em>Fabric Node</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.hcastudio.model.impl.FabricNodeImpl
	 * @see io.hcastudio.model.impl.HcaPackageImpl#getFabricNode()
	 * @generated
	 */
	int FABRIC_NODE = 4;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FABRIC_NODE__NAME = NODE_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FABRIC_NODE__X = NODE_ELEMENT__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FABRIC_NODE__Y = NODE_ELEMENT__Y;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FABRIC_NODE__WIDTH = NODE_ELEMENT__WIDTH;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FABRIC_NODE__HEIGHT = NODE_ELEMENT__HEIGHT;

	/**
	 * The feature id for the '<em><b>Node Guid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FABRIC_NODE__NODE_GUID = NODE_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>System Image Guid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FABRIC_NODE__SYSTEM_IMAGE_GUID = NODE_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Node Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FABRIC_NODE__NODE_DESCRIPTION = NODE_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Vendor Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FABRIC_NODE__VENDOR_ID = NODE_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Device Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FABRIC_NODE__DEVICE_ID = NODE_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Port Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FABRIC_NODE__PORT_COUNT = NODE_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Ports</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FABRIC_NODE__PORTS = NODE_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Fabric Node</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FABRIC_NODE_FEATURE_COUNT = NODE_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The operation id for the '<em>Port</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FABRIC_NODE___PORT__INT = NODE_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Fabric Node</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FABRIC_NODE_OPERATION_COUNT = NODE_ELEMENT_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link io.hcastudio.model.impl.HcaImpl <em>Hca</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.hcastudio.model.impl.HcaImpl
	 * @see io.hcastudio.model.impl.HcaPackageImpl#getHca()
	 * @generated
	 */
	int HCA = 5;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HCA__NAME = FABRIC_NODE__NAME;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HCA__X = FABRIC_NODE__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HCA__Y = FABRIC_NODE__Y;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HCA__WIDTH = FABRIC_NODE__WIDTH;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HCA__HEIGHT = FABRIC_NODE__HEIGHT;

	/**
	 * The feature id for the '<em><b>Node Guid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HCA__NODE_GUID = FABRIC_NODE__NODE_GUID;

	/**
	 * The feature id for the '<em><b>System Image Guid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HCA__SYSTEM_IMAGE_GUID = FABRIC_NODE__SYSTEM_IMAGE_GUID;

	/**
	 * The feature id for the '<em><b>Node Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HCA__NODE_DESCRIPTION = FABRIC_NODE__NODE_DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Vendor Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HCA__VENDOR_ID = FABRIC_NODE__VENDOR_ID;

	/**
	 * The feature id for the '<em><b>Device Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HCA__DEVICE_ID = FABRIC_NODE__DEVICE_ID;

	/**
	 * The feature id for the '<em><b>Port Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HCA__PORT_COUNT = FABRIC_NODE__PORT_COUNT;

	/**
	 * The feature id for the '<em><b>Ports</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HCA__PORTS = FABRIC_NODE__PORTS;

	/**
	 * The feature id for the '<em><b>Model Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HCA__MODEL_NAME = FABRIC_NODE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Max Virtual Functions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HCA__MAX_VIRTUAL_FUNCTIONS = FABRIC_NODE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Host</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HCA__HOST = FABRIC_NODE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Functions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HCA__FUNCTIONS = FABRIC_NODE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Driver Profile</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HCA__DRIVER_PROFILE = FABRIC_NODE_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Hca</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HCA_FEATURE_COUNT = FABRIC_NODE_FEATURE_COUNT + 5;

	/**
	 * The operation id for the '<em>Port</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HCA___PORT__INT = FABRIC_NODE___PORT__INT;

	/**
	 * The operation id for the '<em>Physical Function</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HCA___PHYSICAL_FUNCTION = FABRIC_NODE_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Virtual Functions</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HCA___VIRTUAL_FUNCTIONS = FABRIC_NODE_OPERATION_COUNT + 1;

	/**
	 * The number of operations of the '<em>Hca</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HCA_OPERATION_COUNT = FABRIC_NODE_OPERATION_COUNT + 2;

	/**
	 * The meta object id for the '{@link io.hcastudio.model.impl.SwitchImpl <em>Switch</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.hcastudio.model.impl.SwitchImpl
	 * @see io.hcastudio.model.impl.HcaPackageImpl#getSwitch()
	 * @generated
	 */
	int SWITCH = 6;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWITCH__NAME = FABRIC_NODE__NAME;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWITCH__X = FABRIC_NODE__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWITCH__Y = FABRIC_NODE__Y;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWITCH__WIDTH = FABRIC_NODE__WIDTH;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWITCH__HEIGHT = FABRIC_NODE__HEIGHT;

	/**
	 * The feature id for the '<em><b>Node Guid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWITCH__NODE_GUID = FABRIC_NODE__NODE_GUID;

	/**
	 * The feature id for the '<em><b>System Image Guid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWITCH__SYSTEM_IMAGE_GUID = FABRIC_NODE__SYSTEM_IMAGE_GUID;

	/**
	 * The feature id for the '<em><b>Node Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWITCH__NODE_DESCRIPTION = FABRIC_NODE__NODE_DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Vendor Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWITCH__VENDOR_ID = FABRIC_NODE__VENDOR_ID;

	/**
	 * The feature id for the '<em><b>Device Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWITCH__DEVICE_ID = FABRIC_NODE__DEVICE_ID;

	/**
	 * The feature id for the '<em><b>Port Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWITCH__PORT_COUNT = FABRIC_NODE__PORT_COUNT;

	/**
	 * The feature id for the '<em><b>Ports</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWITCH__PORTS = FABRIC_NODE__PORTS;

	/**
	 * The feature id for the '<em><b>Lid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWITCH__LID = FABRIC_NODE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Lmc</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWITCH__LMC = FABRIC_NODE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Enhanced Port0</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWITCH__ENHANCED_PORT0 = FABRIC_NODE_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Switch</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWITCH_FEATURE_COUNT = FABRIC_NODE_FEATURE_COUNT + 3;

	/**
	 * The operation id for the '<em>Port</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWITCH___PORT__INT = FABRIC_NODE___PORT__INT;

	/**
	 * The number of operations of the '<em>Switch</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWITCH_OPERATION_COUNT = FABRIC_NODE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.hcastudio.model.impl.RouterImpl <em>Router</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.hcastudio.model.impl.RouterImpl
	 * @see io.hcastudio.model.impl.HcaPackageImpl#getRouter()
	 * @generated
	 */
	int ROUTER = 7;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUTER__NAME = FABRIC_NODE__NAME;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUTER__X = FABRIC_NODE__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUTER__Y = FABRIC_NODE__Y;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUTER__WIDTH = FABRIC_NODE__WIDTH;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUTER__HEIGHT = FABRIC_NODE__HEIGHT;

	/**
	 * The feature id for the '<em><b>Node Guid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUTER__NODE_GUID = FABRIC_NODE__NODE_GUID;

	/**
	 * The feature id for the '<em><b>System Image Guid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUTER__SYSTEM_IMAGE_GUID = FABRIC_NODE__SYSTEM_IMAGE_GUID;

	/**
	 * The feature id for the '<em><b>Node Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUTER__NODE_DESCRIPTION = FABRIC_NODE__NODE_DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Vendor Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUTER__VENDOR_ID = FABRIC_NODE__VENDOR_ID;

	/**
	 * The feature id for the '<em><b>Device Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUTER__DEVICE_ID = FABRIC_NODE__DEVICE_ID;

	/**
	 * The feature id for the '<em><b>Port Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUTER__PORT_COUNT = FABRIC_NODE__PORT_COUNT;

	/**
	 * The feature id for the '<em><b>Ports</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUTER__PORTS = FABRIC_NODE__PORTS;

	/**
	 * The number of structural features of the '<em>Router</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUTER_FEATURE_COUNT = FABRIC_NODE_FEATURE_COUNT + 0;

	/**
	 * The operation id for the '<em>Port</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUTER___PORT__INT = FABRIC_NODE___PORT__INT;

	/**
	 * The number of operations of the '<em>Router</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUTER_OPERATION_COUNT = FABRIC_NODE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.hcastudio.model.impl.PortImpl <em>Port</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.hcastudio.model.impl.PortImpl
	 * @see io.hcastudio.model.impl.HcaPackageImpl#getPort()
	 * @generated
	 */
	int PORT = 8;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT__NUMBER = 0;

	/**
	 * The feature id for the '<em><b>Port Guid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT__PORT_GUID = 1;

	/**
	 * The feature id for the '<em><b>Lid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT__LID = 2;

	/**
	 * The feature id for the '<em><b>Lmc</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT__LMC = 3;

	/**
	 * The feature id for the '<em><b>Link Layer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT__LINK_LAYER = 4;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT__WIDTH = 5;

	/**
	 * The feature id for the '<em><b>Speed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT__SPEED = 6;

	/**
	 * The feature id for the '<em><b>Node</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT__NODE = 7;

	/**
	 * The number of structural features of the '<em>Port</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Port</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.hcastudio.model.impl.LinkImpl <em>Link</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.hcastudio.model.impl.LinkImpl
	 * @see io.hcastudio.model.impl.HcaPackageImpl#getLink()
	 * @generated
	 */
	int LINK = 9;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__WIDTH = 0;

	/**
	 * The feature id for the '<em><b>Speed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__SPEED = 1;

	/**
	 * The feature id for the '<em><b>Latency Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__LATENCY_NS = 2;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__SOURCE = 3;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__TARGET = 4;

	/**
	 * The number of structural features of the '<em>Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.hcastudio.model.impl.SubnetManagerImpl <em>Subnet Manager</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.hcastudio.model.impl.SubnetManagerImpl
	 * @see io.hcastudio.model.impl.HcaPackageImpl#getSubnetManager()
	 * @generated
	 */
	int SUBNET_MANAGER = 10;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBNET_MANAGER__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Port</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBNET_MANAGER__PORT = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Sa Service Time Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBNET_MANAGER__SA_SERVICE_TIME_NS = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Subnet Timeout</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBNET_MANAGER__SUBNET_TIMEOUT = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Sa Max Queue Time Ms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBNET_MANAGER__SA_MAX_QUEUE_TIME_MS = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Subnet Manager</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBNET_MANAGER_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Subnet Manager</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBNET_MANAGER_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.hcastudio.model.impl.PciFunctionImpl <em>Pci Function</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.hcastudio.model.impl.PciFunctionImpl
	 * @see io.hcastudio.model.impl.HcaPackageImpl#getPciFunction()
	 * @generated
	 */
	int PCI_FUNCTION = 11;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_FUNCTION__NAME = NODE_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_FUNCTION__X = NODE_ELEMENT__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_FUNCTION__Y = NODE_ELEMENT__Y;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_FUNCTION__WIDTH = NODE_ELEMENT__WIDTH;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_FUNCTION__HEIGHT = NODE_ELEMENT__HEIGHT;

	/**
	 * The feature id for the '<em><b>Function Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_FUNCTION__FUNCTION_ID = NODE_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Slave Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_FUNCTION__SLAVE_NUMBER = NODE_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Node Guid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_FUNCTION__NODE_GUID = NODE_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_FUNCTION__OWNER = NODE_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Virtual Machine</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_FUNCTION__VIRTUAL_MACHINE = NODE_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Hca</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_FUNCTION__HCA = NODE_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Interfaces</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_FUNCTION__INTERFACES = NODE_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Pci Function</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_FUNCTION_FEATURE_COUNT = NODE_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The operation id for the '<em>Is Physical Function</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_FUNCTION___IS_PHYSICAL_FUNCTION = NODE_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Interface On</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_FUNCTION___INTERFACE_ON__INT = NODE_ELEMENT_OPERATION_COUNT + 1;

	/**
	 * The number of operations of the '<em>Pci Function</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_FUNCTION_OPERATION_COUNT = NODE_ELEMENT_OPERATION_COUNT + 2;

	/**
	 * The meta object id for the '{@link io.hcastudio.model.impl.FunctionInterfaceImpl <em>Function Interface</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.hcastudio.model.impl.FunctionInterfaceImpl
	 * @see io.hcastudio.model.impl.HcaPackageImpl#getFunctionInterface()
	 * @generated
	 */
	int FUNCTION_INTERFACE = 12;

	/**
	 * The feature id for the '<em><b>Port Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNCTION_INTERFACE__PORT_NUMBER = 0;

	/**
	 * The feature id for the '<em><b>Alias Guid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNCTION_INTERFACE__ALIAS_GUID = 1;

	/**
	 * The feature id for the '<em><b>Ipoib Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNCTION_INTERFACE__IPOIB_NAME = 2;

	/**
	 * The feature id for the '<em><b>Ip Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNCTION_INTERFACE__IP_ADDRESS = 3;

	/**
	 * The feature id for the '<em><b>Function</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNCTION_INTERFACE__FUNCTION = 4;

	/**
	 * The number of structural features of the '<em>Function Interface</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNCTION_INTERFACE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Function Interface</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNCTION_INTERFACE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.hcastudio.model.impl.VirtualMachineImpl <em>Virtual Machine</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.hcastudio.model.impl.VirtualMachineImpl
	 * @see io.hcastudio.model.impl.HcaPackageImpl#getVirtualMachine()
	 * @generated
	 */
	int VIRTUAL_MACHINE = 13;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__NAME = NODE_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__X = NODE_ELEMENT__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__Y = NODE_ELEMENT__Y;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__WIDTH = NODE_ELEMENT__WIDTH;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__HEIGHT = NODE_ELEMENT__HEIGHT;

	/**
	 * The feature id for the '<em><b>Vcpus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__VCPUS = NODE_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Host</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__HOST = NODE_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Functions</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE__FUNCTIONS = NODE_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Virtual Machine</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE_FEATURE_COUNT = NODE_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Virtual Machine</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIRTUAL_MACHINE_OPERATION_COUNT = NODE_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.hcastudio.model.impl.DriverProfileImpl <em>Driver Profile</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.hcastudio.model.impl.DriverProfileImpl
	 * @see io.hcastudio.model.impl.HcaPackageImpl#getDriverProfile()
	 * @generated
	 */
	int DRIVER_PROFILE = 14;

	/**
	 * The feature id for the '<em><b>Preset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER_PROFILE__PRESET = 0;

	/**
	 * The feature id for the '<em><b>Wire Ring Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER_PROFILE__WIRE_RING_SIZE = 1;

	/**
	 * The feature id for the '<em><b>Tunnel Ring Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER_PROFILE__TUNNEL_RING_SIZE = 2;

	/**
	 * The feature id for the '<em><b>Work Queue Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER_PROFILE__WORK_QUEUE_MODE = 3;

	/**
	 * The feature id for the '<em><b>Mad Send Queue Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER_PROFILE__MAD_SEND_QUEUE_SIZE = 4;

	/**
	 * The feature id for the '<em><b>Mad Recv Queue Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER_PROFILE__MAD_RECV_QUEUE_SIZE = 5;

	/**
	 * The feature id for the '<em><b>Kworker Cpus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER_PROFILE__KWORKER_CPUS = 6;

	/**
	 * The feature id for the '<em><b>Dynamic Debug</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER_PROFILE__DYNAMIC_DEBUG = 7;

	/**
	 * The feature id for the '<em><b>Timing</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER_PROFILE__TIMING = 8;

	/**
	 * The number of structural features of the '<em>Driver Profile</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER_PROFILE_FEATURE_COUNT = 9;

	/**
	 * The operation id for the '<em>Apply Preset</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER_PROFILE___APPLY_PRESET__PROFILEPRESET = 0;

	/**
	 * The operation id for the '<em>Matches Preset</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER_PROFILE___MATCHES_PRESET = 1;

	/**
	 * The number of operations of the '<em>Driver Profile</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER_PROFILE_OPERATION_COUNT = 2;

	/**
	 * The meta object id for the '{@link io.hcastudio.model.impl.TimingParametersImpl <em>Timing Parameters</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.hcastudio.model.impl.TimingParametersImpl
	 * @see io.hcastudio.model.impl.HcaPackageImpl#getTimingParameters()
	 * @generated
	 */
	int TIMING_PARAMETERS = 15;

	/**
	 * The feature id for the '<em><b>Loopback Latency Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMING_PARAMETERS__LOOPBACK_LATENCY_NS = 0;

	/**
	 * The feature id for the '<em><b>Loopback Cqe Latency Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMING_PARAMETERS__LOOPBACK_CQE_LATENCY_NS = 1;

	/**
	 * The feature id for the '<em><b>Wire Cqe Latency Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMING_PARAMETERS__WIRE_CQE_LATENCY_NS = 2;

	/**
	 * The feature id for the '<em><b>Irq Latency Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMING_PARAMETERS__IRQ_LATENCY_NS = 3;

	/**
	 * The feature id for the '<em><b>Tasklet Max Time Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMING_PARAMETERS__TASKLET_MAX_TIME_NS = 4;

	/**
	 * The feature id for the '<em><b>Wake Latency Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMING_PARAMETERS__WAKE_LATENCY_NS = 5;

	/**
	 * The feature id for the '<em><b>Resched Latency Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMING_PARAMETERS__RESCHED_LATENCY_NS = 6;

	/**
	 * The feature id for the '<em><b>Reap Cost Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMING_PARAMETERS__REAP_COST_NS = 7;

	/**
	 * The feature id for the '<em><b>Mux Cost Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMING_PARAMETERS__MUX_COST_NS = 8;

	/**
	 * The feature id for the '<em><b>Cm Id Alloc Cost Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMING_PARAMETERS__CM_ID_ALLOC_COST_NS = 9;

	/**
	 * The feature id for the '<em><b>Demux Cost Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMING_PARAMETERS__DEMUX_COST_NS = 10;

	/**
	 * The feature id for the '<em><b>Issue Cost Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMING_PARAMETERS__ISSUE_COST_NS = 11;

	/**
	 * The feature id for the '<em><b>Switch Hop Latency Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMING_PARAMETERS__SWITCH_HOP_LATENCY_NS = 12;

	/**
	 * The feature id for the '<em><b>Accept Cost Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMING_PARAMETERS__ACCEPT_COST_NS = 13;

	/**
	 * The feature id for the '<em><b>Cm Response Timeout</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMING_PARAMETERS__CM_RESPONSE_TIMEOUT = 14;

	/**
	 * The feature id for the '<em><b>Cm Max Retries</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMING_PARAMETERS__CM_MAX_RETRIES = 15;

	/**
	 * The feature id for the '<em><b>Sa Query Retries</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMING_PARAMETERS__SA_QUERY_RETRIES = 16;

	/**
	 * The feature id for the '<em><b>Mra Service Timeout</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMING_PARAMETERS__MRA_SERVICE_TIMEOUT = 17;

	/**
	 * The feature id for the '<em><b>Cm Id Cache Life Ms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMING_PARAMETERS__CM_ID_CACHE_LIFE_MS = 18;

	/**
	 * The feature id for the '<em><b>Distributions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMING_PARAMETERS__DISTRIBUTIONS = 19;

	/**
	 * The feature id for the '<em><b>Calibration Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMING_PARAMETERS__CALIBRATION_SOURCE = 20;

	/**
	 * The number of structural features of the '<em>Timing Parameters</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMING_PARAMETERS_FEATURE_COUNT = 21;

	/**
	 * The number of operations of the '<em>Timing Parameters</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMING_PARAMETERS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.hcastudio.model.impl.TimingDistributionImpl <em>Timing Distribution</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.hcastudio.model.impl.TimingDistributionImpl
	 * @see io.hcastudio.model.impl.HcaPackageImpl#getTimingDistribution()
	 * @generated
	 */
	int TIMING_DISTRIBUTION = 16;

	/**
	 * The feature id for the '<em><b>Parameter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMING_DISTRIBUTION__PARAMETER = 0;

	/**
	 * The feature id for the '<em><b>Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMING_DISTRIBUTION__EXPRESSION = 1;

	/**
	 * The number of structural features of the '<em>Timing Distribution</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMING_DISTRIBUTION_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Timing Distribution</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMING_DISTRIBUTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.hcastudio.model.impl.ScenarioImpl <em>Scenario</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.hcastudio.model.impl.ScenarioImpl
	 * @see io.hcastudio.model.impl.HcaPackageImpl#getScenario()
	 * @generated
	 */
	int SCENARIO = 17;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__DESCRIPTION = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Preset Override</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__PRESET_OVERRIDE = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Workloads</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__WORKLOADS = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Run Settings</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__RUN_SETTINGS = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Studies</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__STUDIES = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Timing</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__TIMING = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Faults</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__FAULTS = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Events</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__EVENTS = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Reactions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__REACTIONS = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Scenario</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Scenario</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.hcastudio.model.impl.WorkloadImpl <em>Workload</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.hcastudio.model.impl.WorkloadImpl
	 * @see io.hcastudio.model.impl.HcaPackageImpl#getWorkload()
	 * @generated
	 */
	int WORKLOAD = 18;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKLOAD__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Function</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKLOAD__FUNCTION = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Port Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKLOAD__PORT_NUMBER = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Start Time Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKLOAD__START_TIME_NS = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Workload</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKLOAD_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Workload</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKLOAD_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.hcastudio.model.impl.OutboundBurstImpl <em>Outbound Burst</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.hcastudio.model.impl.OutboundBurstImpl
	 * @see io.hcastudio.model.impl.HcaPackageImpl#getOutboundBurst()
	 * @generated
	 */
	int OUTBOUND_BURST = 19;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTBOUND_BURST__NAME = WORKLOAD__NAME;

	/**
	 * The feature id for the '<em><b>Function</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTBOUND_BURST__FUNCTION = WORKLOAD__FUNCTION;

	/**
	 * The feature id for the '<em><b>Port Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTBOUND_BURST__PORT_NUMBER = WORKLOAD__PORT_NUMBER;

	/**
	 * The feature id for the '<em><b>Start Time Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTBOUND_BURST__START_TIME_NS = WORKLOAD__START_TIME_NS;

	/**
	 * The feature id for the '<em><b>Mad Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTBOUND_BURST__MAD_COUNT = WORKLOAD_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Outbound Burst</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTBOUND_BURST_FEATURE_COUNT = WORKLOAD_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Outbound Burst</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTBOUND_BURST_OPERATION_COUNT = WORKLOAD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.hcastudio.model.impl.InboundBurstImpl <em>Inbound Burst</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.hcastudio.model.impl.InboundBurstImpl
	 * @see io.hcastudio.model.impl.HcaPackageImpl#getInboundBurst()
	 * @generated
	 */
	int INBOUND_BURST = 20;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INBOUND_BURST__NAME = WORKLOAD__NAME;

	/**
	 * The feature id for the '<em><b>Function</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INBOUND_BURST__FUNCTION = WORKLOAD__FUNCTION;

	/**
	 * The feature id for the '<em><b>Port Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INBOUND_BURST__PORT_NUMBER = WORKLOAD__PORT_NUMBER;

	/**
	 * The feature id for the '<em><b>Start Time Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INBOUND_BURST__START_TIME_NS = WORKLOAD__START_TIME_NS;

	/**
	 * The feature id for the '<em><b>Mad Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INBOUND_BURST__MAD_COUNT = WORKLOAD_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Inbound Burst</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INBOUND_BURST_FEATURE_COUNT = WORKLOAD_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Inbound Burst</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INBOUND_BURST_OPERATION_COUNT = WORKLOAD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.hcastudio.model.impl.CmtimeInstanceImpl <em>Cmtime Instance</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.hcastudio.model.impl.CmtimeInstanceImpl
	 * @see io.hcastudio.model.impl.HcaPackageImpl#getCmtimeInstance()
	 * @generated
	 */
	int CMTIME_INSTANCE = 21;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CMTIME_INSTANCE__NAME = WORKLOAD__NAME;

	/**
	 * The feature id for the '<em><b>Function</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CMTIME_INSTANCE__FUNCTION = WORKLOAD__FUNCTION;

	/**
	 * The feature id for the '<em><b>Port Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CMTIME_INSTANCE__PORT_NUMBER = WORKLOAD__PORT_NUMBER;

	/**
	 * The feature id for the '<em><b>Start Time Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CMTIME_INSTANCE__START_TIME_NS = WORKLOAD__START_TIME_NS;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CMTIME_INSTANCE__ROLE = WORKLOAD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Peer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CMTIME_INSTANCE__PEER = WORKLOAD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Connections</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CMTIME_INSTANCE__CONNECTIONS = WORKLOAD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Timeout Ms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CMTIME_INSTANCE__TIMEOUT_MS = WORKLOAD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Retries</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CMTIME_INSTANCE__RETRIES = WORKLOAD_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Cmtime Instance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CMTIME_INSTANCE_FEATURE_COUNT = WORKLOAD_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Cmtime Instance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CMTIME_INSTANCE_OPERATION_COUNT = WORKLOAD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.hcastudio.model.impl.InboundFanInImpl <em>Inbound Fan In</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.hcastudio.model.impl.InboundFanInImpl
	 * @see io.hcastudio.model.impl.HcaPackageImpl#getInboundFanIn()
	 * @generated
	 */
	int INBOUND_FAN_IN = 22;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INBOUND_FAN_IN__NAME = WORKLOAD__NAME;

	/**
	 * The feature id for the '<em><b>Function</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INBOUND_FAN_IN__FUNCTION = WORKLOAD__FUNCTION;

	/**
	 * The feature id for the '<em><b>Port Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INBOUND_FAN_IN__PORT_NUMBER = WORKLOAD__PORT_NUMBER;

	/**
	 * The feature id for the '<em><b>Start Time Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INBOUND_FAN_IN__START_TIME_NS = WORKLOAD__START_TIME_NS;

	/**
	 * The feature id for the '<em><b>Peer Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INBOUND_FAN_IN__PEER_COUNT = WORKLOAD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Mads Per Peer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INBOUND_FAN_IN__MADS_PER_PEER = WORKLOAD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Interval Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INBOUND_FAN_IN__INTERVAL_NS = WORKLOAD_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Inbound Fan In</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INBOUND_FAN_IN_FEATURE_COUNT = WORKLOAD_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Inbound Fan In</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INBOUND_FAN_IN_OPERATION_COUNT = WORKLOAD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.hcastudio.model.impl.FaultImpl <em>Fault</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.hcastudio.model.impl.FaultImpl
	 * @see io.hcastudio.model.impl.HcaPackageImpl#getFault()
	 * @generated
	 */
	int FAULT = 23;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAULT__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Start Time Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAULT__START_TIME_NS = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Duration Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAULT__DURATION_NS = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Fault</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAULT_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Fault</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FAULT_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.hcastudio.model.impl.LinkFaultImpl <em>Link Fault</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.hcastudio.model.impl.LinkFaultImpl
	 * @see io.hcastudio.model.impl.HcaPackageImpl#getLinkFault()
	 * @generated
	 */
	int LINK_FAULT = 24;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_FAULT__NAME = FAULT__NAME;

	/**
	 * The feature id for the '<em><b>Start Time Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_FAULT__START_TIME_NS = FAULT__START_TIME_NS;

	/**
	 * The feature id for the '<em><b>Duration Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_FAULT__DURATION_NS = FAULT__DURATION_NS;

	/**
	 * The feature id for the '<em><b>Link</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_FAULT__LINK = FAULT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Port</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_FAULT__PORT = FAULT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Down</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_FAULT__DOWN = FAULT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Loss Probability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_FAULT__LOSS_PROBABILITY = FAULT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Extra Latency Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_FAULT__EXTRA_LATENCY_NS = FAULT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Link Fault</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_FAULT_FEATURE_COUNT = FAULT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Link Fault</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_FAULT_OPERATION_COUNT = FAULT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.hcastudio.model.impl.KworkerStallFaultImpl <em>Kworker Stall Fault</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.hcastudio.model.impl.KworkerStallFaultImpl
	 * @see io.hcastudio.model.impl.HcaPackageImpl#getKworkerStallFault()
	 * @generated
	 */
	int KWORKER_STALL_FAULT = 25;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KWORKER_STALL_FAULT__NAME = FAULT__NAME;

	/**
	 * The feature id for the '<em><b>Start Time Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KWORKER_STALL_FAULT__START_TIME_NS = FAULT__START_TIME_NS;

	/**
	 * The feature id for the '<em><b>Duration Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KWORKER_STALL_FAULT__DURATION_NS = FAULT__DURATION_NS;

	/**
	 * The feature id for the '<em><b>Hca</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KWORKER_STALL_FAULT__HCA = FAULT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Cpus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KWORKER_STALL_FAULT__CPUS = FAULT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Kworker Stall Fault</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KWORKER_STALL_FAULT_FEATURE_COUNT = FAULT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Kworker Stall Fault</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KWORKER_STALL_FAULT_OPERATION_COUNT = FAULT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.hcastudio.model.impl.SmOutageFaultImpl <em>Sm Outage Fault</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.hcastudio.model.impl.SmOutageFaultImpl
	 * @see io.hcastudio.model.impl.HcaPackageImpl#getSmOutageFault()
	 * @generated
	 */
	int SM_OUTAGE_FAULT = 26;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SM_OUTAGE_FAULT__NAME = FAULT__NAME;

	/**
	 * The feature id for the '<em><b>Start Time Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SM_OUTAGE_FAULT__START_TIME_NS = FAULT__START_TIME_NS;

	/**
	 * The feature id for the '<em><b>Duration Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SM_OUTAGE_FAULT__DURATION_NS = FAULT__DURATION_NS;

	/**
	 * The number of structural features of the '<em>Sm Outage Fault</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SM_OUTAGE_FAULT_FEATURE_COUNT = FAULT_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Sm Outage Fault</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SM_OUTAGE_FAULT_OPERATION_COUNT = FAULT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.hcastudio.model.impl.SaSlowdownFaultImpl <em>Sa Slowdown Fault</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.hcastudio.model.impl.SaSlowdownFaultImpl
	 * @see io.hcastudio.model.impl.HcaPackageImpl#getSaSlowdownFault()
	 * @generated
	 */
	int SA_SLOWDOWN_FAULT = 27;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SA_SLOWDOWN_FAULT__NAME = FAULT__NAME;

	/**
	 * The feature id for the '<em><b>Start Time Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SA_SLOWDOWN_FAULT__START_TIME_NS = FAULT__START_TIME_NS;

	/**
	 * The feature id for the '<em><b>Duration Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SA_SLOWDOWN_FAULT__DURATION_NS = FAULT__DURATION_NS;

	/**
	 * The feature id for the '<em><b>Extra Service Time Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SA_SLOWDOWN_FAULT__EXTRA_SERVICE_TIME_NS = FAULT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Queue Capacity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SA_SLOWDOWN_FAULT__QUEUE_CAPACITY = FAULT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Sa Slowdown Fault</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SA_SLOWDOWN_FAULT_FEATURE_COUNT = FAULT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Sa Slowdown Fault</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SA_SLOWDOWN_FAULT_OPERATION_COUNT = FAULT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.hcastudio.model.impl.FunctionResetFaultImpl <em>Function Reset Fault</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.hcastudio.model.impl.FunctionResetFaultImpl
	 * @see io.hcastudio.model.impl.HcaPackageImpl#getFunctionResetFault()
	 * @generated
	 */
	int FUNCTION_RESET_FAULT = 28;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNCTION_RESET_FAULT__NAME = FAULT__NAME;

	/**
	 * The feature id for the '<em><b>Start Time Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNCTION_RESET_FAULT__START_TIME_NS = FAULT__START_TIME_NS;

	/**
	 * The feature id for the '<em><b>Duration Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNCTION_RESET_FAULT__DURATION_NS = FAULT__DURATION_NS;

	/**
	 * The feature id for the '<em><b>Function</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNCTION_RESET_FAULT__FUNCTION = FAULT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Function Reset Fault</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNCTION_RESET_FAULT_FEATURE_COUNT = FAULT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Function Reset Fault</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNCTION_RESET_FAULT_OPERATION_COUNT = FAULT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.hcastudio.model.impl.NetworkEventImpl <em>Network Event</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.hcastudio.model.impl.NetworkEventImpl
	 * @see io.hcastudio.model.impl.HcaPackageImpl#getNetworkEvent()
	 * @generated
	 */
	int NETWORK_EVENT = 29;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_EVENT__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Time Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_EVENT__TIME_NS = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Network Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_EVENT_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Network Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_EVENT_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.hcastudio.model.impl.LinkEventImpl <em>Link Event</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.hcastudio.model.impl.LinkEventImpl
	 * @see io.hcastudio.model.impl.HcaPackageImpl#getLinkEvent()
	 * @generated
	 */
	int LINK_EVENT = 30;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_EVENT__NAME = NETWORK_EVENT__NAME;

	/**
	 * The feature id for the '<em><b>Time Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_EVENT__TIME_NS = NETWORK_EVENT__TIME_NS;

	/**
	 * The feature id for the '<em><b>Link</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_EVENT__LINK = NETWORK_EVENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Port</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_EVENT__PORT = NETWORK_EVENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Fabric Switch</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_EVENT__FABRIC_SWITCH = NETWORK_EVENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Down Duration Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_EVENT__DOWN_DURATION_NS = NETWORK_EVENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Link Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_EVENT_FEATURE_COUNT = NETWORK_EVENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Link Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_EVENT_OPERATION_COUNT = NETWORK_EVENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.hcastudio.model.impl.SmEventImpl <em>Sm Event</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.hcastudio.model.impl.SmEventImpl
	 * @see io.hcastudio.model.impl.HcaPackageImpl#getSmEvent()
	 * @generated
	 */
	int SM_EVENT = 31;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SM_EVENT__NAME = NETWORK_EVENT__NAME;

	/**
	 * The feature id for the '<em><b>Time Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SM_EVENT__TIME_NS = NETWORK_EVENT__TIME_NS;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SM_EVENT__KIND = NETWORK_EVENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Failover Gap Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SM_EVENT__FAILOVER_GAP_NS = NETWORK_EVENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Sm Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SM_EVENT_FEATURE_COUNT = NETWORK_EVENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Sm Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SM_EVENT_OPERATION_COUNT = NETWORK_EVENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.hcastudio.model.impl.PortChangeEventImpl <em>Port Change Event</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.hcastudio.model.impl.PortChangeEventImpl
	 * @see io.hcastudio.model.impl.HcaPackageImpl#getPortChangeEvent()
	 * @generated
	 */
	int PORT_CHANGE_EVENT = 32;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT_CHANGE_EVENT__NAME = NETWORK_EVENT__NAME;

	/**
	 * The feature id for the '<em><b>Time Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT_CHANGE_EVENT__TIME_NS = NETWORK_EVENT__TIME_NS;

	/**
	 * The feature id for the '<em><b>Port</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT_CHANGE_EVENT__PORT = NETWORK_EVENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Change</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT_CHANGE_EVENT__CHANGE = NETWORK_EVENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Port Change Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT_CHANGE_EVENT_FEATURE_COUNT = NETWORK_EVENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Port Change Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT_CHANGE_EVENT_OPERATION_COUNT = NETWORK_EVENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.hcastudio.model.impl.StackReactionImpl <em>Stack Reaction</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.hcastudio.model.impl.StackReactionImpl
	 * @see io.hcastudio.model.impl.HcaPackageImpl#getStackReaction()
	 * @generated
	 */
	int STACK_REACTION = 33;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STACK_REACTION__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Function</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STACK_REACTION__FUNCTION = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Multicast Groups</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STACK_REACTION__MULTICAST_GROUPS = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Neighbours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STACK_REACTION__NEIGHBOURS = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Connections</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STACK_REACTION__CONNECTIONS = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Peer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STACK_REACTION__PEER = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Stack Reaction</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STACK_REACTION_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Stack Reaction</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STACK_REACTION_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.hcastudio.model.impl.RunSettingsImpl <em>Run Settings</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.hcastudio.model.impl.RunSettingsImpl
	 * @see io.hcastudio.model.impl.HcaPackageImpl#getRunSettings()
	 * @generated
	 */
	int RUN_SETTINGS = 34;

	/**
	 * The feature id for the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_SETTINGS__SEED = 0;

	/**
	 * The feature id for the '<em><b>Stop Time Ms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_SETTINGS__STOP_TIME_MS = 1;

	/**
	 * The feature id for the '<em><b>Replications</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_SETTINGS__REPLICATIONS = 2;

	/**
	 * The feature id for the '<em><b>Randomize Ties</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_SETTINGS__RANDOMIZE_TIES = 3;

	/**
	 * The number of structural features of the '<em>Run Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_SETTINGS_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Run Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_SETTINGS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.hcastudio.model.impl.StudyImpl <em>Study</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.hcastudio.model.impl.StudyImpl
	 * @see io.hcastudio.model.impl.HcaPackageImpl#getStudy()
	 * @generated
	 */
	int STUDY = 35;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__PARAMETERS = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__KIND = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Profiles</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__PROFILES = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Study</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Study</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.hcastudio.model.impl.SweepParameterImpl <em>Sweep Parameter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.hcastudio.model.impl.SweepParameterImpl
	 * @see io.hcastudio.model.impl.HcaPackageImpl#getSweepParameter()
	 * @generated
	 */
	int SWEEP_PARAMETER = 36;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_PARAMETER__KEY = 0;

	/**
	 * The feature id for the '<em><b>Values</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_PARAMETER__VALUES = 1;

	/**
	 * The number of structural features of the '<em>Sweep Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_PARAMETER_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Sweep Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_PARAMETER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.hcastudio.model.SmEventKind <em>Sm Event Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.hcastudio.model.SmEventKind
	 * @see io.hcastudio.model.impl.HcaPackageImpl#getSmEventKind()
	 * @generated
	 */
	int SM_EVENT_KIND = 37;

	/**
	 * The meta object id for the '{@link io.hcastudio.model.PortChangeKind <em>Port Change Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.hcastudio.model.PortChangeKind
	 * @see io.hcastudio.model.impl.HcaPackageImpl#getPortChangeKind()
	 * @generated
	 */
	int PORT_CHANGE_KIND = 38;

	/**
	 * The meta object id for the '{@link io.hcastudio.model.LinkLayer <em>Link Layer</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.hcastudio.model.LinkLayer
	 * @see io.hcastudio.model.impl.HcaPackageImpl#getLinkLayer()
	 * @generated
	 */
	int LINK_LAYER = 39;

	/**
	 * The meta object id for the '{@link io.hcastudio.model.LinkWidth <em>Link Width</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.hcastudio.model.LinkWidth
	 * @see io.hcastudio.model.impl.HcaPackageImpl#getLinkWidth()
	 * @generated
	 */
	int LINK_WIDTH = 40;

	/**
	 * The meta object id for the '{@link io.hcastudio.model.LinkSpeed <em>Link Speed</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.hcastudio.model.LinkSpeed
	 * @see io.hcastudio.model.impl.HcaPackageImpl#getLinkSpeed()
	 * @generated
	 */
	int LINK_SPEED = 41;

	/**
	 * The meta object id for the '{@link io.hcastudio.model.FunctionOwner <em>Function Owner</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.hcastudio.model.FunctionOwner
	 * @see io.hcastudio.model.impl.HcaPackageImpl#getFunctionOwner()
	 * @generated
	 */
	int FUNCTION_OWNER = 42;

	/**
	 * The meta object id for the '{@link io.hcastudio.model.ProfilePreset <em>Profile Preset</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.hcastudio.model.ProfilePreset
	 * @see io.hcastudio.model.impl.HcaPackageImpl#getProfilePreset()
	 * @generated
	 */
	int PROFILE_PRESET = 43;

	/**
	 * The meta object id for the '{@link io.hcastudio.model.WorkQueueMode <em>Work Queue Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.hcastudio.model.WorkQueueMode
	 * @see io.hcastudio.model.impl.HcaPackageImpl#getWorkQueueMode()
	 * @generated
	 */
	int WORK_QUEUE_MODE = 44;

	/**
	 * The meta object id for the '{@link io.hcastudio.model.StudyKind <em>Study Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.hcastudio.model.StudyKind
	 * @see io.hcastudio.model.impl.HcaPackageImpl#getStudyKind()
	 * @generated
	 */
	int STUDY_KIND = 45;

	/**
	 * The meta object id for the '{@link io.hcastudio.model.CmtimeRole <em>Cmtime Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.hcastudio.model.CmtimeRole
	 * @see io.hcastudio.model.impl.HcaPackageImpl#getCmtimeRole()
	 * @generated
	 */
	int CMTIME_ROLE = 46;

	/**
	 * The meta object id for the '<em>Guid</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.hcastudio.model.impl.HcaPackageImpl#getGuid()
	 * @generated
	 */
	int GUID = 47;


	/**
	 * Returns the meta object for class '{@link io.hcastudio.model.NamedElement <em>Named Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Named Element</em>'.
	 * @see io.hcastudio.model.NamedElement
	 * @generated
	 */
	EClass getNamedElement();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.NamedElement#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.hcastudio.model.NamedElement#getName()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_Name();

	/**
	 * Returns the meta object for class '{@link io.hcastudio.model.NodeElement <em>Node Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Node Element</em>'.
	 * @see io.hcastudio.model.NodeElement
	 * @generated
	 */
	EClass getNodeElement();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.NodeElement#getX <em>X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X</em>'.
	 * @see io.hcastudio.model.NodeElement#getX()
	 * @see #getNodeElement()
	 * @generated
	 */
	EAttribute getNodeElement_X();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.NodeElement#getY <em>Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Y</em>'.
	 * @see io.hcastudio.model.NodeElement#getY()
	 * @see #getNodeElement()
	 * @generated
	 */
	EAttribute getNodeElement_Y();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.NodeElement#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see io.hcastudio.model.NodeElement#getWidth()
	 * @see #getNodeElement()
	 * @generated
	 */
	EAttribute getNodeElement_Width();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.NodeElement#getHeight <em>Height</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Height</em>'.
	 * @see io.hcastudio.model.NodeElement#getHeight()
	 * @see #getNodeElement()
	 * @generated
	 */
	EAttribute getNodeElement_Height();

	/**
	 * Returns the meta object for class '{@link io.hcastudio.model.Topology <em>Topology</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Topology</em>'.
	 * @see io.hcastudio.model.Topology
	 * @generated
	 */
	EClass getTopology();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.Topology#getFormatVersion <em>Format Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format Version</em>'.
	 * @see io.hcastudio.model.Topology#getFormatVersion()
	 * @see #getTopology()
	 * @generated
	 */
	EAttribute getTopology_FormatVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.Topology#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see io.hcastudio.model.Topology#getDescription()
	 * @see #getTopology()
	 * @generated
	 */
	EAttribute getTopology_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link io.hcastudio.model.Topology#getHosts <em>Hosts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Hosts</em>'.
	 * @see io.hcastudio.model.Topology#getHosts()
	 * @see #getTopology()
	 * @generated
	 */
	EReference getTopology_Hosts();

	/**
	 * Returns the meta object for the containment reference list '{@link io.hcastudio.model.Topology#getSwitches <em>Switches</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Switches</em>'.
	 * @see io.hcastudio.model.Topology#getSwitches()
	 * @see #getTopology()
	 * @generated
	 */
	EReference getTopology_Switches();

	/**
	 * Returns the meta object for the containment reference list '{@link io.hcastudio.model.Topology#getRouters <em>Routers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Routers</em>'.
	 * @see io.hcastudio.model.Topology#getRouters()
	 * @see #getTopology()
	 * @generated
	 */
	EReference getTopology_Routers();

	/**
	 * Returns the meta object for the containment reference list '{@link io.hcastudio.model.Topology#getLinks <em>Links</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Links</em>'.
	 * @see io.hcastudio.model.Topology#getLinks()
	 * @see #getTopology()
	 * @generated
	 */
	EReference getTopology_Links();

	/**
	 * Returns the meta object for the containment reference '{@link io.hcastudio.model.Topology#getSubnetManager <em>Subnet Manager</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Subnet Manager</em>'.
	 * @see io.hcastudio.model.Topology#getSubnetManager()
	 * @see #getTopology()
	 * @generated
	 */
	EReference getTopology_SubnetManager();

	/**
	 * Returns the meta object for the containment reference list '{@link io.hcastudio.model.Topology#getScenarios <em>Scenarios</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Scenarios</em>'.
	 * @see io.hcastudio.model.Topology#getScenarios()
	 * @see #getTopology()
	 * @generated
	 */
	EReference getTopology_Scenarios();

	/**
	 * Returns the meta object for the '{@link io.hcastudio.model.Topology#allHcas() <em>All Hcas</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>All Hcas</em>' operation.
	 * @see io.hcastudio.model.Topology#allHcas()
	 * @generated
	 */
	EOperation getTopology__AllHcas();

	/**
	 * Returns the meta object for the '{@link io.hcastudio.model.Topology#allFabricNodes() <em>All Fabric Nodes</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>All Fabric Nodes</em>' operation.
	 * @see io.hcastudio.model.Topology#allFabricNodes()
	 * @generated
	 */
	EOperation getTopology__AllFabricNodes();

	/**
	 * Returns the meta object for the '{@link io.hcastudio.model.Topology#linkOf(io.hcastudio.model.Port) <em>Link Of</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Link Of</em>' operation.
	 * @see io.hcastudio.model.Topology#linkOf(io.hcastudio.model.Port)
	 * @generated
	 */
	EOperation getTopology__LinkOf__Port();

	/**
	 * Returns the meta object for the '{@link io.hcastudio.model.Topology#interfaceOf(io.hcastudio.model.PciFunction, int) <em>Interface Of</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Interface Of</em>' operation.
	 * @see io.hcastudio.model.Topology#interfaceOf(io.hcastudio.model.PciFunction, int)
	 * @generated
	 */
	EOperation getTopology__InterfaceOf__PciFunction_int();

	/**
	 * Returns the meta object for class '{@link io.hcastudio.model.Host <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Host</em>'.
	 * @see io.hcastudio.model.Host
	 * @generated
	 */
	EClass getHost();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.Host#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see io.hcastudio.model.Host#getDescription()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link io.hcastudio.model.Host#getHcas <em>Hcas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Hcas</em>'.
	 * @see io.hcastudio.model.Host#getHcas()
	 * @see #getHost()
	 * @generated
	 */
	EReference getHost_Hcas();

	/**
	 * Returns the meta object for the containment reference list '{@link io.hcastudio.model.Host#getVirtualMachines <em>Virtual Machines</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Virtual Machines</em>'.
	 * @see io.hcastudio.model.Host#getVirtualMachines()
	 * @see #getHost()
	 * @generated
	 */
	EReference getHost_VirtualMachines();

	/**
	 * Returns the meta object for class '{@link io.hcastudio.model.FabricNode <em>Fabric Node</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Fabric Node</em>'.
	 * @see io.hcastudio.model.FabricNode
	 * @generated
	 */
	EClass getFabricNode();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.FabricNode#getNodeGuid <em>Node Guid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Node Guid</em>'.
	 * @see io.hcastudio.model.FabricNode#getNodeGuid()
	 * @see #getFabricNode()
	 * @generated
	 */
	EAttribute getFabricNode_NodeGuid();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.FabricNode#getSystemImageGuid <em>System Image Guid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>System Image Guid</em>'.
	 * @see io.hcastudio.model.FabricNode#getSystemImageGuid()
	 * @see #getFabricNode()
	 * @generated
	 */
	EAttribute getFabricNode_SystemImageGuid();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.FabricNode#getNodeDescription <em>Node Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Node Description</em>'.
	 * @see io.hcastudio.model.FabricNode#getNodeDescription()
	 * @see #getFabricNode()
	 * @generated
	 */
	EAttribute getFabricNode_NodeDescription();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.FabricNode#getVendorId <em>Vendor Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vendor Id</em>'.
	 * @see io.hcastudio.model.FabricNode#getVendorId()
	 * @see #getFabricNode()
	 * @generated
	 */
	EAttribute getFabricNode_VendorId();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.FabricNode#getDeviceId <em>Device Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Device Id</em>'.
	 * @see io.hcastudio.model.FabricNode#getDeviceId()
	 * @see #getFabricNode()
	 * @generated
	 */
	EAttribute getFabricNode_DeviceId();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.FabricNode#getPortCount <em>Port Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Port Count</em>'.
	 * @see io.hcastudio.model.FabricNode#getPortCount()
	 * @see #getFabricNode()
	 * @generated
	 */
	EAttribute getFabricNode_PortCount();

	/**
	 * Returns the meta object for the containment reference list '{@link io.hcastudio.model.FabricNode#getPorts <em>Ports</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Ports</em>'.
	 * @see io.hcastudio.model.FabricNode#getPorts()
	 * @see #getFabricNode()
	 * @generated
	 */
	EReference getFabricNode_Ports();

	/**
	 * Returns the meta object for the '{@link io.hcastudio.model.FabricNode#port(int) <em>Port</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Port</em>' operation.
	 * @see io.hcastudio.model.FabricNode#port(int)
	 * @generated
	 */
	EOperation getFabricNode__Port__int();

	/**
	 * Returns the meta object for class '{@link io.hcastudio.model.Hca <em>Hca</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Hca</em>'.
	 * @see io.hcastudio.model.Hca
	 * @generated
	 */
	EClass getHca();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.Hca#getModelName <em>Model Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Model Name</em>'.
	 * @see io.hcastudio.model.Hca#getModelName()
	 * @see #getHca()
	 * @generated
	 */
	EAttribute getHca_ModelName();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.Hca#getMaxVirtualFunctions <em>Max Virtual Functions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Virtual Functions</em>'.
	 * @see io.hcastudio.model.Hca#getMaxVirtualFunctions()
	 * @see #getHca()
	 * @generated
	 */
	EAttribute getHca_MaxVirtualFunctions();

	/**
	 * Returns the meta object for the container reference '{@link io.hcastudio.model.Hca#getHost <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Host</em>'.
	 * @see io.hcastudio.model.Hca#getHost()
	 * @see #getHca()
	 * @generated
	 */
	EReference getHca_Host();

	/**
	 * Returns the meta object for the containment reference list '{@link io.hcastudio.model.Hca#getFunctions <em>Functions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Functions</em>'.
	 * @see io.hcastudio.model.Hca#getFunctions()
	 * @see #getHca()
	 * @generated
	 */
	EReference getHca_Functions();

	/**
	 * Returns the meta object for the containment reference '{@link io.hcastudio.model.Hca#getDriverProfile <em>Driver Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Driver Profile</em>'.
	 * @see io.hcastudio.model.Hca#getDriverProfile()
	 * @see #getHca()
	 * @generated
	 */
	EReference getHca_DriverProfile();

	/**
	 * Returns the meta object for the '{@link io.hcastudio.model.Hca#physicalFunction() <em>Physical Function</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Physical Function</em>' operation.
	 * @see io.hcastudio.model.Hca#physicalFunction()
	 * @generated
	 */
	EOperation getHca__PhysicalFunction();

	/**
	 * Returns the meta object for the '{@link io.hcastudio.model.Hca#virtualFunctions() <em>Virtual Functions</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Virtual Functions</em>' operation.
	 * @see io.hcastudio.model.Hca#virtualFunctions()
	 * @generated
	 */
	EOperation getHca__VirtualFunctions();

	/**
	 * Returns the meta object for class '{@link io.hcastudio.model.Switch <em>Switch</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Switch</em>'.
	 * @see io.hcastudio.model.Switch
	 * @generated
	 */
	EClass getSwitch();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.Switch#getLid <em>Lid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lid</em>'.
	 * @see io.hcastudio.model.Switch#getLid()
	 * @see #getSwitch()
	 * @generated
	 */
	EAttribute getSwitch_Lid();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.Switch#getLmc <em>Lmc</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lmc</em>'.
	 * @see io.hcastudio.model.Switch#getLmc()
	 * @see #getSwitch()
	 * @generated
	 */
	EAttribute getSwitch_Lmc();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.Switch#isEnhancedPort0 <em>Enhanced Port0</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enhanced Port0</em>'.
	 * @see io.hcastudio.model.Switch#isEnhancedPort0()
	 * @see #getSwitch()
	 * @generated
	 */
	EAttribute getSwitch_EnhancedPort0();

	/**
	 * Returns the meta object for class '{@link io.hcastudio.model.Router <em>Router</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Router</em>'.
	 * @see io.hcastudio.model.Router
	 * @generated
	 */
	EClass getRouter();

	/**
	 * Returns the meta object for class '{@link io.hcastudio.model.Port <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Port</em>'.
	 * @see io.hcastudio.model.Port
	 * @generated
	 */
	EClass getPort();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.Port#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see io.hcastudio.model.Port#getNumber()
	 * @see #getPort()
	 * @generated
	 */
	EAttribute getPort_Number();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.Port#getPortGuid <em>Port Guid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Port Guid</em>'.
	 * @see io.hcastudio.model.Port#getPortGuid()
	 * @see #getPort()
	 * @generated
	 */
	EAttribute getPort_PortGuid();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.Port#getLid <em>Lid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lid</em>'.
	 * @see io.hcastudio.model.Port#getLid()
	 * @see #getPort()
	 * @generated
	 */
	EAttribute getPort_Lid();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.Port#getLmc <em>Lmc</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lmc</em>'.
	 * @see io.hcastudio.model.Port#getLmc()
	 * @see #getPort()
	 * @generated
	 */
	EAttribute getPort_Lmc();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.Port#getLinkLayer <em>Link Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Link Layer</em>'.
	 * @see io.hcastudio.model.Port#getLinkLayer()
	 * @see #getPort()
	 * @generated
	 */
	EAttribute getPort_LinkLayer();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.Port#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see io.hcastudio.model.Port#getWidth()
	 * @see #getPort()
	 * @generated
	 */
	EAttribute getPort_Width();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.Port#getSpeed <em>Speed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Speed</em>'.
	 * @see io.hcastudio.model.Port#getSpeed()
	 * @see #getPort()
	 * @generated
	 */
	EAttribute getPort_Speed();

	/**
	 * Returns the meta object for the container reference '{@link io.hcastudio.model.Port#getNode <em>Node</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Node</em>'.
	 * @see io.hcastudio.model.Port#getNode()
	 * @see #getPort()
	 * @generated
	 */
	EReference getPort_Node();

	/**
	 * Returns the meta object for class '{@link io.hcastudio.model.Link <em>Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Link</em>'.
	 * @see io.hcastudio.model.Link
	 * @generated
	 */
	EClass getLink();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.Link#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see io.hcastudio.model.Link#getWidth()
	 * @see #getLink()
	 * @generated
	 */
	EAttribute getLink_Width();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.Link#getSpeed <em>Speed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Speed</em>'.
	 * @see io.hcastudio.model.Link#getSpeed()
	 * @see #getLink()
	 * @generated
	 */
	EAttribute getLink_Speed();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.Link#getLatencyNs <em>Latency Ns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Latency Ns</em>'.
	 * @see io.hcastudio.model.Link#getLatencyNs()
	 * @see #getLink()
	 * @generated
	 */
	EAttribute getLink_LatencyNs();

	/**
	 * Returns the meta object for the reference '{@link io.hcastudio.model.Link#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see io.hcastudio.model.Link#getSource()
	 * @see #getLink()
	 * @generated
	 */
	EReference getLink_Source();

	/**
	 * Returns the meta object for the reference '{@link io.hcastudio.model.Link#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see io.hcastudio.model.Link#getTarget()
	 * @see #getLink()
	 * @generated
	 */
	EReference getLink_Target();

	/**
	 * Returns the meta object for class '{@link io.hcastudio.model.SubnetManager <em>Subnet Manager</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Subnet Manager</em>'.
	 * @see io.hcastudio.model.SubnetManager
	 * @generated
	 */
	EClass getSubnetManager();

	/**
	 * Returns the meta object for the reference '{@link io.hcastudio.model.SubnetManager#getPort <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Port</em>'.
	 * @see io.hcastudio.model.SubnetManager#getPort()
	 * @see #getSubnetManager()
	 * @generated
	 */
	EReference getSubnetManager_Port();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.SubnetManager#getSaServiceTimeNs <em>Sa Service Time Ns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sa Service Time Ns</em>'.
	 * @see io.hcastudio.model.SubnetManager#getSaServiceTimeNs()
	 * @see #getSubnetManager()
	 * @generated
	 */
	EAttribute getSubnetManager_SaServiceTimeNs();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.SubnetManager#getSubnetTimeout <em>Subnet Timeout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subnet Timeout</em>'.
	 * @see io.hcastudio.model.SubnetManager#getSubnetTimeout()
	 * @see #getSubnetManager()
	 * @generated
	 */
	EAttribute getSubnetManager_SubnetTimeout();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.SubnetManager#getSaMaxQueueTimeMs <em>Sa Max Queue Time Ms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sa Max Queue Time Ms</em>'.
	 * @see io.hcastudio.model.SubnetManager#getSaMaxQueueTimeMs()
	 * @see #getSubnetManager()
	 * @generated
	 */
	EAttribute getSubnetManager_SaMaxQueueTimeMs();

	/**
	 * Returns the meta object for class '{@link io.hcastudio.model.PciFunction <em>Pci Function</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pci Function</em>'.
	 * @see io.hcastudio.model.PciFunction
	 * @generated
	 */
	EClass getPciFunction();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.PciFunction#getFunctionId <em>Function Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Function Id</em>'.
	 * @see io.hcastudio.model.PciFunction#getFunctionId()
	 * @see #getPciFunction()
	 * @generated
	 */
	EAttribute getPciFunction_FunctionId();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.PciFunction#getSlaveNumber <em>Slave Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Slave Number</em>'.
	 * @see io.hcastudio.model.PciFunction#getSlaveNumber()
	 * @see #getPciFunction()
	 * @generated
	 */
	EAttribute getPciFunction_SlaveNumber();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.PciFunction#getNodeGuid <em>Node Guid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Node Guid</em>'.
	 * @see io.hcastudio.model.PciFunction#getNodeGuid()
	 * @see #getPciFunction()
	 * @generated
	 */
	EAttribute getPciFunction_NodeGuid();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.PciFunction#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner</em>'.
	 * @see io.hcastudio.model.PciFunction#getOwner()
	 * @see #getPciFunction()
	 * @generated
	 */
	EAttribute getPciFunction_Owner();

	/**
	 * Returns the meta object for the reference '{@link io.hcastudio.model.PciFunction#getVirtualMachine <em>Virtual Machine</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Virtual Machine</em>'.
	 * @see io.hcastudio.model.PciFunction#getVirtualMachine()
	 * @see #getPciFunction()
	 * @generated
	 */
	EReference getPciFunction_VirtualMachine();

	/**
	 * Returns the meta object for the container reference '{@link io.hcastudio.model.PciFunction#getHca <em>Hca</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Hca</em>'.
	 * @see io.hcastudio.model.PciFunction#getHca()
	 * @see #getPciFunction()
	 * @generated
	 */
	EReference getPciFunction_Hca();

	/**
	 * Returns the meta object for the containment reference list '{@link io.hcastudio.model.PciFunction#getInterfaces <em>Interfaces</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Interfaces</em>'.
	 * @see io.hcastudio.model.PciFunction#getInterfaces()
	 * @see #getPciFunction()
	 * @generated
	 */
	EReference getPciFunction_Interfaces();

	/**
	 * Returns the meta object for the '{@link io.hcastudio.model.PciFunction#isPhysicalFunction() <em>Is Physical Function</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Is Physical Function</em>' operation.
	 * @see io.hcastudio.model.PciFunction#isPhysicalFunction()
	 * @generated
	 */
	EOperation getPciFunction__IsPhysicalFunction();

	/**
	 * Returns the meta object for the '{@link io.hcastudio.model.PciFunction#interfaceOn(int) <em>Interface On</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Interface On</em>' operation.
	 * @see io.hcastudio.model.PciFunction#interfaceOn(int)
	 * @generated
	 */
	EOperation getPciFunction__InterfaceOn__int();

	/**
	 * Returns the meta object for class '{@link io.hcastudio.model.FunctionInterface <em>Function Interface</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Function Interface</em>'.
	 * @see io.hcastudio.model.FunctionInterface
	 * @generated
	 */
	EClass getFunctionInterface();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.FunctionInterface#getPortNumber <em>Port Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Port Number</em>'.
	 * @see io.hcastudio.model.FunctionInterface#getPortNumber()
	 * @see #getFunctionInterface()
	 * @generated
	 */
	EAttribute getFunctionInterface_PortNumber();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.FunctionInterface#getAliasGuid <em>Alias Guid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Alias Guid</em>'.
	 * @see io.hcastudio.model.FunctionInterface#getAliasGuid()
	 * @see #getFunctionInterface()
	 * @generated
	 */
	EAttribute getFunctionInterface_AliasGuid();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.FunctionInterface#getIpoibName <em>Ipoib Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ipoib Name</em>'.
	 * @see io.hcastudio.model.FunctionInterface#getIpoibName()
	 * @see #getFunctionInterface()
	 * @generated
	 */
	EAttribute getFunctionInterface_IpoibName();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.FunctionInterface#getIpAddress <em>Ip Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ip Address</em>'.
	 * @see io.hcastudio.model.FunctionInterface#getIpAddress()
	 * @see #getFunctionInterface()
	 * @generated
	 */
	EAttribute getFunctionInterface_IpAddress();

	/**
	 * Returns the meta object for the container reference '{@link io.hcastudio.model.FunctionInterface#getFunction <em>Function</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Function</em>'.
	 * @see io.hcastudio.model.FunctionInterface#getFunction()
	 * @see #getFunctionInterface()
	 * @generated
	 */
	EReference getFunctionInterface_Function();

	/**
	 * Returns the meta object for class '{@link io.hcastudio.model.VirtualMachine <em>Virtual Machine</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Virtual Machine</em>'.
	 * @see io.hcastudio.model.VirtualMachine
	 * @generated
	 */
	EClass getVirtualMachine();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.VirtualMachine#getVcpus <em>Vcpus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vcpus</em>'.
	 * @see io.hcastudio.model.VirtualMachine#getVcpus()
	 * @see #getVirtualMachine()
	 * @generated
	 */
	EAttribute getVirtualMachine_Vcpus();

	/**
	 * Returns the meta object for the container reference '{@link io.hcastudio.model.VirtualMachine#getHost <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Host</em>'.
	 * @see io.hcastudio.model.VirtualMachine#getHost()
	 * @see #getVirtualMachine()
	 * @generated
	 */
	EReference getVirtualMachine_Host();

	/**
	 * Returns the meta object for the reference list '{@link io.hcastudio.model.VirtualMachine#getFunctions <em>Functions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Functions</em>'.
	 * @see io.hcastudio.model.VirtualMachine#getFunctions()
	 * @see #getVirtualMachine()
	 * @generated
	 */
	EReference getVirtualMachine_Functions();

	/**
	 * Returns the meta object for class '{@link io.hcastudio.model.DriverProfile <em>Driver Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Driver Profile</em>'.
	 * @see io.hcastudio.model.DriverProfile
	 * @generated
	 */
	EClass getDriverProfile();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.DriverProfile#getPreset <em>Preset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Preset</em>'.
	 * @see io.hcastudio.model.DriverProfile#getPreset()
	 * @see #getDriverProfile()
	 * @generated
	 */
	EAttribute getDriverProfile_Preset();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.DriverProfile#getWireRingSize <em>Wire Ring Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Wire Ring Size</em>'.
	 * @see io.hcastudio.model.DriverProfile#getWireRingSize()
	 * @see #getDriverProfile()
	 * @generated
	 */
	EAttribute getDriverProfile_WireRingSize();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.DriverProfile#getTunnelRingSize <em>Tunnel Ring Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tunnel Ring Size</em>'.
	 * @see io.hcastudio.model.DriverProfile#getTunnelRingSize()
	 * @see #getDriverProfile()
	 * @generated
	 */
	EAttribute getDriverProfile_TunnelRingSize();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.DriverProfile#getWorkQueueMode <em>Work Queue Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Work Queue Mode</em>'.
	 * @see io.hcastudio.model.DriverProfile#getWorkQueueMode()
	 * @see #getDriverProfile()
	 * @generated
	 */
	EAttribute getDriverProfile_WorkQueueMode();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.DriverProfile#getMadSendQueueSize <em>Mad Send Queue Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mad Send Queue Size</em>'.
	 * @see io.hcastudio.model.DriverProfile#getMadSendQueueSize()
	 * @see #getDriverProfile()
	 * @generated
	 */
	EAttribute getDriverProfile_MadSendQueueSize();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.DriverProfile#getMadRecvQueueSize <em>Mad Recv Queue Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mad Recv Queue Size</em>'.
	 * @see io.hcastudio.model.DriverProfile#getMadRecvQueueSize()
	 * @see #getDriverProfile()
	 * @generated
	 */
	EAttribute getDriverProfile_MadRecvQueueSize();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.DriverProfile#getKworkerCpus <em>Kworker Cpus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kworker Cpus</em>'.
	 * @see io.hcastudio.model.DriverProfile#getKworkerCpus()
	 * @see #getDriverProfile()
	 * @generated
	 */
	EAttribute getDriverProfile_KworkerCpus();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.DriverProfile#isDynamicDebug <em>Dynamic Debug</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dynamic Debug</em>'.
	 * @see io.hcastudio.model.DriverProfile#isDynamicDebug()
	 * @see #getDriverProfile()
	 * @generated
	 */
	EAttribute getDriverProfile_DynamicDebug();

	/**
	 * Returns the meta object for the containment reference '{@link io.hcastudio.model.DriverProfile#getTiming <em>Timing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Timing</em>'.
	 * @see io.hcastudio.model.DriverProfile#getTiming()
	 * @see #getDriverProfile()
	 * @generated
	 */
	EReference getDriverProfile_Timing();

	/**
	 * Returns the meta object for the '{@link io.hcastudio.model.DriverProfile#applyPreset(io.hcastudio.model.ProfilePreset) <em>Apply Preset</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Apply Preset</em>' operation.
	 * @see io.hcastudio.model.DriverProfile#applyPreset(io.hcastudio.model.ProfilePreset)
	 * @generated
	 */
	EOperation getDriverProfile__ApplyPreset__ProfilePreset();

	/**
	 * Returns the meta object for the '{@link io.hcastudio.model.DriverProfile#matchesPreset() <em>Matches Preset</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Matches Preset</em>' operation.
	 * @see io.hcastudio.model.DriverProfile#matchesPreset()
	 * @generated
	 */
	EOperation getDriverProfile__MatchesPreset();

	/**
	 * Returns the meta object for class '{@link io.hcastudio.model.TimingParameters <em>Timing Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Timing Parameters</em>'.
	 * @see io.hcastudio.model.TimingParameters
	 * @generated
	 */
	EClass getTimingParameters();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.TimingParameters#getLoopbackLatencyNs <em>Loopback Latency Ns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Loopback Latency Ns</em>'.
	 * @see io.hcastudio.model.TimingParameters#getLoopbackLatencyNs()
	 * @see #getTimingParameters()
	 * @generated
	 */
	EAttribute getTimingParameters_LoopbackLatencyNs();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.TimingParameters#getLoopbackCqeLatencyNs <em>Loopback Cqe Latency Ns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Loopback Cqe Latency Ns</em>'.
	 * @see io.hcastudio.model.TimingParameters#getLoopbackCqeLatencyNs()
	 * @see #getTimingParameters()
	 * @generated
	 */
	EAttribute getTimingParameters_LoopbackCqeLatencyNs();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.TimingParameters#getWireCqeLatencyNs <em>Wire Cqe Latency Ns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Wire Cqe Latency Ns</em>'.
	 * @see io.hcastudio.model.TimingParameters#getWireCqeLatencyNs()
	 * @see #getTimingParameters()
	 * @generated
	 */
	EAttribute getTimingParameters_WireCqeLatencyNs();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.TimingParameters#getIrqLatencyNs <em>Irq Latency Ns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Irq Latency Ns</em>'.
	 * @see io.hcastudio.model.TimingParameters#getIrqLatencyNs()
	 * @see #getTimingParameters()
	 * @generated
	 */
	EAttribute getTimingParameters_IrqLatencyNs();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.TimingParameters#getTaskletMaxTimeNs <em>Tasklet Max Time Ns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tasklet Max Time Ns</em>'.
	 * @see io.hcastudio.model.TimingParameters#getTaskletMaxTimeNs()
	 * @see #getTimingParameters()
	 * @generated
	 */
	EAttribute getTimingParameters_TaskletMaxTimeNs();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.TimingParameters#getWakeLatencyNs <em>Wake Latency Ns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Wake Latency Ns</em>'.
	 * @see io.hcastudio.model.TimingParameters#getWakeLatencyNs()
	 * @see #getTimingParameters()
	 * @generated
	 */
	EAttribute getTimingParameters_WakeLatencyNs();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.TimingParameters#getReschedLatencyNs <em>Resched Latency Ns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resched Latency Ns</em>'.
	 * @see io.hcastudio.model.TimingParameters#getReschedLatencyNs()
	 * @see #getTimingParameters()
	 * @generated
	 */
	EAttribute getTimingParameters_ReschedLatencyNs();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.TimingParameters#getReapCostNs <em>Reap Cost Ns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reap Cost Ns</em>'.
	 * @see io.hcastudio.model.TimingParameters#getReapCostNs()
	 * @see #getTimingParameters()
	 * @generated
	 */
	EAttribute getTimingParameters_ReapCostNs();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.TimingParameters#getMuxCostNs <em>Mux Cost Ns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mux Cost Ns</em>'.
	 * @see io.hcastudio.model.TimingParameters#getMuxCostNs()
	 * @see #getTimingParameters()
	 * @generated
	 */
	EAttribute getTimingParameters_MuxCostNs();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.TimingParameters#getCmIdAllocCostNs <em>Cm Id Alloc Cost Ns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cm Id Alloc Cost Ns</em>'.
	 * @see io.hcastudio.model.TimingParameters#getCmIdAllocCostNs()
	 * @see #getTimingParameters()
	 * @generated
	 */
	EAttribute getTimingParameters_CmIdAllocCostNs();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.TimingParameters#getDemuxCostNs <em>Demux Cost Ns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Demux Cost Ns</em>'.
	 * @see io.hcastudio.model.TimingParameters#getDemuxCostNs()
	 * @see #getTimingParameters()
	 * @generated
	 */
	EAttribute getTimingParameters_DemuxCostNs();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.TimingParameters#getIssueCostNs <em>Issue Cost Ns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Issue Cost Ns</em>'.
	 * @see io.hcastudio.model.TimingParameters#getIssueCostNs()
	 * @see #getTimingParameters()
	 * @generated
	 */
	EAttribute getTimingParameters_IssueCostNs();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.TimingParameters#getSwitchHopLatencyNs <em>Switch Hop Latency Ns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Switch Hop Latency Ns</em>'.
	 * @see io.hcastudio.model.TimingParameters#getSwitchHopLatencyNs()
	 * @see #getTimingParameters()
	 * @generated
	 */
	EAttribute getTimingParameters_SwitchHopLatencyNs();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.TimingParameters#getAcceptCostNs <em>Accept Cost Ns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Accept Cost Ns</em>'.
	 * @see io.hcastudio.model.TimingParameters#getAcceptCostNs()
	 * @see #getTimingParameters()
	 * @generated
	 */
	EAttribute getTimingParameters_AcceptCostNs();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.TimingParameters#getCmResponseTimeout <em>Cm Response Timeout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cm Response Timeout</em>'.
	 * @see io.hcastudio.model.TimingParameters#getCmResponseTimeout()
	 * @see #getTimingParameters()
	 * @generated
	 */
	EAttribute getTimingParameters_CmResponseTimeout();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.TimingParameters#getCmMaxRetries <em>Cm Max Retries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cm Max Retries</em>'.
	 * @see io.hcastudio.model.TimingParameters#getCmMaxRetries()
	 * @see #getTimingParameters()
	 * @generated
	 */
	EAttribute getTimingParameters_CmMaxRetries();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.TimingParameters#getSaQueryRetries <em>Sa Query Retries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sa Query Retries</em>'.
	 * @see io.hcastudio.model.TimingParameters#getSaQueryRetries()
	 * @see #getTimingParameters()
	 * @generated
	 */
	EAttribute getTimingParameters_SaQueryRetries();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.TimingParameters#getMraServiceTimeout <em>Mra Service Timeout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mra Service Timeout</em>'.
	 * @see io.hcastudio.model.TimingParameters#getMraServiceTimeout()
	 * @see #getTimingParameters()
	 * @generated
	 */
	EAttribute getTimingParameters_MraServiceTimeout();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.TimingParameters#getCmIdCacheLifeMs <em>Cm Id Cache Life Ms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cm Id Cache Life Ms</em>'.
	 * @see io.hcastudio.model.TimingParameters#getCmIdCacheLifeMs()
	 * @see #getTimingParameters()
	 * @generated
	 */
	EAttribute getTimingParameters_CmIdCacheLifeMs();

	/**
	 * Returns the meta object for the containment reference list '{@link io.hcastudio.model.TimingParameters#getDistributions <em>Distributions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Distributions</em>'.
	 * @see io.hcastudio.model.TimingParameters#getDistributions()
	 * @see #getTimingParameters()
	 * @generated
	 */
	EReference getTimingParameters_Distributions();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.TimingParameters#getCalibrationSource <em>Calibration Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Calibration Source</em>'.
	 * @see io.hcastudio.model.TimingParameters#getCalibrationSource()
	 * @see #getTimingParameters()
	 * @generated
	 */
	EAttribute getTimingParameters_CalibrationSource();

	/**
	 * Returns the meta object for class '{@link io.hcastudio.model.TimingDistribution <em>Timing Distribution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Timing Distribution</em>'.
	 * @see io.hcastudio.model.TimingDistribution
	 * @generated
	 */
	EClass getTimingDistribution();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.TimingDistribution#getParameter <em>Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Parameter</em>'.
	 * @see io.hcastudio.model.TimingDistribution#getParameter()
	 * @see #getTimingDistribution()
	 * @generated
	 */
	EAttribute getTimingDistribution_Parameter();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.TimingDistribution#getExpression <em>Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expression</em>'.
	 * @see io.hcastudio.model.TimingDistribution#getExpression()
	 * @see #getTimingDistribution()
	 * @generated
	 */
	EAttribute getTimingDistribution_Expression();

	/**
	 * Returns the meta object for class '{@link io.hcastudio.model.Scenario <em>Scenario</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scenario</em>'.
	 * @see io.hcastudio.model.Scenario
	 * @generated
	 */
	EClass getScenario();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.Scenario#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see io.hcastudio.model.Scenario#getDescription()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_Description();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.Scenario#getPresetOverride <em>Preset Override</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Preset Override</em>'.
	 * @see io.hcastudio.model.Scenario#getPresetOverride()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_PresetOverride();

	/**
	 * Returns the meta object for the containment reference list '{@link io.hcastudio.model.Scenario#getWorkloads <em>Workloads</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Workloads</em>'.
	 * @see io.hcastudio.model.Scenario#getWorkloads()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Workloads();

	/**
	 * Returns the meta object for the containment reference '{@link io.hcastudio.model.Scenario#getRunSettings <em>Run Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Run Settings</em>'.
	 * @see io.hcastudio.model.Scenario#getRunSettings()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_RunSettings();

	/**
	 * Returns the meta object for the containment reference list '{@link io.hcastudio.model.Scenario#getStudies <em>Studies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Studies</em>'.
	 * @see io.hcastudio.model.Scenario#getStudies()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Studies();

	/**
	 * Returns the meta object for the containment reference list '{@link io.hcastudio.model.Scenario#getTiming <em>Timing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Timing</em>'.
	 * @see io.hcastudio.model.Scenario#getTiming()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Timing();

	/**
	 * Returns the meta object for the containment reference list '{@link io.hcastudio.model.Scenario#getFaults <em>Faults</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Faults</em>'.
	 * @see io.hcastudio.model.Scenario#getFaults()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Faults();

	/**
	 * Returns the meta object for the containment reference list '{@link io.hcastudio.model.Scenario#getEvents <em>Events</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Events</em>'.
	 * @see io.hcastudio.model.Scenario#getEvents()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Events();

	/**
	 * Returns the meta object for the containment reference list '{@link io.hcastudio.model.Scenario#getReactions <em>Reactions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Reactions</em>'.
	 * @see io.hcastudio.model.Scenario#getReactions()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Reactions();

	/**
	 * Returns the meta object for class '{@link io.hcastudio.model.Workload <em>Workload</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Workload</em>'.
	 * @see io.hcastudio.model.Workload
	 * @generated
	 */
	EClass getWorkload();

	/**
	 * Returns the meta object for the reference '{@link io.hcastudio.model.Workload#getFunction <em>Function</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Function</em>'.
	 * @see io.hcastudio.model.Workload#getFunction()
	 * @see #getWorkload()
	 * @generated
	 */
	EReference getWorkload_Function();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.Workload#getPortNumber <em>Port Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Port Number</em>'.
	 * @see io.hcastudio.model.Workload#getPortNumber()
	 * @see #getWorkload()
	 * @generated
	 */
	EAttribute getWorkload_PortNumber();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.Workload#getStartTimeNs <em>Start Time Ns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Time Ns</em>'.
	 * @see io.hcastudio.model.Workload#getStartTimeNs()
	 * @see #getWorkload()
	 * @generated
	 */
	EAttribute getWorkload_StartTimeNs();

	/**
	 * Returns the meta object for class '{@link io.hcastudio.model.OutboundBurst <em>Outbound Burst</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Outbound Burst</em>'.
	 * @see io.hcastudio.model.OutboundBurst
	 * @generated
	 */
	EClass getOutboundBurst();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.OutboundBurst#getMadCount <em>Mad Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mad Count</em>'.
	 * @see io.hcastudio.model.OutboundBurst#getMadCount()
	 * @see #getOutboundBurst()
	 * @generated
	 */
	EAttribute getOutboundBurst_MadCount();

	/**
	 * Returns the meta object for class '{@link io.hcastudio.model.InboundBurst <em>Inbound Burst</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Inbound Burst</em>'.
	 * @see io.hcastudio.model.InboundBurst
	 * @generated
	 */
	EClass getInboundBurst();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.InboundBurst#getMadCount <em>Mad Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mad Count</em>'.
	 * @see io.hcastudio.model.InboundBurst#getMadCount()
	 * @see #getInboundBurst()
	 * @generated
	 */
	EAttribute getInboundBurst_MadCount();

	/**
	 * Returns the meta object for class '{@link io.hcastudio.model.CmtimeInstance <em>Cmtime Instance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cmtime Instance</em>'.
	 * @see io.hcastudio.model.CmtimeInstance
	 * @generated
	 */
	EClass getCmtimeInstance();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.CmtimeInstance#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see io.hcastudio.model.CmtimeInstance#getRole()
	 * @see #getCmtimeInstance()
	 * @generated
	 */
	EAttribute getCmtimeInstance_Role();

	/**
	 * Returns the meta object for the reference '{@link io.hcastudio.model.CmtimeInstance#getPeer <em>Peer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Peer</em>'.
	 * @see io.hcastudio.model.CmtimeInstance#getPeer()
	 * @see #getCmtimeInstance()
	 * @generated
	 */
	EReference getCmtimeInstance_Peer();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.CmtimeInstance#getConnections <em>Connections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Connections</em>'.
	 * @see io.hcastudio.model.CmtimeInstance#getConnections()
	 * @see #getCmtimeInstance()
	 * @generated
	 */
	EAttribute getCmtimeInstance_Connections();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.CmtimeInstance#getTimeoutMs <em>Timeout Ms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Timeout Ms</em>'.
	 * @see io.hcastudio.model.CmtimeInstance#getTimeoutMs()
	 * @see #getCmtimeInstance()
	 * @generated
	 */
	EAttribute getCmtimeInstance_TimeoutMs();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.CmtimeInstance#getRetries <em>Retries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Retries</em>'.
	 * @see io.hcastudio.model.CmtimeInstance#getRetries()
	 * @see #getCmtimeInstance()
	 * @generated
	 */
	EAttribute getCmtimeInstance_Retries();

	/**
	 * Returns the meta object for class '{@link io.hcastudio.model.InboundFanIn <em>Inbound Fan In</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Inbound Fan In</em>'.
	 * @see io.hcastudio.model.InboundFanIn
	 * @generated
	 */
	EClass getInboundFanIn();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.InboundFanIn#getPeerCount <em>Peer Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Peer Count</em>'.
	 * @see io.hcastudio.model.InboundFanIn#getPeerCount()
	 * @see #getInboundFanIn()
	 * @generated
	 */
	EAttribute getInboundFanIn_PeerCount();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.InboundFanIn#getMadsPerPeer <em>Mads Per Peer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mads Per Peer</em>'.
	 * @see io.hcastudio.model.InboundFanIn#getMadsPerPeer()
	 * @see #getInboundFanIn()
	 * @generated
	 */
	EAttribute getInboundFanIn_MadsPerPeer();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.InboundFanIn#getIntervalNs <em>Interval Ns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Interval Ns</em>'.
	 * @see io.hcastudio.model.InboundFanIn#getIntervalNs()
	 * @see #getInboundFanIn()
	 * @generated
	 */
	EAttribute getInboundFanIn_IntervalNs();

	/**
	 * Returns the meta object for class '{@link io.hcastudio.model.Fault <em>Fault</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Fault</em>'.
	 * @see io.hcastudio.model.Fault
	 * @generated
	 */
	EClass getFault();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.Fault#getStartTimeNs <em>Start Time Ns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Time Ns</em>'.
	 * @see io.hcastudio.model.Fault#getStartTimeNs()
	 * @see #getFault()
	 * @generated
	 */
	EAttribute getFault_StartTimeNs();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.Fault#getDurationNs <em>Duration Ns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration Ns</em>'.
	 * @see io.hcastudio.model.Fault#getDurationNs()
	 * @see #getFault()
	 * @generated
	 */
	EAttribute getFault_DurationNs();

	/**
	 * Returns the meta object for class '{@link io.hcastudio.model.LinkFault <em>Link Fault</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Link Fault</em>'.
	 * @see io.hcastudio.model.LinkFault
	 * @generated
	 */
	EClass getLinkFault();

	/**
	 * Returns the meta object for the reference '{@link io.hcastudio.model.LinkFault#getLink <em>Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Link</em>'.
	 * @see io.hcastudio.model.LinkFault#getLink()
	 * @see #getLinkFault()
	 * @generated
	 */
	EReference getLinkFault_Link();

	/**
	 * Returns the meta object for the reference '{@link io.hcastudio.model.LinkFault#getPort <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Port</em>'.
	 * @see io.hcastudio.model.LinkFault#getPort()
	 * @see #getLinkFault()
	 * @generated
	 */
	EReference getLinkFault_Port();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.LinkFault#isDown <em>Down</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Down</em>'.
	 * @see io.hcastudio.model.LinkFault#isDown()
	 * @see #getLinkFault()
	 * @generated
	 */
	EAttribute getLinkFault_Down();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.LinkFault#getLossProbability <em>Loss Probability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Loss Probability</em>'.
	 * @see io.hcastudio.model.LinkFault#getLossProbability()
	 * @see #getLinkFault()
	 * @generated
	 */
	EAttribute getLinkFault_LossProbability();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.LinkFault#getExtraLatencyNs <em>Extra Latency Ns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Extra Latency Ns</em>'.
	 * @see io.hcastudio.model.LinkFault#getExtraLatencyNs()
	 * @see #getLinkFault()
	 * @generated
	 */
	EAttribute getLinkFault_ExtraLatencyNs();

	/**
	 * Returns the meta object for class '{@link io.hcastudio.model.KworkerStallFault <em>Kworker Stall Fault</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Kworker Stall Fault</em>'.
	 * @see io.hcastudio.model.KworkerStallFault
	 * @generated
	 */
	EClass getKworkerStallFault();

	/**
	 * Returns the meta object for the reference '{@link io.hcastudio.model.KworkerStallFault#getHca <em>Hca</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Hca</em>'.
	 * @see io.hcastudio.model.KworkerStallFault#getHca()
	 * @see #getKworkerStallFault()
	 * @generated
	 */
	EReference getKworkerStallFault_Hca();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.KworkerStallFault#getCpus <em>Cpus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cpus</em>'.
	 * @see io.hcastudio.model.KworkerStallFault#getCpus()
	 * @see #getKworkerStallFault()
	 * @generated
	 */
	EAttribute getKworkerStallFault_Cpus();

	/**
	 * Returns the meta object for class '{@link io.hcastudio.model.SmOutageFault <em>Sm Outage Fault</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sm Outage Fault</em>'.
	 * @see io.hcastudio.model.SmOutageFault
	 * @generated
	 */
	EClass getSmOutageFault();

	/**
	 * Returns the meta object for class '{@link io.hcastudio.model.SaSlowdownFault <em>Sa Slowdown Fault</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sa Slowdown Fault</em>'.
	 * @see io.hcastudio.model.SaSlowdownFault
	 * @generated
	 */
	EClass getSaSlowdownFault();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.SaSlowdownFault#getExtraServiceTimeNs <em>Extra Service Time Ns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Extra Service Time Ns</em>'.
	 * @see io.hcastudio.model.SaSlowdownFault#getExtraServiceTimeNs()
	 * @see #getSaSlowdownFault()
	 * @generated
	 */
	EAttribute getSaSlowdownFault_ExtraServiceTimeNs();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.SaSlowdownFault#getQueueCapacity <em>Queue Capacity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Queue Capacity</em>'.
	 * @see io.hcastudio.model.SaSlowdownFault#getQueueCapacity()
	 * @see #getSaSlowdownFault()
	 * @generated
	 */
	EAttribute getSaSlowdownFault_QueueCapacity();

	/**
	 * Returns the meta object for class '{@link io.hcastudio.model.FunctionResetFault <em>Function Reset Fault</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Function Reset Fault</em>'.
	 * @see io.hcastudio.model.FunctionResetFault
	 * @generated
	 */
	EClass getFunctionResetFault();

	/**
	 * Returns the meta object for the reference '{@link io.hcastudio.model.FunctionResetFault#getFunction <em>Function</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Function</em>'.
	 * @see io.hcastudio.model.FunctionResetFault#getFunction()
	 * @see #getFunctionResetFault()
	 * @generated
	 */
	EReference getFunctionResetFault_Function();

	/**
	 * Returns the meta object for class '{@link io.hcastudio.model.NetworkEvent <em>Network Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Network Event</em>'.
	 * @see io.hcastudio.model.NetworkEvent
	 * @generated
	 */
	EClass getNetworkEvent();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.NetworkEvent#getTimeNs <em>Time Ns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time Ns</em>'.
	 * @see io.hcastudio.model.NetworkEvent#getTimeNs()
	 * @see #getNetworkEvent()
	 * @generated
	 */
	EAttribute getNetworkEvent_TimeNs();

	/**
	 * Returns the meta object for class '{@link io.hcastudio.model.LinkEvent <em>Link Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Link Event</em>'.
	 * @see io.hcastudio.model.LinkEvent
	 * @generated
	 */
	EClass getLinkEvent();

	/**
	 * Returns the meta object for the reference '{@link io.hcastudio.model.LinkEvent#getLink <em>Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Link</em>'.
	 * @see io.hcastudio.model.LinkEvent#getLink()
	 * @see #getLinkEvent()
	 * @generated
	 */
	EReference getLinkEvent_Link();

	/**
	 * Returns the meta object for the reference '{@link io.hcastudio.model.LinkEvent#getPort <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Port</em>'.
	 * @see io.hcastudio.model.LinkEvent#getPort()
	 * @see #getLinkEvent()
	 * @generated
	 */
	EReference getLinkEvent_Port();

	/**
	 * Returns the meta object for the reference '{@link io.hcastudio.model.LinkEvent#getFabricSwitch <em>Fabric Switch</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Fabric Switch</em>'.
	 * @see io.hcastudio.model.LinkEvent#getFabricSwitch()
	 * @see #getLinkEvent()
	 * @generated
	 */
	EReference getLinkEvent_FabricSwitch();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.LinkEvent#getDownDurationNs <em>Down Duration Ns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Down Duration Ns</em>'.
	 * @see io.hcastudio.model.LinkEvent#getDownDurationNs()
	 * @see #getLinkEvent()
	 * @generated
	 */
	EAttribute getLinkEvent_DownDurationNs();

	/**
	 * Returns the meta object for class '{@link io.hcastudio.model.SmEvent <em>Sm Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sm Event</em>'.
	 * @see io.hcastudio.model.SmEvent
	 * @generated
	 */
	EClass getSmEvent();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.SmEvent#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.hcastudio.model.SmEvent#getKind()
	 * @see #getSmEvent()
	 * @generated
	 */
	EAttribute getSmEvent_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.SmEvent#getFailoverGapNs <em>Failover Gap Ns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Failover Gap Ns</em>'.
	 * @see io.hcastudio.model.SmEvent#getFailoverGapNs()
	 * @see #getSmEvent()
	 * @generated
	 */
	EAttribute getSmEvent_FailoverGapNs();

	/**
	 * Returns the meta object for class '{@link io.hcastudio.model.PortChangeEvent <em>Port Change Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Port Change Event</em>'.
	 * @see io.hcastudio.model.PortChangeEvent
	 * @generated
	 */
	EClass getPortChangeEvent();

	/**
	 * Returns the meta object for the reference '{@link io.hcastudio.model.PortChangeEvent#getPort <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Port</em>'.
	 * @see io.hcastudio.model.PortChangeEvent#getPort()
	 * @see #getPortChangeEvent()
	 * @generated
	 */
	EReference getPortChangeEvent_Port();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.PortChangeEvent#getChange <em>Change</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Change</em>'.
	 * @see io.hcastudio.model.PortChangeEvent#getChange()
	 * @see #getPortChangeEvent()
	 * @generated
	 */
	EAttribute getPortChangeEvent_Change();

	/**
	 * Returns the meta object for class '{@link io.hcastudio.model.StackReaction <em>Stack Reaction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Stack Reaction</em>'.
	 * @see io.hcastudio.model.StackReaction
	 * @generated
	 */
	EClass getStackReaction();

	/**
	 * Returns the meta object for the reference '{@link io.hcastudio.model.StackReaction#getFunction <em>Function</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Function</em>'.
	 * @see io.hcastudio.model.StackReaction#getFunction()
	 * @see #getStackReaction()
	 * @generated
	 */
	EReference getStackReaction_Function();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.StackReaction#getMulticastGroups <em>Multicast Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Multicast Groups</em>'.
	 * @see io.hcastudio.model.StackReaction#getMulticastGroups()
	 * @see #getStackReaction()
	 * @generated
	 */
	EAttribute getStackReaction_MulticastGroups();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.StackReaction#getNeighbours <em>Neighbours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Neighbours</em>'.
	 * @see io.hcastudio.model.StackReaction#getNeighbours()
	 * @see #getStackReaction()
	 * @generated
	 */
	EAttribute getStackReaction_Neighbours();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.StackReaction#getConnections <em>Connections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Connections</em>'.
	 * @see io.hcastudio.model.StackReaction#getConnections()
	 * @see #getStackReaction()
	 * @generated
	 */
	EAttribute getStackReaction_Connections();

	/**
	 * Returns the meta object for the reference '{@link io.hcastudio.model.StackReaction#getPeer <em>Peer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Peer</em>'.
	 * @see io.hcastudio.model.StackReaction#getPeer()
	 * @see #getStackReaction()
	 * @generated
	 */
	EReference getStackReaction_Peer();

	/**
	 * Returns the meta object for class '{@link io.hcastudio.model.RunSettings <em>Run Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Run Settings</em>'.
	 * @see io.hcastudio.model.RunSettings
	 * @generated
	 */
	EClass getRunSettings();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.RunSettings#getSeed <em>Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seed</em>'.
	 * @see io.hcastudio.model.RunSettings#getSeed()
	 * @see #getRunSettings()
	 * @generated
	 */
	EAttribute getRunSettings_Seed();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.RunSettings#getStopTimeMs <em>Stop Time Ms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stop Time Ms</em>'.
	 * @see io.hcastudio.model.RunSettings#getStopTimeMs()
	 * @see #getRunSettings()
	 * @generated
	 */
	EAttribute getRunSettings_StopTimeMs();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.RunSettings#getReplications <em>Replications</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Replications</em>'.
	 * @see io.hcastudio.model.RunSettings#getReplications()
	 * @see #getRunSettings()
	 * @generated
	 */
	EAttribute getRunSettings_Replications();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.RunSettings#isRandomizeTies <em>Randomize Ties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Randomize Ties</em>'.
	 * @see io.hcastudio.model.RunSettings#isRandomizeTies()
	 * @see #getRunSettings()
	 * @generated
	 */
	EAttribute getRunSettings_RandomizeTies();

	/**
	 * Returns the meta object for class '{@link io.hcastudio.model.Study <em>Study</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Study</em>'.
	 * @see io.hcastudio.model.Study
	 * @generated
	 */
	EClass getStudy();

	/**
	 * Returns the meta object for the containment reference list '{@link io.hcastudio.model.Study#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Parameters</em>'.
	 * @see io.hcastudio.model.Study#getParameters()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_Parameters();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.Study#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.hcastudio.model.Study#getKind()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_Kind();

	/**
	 * Returns the meta object for the attribute list '{@link io.hcastudio.model.Study#getProfiles <em>Profiles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Profiles</em>'.
	 * @see io.hcastudio.model.Study#getProfiles()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_Profiles();

	/**
	 * Returns the meta object for class '{@link io.hcastudio.model.SweepParameter <em>Sweep Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sweep Parameter</em>'.
	 * @see io.hcastudio.model.SweepParameter
	 * @generated
	 */
	EClass getSweepParameter();

	/**
	 * Returns the meta object for the attribute '{@link io.hcastudio.model.SweepParameter#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see io.hcastudio.model.SweepParameter#getKey()
	 * @see #getSweepParameter()
	 * @generated
	 */
	EAttribute getSweepParameter_Key();

	/**
	 * Returns the meta object for the attribute list '{@link io.hcastudio.model.SweepParameter#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Values</em>'.
	 * @see io.hcastudio.model.SweepParameter#getValues()
	 * @see #getSweepParameter()
	 * @generated
	 */
	EAttribute getSweepParameter_Values();

	/**
	 * Returns the meta object for enum '{@link io.hcastudio.model.SmEventKind <em>Sm Event Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Sm Event Kind</em>'.
	 * @see io.hcastudio.model.SmEventKind
	 * @generated
	 */
	EEnum getSmEventKind();

	/**
	 * Returns the meta object for enum '{@link io.hcastudio.model.PortChangeKind <em>Port Change Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Port Change Kind</em>'.
	 * @see io.hcastudio.model.PortChangeKind
	 * @generated
	 */
	EEnum getPortChangeKind();

	/**
	 * Returns the meta object for enum '{@link io.hcastudio.model.LinkLayer <em>Link Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Link Layer</em>'.
	 * @see io.hcastudio.model.LinkLayer
	 * @generated
	 */
	EEnum getLinkLayer();

	/**
	 * Returns the meta object for enum '{@link io.hcastudio.model.LinkWidth <em>Link Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Link Width</em>'.
	 * @see io.hcastudio.model.LinkWidth
	 * @generated
	 */
	EEnum getLinkWidth();

	/**
	 * Returns the meta object for enum '{@link io.hcastudio.model.LinkSpeed <em>Link Speed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Link Speed</em>'.
	 * @see io.hcastudio.model.LinkSpeed
	 * @generated
	 */
	EEnum getLinkSpeed();

	/**
	 * Returns the meta object for enum '{@link io.hcastudio.model.FunctionOwner <em>Function Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Function Owner</em>'.
	 * @see io.hcastudio.model.FunctionOwner
	 * @generated
	 */
	EEnum getFunctionOwner();

	/**
	 * Returns the meta object for enum '{@link io.hcastudio.model.ProfilePreset <em>Profile Preset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Profile Preset</em>'.
	 * @see io.hcastudio.model.ProfilePreset
	 * @generated
	 */
	EEnum getProfilePreset();

	/**
	 * Returns the meta object for enum '{@link io.hcastudio.model.WorkQueueMode <em>Work Queue Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Work Queue Mode</em>'.
	 * @see io.hcastudio.model.WorkQueueMode
	 * @generated
	 */
	EEnum getWorkQueueMode();

	/**
	 * Returns the meta object for enum '{@link io.hcastudio.model.StudyKind <em>Study Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Study Kind</em>'.
	 * @see io.hcastudio.model.StudyKind
	 * @generated
	 */
	EEnum getStudyKind();

	/**
	 * Returns the meta object for enum '{@link io.hcastudio.model.CmtimeRole <em>Cmtime Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Cmtime Role</em>'.
	 * @see io.hcastudio.model.CmtimeRole
	 * @generated
	 */
	EEnum getCmtimeRole();

	/**
	 * Returns the meta object for data type '<em>Guid</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A 64-bit InfiniBand GUID, written as 0x followed by 16 hex digits.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Guid</em>'.
	 * @model instanceClass="long"
	 * @generated
	 */
	EDataType getGuid();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	HcaFactory getHcaFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link io.hcastudio.model.impl.NamedElementImpl <em>Named Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.hcastudio.model.impl.NamedElementImpl
		 * @see io.hcastudio.model.impl.HcaPackageImpl#getNamedElement()
		 * @generated
		 */
		EClass NAMED_ELEMENT = eINSTANCE.getNamedElement();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__NAME = eINSTANCE.getNamedElement_Name();

		/**
		 * The meta object literal for the '{@link io.hcastudio.model.impl.NodeElementImpl <em>Node Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.hcastudio.model.impl.NodeElementImpl
		 * @see io.hcastudio.model.impl.HcaPackageImpl#getNodeElement()
		 * @generated
		 */
		EClass NODE_ELEMENT = eINSTANCE.getNodeElement();

		/**
		 * The meta object literal for the '<em><b>X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_ELEMENT__X = eINSTANCE.getNodeElement_X();

		/**
		 * The meta object literal for the '<em><b>Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_ELEMENT__Y = eINSTANCE.getNodeElement_Y();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_ELEMENT__WIDTH = eINSTANCE.getNodeElement_Width();

		/**
		 * The meta object literal for the '<em><b>Height</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_ELEMENT__HEIGHT = eINSTANCE.getNodeElement_Height();

		/**
		 * The meta object literal for the '{@link io.hcastudio.model.impl.TopologyImpl <em>Topology</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.hcastudio.model.impl.TopologyImpl
		 * @see io.hcastudio.model.impl.HcaPackageImpl#getTopology()
		 * @generated
		 */
		EClass TOPOLOGY = eINSTANCE.getTopology();

		/**
		 * The meta object literal for the '<em><b>Format Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOPOLOGY__FORMAT_VERSION = eINSTANCE.getTopology_FormatVersion();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOPOLOGY__DESCRIPTION = eINSTANCE.getTopology_Description();

		/**
		 * The meta object literal for the '<em><b>Hosts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOPOLOGY__HOSTS = eINSTANCE.getTopology_Hosts();

		/**
		 * The meta object literal for the '<em><b>Switches</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOPOLOGY__SWITCHES = eINSTANCE.getTopology_Switches();

		/**
		 * The meta object literal for the '<em><b>Routers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOPOLOGY__ROUTERS = eINSTANCE.getTopology_Routers();

		/**
		 * The meta object literal for the '<em><b>Links</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOPOLOGY__LINKS = eINSTANCE.getTopology_Links();

		/**
		 * The meta object literal for the '<em><b>Subnet Manager</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOPOLOGY__SUBNET_MANAGER = eINSTANCE.getTopology_SubnetManager();

		/**
		 * The meta object literal for the '<em><b>Scenarios</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOPOLOGY__SCENARIOS = eINSTANCE.getTopology_Scenarios();

		/**
		 * The meta object literal for the '<em><b>All Hcas</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation TOPOLOGY___ALL_HCAS = eINSTANCE.getTopology__AllHcas();

		/**
		 * The meta object literal for the '<em><b>All Fabric Nodes</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation TOPOLOGY___ALL_FABRIC_NODES = eINSTANCE.getTopology__AllFabricNodes();

		/**
		 * The meta object literal for the '<em><b>Link Of</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation TOPOLOGY___LINK_OF__PORT = eINSTANCE.getTopology__LinkOf__Port();

		/**
		 * The meta object literal for the '<em><b>Interface Of</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation TOPOLOGY___INTERFACE_OF__PCIFUNCTION_INT = eINSTANCE.getTopology__InterfaceOf__PciFunction_int();

		/**
		 * The meta object literal for the '{@link io.hcastudio.model.impl.HostImpl <em>Host</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.hcastudio.model.impl.HostImpl
		 * @see io.hcastudio.model.impl.HcaPackageImpl#getHost()
		 * @generated
		 */
		EClass HOST = eINSTANCE.getHost();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__DESCRIPTION = eINSTANCE.getHost_Description();

		/**
		 * The meta object literal for the '<em><b>Hcas</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOST__HCAS = eINSTANCE.getHost_Hcas();

		/**
		 * The meta object literal for the '<em><b>Virtual Machines</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOST__VIRTUAL_MACHINES = eINSTANCE.getHost_VirtualMachines();

		/**
		 * The meta object literal for the '{@link io.hcastudio.model.impl.FabricNodeImpl <em>Fabric Node</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.hcastudio.model.impl.FabricNodeImpl
		 * @see io.hcastudio.model.impl.HcaPackageImpl#getFabricNode()
		 * @generated
		 */
		EClass FABRIC_NODE = eINSTANCE.getFabricNode();

		/**
		 * The meta object literal for the '<em><b>Node Guid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FABRIC_NODE__NODE_GUID = eINSTANCE.getFabricNode_NodeGuid();

		/**
		 * The meta object literal for the '<em><b>System Image Guid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FABRIC_NODE__SYSTEM_IMAGE_GUID = eINSTANCE.getFabricNode_SystemImageGuid();

		/**
		 * The meta object literal for the '<em><b>Node Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FABRIC_NODE__NODE_DESCRIPTION = eINSTANCE.getFabricNode_NodeDescription();

		/**
		 * The meta object literal for the '<em><b>Vendor Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FABRIC_NODE__VENDOR_ID = eINSTANCE.getFabricNode_VendorId();

		/**
		 * The meta object literal for the '<em><b>Device Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FABRIC_NODE__DEVICE_ID = eINSTANCE.getFabricNode_DeviceId();

		/**
		 * The meta object literal for the '<em><b>Port Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FABRIC_NODE__PORT_COUNT = eINSTANCE.getFabricNode_PortCount();

		/**
		 * The meta object literal for the '<em><b>Ports</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FABRIC_NODE__PORTS = eINSTANCE.getFabricNode_Ports();

		/**
		 * The meta object literal for the '<em><b>Port</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation FABRIC_NODE___PORT__INT = eINSTANCE.getFabricNode__Port__int();

		/**
		 * The meta object literal for the '{@link io.hcastudio.model.impl.HcaImpl <em>Hca</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.hcastudio.model.impl.HcaImpl
		 * @see io.hcastudio.model.impl.HcaPackageImpl#getHca()
		 * @generated
		 */
		EClass HCA = eINSTANCE.getHca();

		/**
		 * The meta object literal for the '<em><b>Model Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HCA__MODEL_NAME = eINSTANCE.getHca_ModelName();

		/**
		 * The meta object literal for the '<em><b>Max Virtual Functions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HCA__MAX_VIRTUAL_FUNCTIONS = eINSTANCE.getHca_MaxVirtualFunctions();

		/**
		 * The meta object literal for the '<em><b>Host</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HCA__HOST = eINSTANCE.getHca_Host();

		/**
		 * The meta object literal for the '<em><b>Functions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HCA__FUNCTIONS = eINSTANCE.getHca_Functions();

		/**
		 * The meta object literal for the '<em><b>Driver Profile</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HCA__DRIVER_PROFILE = eINSTANCE.getHca_DriverProfile();

		/**
		 * The meta object literal for the '<em><b>Physical Function</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation HCA___PHYSICAL_FUNCTION = eINSTANCE.getHca__PhysicalFunction();

		/**
		 * The meta object literal for the '<em><b>Virtual Functions</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation HCA___VIRTUAL_FUNCTIONS = eINSTANCE.getHca__VirtualFunctions();

		/**
		 * The meta object literal for the '{@link io.hcastudio.model.impl.SwitchImpl <em>Switch</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.hcastudio.model.impl.SwitchImpl
		 * @see io.hcastudio.model.impl.HcaPackageImpl#getSwitch()
		 * @generated
		 */
		EClass SWITCH = eINSTANCE.getSwitch();

		/**
		 * The meta object literal for the '<em><b>Lid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWITCH__LID = eINSTANCE.getSwitch_Lid();

		/**
		 * The meta object literal for the '<em><b>Lmc</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWITCH__LMC = eINSTANCE.getSwitch_Lmc();

		/**
		 * The meta object literal for the '<em><b>Enhanced Port0</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWITCH__ENHANCED_PORT0 = eINSTANCE.getSwitch_EnhancedPort0();

		/**
		 * The meta object literal for the '{@link io.hcastudio.model.impl.RouterImpl <em>Router</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.hcastudio.model.impl.RouterImpl
		 * @see io.hcastudio.model.impl.HcaPackageImpl#getRouter()
		 * @generated
		 */
		EClass ROUTER = eINSTANCE.getRouter();

		/**
		 * The meta object literal for the '{@link io.hcastudio.model.impl.PortImpl <em>Port</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.hcastudio.model.impl.PortImpl
		 * @see io.hcastudio.model.impl.HcaPackageImpl#getPort()
		 * @generated
		 */
		EClass PORT = eINSTANCE.getPort();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PORT__NUMBER = eINSTANCE.getPort_Number();

		/**
		 * The meta object literal for the '<em><b>Port Guid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PORT__PORT_GUID = eINSTANCE.getPort_PortGuid();

		/**
		 * The meta object literal for the '<em><b>Lid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PORT__LID = eINSTANCE.getPort_Lid();

		/**
		 * The meta object literal for the '<em><b>Lmc</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PORT__LMC = eINSTANCE.getPort_Lmc();

		/**
		 * The meta object literal for the '<em><b>Link Layer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PORT__LINK_LAYER = eINSTANCE.getPort_LinkLayer();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PORT__WIDTH = eINSTANCE.getPort_Width();

		/**
		 * The meta object literal for the '<em><b>Speed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PORT__SPEED = eINSTANCE.getPort_Speed();

		/**
		 * The meta object literal for the '<em><b>Node</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PORT__NODE = eINSTANCE.getPort_Node();

		/**
		 * The meta object literal for the '{@link io.hcastudio.model.impl.LinkImpl <em>Link</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.hcastudio.model.impl.LinkImpl
		 * @see io.hcastudio.model.impl.HcaPackageImpl#getLink()
		 * @generated
		 */
		EClass LINK = eINSTANCE.getLink();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINK__WIDTH = eINSTANCE.getLink_Width();

		/**
		 * The meta object literal for the '<em><b>Speed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINK__SPEED = eINSTANCE.getLink_Speed();

		/**
		 * The meta object literal for the '<em><b>Latency Ns</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINK__LATENCY_NS = eINSTANCE.getLink_LatencyNs();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LINK__SOURCE = eINSTANCE.getLink_Source();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LINK__TARGET = eINSTANCE.getLink_Target();

		/**
		 * The meta object literal for the '{@link io.hcastudio.model.impl.SubnetManagerImpl <em>Subnet Manager</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.hcastudio.model.impl.SubnetManagerImpl
		 * @see io.hcastudio.model.impl.HcaPackageImpl#getSubnetManager()
		 * @generated
		 */
		EClass SUBNET_MANAGER = eINSTANCE.getSubnetManager();

		/**
		 * The meta object literal for the '<em><b>Port</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUBNET_MANAGER__PORT = eINSTANCE.getSubnetManager_Port();

		/**
		 * The meta object literal for the '<em><b>Sa Service Time Ns</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBNET_MANAGER__SA_SERVICE_TIME_NS = eINSTANCE.getSubnetManager_SaServiceTimeNs();

		/**
		 * The meta object literal for the '<em><b>Subnet Timeout</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBNET_MANAGER__SUBNET_TIMEOUT = eINSTANCE.getSubnetManager_SubnetTimeout();

		/**
		 * The meta object literal for the '<em><b>Sa Max Queue Time Ms</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBNET_MANAGER__SA_MAX_QUEUE_TIME_MS = eINSTANCE.getSubnetManager_SaMaxQueueTimeMs();

		/**
		 * The meta object literal for the '{@link io.hcastudio.model.impl.PciFunctionImpl <em>Pci Function</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.hcastudio.model.impl.PciFunctionImpl
		 * @see io.hcastudio.model.impl.HcaPackageImpl#getPciFunction()
		 * @generated
		 */
		EClass PCI_FUNCTION = eINSTANCE.getPciFunction();

		/**
		 * The meta object literal for the '<em><b>Function Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PCI_FUNCTION__FUNCTION_ID = eINSTANCE.getPciFunction_FunctionId();

		/**
		 * The meta object literal for the '<em><b>Slave Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PCI_FUNCTION__SLAVE_NUMBER = eINSTANCE.getPciFunction_SlaveNumber();

		/**
		 * The meta object literal for the '<em><b>Node Guid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PCI_FUNCTION__NODE_GUID = eINSTANCE.getPciFunction_NodeGuid();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PCI_FUNCTION__OWNER = eINSTANCE.getPciFunction_Owner();

		/**
		 * The meta object literal for the '<em><b>Virtual Machine</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PCI_FUNCTION__VIRTUAL_MACHINE = eINSTANCE.getPciFunction_VirtualMachine();

		/**
		 * The meta object literal for the '<em><b>Hca</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PCI_FUNCTION__HCA = eINSTANCE.getPciFunction_Hca();

		/**
		 * The meta object literal for the '<em><b>Interfaces</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PCI_FUNCTION__INTERFACES = eINSTANCE.getPciFunction_Interfaces();

		/**
		 * The meta object literal for the '<em><b>Is Physical Function</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PCI_FUNCTION___IS_PHYSICAL_FUNCTION = eINSTANCE.getPciFunction__IsPhysicalFunction();

		/**
		 * The meta object literal for the '<em><b>Interface On</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PCI_FUNCTION___INTERFACE_ON__INT = eINSTANCE.getPciFunction__InterfaceOn__int();

		/**
		 * The meta object literal for the '{@link io.hcastudio.model.impl.FunctionInterfaceImpl <em>Function Interface</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.hcastudio.model.impl.FunctionInterfaceImpl
		 * @see io.hcastudio.model.impl.HcaPackageImpl#getFunctionInterface()
		 * @generated
		 */
		EClass FUNCTION_INTERFACE = eINSTANCE.getFunctionInterface();

		/**
		 * The meta object literal for the '<em><b>Port Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FUNCTION_INTERFACE__PORT_NUMBER = eINSTANCE.getFunctionInterface_PortNumber();

		/**
		 * The meta object literal for the '<em><b>Alias Guid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FUNCTION_INTERFACE__ALIAS_GUID = eINSTANCE.getFunctionInterface_AliasGuid();

		/**
		 * The meta object literal for the '<em><b>Ipoib Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FUNCTION_INTERFACE__IPOIB_NAME = eINSTANCE.getFunctionInterface_IpoibName();

		/**
		 * The meta object literal for the '<em><b>Ip Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FUNCTION_INTERFACE__IP_ADDRESS = eINSTANCE.getFunctionInterface_IpAddress();

		/**
		 * The meta object literal for the '<em><b>Function</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FUNCTION_INTERFACE__FUNCTION = eINSTANCE.getFunctionInterface_Function();

		/**
		 * The meta object literal for the '{@link io.hcastudio.model.impl.VirtualMachineImpl <em>Virtual Machine</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.hcastudio.model.impl.VirtualMachineImpl
		 * @see io.hcastudio.model.impl.HcaPackageImpl#getVirtualMachine()
		 * @generated
		 */
		EClass VIRTUAL_MACHINE = eINSTANCE.getVirtualMachine();

		/**
		 * The meta object literal for the '<em><b>Vcpus</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIRTUAL_MACHINE__VCPUS = eINSTANCE.getVirtualMachine_Vcpus();

		/**
		 * The meta object literal for the '<em><b>Host</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VIRTUAL_MACHINE__HOST = eINSTANCE.getVirtualMachine_Host();

		/**
		 * The meta object literal for the '<em><b>Functions</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VIRTUAL_MACHINE__FUNCTIONS = eINSTANCE.getVirtualMachine_Functions();

		/**
		 * The meta object literal for the '{@link io.hcastudio.model.impl.DriverProfileImpl <em>Driver Profile</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.hcastudio.model.impl.DriverProfileImpl
		 * @see io.hcastudio.model.impl.HcaPackageImpl#getDriverProfile()
		 * @generated
		 */
		EClass DRIVER_PROFILE = eINSTANCE.getDriverProfile();

		/**
		 * The meta object literal for the '<em><b>Preset</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DRIVER_PROFILE__PRESET = eINSTANCE.getDriverProfile_Preset();

		/**
		 * The meta object literal for the '<em><b>Wire Ring Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DRIVER_PROFILE__WIRE_RING_SIZE = eINSTANCE.getDriverProfile_WireRingSize();

		/**
		 * The meta object literal for the '<em><b>Tunnel Ring Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DRIVER_PROFILE__TUNNEL_RING_SIZE = eINSTANCE.getDriverProfile_TunnelRingSize();

		/**
		 * The meta object literal for the '<em><b>Work Queue Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DRIVER_PROFILE__WORK_QUEUE_MODE = eINSTANCE.getDriverProfile_WorkQueueMode();

		/**
		 * The meta object literal for the '<em><b>Mad Send Queue Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DRIVER_PROFILE__MAD_SEND_QUEUE_SIZE = eINSTANCE.getDriverProfile_MadSendQueueSize();

		/**
		 * The meta object literal for the '<em><b>Mad Recv Queue Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DRIVER_PROFILE__MAD_RECV_QUEUE_SIZE = eINSTANCE.getDriverProfile_MadRecvQueueSize();

		/**
		 * The meta object literal for the '<em><b>Kworker Cpus</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DRIVER_PROFILE__KWORKER_CPUS = eINSTANCE.getDriverProfile_KworkerCpus();

		/**
		 * The meta object literal for the '<em><b>Dynamic Debug</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DRIVER_PROFILE__DYNAMIC_DEBUG = eINSTANCE.getDriverProfile_DynamicDebug();

		/**
		 * The meta object literal for the '<em><b>Timing</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DRIVER_PROFILE__TIMING = eINSTANCE.getDriverProfile_Timing();

		/**
		 * The meta object literal for the '<em><b>Apply Preset</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation DRIVER_PROFILE___APPLY_PRESET__PROFILEPRESET = eINSTANCE.getDriverProfile__ApplyPreset__ProfilePreset();

		/**
		 * The meta object literal for the '<em><b>Matches Preset</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation DRIVER_PROFILE___MATCHES_PRESET = eINSTANCE.getDriverProfile__MatchesPreset();

		/**
		 * The meta object literal for the '{@link io.hcastudio.model.impl.TimingParametersImpl <em>Timing Parameters</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.hcastudio.model.impl.TimingParametersImpl
		 * @see io.hcastudio.model.impl.HcaPackageImpl#getTimingParameters()
		 * @generated
		 */
		EClass TIMING_PARAMETERS = eINSTANCE.getTimingParameters();

		/**
		 * The meta object literal for the '<em><b>Loopback Latency Ns</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIMING_PARAMETERS__LOOPBACK_LATENCY_NS = eINSTANCE.getTimingParameters_LoopbackLatencyNs();

		/**
		 * The meta object literal for the '<em><b>Loopback Cqe Latency Ns</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIMING_PARAMETERS__LOOPBACK_CQE_LATENCY_NS = eINSTANCE.getTimingParameters_LoopbackCqeLatencyNs();

		/**
		 * The meta object literal for the '<em><b>Wire Cqe Latency Ns</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIMING_PARAMETERS__WIRE_CQE_LATENCY_NS = eINSTANCE.getTimingParameters_WireCqeLatencyNs();

		/**
		 * The meta object literal for the '<em><b>Irq Latency Ns</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIMING_PARAMETERS__IRQ_LATENCY_NS = eINSTANCE.getTimingParameters_IrqLatencyNs();

		/**
		 * The meta object literal for the '<em><b>Tasklet Max Time Ns</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIMING_PARAMETERS__TASKLET_MAX_TIME_NS = eINSTANCE.getTimingParameters_TaskletMaxTimeNs();

		/**
		 * The meta object literal for the '<em><b>Wake Latency Ns</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIMING_PARAMETERS__WAKE_LATENCY_NS = eINSTANCE.getTimingParameters_WakeLatencyNs();

		/**
		 * The meta object literal for the '<em><b>Resched Latency Ns</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIMING_PARAMETERS__RESCHED_LATENCY_NS = eINSTANCE.getTimingParameters_ReschedLatencyNs();

		/**
		 * The meta object literal for the '<em><b>Reap Cost Ns</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIMING_PARAMETERS__REAP_COST_NS = eINSTANCE.getTimingParameters_ReapCostNs();

		/**
		 * The meta object literal for the '<em><b>Mux Cost Ns</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIMING_PARAMETERS__MUX_COST_NS = eINSTANCE.getTimingParameters_MuxCostNs();

		/**
		 * The meta object literal for the '<em><b>Cm Id Alloc Cost Ns</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIMING_PARAMETERS__CM_ID_ALLOC_COST_NS = eINSTANCE.getTimingParameters_CmIdAllocCostNs();

		/**
		 * The meta object literal for the '<em><b>Demux Cost Ns</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIMING_PARAMETERS__DEMUX_COST_NS = eINSTANCE.getTimingParameters_DemuxCostNs();

		/**
		 * The meta object literal for the '<em><b>Issue Cost Ns</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIMING_PARAMETERS__ISSUE_COST_NS = eINSTANCE.getTimingParameters_IssueCostNs();

		/**
		 * The meta object literal for the '<em><b>Switch Hop Latency Ns</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIMING_PARAMETERS__SWITCH_HOP_LATENCY_NS = eINSTANCE.getTimingParameters_SwitchHopLatencyNs();

		/**
		 * The meta object literal for the '<em><b>Accept Cost Ns</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIMING_PARAMETERS__ACCEPT_COST_NS = eINSTANCE.getTimingParameters_AcceptCostNs();

		/**
		 * The meta object literal for the '<em><b>Cm Response Timeout</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIMING_PARAMETERS__CM_RESPONSE_TIMEOUT = eINSTANCE.getTimingParameters_CmResponseTimeout();

		/**
		 * The meta object literal for the '<em><b>Cm Max Retries</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIMING_PARAMETERS__CM_MAX_RETRIES = eINSTANCE.getTimingParameters_CmMaxRetries();

		/**
		 * The meta object literal for the '<em><b>Sa Query Retries</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIMING_PARAMETERS__SA_QUERY_RETRIES = eINSTANCE.getTimingParameters_SaQueryRetries();

		/**
		 * The meta object literal for the '<em><b>Mra Service Timeout</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIMING_PARAMETERS__MRA_SERVICE_TIMEOUT = eINSTANCE.getTimingParameters_MraServiceTimeout();

		/**
		 * The meta object literal for the '<em><b>Cm Id Cache Life Ms</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIMING_PARAMETERS__CM_ID_CACHE_LIFE_MS = eINSTANCE.getTimingParameters_CmIdCacheLifeMs();

		/**
		 * The meta object literal for the '<em><b>Distributions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TIMING_PARAMETERS__DISTRIBUTIONS = eINSTANCE.getTimingParameters_Distributions();

		/**
		 * The meta object literal for the '<em><b>Calibration Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIMING_PARAMETERS__CALIBRATION_SOURCE = eINSTANCE.getTimingParameters_CalibrationSource();

		/**
		 * The meta object literal for the '{@link io.hcastudio.model.impl.TimingDistributionImpl <em>Timing Distribution</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.hcastudio.model.impl.TimingDistributionImpl
		 * @see io.hcastudio.model.impl.HcaPackageImpl#getTimingDistribution()
		 * @generated
		 */
		EClass TIMING_DISTRIBUTION = eINSTANCE.getTimingDistribution();

		/**
		 * The meta object literal for the '<em><b>Parameter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIMING_DISTRIBUTION__PARAMETER = eINSTANCE.getTimingDistribution_Parameter();

		/**
		 * The meta object literal for the '<em><b>Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIMING_DISTRIBUTION__EXPRESSION = eINSTANCE.getTimingDistribution_Expression();

		/**
		 * The meta object literal for the '{@link io.hcastudio.model.impl.ScenarioImpl <em>Scenario</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.hcastudio.model.impl.ScenarioImpl
		 * @see io.hcastudio.model.impl.HcaPackageImpl#getScenario()
		 * @generated
		 */
		EClass SCENARIO = eINSTANCE.getScenario();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__DESCRIPTION = eINSTANCE.getScenario_Description();

		/**
		 * The meta object literal for the '<em><b>Preset Override</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__PRESET_OVERRIDE = eINSTANCE.getScenario_PresetOverride();

		/**
		 * The meta object literal for the '<em><b>Workloads</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__WORKLOADS = eINSTANCE.getScenario_Workloads();

		/**
		 * The meta object literal for the '<em><b>Run Settings</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__RUN_SETTINGS = eINSTANCE.getScenario_RunSettings();

		/**
		 * The meta object literal for the '<em><b>Studies</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__STUDIES = eINSTANCE.getScenario_Studies();

		/**
		 * The meta object literal for the '<em><b>Timing</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__TIMING = eINSTANCE.getScenario_Timing();

		/**
		 * The meta object literal for the '<em><b>Faults</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__FAULTS = eINSTANCE.getScenario_Faults();

		/**
		 * The meta object literal for the '<em><b>Events</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__EVENTS = eINSTANCE.getScenario_Events();

		/**
		 * The meta object literal for the '<em><b>Reactions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__REACTIONS = eINSTANCE.getScenario_Reactions();

		/**
		 * The meta object literal for the '{@link io.hcastudio.model.impl.WorkloadImpl <em>Workload</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.hcastudio.model.impl.WorkloadImpl
		 * @see io.hcastudio.model.impl.HcaPackageImpl#getWorkload()
		 * @generated
		 */
		EClass WORKLOAD = eINSTANCE.getWorkload();

		/**
		 * The meta object literal for the '<em><b>Function</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKLOAD__FUNCTION = eINSTANCE.getWorkload_Function();

		/**
		 * The meta object literal for the '<em><b>Port Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKLOAD__PORT_NUMBER = eINSTANCE.getWorkload_PortNumber();

		/**
		 * The meta object literal for the '<em><b>Start Time Ns</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKLOAD__START_TIME_NS = eINSTANCE.getWorkload_StartTimeNs();

		/**
		 * The meta object literal for the '{@link io.hcastudio.model.impl.OutboundBurstImpl <em>Outbound Burst</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.hcastudio.model.impl.OutboundBurstImpl
		 * @see io.hcastudio.model.impl.HcaPackageImpl#getOutboundBurst()
		 * @generated
		 */
		EClass OUTBOUND_BURST = eINSTANCE.getOutboundBurst();

		/**
		 * The meta object literal for the '<em><b>Mad Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTBOUND_BURST__MAD_COUNT = eINSTANCE.getOutboundBurst_MadCount();

		/**
		 * The meta object literal for the '{@link io.hcastudio.model.impl.InboundBurstImpl <em>Inbound Burst</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.hcastudio.model.impl.InboundBurstImpl
		 * @see io.hcastudio.model.impl.HcaPackageImpl#getInboundBurst()
		 * @generated
		 */
		EClass INBOUND_BURST = eINSTANCE.getInboundBurst();

		/**
		 * The meta object literal for the '<em><b>Mad Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INBOUND_BURST__MAD_COUNT = eINSTANCE.getInboundBurst_MadCount();

		/**
		 * The meta object literal for the '{@link io.hcastudio.model.impl.CmtimeInstanceImpl <em>Cmtime Instance</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.hcastudio.model.impl.CmtimeInstanceImpl
		 * @see io.hcastudio.model.impl.HcaPackageImpl#getCmtimeInstance()
		 * @generated
		 */
		EClass CMTIME_INSTANCE = eINSTANCE.getCmtimeInstance();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CMTIME_INSTANCE__ROLE = eINSTANCE.getCmtimeInstance_Role();

		/**
		 * The meta object literal for the '<em><b>Peer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CMTIME_INSTANCE__PEER = eINSTANCE.getCmtimeInstance_Peer();

		/**
		 * The meta object literal for the '<em><b>Connections</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CMTIME_INSTANCE__CONNECTIONS = eINSTANCE.getCmtimeInstance_Connections();

		/**
		 * The meta object literal for the '<em><b>Timeout Ms</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CMTIME_INSTANCE__TIMEOUT_MS = eINSTANCE.getCmtimeInstance_TimeoutMs();

		/**
		 * The meta object literal for the '<em><b>Retries</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CMTIME_INSTANCE__RETRIES = eINSTANCE.getCmtimeInstance_Retries();

		/**
		 * The meta object literal for the '{@link io.hcastudio.model.impl.InboundFanInImpl <em>Inbound Fan In</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.hcastudio.model.impl.InboundFanInImpl
		 * @see io.hcastudio.model.impl.HcaPackageImpl#getInboundFanIn()
		 * @generated
		 */
		EClass INBOUND_FAN_IN = eINSTANCE.getInboundFanIn();

		/**
		 * The meta object literal for the '<em><b>Peer Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INBOUND_FAN_IN__PEER_COUNT = eINSTANCE.getInboundFanIn_PeerCount();

		/**
		 * The meta object literal for the '<em><b>Mads Per Peer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INBOUND_FAN_IN__MADS_PER_PEER = eINSTANCE.getInboundFanIn_MadsPerPeer();

		/**
		 * The meta object literal for the '<em><b>Interval Ns</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INBOUND_FAN_IN__INTERVAL_NS = eINSTANCE.getInboundFanIn_IntervalNs();

		/**
		 * The meta object literal for the '{@link io.hcastudio.model.impl.FaultImpl <em>Fault</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.hcastudio.model.impl.FaultImpl
		 * @see io.hcastudio.model.impl.HcaPackageImpl#getFault()
		 * @generated
		 */
		EClass FAULT = eINSTANCE.getFault();

		/**
		 * The meta object literal for the '<em><b>Start Time Ns</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FAULT__START_TIME_NS = eINSTANCE.getFault_StartTimeNs();

		/**
		 * The meta object literal for the '<em><b>Duration Ns</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FAULT__DURATION_NS = eINSTANCE.getFault_DurationNs();

		/**
		 * The meta object literal for the '{@link io.hcastudio.model.impl.LinkFaultImpl <em>Link Fault</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.hcastudio.model.impl.LinkFaultImpl
		 * @see io.hcastudio.model.impl.HcaPackageImpl#getLinkFault()
		 * @generated
		 */
		EClass LINK_FAULT = eINSTANCE.getLinkFault();

		/**
		 * The meta object literal for the '<em><b>Link</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LINK_FAULT__LINK = eINSTANCE.getLinkFault_Link();

		/**
		 * The meta object literal for the '<em><b>Port</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LINK_FAULT__PORT = eINSTANCE.getLinkFault_Port();

		/**
		 * The meta object literal for the '<em><b>Down</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINK_FAULT__DOWN = eINSTANCE.getLinkFault_Down();

		/**
		 * The meta object literal for the '<em><b>Loss Probability</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINK_FAULT__LOSS_PROBABILITY = eINSTANCE.getLinkFault_LossProbability();

		/**
		 * The meta object literal for the '<em><b>Extra Latency Ns</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINK_FAULT__EXTRA_LATENCY_NS = eINSTANCE.getLinkFault_ExtraLatencyNs();

		/**
		 * The meta object literal for the '{@link io.hcastudio.model.impl.KworkerStallFaultImpl <em>Kworker Stall Fault</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.hcastudio.model.impl.KworkerStallFaultImpl
		 * @see io.hcastudio.model.impl.HcaPackageImpl#getKworkerStallFault()
		 * @generated
		 */
		EClass KWORKER_STALL_FAULT = eINSTANCE.getKworkerStallFault();

		/**
		 * The meta object literal for the '<em><b>Hca</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KWORKER_STALL_FAULT__HCA = eINSTANCE.getKworkerStallFault_Hca();

		/**
		 * The meta object literal for the '<em><b>Cpus</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KWORKER_STALL_FAULT__CPUS = eINSTANCE.getKworkerStallFault_Cpus();

		/**
		 * The meta object literal for the '{@link io.hcastudio.model.impl.SmOutageFaultImpl <em>Sm Outage Fault</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.hcastudio.model.impl.SmOutageFaultImpl
		 * @see io.hcastudio.model.impl.HcaPackageImpl#getSmOutageFault()
		 * @generated
		 */
		EClass SM_OUTAGE_FAULT = eINSTANCE.getSmOutageFault();

		/**
		 * The meta object literal for the '{@link io.hcastudio.model.impl.SaSlowdownFaultImpl <em>Sa Slowdown Fault</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.hcastudio.model.impl.SaSlowdownFaultImpl
		 * @see io.hcastudio.model.impl.HcaPackageImpl#getSaSlowdownFault()
		 * @generated
		 */
		EClass SA_SLOWDOWN_FAULT = eINSTANCE.getSaSlowdownFault();

		/**
		 * The meta object literal for the '<em><b>Extra Service Time Ns</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SA_SLOWDOWN_FAULT__EXTRA_SERVICE_TIME_NS = eINSTANCE.getSaSlowdownFault_ExtraServiceTimeNs();

		/**
		 * The meta object literal for the '<em><b>Queue Capacity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SA_SLOWDOWN_FAULT__QUEUE_CAPACITY = eINSTANCE.getSaSlowdownFault_QueueCapacity();

		/**
		 * The meta object literal for the '{@link io.hcastudio.model.impl.FunctionResetFaultImpl <em>Function Reset Fault</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.hcastudio.model.impl.FunctionResetFaultImpl
		 * @see io.hcastudio.model.impl.HcaPackageImpl#getFunctionResetFault()
		 * @generated
		 */
		EClass FUNCTION_RESET_FAULT = eINSTANCE.getFunctionResetFault();

		/**
		 * The meta object literal for the '<em><b>Function</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FUNCTION_RESET_FAULT__FUNCTION = eINSTANCE.getFunctionResetFault_Function();

		/**
		 * The meta object literal for the '{@link io.hcastudio.model.impl.NetworkEventImpl <em>Network Event</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.hcastudio.model.impl.NetworkEventImpl
		 * @see io.hcastudio.model.impl.HcaPackageImpl#getNetworkEvent()
		 * @generated
		 */
		EClass NETWORK_EVENT = eINSTANCE.getNetworkEvent();

		/**
		 * The meta object literal for the '<em><b>Time Ns</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_EVENT__TIME_NS = eINSTANCE.getNetworkEvent_TimeNs();

		/**
		 * The meta object literal for the '{@link io.hcastudio.model.impl.LinkEventImpl <em>Link Event</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.hcastudio.model.impl.LinkEventImpl
		 * @see io.hcastudio.model.impl.HcaPackageImpl#getLinkEvent()
		 * @generated
		 */
		EClass LINK_EVENT = eINSTANCE.getLinkEvent();

		/**
		 * The meta object literal for the '<em><b>Link</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LINK_EVENT__LINK = eINSTANCE.getLinkEvent_Link();

		/**
		 * The meta object literal for the '<em><b>Port</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LINK_EVENT__PORT = eINSTANCE.getLinkEvent_Port();

		/**
		 * The meta object literal for the '<em><b>Fabric Switch</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LINK_EVENT__FABRIC_SWITCH = eINSTANCE.getLinkEvent_FabricSwitch();

		/**
		 * The meta object literal for the '<em><b>Down Duration Ns</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINK_EVENT__DOWN_DURATION_NS = eINSTANCE.getLinkEvent_DownDurationNs();

		/**
		 * The meta object literal for the '{@link io.hcastudio.model.impl.SmEventImpl <em>Sm Event</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.hcastudio.model.impl.SmEventImpl
		 * @see io.hcastudio.model.impl.HcaPackageImpl#getSmEvent()
		 * @generated
		 */
		EClass SM_EVENT = eINSTANCE.getSmEvent();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SM_EVENT__KIND = eINSTANCE.getSmEvent_Kind();

		/**
		 * The meta object literal for the '<em><b>Failover Gap Ns</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SM_EVENT__FAILOVER_GAP_NS = eINSTANCE.getSmEvent_FailoverGapNs();

		/**
		 * The meta object literal for the '{@link io.hcastudio.model.impl.PortChangeEventImpl <em>Port Change Event</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.hcastudio.model.impl.PortChangeEventImpl
		 * @see io.hcastudio.model.impl.HcaPackageImpl#getPortChangeEvent()
		 * @generated
		 */
		EClass PORT_CHANGE_EVENT = eINSTANCE.getPortChangeEvent();

		/**
		 * The meta object literal for the '<em><b>Port</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PORT_CHANGE_EVENT__PORT = eINSTANCE.getPortChangeEvent_Port();

		/**
		 * The meta object literal for the '<em><b>Change</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PORT_CHANGE_EVENT__CHANGE = eINSTANCE.getPortChangeEvent_Change();

		/**
		 * The meta object literal for the '{@link io.hcastudio.model.impl.StackReactionImpl <em>Stack Reaction</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.hcastudio.model.impl.StackReactionImpl
		 * @see io.hcastudio.model.impl.HcaPackageImpl#getStackReaction()
		 * @generated
		 */
		EClass STACK_REACTION = eINSTANCE.getStackReaction();

		/**
		 * The meta object literal for the '<em><b>Function</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STACK_REACTION__FUNCTION = eINSTANCE.getStackReaction_Function();

		/**
		 * The meta object literal for the '<em><b>Multicast Groups</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STACK_REACTION__MULTICAST_GROUPS = eINSTANCE.getStackReaction_MulticastGroups();

		/**
		 * The meta object literal for the '<em><b>Neighbours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STACK_REACTION__NEIGHBOURS = eINSTANCE.getStackReaction_Neighbours();

		/**
		 * The meta object literal for the '<em><b>Connections</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STACK_REACTION__CONNECTIONS = eINSTANCE.getStackReaction_Connections();

		/**
		 * The meta object literal for the '<em><b>Peer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STACK_REACTION__PEER = eINSTANCE.getStackReaction_Peer();

		/**
		 * The meta object literal for the '{@link io.hcastudio.model.impl.RunSettingsImpl <em>Run Settings</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.hcastudio.model.impl.RunSettingsImpl
		 * @see io.hcastudio.model.impl.HcaPackageImpl#getRunSettings()
		 * @generated
		 */
		EClass RUN_SETTINGS = eINSTANCE.getRunSettings();

		/**
		 * The meta object literal for the '<em><b>Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_SETTINGS__SEED = eINSTANCE.getRunSettings_Seed();

		/**
		 * The meta object literal for the '<em><b>Stop Time Ms</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_SETTINGS__STOP_TIME_MS = eINSTANCE.getRunSettings_StopTimeMs();

		/**
		 * The meta object literal for the '<em><b>Replications</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_SETTINGS__REPLICATIONS = eINSTANCE.getRunSettings_Replications();

		/**
		 * The meta object literal for the '<em><b>Randomize Ties</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_SETTINGS__RANDOMIZE_TIES = eINSTANCE.getRunSettings_RandomizeTies();

		/**
		 * The meta object literal for the '{@link io.hcastudio.model.impl.StudyImpl <em>Study</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.hcastudio.model.impl.StudyImpl
		 * @see io.hcastudio.model.impl.HcaPackageImpl#getStudy()
		 * @generated
		 */
		EClass STUDY = eINSTANCE.getStudy();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__PARAMETERS = eINSTANCE.getStudy_Parameters();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__KIND = eINSTANCE.getStudy_Kind();

		/**
		 * The meta object literal for the '<em><b>Profiles</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__PROFILES = eINSTANCE.getStudy_Profiles();

		/**
		 * The meta object literal for the '{@link io.hcastudio.model.impl.SweepParameterImpl <em>Sweep Parameter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.hcastudio.model.impl.SweepParameterImpl
		 * @see io.hcastudio.model.impl.HcaPackageImpl#getSweepParameter()
		 * @generated
		 */
		EClass SWEEP_PARAMETER = eINSTANCE.getSweepParameter();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWEEP_PARAMETER__KEY = eINSTANCE.getSweepParameter_Key();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWEEP_PARAMETER__VALUES = eINSTANCE.getSweepParameter_Values();

		/**
		 * The meta object literal for the '{@link io.hcastudio.model.SmEventKind <em>Sm Event Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.hcastudio.model.SmEventKind
		 * @see io.hcastudio.model.impl.HcaPackageImpl#getSmEventKind()
		 * @generated
		 */
		EEnum SM_EVENT_KIND = eINSTANCE.getSmEventKind();

		/**
		 * The meta object literal for the '{@link io.hcastudio.model.PortChangeKind <em>Port Change Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.hcastudio.model.PortChangeKind
		 * @see io.hcastudio.model.impl.HcaPackageImpl#getPortChangeKind()
		 * @generated
		 */
		EEnum PORT_CHANGE_KIND = eINSTANCE.getPortChangeKind();

		/**
		 * The meta object literal for the '{@link io.hcastudio.model.LinkLayer <em>Link Layer</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.hcastudio.model.LinkLayer
		 * @see io.hcastudio.model.impl.HcaPackageImpl#getLinkLayer()
		 * @generated
		 */
		EEnum LINK_LAYER = eINSTANCE.getLinkLayer();

		/**
		 * The meta object literal for the '{@link io.hcastudio.model.LinkWidth <em>Link Width</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.hcastudio.model.LinkWidth
		 * @see io.hcastudio.model.impl.HcaPackageImpl#getLinkWidth()
		 * @generated
		 */
		EEnum LINK_WIDTH = eINSTANCE.getLinkWidth();

		/**
		 * The meta object literal for the '{@link io.hcastudio.model.LinkSpeed <em>Link Speed</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.hcastudio.model.LinkSpeed
		 * @see io.hcastudio.model.impl.HcaPackageImpl#getLinkSpeed()
		 * @generated
		 */
		EEnum LINK_SPEED = eINSTANCE.getLinkSpeed();

		/**
		 * The meta object literal for the '{@link io.hcastudio.model.FunctionOwner <em>Function Owner</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.hcastudio.model.FunctionOwner
		 * @see io.hcastudio.model.impl.HcaPackageImpl#getFunctionOwner()
		 * @generated
		 */
		EEnum FUNCTION_OWNER = eINSTANCE.getFunctionOwner();

		/**
		 * The meta object literal for the '{@link io.hcastudio.model.ProfilePreset <em>Profile Preset</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.hcastudio.model.ProfilePreset
		 * @see io.hcastudio.model.impl.HcaPackageImpl#getProfilePreset()
		 * @generated
		 */
		EEnum PROFILE_PRESET = eINSTANCE.getProfilePreset();

		/**
		 * The meta object literal for the '{@link io.hcastudio.model.WorkQueueMode <em>Work Queue Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.hcastudio.model.WorkQueueMode
		 * @see io.hcastudio.model.impl.HcaPackageImpl#getWorkQueueMode()
		 * @generated
		 */
		EEnum WORK_QUEUE_MODE = eINSTANCE.getWorkQueueMode();

		/**
		 * The meta object literal for the '{@link io.hcastudio.model.StudyKind <em>Study Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.hcastudio.model.StudyKind
		 * @see io.hcastudio.model.impl.HcaPackageImpl#getStudyKind()
		 * @generated
		 */
		EEnum STUDY_KIND = eINSTANCE.getStudyKind();

		/**
		 * The meta object literal for the '{@link io.hcastudio.model.CmtimeRole <em>Cmtime Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.hcastudio.model.CmtimeRole
		 * @see io.hcastudio.model.impl.HcaPackageImpl#getCmtimeRole()
		 * @generated
		 */
		EEnum CMTIME_ROLE = eINSTANCE.getCmtimeRole();

		/**
		 * The meta object literal for the '<em>Guid</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.hcastudio.model.impl.HcaPackageImpl#getGuid()
		 * @generated
		 */
		EDataType GUID = eINSTANCE.getGuid();

	}

} //HcaPackage
