/**
 * HCA Studio. Generated from model/hcastudio.ecore; do not edit, regenerate (see releng/emf-codegen/README.md).
 */
package io.hcastudio.model.util;

import io.hcastudio.model.*;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see io.hcastudio.model.HcaPackage
 * @generated
 */
public class HcaSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static HcaPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public HcaSwitch() {
		if (modelPackage == null) {
			modelPackage = HcaPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case HcaPackage.NAMED_ELEMENT: {
				NamedElement namedElement = (NamedElement)theEObject;
				T result = caseNamedElement(namedElement);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case HcaPackage.NODE_ELEMENT: {
				NodeElement nodeElement = (NodeElement)theEObject;
				T result = caseNodeElement(nodeElement);
				if (result == null) result = caseNamedElement(nodeElement);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case HcaPackage.TOPOLOGY: {
				Topology topology = (Topology)theEObject;
				T result = caseTopology(topology);
				if (result == null) result = caseNamedElement(topology);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case HcaPackage.HOST: {
				Host host = (Host)theEObject;
				T result = caseHost(host);
				if (result == null) result = caseNodeElement(host);
				if (result == null) result = caseNamedElement(host);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case HcaPackage.FABRIC_NODE: {
				FabricNode fabricNode = (FabricNode)theEObject;
				T result = caseFabricNode(fabricNode);
				if (result == null) result = caseNodeElement(fabricNode);
				if (result == null) result = caseNamedElement(fabricNode);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case HcaPackage.HCA: {
				Hca hca = (Hca)theEObject;
				T result = caseHca(hca);
				if (result == null) result = caseFabricNode(hca);
				if (result == null) result = caseNodeElement(hca);
				if (result == null) result = caseNamedElement(hca);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case HcaPackage.SWITCH: {
				io.hcastudio.model.Switch switch_ = (io.hcastudio.model.Switch)theEObject;
				T result = caseSwitch(switch_);
				if (result == null) result = caseFabricNode(switch_);
				if (result == null) result = caseNodeElement(switch_);
				if (result == null) result = caseNamedElement(switch_);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case HcaPackage.ROUTER: {
				Router router = (Router)theEObject;
				T result = caseRouter(router);
				if (result == null) result = caseFabricNode(router);
				if (result == null) result = caseNodeElement(router);
				if (result == null) result = caseNamedElement(router);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case HcaPackage.PORT: {
				Port port = (Port)theEObject;
				T result = casePort(port);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case HcaPackage.LINK: {
				Link link = (Link)theEObject;
				T result = caseLink(link);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case HcaPackage.SUBNET_MANAGER: {
				SubnetManager subnetManager = (SubnetManager)theEObject;
				T result = caseSubnetManager(subnetManager);
				if (result == null) result = caseNamedElement(subnetManager);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case HcaPackage.PCI_FUNCTION: {
				PciFunction pciFunction = (PciFunction)theEObject;
				T result = casePciFunction(pciFunction);
				if (result == null) result = caseNodeElement(pciFunction);
				if (result == null) result = caseNamedElement(pciFunction);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case HcaPackage.FUNCTION_INTERFACE: {
				FunctionInterface functionInterface = (FunctionInterface)theEObject;
				T result = caseFunctionInterface(functionInterface);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case HcaPackage.VIRTUAL_MACHINE: {
				VirtualMachine virtualMachine = (VirtualMachine)theEObject;
				T result = caseVirtualMachine(virtualMachine);
				if (result == null) result = caseNodeElement(virtualMachine);
				if (result == null) result = caseNamedElement(virtualMachine);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case HcaPackage.DRIVER_PROFILE: {
				DriverProfile driverProfile = (DriverProfile)theEObject;
				T result = caseDriverProfile(driverProfile);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case HcaPackage.TIMING_PARAMETERS: {
				TimingParameters timingParameters = (TimingParameters)theEObject;
				T result = caseTimingParameters(timingParameters);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case HcaPackage.TIMING_DISTRIBUTION: {
				TimingDistribution timingDistribution = (TimingDistribution)theEObject;
				T result = caseTimingDistribution(timingDistribution);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case HcaPackage.SCENARIO: {
				Scenario scenario = (Scenario)theEObject;
				T result = caseScenario(scenario);
				if (result == null) result = caseNamedElement(scenario);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case HcaPackage.WORKLOAD: {
				Workload workload = (Workload)theEObject;
				T result = caseWorkload(workload);
				if (result == null) result = caseNamedElement(workload);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case HcaPackage.OUTBOUND_BURST: {
				OutboundBurst outboundBurst = (OutboundBurst)theEObject;
				T result = caseOutboundBurst(outboundBurst);
				if (result == null) result = caseWorkload(outboundBurst);
				if (result == null) result = caseNamedElement(outboundBurst);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case HcaPackage.INBOUND_BURST: {
				InboundBurst inboundBurst = (InboundBurst)theEObject;
				T result = caseInboundBurst(inboundBurst);
				if (result == null) result = caseWorkload(inboundBurst);
				if (result == null) result = caseNamedElement(inboundBurst);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case HcaPackage.CMTIME_INSTANCE: {
				CmtimeInstance cmtimeInstance = (CmtimeInstance)theEObject;
				T result = caseCmtimeInstance(cmtimeInstance);
				if (result == null) result = caseWorkload(cmtimeInstance);
				if (result == null) result = caseNamedElement(cmtimeInstance);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case HcaPackage.INBOUND_FAN_IN: {
				InboundFanIn inboundFanIn = (InboundFanIn)theEObject;
				T result = caseInboundFanIn(inboundFanIn);
				if (result == null) result = caseWorkload(inboundFanIn);
				if (result == null) result = caseNamedElement(inboundFanIn);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case HcaPackage.FAULT: {
				Fault fault = (Fault)theEObject;
				T result = caseFault(fault);
				if (result == null) result = caseNamedElement(fault);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case HcaPackage.LINK_FAULT: {
				LinkFault linkFault = (LinkFault)theEObject;
				T result = caseLinkFault(linkFault);
				if (result == null) result = caseFault(linkFault);
				if (result == null) result = caseNamedElement(linkFault);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case HcaPackage.KWORKER_STALL_FAULT: {
				KworkerStallFault kworkerStallFault = (KworkerStallFault)theEObject;
				T result = caseKworkerStallFault(kworkerStallFault);
				if (result == null) result = caseFault(kworkerStallFault);
				if (result == null) result = caseNamedElement(kworkerStallFault);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case HcaPackage.SM_OUTAGE_FAULT: {
				SmOutageFault smOutageFault = (SmOutageFault)theEObject;
				T result = caseSmOutageFault(smOutageFault);
				if (result == null) result = caseFault(smOutageFault);
				if (result == null) result = caseNamedElement(smOutageFault);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case HcaPackage.SA_SLOWDOWN_FAULT: {
				SaSlowdownFault saSlowdownFault = (SaSlowdownFault)theEObject;
				T result = caseSaSlowdownFault(saSlowdownFault);
				if (result == null) result = caseFault(saSlowdownFault);
				if (result == null) result = caseNamedElement(saSlowdownFault);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case HcaPackage.FUNCTION_RESET_FAULT: {
				FunctionResetFault functionResetFault = (FunctionResetFault)theEObject;
				T result = caseFunctionResetFault(functionResetFault);
				if (result == null) result = caseFault(functionResetFault);
				if (result == null) result = caseNamedElement(functionResetFault);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case HcaPackage.NETWORK_EVENT: {
				NetworkEvent networkEvent = (NetworkEvent)theEObject;
				T result = caseNetworkEvent(networkEvent);
				if (result == null) result = caseNamedElement(networkEvent);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case HcaPackage.LINK_EVENT: {
				LinkEvent linkEvent = (LinkEvent)theEObject;
				T result = caseLinkEvent(linkEvent);
				if (result == null) result = caseNetworkEvent(linkEvent);
				if (result == null) result = caseNamedElement(linkEvent);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case HcaPackage.SM_EVENT: {
				SmEvent smEvent = (SmEvent)theEObject;
				T result = caseSmEvent(smEvent);
				if (result == null) result = caseNetworkEvent(smEvent);
				if (result == null) result = caseNamedElement(smEvent);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case HcaPackage.PORT_CHANGE_EVENT: {
				PortChangeEvent portChangeEvent = (PortChangeEvent)theEObject;
				T result = casePortChangeEvent(portChangeEvent);
				if (result == null) result = caseNetworkEvent(portChangeEvent);
				if (result == null) result = caseNamedElement(portChangeEvent);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case HcaPackage.STACK_REACTION: {
				StackReaction stackReaction = (StackReaction)theEObject;
				T result = caseStackReaction(stackReaction);
				if (result == null) result = caseNamedElement(stackReaction);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case HcaPackage.RUN_SETTINGS: {
				RunSettings runSettings = (RunSettings)theEObject;
				T result = caseRunSettings(runSettings);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case HcaPackage.STUDY: {
				Study study = (Study)theEObject;
				T result = caseStudy(study);
				if (result == null) result = caseNamedElement(study);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case HcaPackage.SWEEP_PARAMETER: {
				SweepParameter sweepParameter = (SweepParameter)theEObject;
				T result = caseSweepParameter(sweepParameter);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Named Element</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Named Element</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNamedElement(NamedElement object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Node Element</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Node Element</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNodeElement(NodeElement object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Topology</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Topology</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTopology(Topology object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Host</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Host</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseHost(Host object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Fabric Node</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Fabric Node</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFabricNode(FabricNode object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Hca</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Hca</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseHca(Hca object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Switch</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Switch</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSwitch(io.hcastudio.model.Switch object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Router</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Router</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRouter(Router object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Port</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Port</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePort(Port object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Link</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Link</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLink(Link object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Subnet Manager</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Subnet Manager</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSubnetManager(SubnetManager object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Pci Function</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Pci Function</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePciFunction(PciFunction object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Function Interface</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Function Interface</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFunctionInterface(FunctionInterface object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Virtual Machine</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Virtual Machine</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseVirtualMachine(VirtualMachine object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Driver Profile</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Driver Profile</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDriverProfile(DriverProfile object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Timing Parameters</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Timing Parameters</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTimingParameters(TimingParameters object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Timing Distribution</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Timing Distribution</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTimingDistribution(TimingDistribution object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Scenario</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Scenario</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseScenario(Scenario object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Workload</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Workload</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseWorkload(Workload object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Outbound Burst</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Outbound Burst</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOutboundBurst(OutboundBurst object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Inbound Burst</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Inbound Burst</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInboundBurst(InboundBurst object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Cmtime Instance</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Cmtime Instance</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCmtimeInstance(CmtimeInstance object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Inbound Fan In</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Inbound Fan In</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInboundFanIn(InboundFanIn object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Fault</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Fault</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFault(Fault object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Link Fault</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Link Fault</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLinkFault(LinkFault object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Kworker Stall Fault</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Kworker Stall Fault</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseKworkerStallFault(KworkerStallFault object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Sm Outage Fault</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Sm Outage Fault</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSmOutageFault(SmOutageFault object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Sa Slowdown Fault</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Sa Slowdown Fault</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSaSlowdownFault(SaSlowdownFault object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Function Reset Fault</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Function Reset Fault</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFunctionResetFault(FunctionResetFault object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Network Event</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Network Event</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNetworkEvent(NetworkEvent object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Link Event</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Link Event</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLinkEvent(LinkEvent object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Sm Event</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Sm Event</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSmEvent(SmEvent object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Port Change Event</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Port Change Event</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePortChangeEvent(PortChangeEvent object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Stack Reaction</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Stack Reaction</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStackReaction(StackReaction object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Run Settings</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Run Settings</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRunSettings(RunSettings object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Study</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Study</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStudy(Study object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Sweep Parameter</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Sweep Parameter</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSweepParameter(SweepParameter object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //HcaSwitch
