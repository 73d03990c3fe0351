package io.hcastudio.analysis.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.hcastudio.analysis.AnalysisException;
import io.hcastudio.analysis.ModelSnapshot;
import io.hcastudio.analysis.ModelValidationException;
import io.hcastudio.analysis.SeedDerivation;
import io.hcastudio.analysis.StudyDefinition;
import io.hcastudio.analysis.SweptParameter;
import io.hcastudio.analysis.mapping.MappedScenario;
import io.hcastudio.analysis.mapping.RunOverrides;
import io.hcastudio.analysis.mapping.ScenarioMapper;
import io.hcastudio.analysis.mapping.SweepAssignments;
import io.hcastudio.analysis.run.RunSpec;
import io.hcastudio.model.ProfilePreset;
import io.hcastudio.model.RunSettings;
import io.hcastudio.model.Scenario;
import io.hcastudio.model.Study;
import io.hcastudio.model.StudyKind;
import io.hcastudio.model.SweepParameter;
import io.hcastudio.model.Topology;
import io.hcastudio.model.validation.ElementLabels;
import io.hcastudio.model.validation.SweepKeys;
import io.hcastudio.model.validation.TopologyValidation;
import io.hcastudio.sim.config.MetricsSettings;
import io.hcastudio.sim.config.SimulationConfig;

/**
 * Turns a scenario or a study of a model into a {@link StudyPlan}. Every sweep point is mapped on its own copy of
 * the model with the point's values set, and validated, before any run starts: an invalid value stops the study
 * with a message naming the point.
 */
public final class StudyPlanner {

    private static final String REPLICATIONS_KEY = "runSettings.replications";
    private static final String PRESET_KEY = "driverProfile.preset";

    private StudyPlanner() {
    }

    /** A single run of the scenario: one point, the run settings' replications. */
    public static StudyPlan planRun(Topology topology, String scenarioName, RunOverrides overrides)
            throws AnalysisException {
        Scenario scenario = ScenarioMapper.findScenario(topology, scenarioName);
        StudyDefinition definition = new StudyDefinition(StudyDefinition.Kind.RUN, scenarioName, topology.getName(),
                scenarioName, baseSeed(scenario, overrides), replications(scenario), List.of(),
                overrides.profile());
        return plan(topology, scenario, definition, overrides);
    }

    /** The study called {@code studyName}, looked up in all scenarios of the topology. */
    public static StudyPlan planStudy(Topology topology, String studyName, RunOverrides overrides)
            throws AnalysisException {
        Study study = findStudy(topology, studyName);
        Scenario scenario = (Scenario) study.eContainer();
        boolean map = study.getKind() == StudyKind.ROBUSTNESS_MAP;
        if (map) {
            requireValidMap(topology, study, overrides);
        }
        List<SweptParameter> parameters = new ArrayList<>();
        if (map) {
            // The profiles vary slowest: the runs of one map panel are contiguous.
            parameters.add(new SweptParameter(PRESET_KEY,
                    study.getProfiles().stream().map(ProfilePreset::getLiteral).toList()));
        }
        for (SweepParameter parameter : study.getParameters()) {
            if (REPLICATIONS_KEY.equals(parameter.getKey())) {
                throw new AnalysisException(ElementLabels.describe(parameter)
                        + ": replications cannot be swept; set them in the run settings");
            }
            if (overrides.profile() != null && (PRESET_KEY.equals(parameter.getKey())
                    || SweepAssignments.PRESET_FIXED.contains(SweepKeys.resolve(parameter.getKey())))) {
                throw new AnalysisException(ElementLabels.describe(study) + " sweeps " + parameter.getKey()
                        + "; a profile override (" + overrides.profile() + ") would hide the sweep");
            }
            if (parameter.getValues().isEmpty()) {
                throw new AnalysisException(ElementLabels.describe(parameter) + ": no values to sweep over");
            }
            parameters.add(new SweptParameter(parameter.getKey(), parameter.getValues()));
        }
        StudyDefinition definition = new StudyDefinition(
                map ? StudyDefinition.Kind.ROBUSTNESS_MAP : StudyDefinition.Kind.STUDY, studyName, topology.getName(),
                scenario.getName(), baseSeed(scenario, overrides), replications(scenario), parameters,
                overrides.profile());
        return plan(topology, scenario, definition, overrides);
    }

