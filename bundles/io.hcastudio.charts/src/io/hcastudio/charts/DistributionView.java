package io.hcastudio.charts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.hcastudio.sim.metrics.CmtimeStep;
import io.hcastudio.sim.metrics.ConnectionSteps;
import io.hcastudio.sim.metrics.LatencyHistogram;

/**
 * Distributions of one run, histogram and CDF side by side: MAD end-to-end latency, and the cmtime step time of
 * each phase over every connection that completed the step. Values go into power-of-two buckets, so a run of tens
 * of thousands of connections still draws a few dozen bars.
 */
public class DistributionView extends ChartView {

    public static final String ID = "io.hcastudio.charts.distributions";

    static final String MAD_LATENCY = "MAD latency";

    private DistributionChart histogram;
    private DistributionChart cdf;
    private Combo quantityCombo;
    private RunResult result;
    private final Map<String, DistributionChart.Buckets> quantities = new LinkedHashMap<>();

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Composite controls = new Composite(parent, SWT.NONE);
        controls.setLayout(new GridLayout(2, false));
        new Label(controls, SWT.NONE).setText("Distribution of:");
        quantityCombo = new Combo(controls, SWT.READ_ONLY);
        quantityCombo.setLayoutData(new GridData(260, SWT.DEFAULT));
        quantityCombo.addListener(SWT.Selection, event -> showSelected());
        SashForm charts = new SashForm(parent, SWT.HORIZONTAL);
        charts.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        histogram = new DistributionChart(charts, DistributionChart.Form.HISTOGRAM);
        cdf = new DistributionChart(charts, DistributionChart.Form.CDF);
        contributeExports();
    }

    public void showRun(RunResult run) {
        result = run;
        quantities.clear();
        LatencyHistogram latency = run.run().madLatency();
        quantities.put(MAD_LATENCY, new DistributionChart.Buckets(MAD_LATENCY,
                latency.upperNs().stream().mapToLong(Long::longValue).toArray(),
                latency.counts().stream().mapToLong(Long::longValue).toArray()));
        for (CmtimeStep step : CmtimeStep.values()) {
            long[] stepTimes = stepTimes(run.connectionSteps(), step);
            if (stepTimes.length > 0) {
                String quantity = "cmtime " + step.label() + " step";
                quantities.put(quantity, powerOfTwoBuckets(quantity, stepTimes));
            }
        }
        String previous = quantityCombo.getText();
        quantityCombo.setItems(quantities.keySet().toArray(String[]::new));
        int index = new ArrayList<>(quantities.keySet()).indexOf(previous);
        quantityCombo.select(Math.max(0, index));
        showSelected();
    }

    /** Step times in ns of every connection of every session that completed {@code step}. */
    static long[] stepTimes(List<ConnectionSteps> sessions, CmtimeStep step) {
        LongStream.Builder times = LongStream.builder();
        for (ConnectionSteps steps : sessions) {
            for (int connection = 0; connection < steps.size(); connection++) {
                if (steps.completed(connection, step)) {
                    times.add(steps.stepNs(connection, step));
                }
            }
        }
        return times.build().toArray();
    }

    /** Buckets [2^k, 2^(k+1)) ns from the smallest to the largest value, like the engine's latency buckets. */
    static DistributionChart.Buckets powerOfTwoBuckets(String quantity, long[] values) {
        long max = LongStream.of(values).max().orElse(0);
        long min = LongStream.of(values).min().orElse(0);
        int first = 64 - Long.numberOfLeadingZeros(Math.max(1, min));
        int last = 64 - Long.numberOfLeadingZeros(Math.max(1, max));
        long[] upper = new long[last - first + 1];
        long[] counts = new long[upper.length];
        for (int i = 0; i < upper.length; i++) {
            upper[i] = 1L << (first + i);
        }
        for (long value : values) {
            int bucket = 64 - Long.numberOfLeadingZeros(Math.max(1, value)) - first;
            counts[Math.min(upper.length - 1, Math.max(0, bucket))]++;
        }
        return new DistributionChart.Buckets(quantity, upper, counts);
    }

    private void showSelected() {
        DistributionChart.Buckets buckets = quantities.get(quantityCombo.getText());
        if (result != null && buckets != null) {
            histogram.show(result, buckets);
            cdf.show(result, buckets);
        }
    }

    /** Names of the distributions offered for the run shown. */
    public List<String> quantities() {
        return List.copyOf(quantities.keySet());
    }

    /** The buckets drawn for {@code quantity}, one of {@link #quantities()}. */
    public DistributionChart.Buckets buckets(String quantity) {
        DistributionChart.Buckets buckets = quantities.get(quantity);
        if (buckets == null) {
            throw new IllegalArgumentException("no distribution of '" + quantity + "' in " + quantities.keySet());
        }
        return buckets;
    }

    public DistributionChart histogram() {
        return histogram;
    }

    public DistributionChart cdf() {
        return cdf;
    }

    @Override
    public DistributionChart panel() {
        return histogram;
    }
}
