package io.hcastudio.ui.tests;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import io.hcastudio.analysis.chart.LineChart.Line;
import io.hcastudio.analysis.result.PixelColumns;
import io.hcastudio.charts.OccupancyChart;

/**
 * Prints how long the ring-occupancy chart takes to redraw a run with 10 million raw samples (arguments: total
 * samples, series, repetitions; defaults 10,000,000, 8, 7). Needs a display (e.g. {@code xvfb-run}); runs in a plain
 * JVM with the SWT, SWTChart and charts classes on the class path, see {@code releng/scripts/chart-benchmark}.
 *
 * <p>Three figures, each the median and best of the repetitions after one warm-up: the series reduction alone
 * (min/max per pixel column), a full redraw of a new run (reduction, handing the points to SWTChart, until the plot
 * has been painted) and a repaint of what is already shown (expose, zoom back). GTK 3 paints on its frame clock, so
 * the two drawing figures include up to one frame (about 16 ms) of waiting for it.
 */
public final class ChartRedrawBenchmark {

    private static final int CHART_WIDTH = 1200;
    private static final int CHART_HEIGHT = 700;
    private static final int RING_CAPACITY = 2048;

    private ChartRedrawBenchmark() {
    }

    public static void main(String[] args) {
        long totalSamples = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        int seriesCount = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int repetitions = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        List<Line> run = ringOccupancyRun(totalSamples, seriesCount);
        System.out.printf("run: %,d raw samples in %d ring series; chart %dx%d px; %d cores, Java %s%n",
                run.stream().mapToLong(Line::size).sum(), run.size(), CHART_WIDTH, CHART_HEIGHT,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));

        Display display = new Display();
        Shell shell = new Shell(display);
        shell.setLayout(new FillLayout());
        OccupancyChart chart = new OccupancyChart(shell);
        shell.setSize(CHART_WIDTH, CHART_HEIGHT);
        shell.open();
        drain(display);
        int columns = chart.chart().getPlotArea().getSize().x;
        // GTK 3 paints from its frame clock, not in update(): each step waits for the plot's next paint.
        Control plot = chart.chart().getPlotArea().getControl();
        int[] paints = {0};
        plot.addListener(SWT.Paint, event -> paints[0]++);

        List<double[][]> points = run.stream().map(series -> new double[][] {series.xs(), series.ys()}).toList();
        long[] reduce = new long[repetitions];
        long[] fullRedraw = new long[repetitions];
        long[] repaint = new long[repetitions];
        int drawnPoints = 0;
        for (int round = -1; round < repetitions; round++) {
            long start = System.nanoTime();
            for (double[][] series : points) {
                double[] xs = series[0];
                new PixelColumns(xs[0], xs[xs.length - 1], columns).keep(xs, series[1]);
            }
            long reduced = System.nanoTime();
            chart.show("benchmark run " + round, run);
            awaitPaint(display, paints);
            long drawn = System.nanoTime();
            plot.redraw();
            awaitPaint(display, paints);
            long repainted = System.nanoTime();
            drain(display);
            if (round >= 0) {
                reduce[round] = reduced - start;
                fullRedraw[round] = drawn - reduced;
                repaint[round] = repainted - drawn;
            }
            drawnPoints = Arrays.stream(chart.chart().getSeriesSet().getSeries())
                    .mapToInt(series -> series.getYSeries().length).sum();
        }
        System.out.printf("plot area %d px wide: %,d points handed to SWTChart (%.1f per pixel column)%n", columns,
                drawnPoints, drawnPoints / (double) columns);
        print("series reduction (10 M -> pixel columns)", reduce);
        print("full redraw of a new run (reduce + SWTChart + paint)", fullRedraw);
        print("repaint of the shown run", repaint);
        shell.dispose();
        display.dispose();
    }

    /** Ring fill of {@code seriesCount} rings: bursts that fill and drain, one event per ~microsecond. */
    private static List<Line> ringOccupancyRun(long totalSamples, int seriesCount) {
        SplittableRandom random = new SplittableRandom(7);
        int perSeries = (int) (totalSamples / seriesCount);
        List<Line> run = new ArrayList<>();
        for (int ring = 0; ring < seriesCount; ring++) {
            double[] timeMs = new double[perSeries];
            double[] occupancy = new double[perSeries];
            double time = 0;
            int level = 0;
            for (int sample = 0; sample < perSeries; sample++) {
                time += random.nextDouble(0.0002, 0.0018);
                boolean burst = (sample / 50_000) % 4 == ring % 4;
                level += burst ? random.nextInt(-1, 4) : random.nextInt(-3, 2);
                level = Math.max(0, Math.min(RING_CAPACITY, level));
                timeMs[sample] = time;
                occupancy[sample] = level;
            }
            run.add(Line.of("hostA/p1/VF" + ring + "/tunnel/tx", timeMs, occupancy, 0));
        }
        return run;
    }

    private static void print(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%-55s median %7.1f ms   best %7.1f ms%n", what, sorted[sorted.length / 2] / 1e6,
                sorted[0] / 1e6);
    }

    /** Runs the event loop until the plot has been painted once more. */
    private static void awaitPaint(Display display, int[] paints) {
        int before = paints[0];
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (paints[0] == before) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the plot was not painted within 10 s");
            }
            if (!display.readAndDispatch()) {
                // a timer wakes the sleeping loop in case the paint request arrives without an event
                display.timerExec(5, () -> { });
                display.sleep();
            }
        }
    }

    private static void drain(Display display) {
        while (display.readAndDispatch()) {
            // let resize and paint events happen between measurements
        }
    }
}
