/**
 * HCA Studio. Generated from model/hcastudio.ecore; do not edit, regenerate (see releng/emf-codegen/README.md).
 */
package io.hcastudio.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see io.hcastudio.model.HcaPackage
 * @generated
 */
public interface HcaFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	HcaFactory eINSTANCE = io.hcastudio.model.impl.HcaFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Topology</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Topology</em>'.
	 * @generated
	 */
	Topology createTopology();

	/**
	 * Returns a new object of class '<em>Host</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Host</em>'.
	 * @generated
	 */
	Host createHost();

	/**
	 * Returns a new object of class '<em>Hca</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Hca</em>'.
	 * @generated
	 */
	Hca createHca();

	/**
	 * Returns a new object of class '<em>Switch</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Switch</em>'.
	 * @generated
	 */
	Switch createSwitch();

	/**
	 * Returns a new object of class '<em>Router</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Router</em>'.
	 * @generated
	 */
	Router createRouter();

	/**
	 * Returns a new object of class '<em>Port</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Port</em>'.
	 * @generated
	 */
	Port createPort();

	/**
	 * Returns a new object of class '<em>Link</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Link</em>'.
	 * @generated
	 */
	Link createLink();

	/**
	 * Returns a new object of class '<em>Subnet Manager</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Subnet Manager</em>'.
	 * @generated
	 */
	SubnetManager createSubnetManager();

	/**
	 * Returns a new object of class '<em>Pci Function</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pci Function</em>'.
	 * @generated
	 */
	PciFunction createPciFunction();

	/**
	 * Returns a new object of class '<em>Function Interface</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Function Interface</em>'.
	 * @generated
	 */
	FunctionInterface createFunctionInterface();

	/**
	 * Returns a new object of class '<em>Virtual Machine</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Virtual Machine</em>'.
	 * @generated
	 */
	VirtualMachine createVirtualMachine();

	/**
	 * Returns a new object of class '<em>Driver Profile</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Driver Profile</em>'.
	 * @generated
	 */
	DriverProfile createDriverProfile();

	/**
	 * Returns a new object of class '<em>Timing Parameters</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Timing Parameters</em>'.
	 * @generated
	 */
	TimingParameters createTimingParameters();

	/**
	 * Returns a new object of class '<em>Timing Distribution</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Timing Distribution</em>'.
	 * @generated
	 */
	TimingDistribution createTimingDistribution();

	/**
	 * Returns a new object of class '<em>Scenario</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Scenario</em>'.
	 * @generated
	 */
	Scenario createScenario();

	/**
	 * Returns a new object of class '<em>Outbound Burst</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Outbound Burst</em>'.
	 * @generated
	 */
	OutboundBurst createOutboundBurst();

	/**
	 * Returns a new object of class '<em>Inbound Burst</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Inbound Burst</em>'.
	 * @generated
	 */
	InboundBurst createInboundBurst();

	/**
	 * Returns a new object of class '<em>Cmtime Instance</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Cmtime Instance</em>'.
	 * @generated
	 */
	CmtimeInstance createCmtimeInstance();

	/**
	 * Returns a new object of class '<em>Inbound Fan In</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Inbound Fan In</em>'.
	 * @generated
	 */
	InboundFanIn createInboundFanIn();

	/**
	 * Returns a new object of class '<em>Link Fault</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Link Fault</em>'.
	 * @generated
	 */
	LinkFault createLinkFault();

	/**
	 * Returns a new object of class '<em>Kworker Stall Fault</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Kworker Stall Fault</em>'.
	 * @generated
	 */
	KworkerStallFault createKworkerStallFault();

	/**
	 * Returns a new object of class '<em>Sm Outage Fault</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Sm Outage Fault</em>'.
	 * @generated
	 */
	SmOutageFault createSmOutageFault();

	/**
	 * Returns a new object of class '<em>Sa Slowdown Fault</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Sa Slowdown Fault</em>'.
	 * @generated
	 */
	SaSlowdownFault createSaSlowdownFault();

	/**
	 * Returns a new object of class '<em>Function Reset Fault</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Function Reset Fault</em>'.
	 * @generated
	 */
	FunctionResetFault createFunctionResetFault();

	/**
	 * Returns a new object of class '<em>Link Event</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Link Event</em>'.
	 * @generated
	 */
	LinkEvent createLinkEvent();

	/**
	 * Returns a new object of class '<em>Sm Event</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Sm Event</em>'.
	 * @generated
	 */
	SmEvent createSmEvent();

	/**
	 * Returns a new object of class '<em>Port Change Event</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Port Change Event</em>'.
	 * @generated
	 */
	PortChangeEvent createPortChangeEvent();

	/**
	 * Returns a new object of class '<em>Stack Reaction</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Stack Reaction</em>'.
	 * @generated
	 */
	StackReaction createStackReaction();

	/**
	 * Returns a new object of class '<em>Run Settings</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Run Settings</em>'.
	 * @generated
	 */
	RunSettings createRunSettings();

	/**
	 * Returns a new object of class '<em>Study</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Study</em>'.
	 * @generated
	 */
	Study createStudy();

	/**
	 * Returns a new object of class '<em>Sweep Parameter</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Sweep Parameter</em>'.
	 * @generated
	 */
	SweepParameter createSweepParameter();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	HcaPackage getHcaPackage();

} //HcaFactory