    /**
     * Stops a robustness map the validator finds fault with (wrong number of grid parameters, no or unknown
     * profiles), and one run under a profile override, which would give every panel the same profile.
     */
    private static void requireValidMap(Topology topology, Study study, RunOverrides overrides)
            throws AnalysisException {
        List<String> errors = new ArrayList<>();
        for (Diagnostic problem : TopologyValidation.problems(TopologyValidation.validate(topology))) {
            if (problem.getSeverity() >= Diagnostic.ERROR && !problem.getData().isEmpty()
                    && problem.getData().get(0) instanceof EObject element
                    && (element == study || element.eContainer() == study)) {
                errors.add(problem.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            throw new ModelValidationException(ElementLabels.describe(study), errors);
        }
        if (overrides.profile() != null) {
            throw new AnalysisException(ElementLabels.describe(study) + " compares profiles "
                    + study.getProfiles().stream().map(ProfilePreset::getLiteral).toList() + "; a profile override ("
                    + overrides.profile() + ") would give every panel the same profile");
        }
    }

    /** The study called {@code name}; study names must be unique in the topology to be found. */
    public static Study findStudy(Topology topology, String name) throws AnalysisException {
        List<Study> matches = new ArrayList<>();
        List<String> known = new ArrayList<>();
        for (Scenario scenario : topology.getScenarios()) {
            for (Study study : scenario.getStudies()) {
                known.add(study.getName());
                if (name.equals(study.getName())) {
                    matches.add(study);
                }
            }
        }
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.isEmpty()) {
            throw new AnalysisException(ElementLabels.describe(topology) + " has no study '" + name + "'"
                    + (known.isEmpty() ? "; it has no studies at all" : "; it has " + String.join(", ", known)));
        }
        throw new AnalysisException(ElementLabels.describe(topology) + " has " + matches.size() + " studies named '"
                + name + "'; rename all but one");
    }

    private static StudyPlan plan(Topology topology, Scenario scenario, StudyDefinition definition,
            RunOverrides overrides) throws AnalysisException {
        int scenarioIndex = topology.getScenarios().indexOf(scenario);
        List<RunSpec> runs = new ArrayList<>(definition.runCount());
        for (int point = 0; point < definition.pointCount(); point++) {
            Map<String, String> values = definition.pointValues(point);
            MappedScenario mapped = mapPoint(topology, scenarioIndex, values, overrides, definition, point);
            for (int replication = 0; replication < definition.replications(); replication++) {
                long seed = SeedDerivation.seed(mapped.baseSeed(), definition.name(), point, replication);
                SimulationConfig.Builder config = mapped.config().toBuilder().seed(seed);
                if (!definition.keepsDetail()) {
                    config.metrics(MetricsSettings.summaryOnly());
                }
                runs.add(new RunSpec(runs.size(), point, replication, values, mapped.profileLabel(),
                        config.build()));
            }
        }
        return new StudyPlan(definition, ModelSnapshot.of(topology), runs);
    }

    private static MappedScenario mapPoint(Topology topology, int scenarioIndex, Map<String, String> values,
            RunOverrides overrides, StudyDefinition definition, int point) throws AnalysisException {
        if (values.isEmpty()) {
            return ScenarioMapper.map(topology.getScenarios().get(scenarioIndex), overrides);
        }
        Topology copy = EcoreUtil.copy(topology);
        Scenario scenario = copy.getScenarios().get(scenarioIndex);
        try {
            for (Map.Entry<String, String> value : values.entrySet()) {
                SweepAssignments.apply(scenario, value.getKey(), value.getValue());
            }
            return ScenarioMapper.map(scenario, overrides);
        } catch (ModelValidationException e) {
            throw new ModelValidationException(pointLabel(definition, point, values), e.problems());
        } catch (AnalysisException e) {
            throw new AnalysisException(pointLabel(definition, point, values) + ": " + e.getMessage(), e);
        }
    }

    private static String pointLabel(StudyDefinition definition, int point, Map<String, String> values) {
        return "study '" + definition.name() + "' point " + point + " " + values;
    }

    private static long baseSeed(Scenario scenario, RunOverrides overrides) {
        if (overrides.seed() != null) {
            return overrides.seed();
        }
        RunSettings settings = scenario.getRunSettings();
        return settings == null ? 1 : settings.getSeed();
    }

    private static int replications(Scenario scenario) {
        RunSettings settings = scenario.getRunSettings();
        return settings == null ? 1 : Math.max(1, settings.getReplications());
    }
}
