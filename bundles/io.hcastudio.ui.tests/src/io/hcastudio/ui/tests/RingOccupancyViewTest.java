package io.hcastudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.swtchart.ISeries;
import org.junit.jupiter.api.Test;

import io.hcastudio.analysis.chart.LineChart.Line;
import io.hcastudio.charts.RingOccupancyView;
import io.hcastudio.sim.SimulationRunner;
import io.hcastudio.sim.config.DriverConfig;
import io.hcastudio.sim.config.HostConfig;
import io.hcastudio.sim.config.OutboundBurstConfig;
import io.hcastudio.sim.config.SimulationConfig;
import io.hcastudio.sim.config.WorkloadConfig;
import io.hcastudio.sim.metrics.OccupancySeries;
import io.hcastudio.sim.metrics.SimulationResult;
import io.hcastudio.sim.metrics.StepPoint;

/** The chart view draws a real run: profile B's wire ring filling up under a 9 × 500 burst. */
class RingOccupancyViewTest {

    @Test
    void showsTheWireRingOfAnOutboundBurstAgainstItsCapacity() throws Exception {
        SimulationResult result = SimulationRunner.run(outboundBurstOfNineFunctions());
        OccupancySeries wire = result.series().stream()
                .filter(series -> series.name().contains("wire") && series.name().endsWith("tx"))
                .findFirst().orElseThrow(() -> new AssertionError("no wire send ring series in " + names(result)));
        Line occupancy = toChart(wire);
        double usable = DriverConfig.profileB().wireRingSize() - 1;
        Line capacity = new Line(wire.name() + " capacity",
                new double[] { occupancy.xs()[0], occupancy.xs()[occupancy.size() - 1] },
                new double[] { usable, usable }, 0, Line.Pattern.DASH, false, 2);

        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        RingOccupancyView view = (RingOccupancyView) page.showView(RingOccupancyView.ID);
        view.show("Profile B, 9 functions × 500 MADs", List.of(occupancy, capacity));

        assertEquals(List.of(wire.name(), wire.name() + " capacity"), view.seriesNames());
        assertEquals("Profile B, 9 functions × 500 MADs", view.title());
        ISeries<?> drawn = view.chart().getSeriesSet().getSeries(wire.name());
        double drawnMax = java.util.Arrays.stream(drawn.getYSeries()).max().orElseThrow();
        assertEquals(usable, drawnMax, "the ring fills to N - 1 slots before the driver drops");
        // Two points per pixel column; a view not laid out yet reduces to 400 columns.
        assertTrue(drawn.getYSeries().length <= 2 * Math.max(400, view.chart().getPlotArea().getSize().x),
                "the chart gets at most two points per pixel column");
        Screenshots.save(page.getWorkbenchWindow().getShell(), "ring-occupancy");
    }

    /** Spec §6.1 T1 under profile B: nine functions of port 1 get 500 MADs each at once. */
    private static SimulationConfig outboundBurstOfNineFunctions() {
        List<WorkloadConfig> bursts = IntStream.range(0, 9)
                .<WorkloadConfig>mapToObj(function -> new OutboundBurstConfig("client", function, 1, 500, 0)).toList();
        return SimulationConfig.of(List.of(HostConfig.sriov("client", 9, 1, DriverConfig.profileB())), bursts);
    }

    /** The engine's change points as a line, x in ms. */
    private static Line toChart(OccupancySeries series) {
        List<StepPoint> steps = series.steps();
        double[] xs = new double[steps.size()];
        double[] ys = new double[steps.size()];
        for (int i = 0; i < steps.size(); i++) {
            xs[i] = steps.get(i).timeNs() / 1e6;
            ys[i] = steps.get(i).value();
        }
        return Line.of(series.name(), xs, ys, 0);
    }

    private static List<String> names(SimulationResult result) {
        return result.series().stream().map(OccupancySeries::name).toList();
    }
}
