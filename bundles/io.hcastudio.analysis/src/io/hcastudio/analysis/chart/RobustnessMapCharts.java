package io.hcastudio.analysis.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

import io.hcastudio.analysis.chart.ChartSpec.Size;
import io.hcastudio.analysis.store.RobustnessMap;

/** The heat maps of a {@link RobustnessMap}: one panel per driver profile. */
public final class RobustnessMapCharts {

    /** Height of a map picture; the width grows with the number of panels. */
    private static final int HEIGHT = 340;
    private static final int PANEL_WIDTH = 230;
    private static final int FRAME_WIDTH = 200;

    private RobustnessMapCharts() {
    }

    /** Probability that a run loses any MAD, 0 to 1. */
    public static HeatMap lossProbability(RobustnessMap map) {
        return heatMap(map, "-loss", "P(any MAD lost) over " + replications(map),
                new HeatMap.Scale("P(any loss)", 1, false, value -> String.format(Locale.ROOT, "%.2f", value)),
                RobustnessMap.Cell::lossProbability);
    }

    /** Mean MADs dropped over the replications, coloured on log(1 + drops) so that 16 and 1,750 both show. */
    public static HeatMap meanDrops(RobustnessMap map) {
        double maximum = 0;
        for (RobustnessMap.Panel panel : map.panels()) {
            for (RobustnessMap.Cell cell : panel.cells()) {
                if (cell.runs() > 0) {
                    maximum = Math.max(maximum, cell.drops().mean());
                }
            }
        }
        return heatMap(map, "-drops", "Mean MADs dropped over " + replications(map),
                new HeatMap.Scale("MADs dropped", Math.max(1, maximum), true, RobustnessMapCharts::count),
                cell -> cell.runs() == 0 ? Double.NaN : cell.drops().mean());
    }

    private static HeatMap heatMap(RobustnessMap map, String idSuffix, String title, HeatMap.Scale scale,
            ToDoubleFunction<RobustnessMap.Cell> value) {
        List<String> xLabels = new ArrayList<>();
        for (int i = 0; i < map.x().size(); i++) {
            xLabels.add(map.x().label(i));
        }
        List<String> yLabels = new ArrayList<>();
        for (int i = 0; i < map.y().size(); i++) {
            yLabels.add(map.y().label(i));
        }
        List<HeatMap.Panel> panels = new ArrayList<>();
        for (RobustnessMap.Panel panel : map.panels()) {
            double[] values = new double[panel.cells().size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = value.applyAsDouble(panel.cells().get(i));
            }
            panels.add(new HeatMap.Panel("profile " + panel.profile(), values));
        }
        return new HeatMap(id(map) + idSuffix, title + ": " + map.scenario(), map.x().title(), xLabels,
                map.y().title(), yLabels, scale, panels,
                new Size(FRAME_WIDTH + PANEL_WIDTH * Math.max(1, panels.size()), HEIGHT));
    }

    private static String replications(RobustnessMap map) {
        return map.replications() == 1 ? "1 replication" : map.replications() + " replications";
    }

    /** An SVG id from the study name: letters, digits and dashes. */
    private static String id(RobustnessMap map) {
        return "map-" + map.study().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    /** Whole MADs as such, fractional means with one decimal. */
    private static String count(double value) {
        return value == Math.rint(value) ? String.format(Locale.ROOT, "%,d", (long) value)
                : String.format(Locale.ROOT, "%,.1f", value);
    }
}
