package io.hcastudio.charts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.hcastudio.analysis.result.Distribution;
import io.hcastudio.analysis.store.StoredRun;

/**
 * Distributions of one run ({@link Distribution#of}), histogram and CDF side by side: MAD end-to-end latency, and the
 * cmtime step time of each phase over every connection that completed the step.
 */
public class DistributionView extends ChartView {

    public static final String ID = "io.hcastudio.charts.distributions";

    private DistributionChart histogram;
    private DistributionChart cdf;
    private Combo quantityCombo;
    private StoredRun result;
    private final Map<String, Distribution> quantities = new LinkedHashMap<>();

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

    public void showRun(StoredRun run) {
        result = run;
        quantities.clear();
        for (Distribution distribution : Distribution.of(run.run().madLatency(), run.connectionSteps())) {
            quantities.put(distribution.quantity(), distribution);
        }
        String previous = quantityCombo.getText();
        quantityCombo.setItems(quantities.keySet().toArray(String[]::new));
        int index = new ArrayList<>(quantities.keySet()).indexOf(previous);
        quantityCombo.select(Math.max(0, index));
        showSelected();
    }

    private void showSelected() {
        Distribution distribution = quantities.get(quantityCombo.getText());
        if (result != null && distribution != null) {
            histogram.show(result, distribution);
            cdf.show(result, distribution);
        }
    }

    /** Names of the distributions offered for the run shown. */
    public List<String> quantities() {
        return List.copyOf(quantities.keySet());
    }

    /** The distribution drawn for {@code quantity}, one of {@link #quantities()}. */
    public Distribution distribution(String quantity) {
        Distribution distribution = quantities.get(quantity);
        if (distribution == null) {
            throw new IllegalArgumentException("no distribution of '" + quantity + "' in " + quantities.keySet());
        }
        return distribution;
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
