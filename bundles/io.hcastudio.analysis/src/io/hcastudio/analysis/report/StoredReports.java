package io.hcastudio.analysis.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.hcastudio.analysis.AnalysisException;
import io.hcastudio.analysis.ModelSnapshot;
import io.hcastudio.analysis.StudyDefinition;
import io.hcastudio.analysis.mapping.RunOverrides;
import io.hcastudio.analysis.report.ReportAssembler.ComparedRun;
import io.hcastudio.analysis.run.RunSpec;
import io.hcastudio.analysis.store.CompletedRun;
import io.hcastudio.analysis.store.ResultsStore;
import io.hcastudio.analysis.store.RobustnessMap;
import io.hcastudio.analysis.store.RunRecord;
import io.hcastudio.analysis.store.StudyResults;
import io.hcastudio.analysis.study.StudyPlan;
import io.hcastudio.analysis.study.StudyPlanner;
import io.hcastudio.model.Topology;
import io.hcastudio.model.resource.HcaTopologyResources;
import io.hcastudio.model.resource.ModelLoadException;

/**
 * Reports on runs read back from results files: the one path the command line and the workbench's export both
 * take, so a report looks the same wherever it is made. The model comes from the snapshot stored in the results;
 * a model file, when given, must be that same model.
 */
public final class StoredReports {

    /**
     * Runs of one results file to put into the report, in the order given.
     *
     * @param file   the results file
     * @param runIds the runs to report, or empty for every stored run
     */
    public record Selection(Path file, List<Integer> runIds) {

        public Selection {
            runIds = List.copyOf(runIds);
        }

        /** Every stored run of the file. */
        public static Selection allRuns(Path file) {
            return new Selection(file, List.of());
        }
    }

    private StoredReports() {
    }

    /**
     * The report of the selected runs, the first selection "before" and the last "after"; the replications of a
     * sweep point make one column.
     *
     * @param selections the results to compare, at least one
     * @param modelFile  the model file to check the results against, or null to use the stored snapshot
     * @param stamp      when the report is made, or empty for a report without time
     * @throws AnalysisException naming the file that is unreadable, lacks a run, or came from another model
     */
    public static Report assemble(List<Selection> selections, Path modelFile, String stamp) throws AnalysisException {
        if (selections.isEmpty()) {
            throw new IllegalArgumentException("a report needs at least one results file");
        }
        Topology topology = modelFile == null ? null : loadModelFile(modelFile);
        String modelSha256 = topology == null ? null : ModelSnapshot.sha256(topology);
        String modelSource = modelFile == null ? null : modelFile.toString();
        String modelFileName = modelFile == null ? null : modelFile.getFileName().toString();
        List<List<ComparedRun>> runs = new ArrayList<>();
        List<String> scenarios = new ArrayList<>();
        List<List<String>> commands = new ArrayList<>();
        List<RobustnessMap> maps = new ArrayList<>();
        String toolVersion = null;
        for (Selection selection : selections) {
            try (StudyResults results = ResultsStore.open(selection.file())) {
                if (topology == null) {
                    ModelSnapshot snapshot = results.model().orElseThrow(() -> new AnalysisException(
                            selection.file() + ": written by an older HCA Studio that did not keep the model;"
                                    + " name the model file (--model FILE)"));
                    topology = snapshot.load();
                    modelSha256 = snapshot.sha256();
                    modelSource = selection.file().toString();
                    modelFileName = snapshot.fileName();
                } else if (!results.modelSha256().equals(modelSha256)) {
                    throw new AnalysisException(selection.file() + ": computed from another model than "
                            + modelSource + " (model hash " + abbreviate(results.modelSha256()) + ", "
                            + modelSource + " has " + abbreviate(modelSha256) + ")");
                }
                StudyDefinition definition = results.definition();
                if (definition.kind() == StudyDefinition.Kind.ROBUSTNESS_MAP) {
                    maps.add(results.robustnessMap());
                }
                StudyPlan plan = replan(topology, definition);
                // One column per sweep point, its replications together, in the order the points first appear.
                Map<Integer, List<ComparedRun>> points = new LinkedHashMap<>();
                for (RunRecord record : selectedRuns(results, selection)) {
                    RunSpec spec = plan.runs().get(record.runId());
                    points.computeIfAbsent(record.pointIndex(), point -> new ArrayList<>()).add(new ComparedRun(
                            spec, new CompletedRun(record, results.series(record.runId()),
                                    results.connectionSteps(record.runId()))));
                }
                runs.addAll(points.values());
                scenarios.add(definition.scenarioName());
                commands.add(reproducingCommand(definition, modelFileName, selection.file()));
                toolVersion = toolVersion == null ? results.toolVersion() : toolVersion;
            }
        }
        if (runs.isEmpty()) {
            List<String> files = selections.stream().map(chosen -> chosen.file().toString()).toList();
            throw new AnalysisException(String.join(", ", files) + ": no completed runs to report");
        }
        return ReportAssembler.assemble(topology, scenarios, runs,
                new Report.Reproduction(commands, toolVersion, stamp), maps);
    }

