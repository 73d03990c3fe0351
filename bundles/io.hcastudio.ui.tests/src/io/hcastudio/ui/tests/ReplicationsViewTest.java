package io.hcastudio.ui.tests;

import static io.hcastudio.ui.tests.WorkbenchRuns.page;
import static io.hcastudio.ui.tests.WorkbenchRuns.settle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.junit.jupiter.api.Test;

import io.hcastudio.analysis.chart.ChartSpec;
import io.hcastudio.analysis.chart.LineChart;
import io.hcastudio.analysis.mapping.RunOverrides;
import io.hcastudio.analysis.run.RunSpec;
import io.hcastudio.analysis.store.StudySnapshot;
import io.hcastudio.analysis.study.StudyMonitor;
import io.hcastudio.analysis.study.StudyPlan;
import io.hcastudio.analysis.study.StudyPlanner;
import io.hcastudio.analysis.study.StudyRunner;
import io.hcastudio.charts.ExportFormat;
import io.hcastudio.charts.PointTable;
import io.hcastudio.charts.ResultCharts;
import io.hcastudio.charts.ResultsView;
import io.hcastudio.charts.SweepView;
import io.hcastudio.model.HcaFactory;
import io.hcastudio.model.Scenario;
import io.hcastudio.model.Study;
import io.hcastudio.model.SweepParameter;
import io.hcastudio.model.Topology;
import io.hcastudio.model.examples.ExampleModels;
import io.hcastudio.sim.config.Distribution;

/**
 * A study with replications that differ (engine wake-up jitter of up to 1 ms, drawn from each replication's seed):
 * the sweep chart draws its 95 % intervals as error bars and the Results view lists every sweep point with the
 * replications that lost MADs and the spread of its figures.
 */
class ReplicationsViewTest {

    private static final String SCENARIO = "cmtime-6x100-D";
    private static final String STUDY = "issue cost with jitter";
    private static final int REPLICATIONS = 4;

    @Test
    void replicatedStudyShowsErrorBarsAndSweepPoints() throws Exception {
        Path file = Files.createTempDirectory("hcastudio-replications").resolve("study.sqlite");
        StudyRunner.run(jittered(StudyPlanner.planStudy(topology(), STUDY, RunOverrides.NONE)), file, 2,
                StudyMonitor.NONE);

        ResultsView results = (ResultsView) page().showView(ResultsView.ID);
        results.openFile(file);
        settle();
        List<PointTable.Row> points = results.pointRows().stream()
                .filter(row -> row.entry().file().equals(file)).toList();
        assertEquals(3, points.size(), "one row per sweep point");
        points.forEach(row -> assertTrue(PointTable.lossText(row).endsWith(" of 4 replications"),
                PointTable.lossText(row)));
        assertTrue(points.stream().anyMatch(row -> row.point().loss().losing() > 0), "jitter makes some lose");
        screenshot(results, "results-sweep-points");

        ResultCharts.showStudy(page(), StudySnapshot.load(file));
        settle();
        SweepView sweep = (SweepView) page().findView(SweepView.ID);
        page().bringToTop(sweep);
        settle();
        ChartSpec shown = sweep.panel().shown().orElseThrow();
        LineChart.Band band = ((LineChart) shown).bands().get(0);
        assertEquals(LineChart.Band.Shape.ERROR_BARS, band.shape());
        double[] lower = band.lower();
        double[] upper = band.upper();
        boolean anyWidth = false;
        for (int i = 0; i < lower.length; i++) {
            anyWidth |= upper[i] > lower[i];
        }
        assertTrue(anyWidth, "replications that differ give intervals of some width");
        Path svg = Path.of("target", "exports", "sweep-error-bars.svg");
        sweep.panel().export(svg, ExportFormat.SVG);
        assertTrue(Files.readString(svg).contains("stroke-width:1.5;stroke:rgb("), "the exported SVG has error bars");
        screenshot(sweep, "sweep-error-bars");
    }

    /** The view maximised, so that the picture shows its content rather than the workbench around it. */
    private static void screenshot(IViewPart view, String name) throws Exception {
        IWorkbenchPartReference reference = page().getReference(view);
        page().setPartState(reference, IWorkbenchPage.STATE_MAXIMIZED);
        settle();
        try {
            Screenshots.save(page().getWorkbenchWindow().getShell(), name);
        } finally {
            page().setPartState(reference, IWorkbenchPage.STATE_RESTORED);
            settle();
        }
    }

    /** The two-switch example with a study of its cmtime scenario over the issue cost, 4 replications each. */
    private static Topology topology() {
        Topology topology = ExampleModels.twoSwitchTwoPath();
        Scenario scenario = topology.getScenarios().stream().filter(s -> s.getName().equals(SCENARIO)).findFirst()
                .orElseThrow();
        scenario.getRunSettings().setReplications(REPLICATIONS);
        Study study = HcaFactory.eINSTANCE.createStudy();
        study.setName(STUDY);
        SweepParameter parameter = HcaFactory.eINSTANCE.createSweepParameter();
        parameter.setKey("timing.issueCostNs");
        parameter.getValues().addAll(List.of("1000", "2000", "4000"));
        study.getParameters().add(parameter);
        scenario.getStudies().add(study);
        return topology;
    }

    /** A kworker wake-up drawn from 20 us to 1.02 ms on every planned run, so replications differ. */
    private static StudyPlan jittered(StudyPlan plan) {
        List<RunSpec> runs = plan.runs().stream().map(spec -> new RunSpec(spec.runId(), spec.pointIndex(),
                spec.replication(), spec.parameters(), spec.profile(), spec.config().toBuilder()
                        .timing(spec.config().timing().toBuilder()
                                .wakeLatencyNs(new Distribution.Uniform(20_000, 1_020_000)).build()).build()))
                .toList();
        return new StudyPlan(plan.definition(), plan.model(), runs);
    }
}
