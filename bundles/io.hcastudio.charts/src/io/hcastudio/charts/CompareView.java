package io.hcastudio.charts;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;

import io.hcastudio.analysis.store.StoredRun;

/**
 * Two runs side by side, e.g. before and after a fix, in the charts of the before/after report: drops per cause on
 * top, the busiest wire send ring below, each run a series on the same scale. Each chart exports as the report
 * draws it.
 */
public class CompareView extends org.eclipse.ui.part.ViewPart {

    public static final String ID = "io.hcastudio.charts.compare";

    private ComparisonChart drops;
    private ComparisonChart wireRing;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new FillLayout());
        SashForm rows = new SashForm(parent, SWT.VERTICAL);
        drops = new ComparisonChart(rows, ComparisonChart.Kind.DROPS_BY_CAUSE);
        wireRing = new ComparisonChart(rows, ComparisonChart.Kind.WIRE_RING);
    }

    /** Shows {@code first} (before) and {@code second} (after). */
    public void compare(StoredRun first, StoredRun second) {
        drops.compare(List.of(first, second));
        wireRing.compare(List.of(first, second));
    }

    /** The two charts: drops per cause, then the busiest wire send ring. */
    public List<ComparisonChart> panels() {
        return List.of(drops, wireRing);
    }

    @Override
    public void setFocus() {
        drops.setFocus();
    }
}
