package io.hcastudio.charts;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;

import io.hcastudio.analysis.store.StoredRun;

/** MADs dropped per function and direction, split by cause ({@link DropsChart}). */
public class DropsView extends ChartView {

    public static final String ID = "io.hcastudio.charts.drops";

    private DropsChart drops;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new FillLayout());
        drops = new DropsChart(parent);
        contributeExports();
    }

    public void showRun(StoredRun run) {
        drops.showRun(run);
    }

    public DropsChart panel() {
        return drops;
    }
}
