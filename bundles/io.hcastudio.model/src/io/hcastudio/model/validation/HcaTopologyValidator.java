package io.hcastudio.model.validation;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.util.EObjectValidator;

import io.hcastudio.model.DriverProfile;
import io.hcastudio.model.FabricNode;
import io.hcastudio.model.Fault;
import io.hcastudio.model.FunctionInterface;
import io.hcastudio.model.Hca;
import io.hcastudio.model.HcaPackage;
import io.hcastudio.model.Link;
import io.hcastudio.model.NetworkEvent;
import io.hcastudio.model.PciFunction;
import io.hcastudio.model.Port;
import io.hcastudio.model.RunSettings;
import io.hcastudio.model.Scenario;
import io.hcastudio.model.StackReaction;
import io.hcastudio.model.SubnetManager;
import io.hcastudio.model.Study;
import io.hcastudio.model.SweepParameter;
import io.hcastudio.model.TimingDistribution;
import io.hcastudio.model.TimingParameters;
import io.hcastudio.model.Topology;
import io.hcastudio.model.VirtualMachine;
import io.hcastudio.model.Workload;

/**
 * The validator of the topology model: hands each element to the checks of the areas below, in the order listed
 * (so an HCA is checked as a fabric node, then for its driver profile, then for SR-IOV). Each diagnostic names
 * the element and the field, carries both as data (for navigation) and its {@link ValidationRule} code. Run it
 * through {@link TopologyValidation}.
 */
public class HcaTopologyValidator extends EObjectValidator {

    public static final HcaTopologyValidator INSTANCE = new HcaTopologyValidator();
    public static final String DIAGNOSTIC_SOURCE = "io.hcastudio.model";

    private final RuleSet rules = new RuleSet()
            .on(Topology.class, IdentityRules::checkGuids)
            .on(Topology.class, IdentityRules::checkLids)
            .on(Topology.class, FabricRules::checkPortsLinkedOnce)
            .on(Topology.class, FabricRules::checkSubnetManagerReachable)
            .on(FabricNode.class, FabricRules::checkNode)
            .on(Port.class, FabricRules::checkPort)
            .on(Link.class, FabricRules::checkLink)
            .on(SubnetManager.class, FabricRules::checkSubnetManager)
            .on(Hca.class, DriverProfileRules::checkHasProfile)
            .on(DriverProfile.class, DriverProfileRules::checkProfile)
            .on(TimingParameters.class, DriverProfileRules::checkTiming)
            .on(TimingDistribution.class, DriverProfileRules::checkDistribution)
            .on(Hca.class, SriovRules::checkFunctions)
            .on(PciFunction.class, SriovRules::checkFunction)
            .on(FunctionInterface.class, SriovRules::checkInterface)
            .on(VirtualMachine.class, SriovRules::checkVirtualMachine)
            .on(Scenario.class, ScenarioRules::checkScenario)
            .on(Workload.class, ScenarioRules::checkWorkload)
            .on(Fault.class, FaultRules::checkFault)
            .on(NetworkEvent.class, NetworkEventRules::checkEvent)
            .on(StackReaction.class, NetworkEventRules::checkReaction)
            .on(RunSettings.class, StudyRules::checkRunSettings)
            .on(Study.class, StudyRules::checkStudy)
            .on(SweepParameter.class, StudyRules::checkSweepParameter);

    @Override
    protected EPackage getEPackage() {
        return HcaPackage.eINSTANCE;
    }

    /**
     * Only the topology rules, not EMF's generic constraints: the rules report dangling references and bad values
     * themselves, in words that name the element and the field.
     */
    @Override
    public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
        Findings findings = new Findings(diagnostics);
        rules.check(object, findings);
        return findings.isValid();
    }
}