    private static Topology loadModelFile(Path modelFile) throws AnalysisException {
        try {
            return HcaTopologyResources.load(modelFile);
        } catch (ModelLoadException e) {
            throw new AnalysisException(e.getMessage(), e);
        }
    }

    private static List<RunRecord> selectedRuns(StudyResults results, Selection selection) throws AnalysisException {
        if (selection.runIds().isEmpty() && results.definition().kind() == StudyDefinition.Kind.ROBUSTNESS_MAP) {
            return mapCorner(results);
        }
        if (selection.runIds().isEmpty()) {
            return results.runs();
        }
        List<RunRecord> selected = new ArrayList<>();
        for (int runId : selection.runIds()) {
            selected.add(results.run(runId).orElseThrow(() -> new AnalysisException(
                    selection.file() + ": holds no run " + runId)));
        }
        return selected;
    }

    /**
     * The columns of a map's report: per profile, the first stored run of the grid's first cell (first x and first y
     * value), so that the before/after table compares the profiles there; the map section shows every cell.
     */
    private static List<RunRecord> mapCorner(StudyResults results) {
        RobustnessMap map = RobustnessMap.of(results.definition(), results.runs());
        List<RunRecord> corner = new ArrayList<>();
        for (RobustnessMap.Panel panel : map.panels()) {
            int point = panel.cells().get(0).pointIndex();
            results.runs().stream().filter(run -> run.pointIndex() == point).findFirst().ifPresent(corner::add);
        }
        return corner;
    }

    /** The plan the results were computed from, rebuilt from the model and the stored study definition. */
    private static StudyPlan replan(Topology topology, StudyDefinition definition) throws AnalysisException {
        RunOverrides overrides = new RunOverrides(
                definition.profileOverride().isEmpty() ? null : definition.profileOverride(), definition.baseSeed());
        return definition.kind() == StudyDefinition.Kind.RUN
                ? StudyPlanner.planRun(topology, definition.scenarioName(), overrides)
                : StudyPlanner.planStudy(topology, definition.name(), overrides);
    }

    /** The command that computes these results again, with file names as they sit next to each other. */
    private static List<String> reproducingCommand(StudyDefinition definition, String modelFileName, Path results) {
        List<String> command = new ArrayList<>();
        boolean run = definition.kind() == StudyDefinition.Kind.RUN;
        command.addAll(List.of("hcastudio-cli", run ? "run" : "study", modelFileName,
                run ? "--scenario" : "--study", definition.name()));
        if (!definition.profileOverride().isEmpty()) {
            command.addAll(List.of("--profile", definition.profileOverride()));
        }
        command.addAll(List.of("--seed", Long.toString(definition.baseSeed()), "-o",
                results.getFileName().toString()));
        return command;
    }

    private static String abbreviate(String sha256) {
        return sha256.substring(0, Math.min(12, sha256.length()));
    }
}
