package io.hcastudio.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.hcastudio.analysis.mapping.RunOverrides;
import io.hcastudio.analysis.report.ReportFormat;
import io.hcastudio.analysis.report.StoredReports;
import io.hcastudio.analysis.study.StudyMonitor;
import io.hcastudio.analysis.study.StudyPlanner;
import io.hcastudio.analysis.study.StudyRunner;
import io.hcastudio.model.CmtimeInstance;
import io.hcastudio.model.Scenario;
import io.hcastudio.model.Topology;
import io.hcastudio.model.examples.ExampleModels;
import io.hcastudio.model.resource.HcaTopologyResources;

/**
 * The commit test bed with its cmtime scenarios cut to port 1 and {@code -c 500} (9 × 500 connections, about a
 * second per run instead of several), saved to a file and run once per test JVM under profiles B and C, as
 * {@code hcastudio-cli run} would run them. B still drops at the wire ring, C does not: the before/after the
 * reports are about. The command line's tests use it too.
 */
public final class CommitTestbedFixture {

    public static final String MODEL = "commit-testbed-small.hcatopo";
    public static final String SCENARIO_B = "cmtime-9x500-B";
    public static final String SCENARIO_C = "cmtime-9x500-C";
    public static final String RESULTS_B = "profile-B.sqlite";
    public static final String RESULTS_C = "profile-C.sqlite";

    private static final int CONNECTIONS = 500;
    private static Path directory;

    private CommitTestbedFixture() {
    }

    /** A folder holding {@link #MODEL}, {@link #RESULTS_B} and {@link #RESULTS_C}; made on first use. */
    public static synchronized Path directory() {
        if (directory == null) {
            try {
                Path folder = Files.createTempDirectory("hcastudio-cli-test");
                HcaTopologyResources.save(reducedTestbed(), folder.resolve(MODEL));
                run(folder, SCENARIO_B, RESULTS_B);
                run(folder, SCENARIO_C, RESULTS_C);
                directory = folder;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return directory;
    }

    public static Path model() {
        return directory().resolve(MODEL);
    }

    public static Path resultsB() {
        return directory().resolve(RESULTS_B);
    }

    public static Path resultsC() {
        return directory().resolve(RESULTS_C);
    }

    /**
     * The report of B before C, as {@code hcastudio-cli report} renders it.
     *
     * @param modelFile the model file to check the results against, or null for the stored snapshot
     */
    public static String report(ReportFormat format, Path modelFile) {
        try {
            return format.render(StoredReports.assemble(List.of(StoredReports.Selection.allRuns(resultsB()),
                    StoredReports.Selection.allRuns(resultsC())), modelFile, ""));
        } catch (AnalysisException e) {
            throw new IllegalStateException("the reduced test bed's results make no report", e);
        }
    }

    /** The model is read back from its file, so the results name that file as the command line's do. */
    private static void run(Path folder, String scenario, String results) throws IOException {
        try {
            Topology topology = HcaTopologyResources.load(folder.resolve(MODEL));
            StudyRunner.run(StudyPlanner.planRun(topology, scenario, RunOverrides.NONE), folder.resolve(results), 1,
                    StudyMonitor.NONE);
        } catch (AnalysisException e) {
            throw new IllegalStateException(scenario + " of the reduced test bed does not run", e);
        }
    }

    private static Topology reducedTestbed() {
        Topology topology = ExampleModels.commitTestbed();
        for (Scenario scenario : topology.getScenarios()) {
            if (scenario.getName().startsWith("cmtime-18x800-")) {
                scenario.setName(scenario.getName().replace("cmtime-18x800-", "cmtime-9x500-"));
                List<CmtimeInstance> portTwo = scenario.getWorkloads().stream()
                        .filter(CmtimeInstance.class::isInstance).map(CmtimeInstance.class::cast)
                        .filter(instance -> instance.getPortNumber() == 2).toList();
                scenario.getWorkloads().removeAll(portTwo);
                scenario.getWorkloads().stream().filter(CmtimeInstance.class::isInstance)
                        .map(CmtimeInstance.class::cast).forEach(instance -> instance.setConnections(CONNECTIONS));
            }
        }
        return topology;
    }
}
