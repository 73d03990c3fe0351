package io.hcastudio.charts;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.Range;

/**
 * Two runs side by side, e.g. before and after a fix: drops on top, ring occupancy below, each pair of charts on
 * the same y scale so heights compare at a glance. Every chart keeps its own context menu exports.
 */
public class CompareView extends org.eclipse.ui.part.ViewPart {

    public static final String ID = "io.hcastudio.charts.compare";

    private DropsChart leftDrops;
    private DropsChart rightDrops;
    private OccupancyChart leftOccupancy;
    private OccupancyChart rightOccupancy;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new FillLayout());
        SashForm columns = new SashForm(parent, SWT.HORIZONTAL);
        SashForm left = new SashForm(columns, SWT.VERTICAL);
        SashForm right = new SashForm(columns, SWT.VERTICAL);
        leftDrops = new DropsChart(left);
        leftOccupancy = new OccupancyChart(left);
        rightDrops = new DropsChart(right);
        rightOccupancy = new OccupancyChart(right);
    }

    public void compare(RunResult first, RunResult second) {
        leftDrops.showRun(first);
        rightDrops.showRun(second);
        leftOccupancy.showRun(first);
        rightOccupancy.showRun(second);
        shareYRange(leftDrops, rightDrops);
        shareYRange(leftOccupancy, rightOccupancy);
    }

    /** The four charts: left drops, right drops, left occupancy, right occupancy. */
    public List<ChartPanel> panels() {
        return List.of(leftDrops, rightDrops, leftOccupancy, rightOccupancy);
    }

    private static void shareYRange(ChartPanel first, ChartPanel second) {
        IAxis a = first.chart().getAxisSet().getYAxis(0);
        IAxis b = second.chart().getAxisSet().getYAxis(0);
        Range shared = new Range(Math.min(a.getRange().lower, b.getRange().lower),
                Math.max(a.getRange().upper, b.getRange().upper));
        a.setRange(shared);
        b.setRange(shared);
        first.chart().redraw();
        second.chart().redraw();
    }

    @Override
    public void setFocus() {
        leftDrops.setFocus();
    }
}
