package io.hcastudio.charts;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.hcastudio.analysis.store.RunMetric;
import io.hcastudio.analysis.store.StudySnapshot;

/** A key figure of one or more studies versus the swept parameter ({@link SweepChart}), metric chosen above. */
public class SweepView extends ChartView {

    public static final String ID = "io.hcastudio.charts.sweep";

    private SweepChart sweep;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Composite controls = new Composite(parent, SWT.NONE);
        controls.setLayout(new GridLayout(2, false));
        new Label(controls, SWT.NONE).setText("Figure:");
        Combo metrics = new Combo(controls, SWT.READ_ONLY);
        for (RunMetric metric : RunMetric.values()) {
            metrics.add(metric.label());
        }
        metrics.select(RunMetric.DROPS.ordinal());
        metrics.addListener(SWT.Selection, event -> sweep.setMetric(RunMetric.values()[metrics.getSelectionIndex()]));
        sweep = new SweepChart(parent);
        sweep.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        contributeExports();
    }

    /** Draws the studies overlaid, e.g. the same sweep before and after a fix. */
    public void showStudies(List<StudySnapshot> studies) {
        sweep.showStudies(studies);
    }

    public SweepChart panel() {
        return sweep;
    }
}
