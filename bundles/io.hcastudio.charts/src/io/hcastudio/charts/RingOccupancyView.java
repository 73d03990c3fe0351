package io.hcastudio.charts;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swtchart.Chart;

import io.hcastudio.analysis.chart.LineChart;
import io.hcastudio.analysis.chart.SeriesName;
import io.hcastudio.analysis.store.StoredRun;

/**
 * Ring and CQ occupancy over simulated time of one run ({@link OccupancyChart}), with check boxes for the kinds of
 * series and a name filter above the chart.
 */
public class RingOccupancyView extends ChartView {

    public static final String ID = "io.hcastudio.charts.ringOccupancy";

    private OccupancyChart occupancy;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Composite controls = new Composite(parent, SWT.NONE);
        controls.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        controls.setLayout(new GridLayout(SeriesName.Kind.values().length + 2, false));
        Set<SeriesName.Kind> selected = EnumSet.of(SeriesName.Kind.SEND_RING);
        for (SeriesName.Kind kind : SeriesName.Kind.values()) {
            Button box = new Button(controls, SWT.CHECK);
            box.setText(kind.label());
            box.setSelection(selected.contains(kind));
            box.addListener(SWT.Selection, event -> {
                Set<SeriesName.Kind> kinds = occupancy.kinds();
                if (box.getSelection()) {
                    kinds.add(kind);
                } else {
                    kinds.remove(kind);
                }
                occupancy.setKinds(kinds);
            });
        }
        new Label(controls, SWT.NONE).setText("Name contains:");
        Text filter = new Text(controls, SWT.BORDER | SWT.SEARCH);
        filter.setMessage("e.g. wire, hostA/p1, f3");
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        filter.addListener(SWT.Modify, event -> occupancy.setNameFilter(filter.getText()));
        occupancy = new OccupancyChart(parent);
        occupancy.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        contributeExports();
    }

    /** Shows the run's occupancy series. */
    public void showRun(StoredRun run) {
        occupancy.showRun(run);
    }

    /** Replaces what the chart shows with ready lines (x in ms); see {@link OccupancyChart#show}. */
    public void show(String title, List<LineChart.Line> lines) {
        occupancy.show(title, lines);
    }

    public List<String> seriesNames() {
        return occupancy.seriesNames();
    }

    public String title() {
        return occupancy.title();
    }

    public Chart chart() {
        return occupancy.chart();
    }

    public OccupancyChart panel() {
        return occupancy;
    }
}
