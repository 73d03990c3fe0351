/**
 * HCA Studio. Generated from model/hcastudio.ecore; do not edit, regenerate (see releng/emf-codegen/README.md).
 */
package io.hcastudio.model.util;

import io.hcastudio.model.*;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see io.hcastudio.model.HcaPackage
 * @generated
 */
public class HcaAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static HcaPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public HcaAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = HcaPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HcaSwitch<Adapter> modelSwitch =
		new HcaSwitch<Adapter>() {
			@Override
			public Adapter caseNamedElement(NamedElement object) {
				return createNamedElementAdapter();
			}
			@Override
			public Adapter caseNodeElement(NodeElement object) {
				return createNodeElementAdapter();
			}
			@Override
			public Adapter caseTopology(Topology object) {
				return createTopologyAdapter();
			}
			@Override
			public Adapter caseHost(Host object) {
				return createHostAdapter();
			}
			@Override
			public Adapter caseFabricNode(FabricNode object) {
				return createFabricNodeAdapter();
			}
			@Override
			public Adapter caseHca(Hca object) {
				return createHcaAdapter();
			}
			@Override
			public Adapter caseSwitch(Switch object) {
				return createSwitchAdapter();
			}
			@Override
			public Adapter caseRouter(Router object) {
				return createRouterAdapter();
			}
			@Override
			public Adapter casePort(Port object) {
				return createPortAdapter();
			}
			@Override
			public Adapter caseLink(Link object) {
				return createLinkAdapter();
			}
			@Override
			public Adapter caseSubnetManager(SubnetManager object) {
				return createSubnetManagerAdapter();
			}
			@Override
			public Adapter casePciFunction(PciFunction object) {
				return createPciFunctionAdapter();
			}
			@Override
			public Adapter caseFunctionInterface(FunctionInterface object) {
				return createFunctionInterfaceAdapter();
			}
			@Override
			public Adapter caseVirtualMachine(VirtualMachine object) {
				return createVirtualMachineAdapter();
			}
			@Override
			public Adapter caseDriverProfile(DriverProfile object) {
				return createDriverProfileAdapter();
			}
			@Override
			public Adapter caseTimingParameters(TimingParameters object) {
				return createTimingParametersAdapter();
			}
			@Override
			public Adapter caseTimingDistribution(TimingDistribution object) {
				return createTimingDistributionAdapter();
			}
			@Override
			public Adapter caseScenario(Scenario object) {
				return createScenarioAdapter();
			}
			@Override
			public Adapter caseWorkload(Workload object) {
				return createWorkloadAdapter();
			}
			@Override
			public Adapter caseOutboundBurst(OutboundBurst object) {
				return createOutboundBurstAdapter();
			}
			@Override
			public Adapter caseInboundBurst(InboundBurst object) {
				return createInboundBurstAdapter();
			}
			@Override
			public Adapter caseCmtimeInstance(CmtimeInstance object) {
				return createCmtimeInstanceAdapter();
			}
			@Override
			public Adapter caseInboundFanIn(InboundFanIn object) {
				return createInboundFanInAdapter();
			}
			@Override
			public Adapter caseFault(Fault object) {
				return createFaultAdapter();
			}
			@Override
			public Adapter caseLinkFault(LinkFault object) {
				return createLinkFaultAdapter();
			}
			@Override
			public Adapter caseKworkerStallFault(KworkerStallFault object) {
				return createKworkerStallFaultAdapter();
			}
			@Override
			public Adapter caseSmOutageFault(SmOutageFault object) {
				return createSmOutageFaultAdapter();
			}
			@Override
			public Adapter caseSaSlowdownFault(SaSlowdownFault object) {
				return createSaSlowdownFaultAdapter();
			}
			@Override
			public Adapter caseFunctionResetFault(FunctionResetFault object) {
				return createFunctionResetFaultAdapter();
			}
			@Override
			public Adapter caseNetworkEvent(NetworkEvent object) {
				return createNetworkEventAdapter();
			}
			@Override
			public Adapter caseLinkEvent(LinkEvent object) {
				return createLinkEventAdapter();
			}
			@Override
			public Adapter caseSmEvent(SmEvent object) {
				return createSmEventAdapter();
			}
			@Override
			public Adapter casePortChangeEvent(PortChangeEvent object) {
				return createPortChangeEventAdapter();
			}
			@Override
			public Adapter caseStackReaction(StackReaction object) {
				return createStackReactionAdapter();
			}
			@Override
			public Adapter caseRunSettings(RunSettings object) {
				return createRunSettingsAdapter();
			}
			@Override
			public Adapter caseStudy(Study object) {
				return createStudyAdapter();
			}
			@Override
			public Adapter caseSweepParameter(SweepParameter object) {
				return createSweepParameterAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link io.hcastudio.model.NamedElement <em>Named Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.hcastudio.model.NamedElement
	 * @generated
	 */
	public Adapter createNamedElementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.hcastudio.model.NodeElement <em>Node Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.hcastudio.model.NodeElement
	 * @generated
	 */
	public Adapter createNodeElementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.hcastudio.model.Topology <em>Topology</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.hcastudio.model.Topology
	 * @generated
	 */
	public Adapter createTopologyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.hcastudio.model.Host <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.hcastudio.model.Host
	 * @generated
	 */
	public Adapter createHostAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.hcastudio.model.FabricNode <em>Fabric Node</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.hcastudio.model.FabricNode
	 * @generated
	 */
	public Adapter createFabricNodeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.hcastudio.model.Hca <em>Hca</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.hcastudio.model.Hca
	 * @generated
	 */
	public Adapter createHcaAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.hcastudio.model.Switch <em>Switch</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.hcastudio.model.Switch
	 * @generated
	 */
	public Adapter createSwitchAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.hcastudio.model.Router <em>Router</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.hcastudio.model.Router
	 * @generated
	 */
	public Adapter createRouterAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.hcastudio.model.Port <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.hcastudio.model.Port
	 * @generated
	 */
	public Adapter createPortAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.hcastudio.model.Link <em>Link</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.hcastudio.model.Link
	 * @generated
	 */
	public Adapter createLinkAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.hcastudio.model.SubnetManager <em>Subnet Manager</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.hcastudio.model.SubnetManager
	 * @generated
	 */
	public Adapter createSubnetManagerAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.hcastudio.model.PciFunction <em>Pci Function</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.hcastudio.model.PciFunction
	 * @generated
	 */
	public Adapter createPciFunctionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.hcastudio.model.FunctionInterface <em>Function Interface</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.hcastudio.model.FunctionInterface
	 * @generated
	 */
	public Adapter createFunctionInterfaceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.hcastudio.model.VirtualMachine <em>Virtual Machine</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.hcastudio.model.VirtualMachine
	 * @generated
	 */
	public Adapter createVirtualMachineAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.hcastudio.model.DriverProfile <em>Driver Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.hcastudio.model.DriverProfile
	 * @generated
	 */
	public Adapter createDriverProfileAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.hcastudio.model.TimingParameters <em>Timing Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.hcastudio.model.TimingParameters
	 * @generated
	 */
	public Adapter createTimingParametersAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.hcastudio.model.TimingDistribution <em>Timing Distribution</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.hcastudio.model.TimingDistribution
	 * @generated
	 */
	public Adapter createTimingDistributionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.hcastudio.model.Scenario <em>Scenario</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.hcastudio.model.Scenario
	 * @generated
	 */
	public Adapter createScenarioAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.hcastudio.model.Workload <em>Workload</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.hcastudio.model.Workload
	 * @generated
	 */
	public Adapter createWorkloadAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.hcastudio.model.OutboundBurst <em>Outbound Burst</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.hcastudio.model.OutboundBurst
	 * @generated
	 */
	public Adapter createOutboundBurstAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.hcastudio.model.InboundBurst <em>Inbound Burst</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.hcastudio.model.InboundBurst
	 * @generated
	 */
	public Adapter createInboundBurstAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.hcastudio.model.CmtimeInstance <em>Cmtime Instance</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.hcastudio.model.CmtimeInstance
	 * @generated
	 */
	public Adapter createCmtimeInstanceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.hcastudio.model.InboundFanIn <em>Inbound Fan In</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.hcastudio.model.InboundFanIn
	 * @generated
	 */
	public Adapter createInboundFanInAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.hcastudio.model.Fault <em>Fault</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.hcastudio.model.Fault
	 * @generated
	 */
	public Adapter createFaultAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.hcastudio.model.LinkFault <em>Link Fault</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.hcastudio.model.LinkFault
	 * @generated
	 */
	public Adapter createLinkFaultAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.hcastudio.model.KworkerStallFault <em>Kworker Stall Fault</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.hcastudio.model.KworkerStallFault
	 * @generated
	 */
	public Adapter createKworkerStallFaultAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.hcastudio.model.SmOutageFault <em>Sm Outage Fault</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.hcastudio.model.SmOutageFault
	 * @generated
	 */
	public Adapter createSmOutageFaultAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.hcastudio.model.SaSlowdownFault <em>Sa Slowdown Fault</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.hcastudio.model.SaSlowdownFault
	 * @generated
	 */
	public Adapter createSaSlowdownFaultAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.hcastudio.model.FunctionResetFault <em>Function Reset Fault</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.hcastudio.model.FunctionResetFault
	 * @generated
	 */
	public Adapter createFunctionResetFaultAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.hcastudio.model.NetworkEvent <em>Network Event</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.hcastudio.model.NetworkEvent
	 * @generated
	 */
	public Adapter createNetworkEventAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.hcastudio.model.LinkEvent <em>Link Event</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.hcastudio.model.LinkEvent
	 * @generated
	 */
	public Adapter createLinkEventAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.hcastudio.model.SmEvent <em>Sm Event</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.hcastudio.model.SmEvent
	 * @generated
	 */
	public Adapter createSmEventAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.hcastudio.model.PortChangeEvent <em>Port Change Event</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.hcastudio.model.PortChangeEvent
	 * @generated
	 */
	public Adapter createPortChangeEventAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.hcastudio.model.StackReaction <em>Stack Reaction</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.hcastudio.model.StackReaction
	 * @generated
	 */
	public Adapter createStackReactionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.hcastudio.model.RunSettings <em>Run Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.hcastudio.model.RunSettings
	 * @generated
	 */
	public Adapter createRunSettingsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.hcastudio.model.Study <em>Study</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.hcastudio.model.Study
	 * @generated
	 */
	public Adapter createStudyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.hcastudio.model.SweepParameter <em>Sweep Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.hcastudio.model.SweepParameter
	 * @generated
	 */
	public Adapter createSweepParameterAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //HcaAdapterFactory
