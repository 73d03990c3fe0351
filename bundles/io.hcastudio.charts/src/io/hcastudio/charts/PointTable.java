package io.hcastudio.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import io.hcastudio.analysis.Estimate;
import io.hcastudio.analysis.chart.ChartText;
import io.hcastudio.analysis.store.PointAggregate;
import io.hcastudio.analysis.store.RunMetric;

/**
 * The sweep points of the Results view: per point of every study, its replications summarised as analysis
 * computes them ({@link PointAggregate}): in how many replications MADs were lost with the 95 % upper bound on the
 * loss probability, and mean, 95 % confidence interval, min and max of the drops and connection figures.
 */
public final class PointTable {

    /** One row: a sweep point of a catalog entry. */
    public record Row(ResultsCatalog.Entry entry, PointAggregate point) {
    }

    private static final RunMetric[] FIGURES = {RunMetric.DROPS_ALL_CAUSES, RunMetric.CONNECTIONS_FAILED,
        RunMetric.CONNECTIONS_DELAYED};

    private final TableViewer viewer;

    PointTable(Composite parent) {
        viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column("Study", 150, SWT.LEFT, row -> row.entry().definition().name());
        column("Point", 45, SWT.RIGHT, row -> Integer.toString(row.point().pointIndex()));
        column("Profile", 55, SWT.LEFT, row -> row.point().profile());
        column("Parameters", 150, SWT.LEFT, row -> parameters(row.point()));
        column("Lost MADs in", 130, SWT.RIGHT, PointTable::lossText);
        // One replication gives no useful bound (95 %): say nothing rather than something empty.
        column("Loss p, 95 % bound", 130, SWT.RIGHT, row -> row.point().loss().replications() == 1 ? "-"
                : row.point().loss().upperBoundText());
        for (RunMetric metric : FIGURES) {
            String name = heading(metric);
            column(name + " mean", 100, SWT.RIGHT, row -> ChartText.number(row.point().estimate(metric).mean()));
            column(name + " 95 % CI", 120, SWT.RIGHT, row -> interval(row.point().estimate(metric)));
            column(name + " min-max", 100, SWT.RIGHT, row -> range(row.point().estimate(metric)));
        }
    }

    /** {@code 0 of 30 replications}: in how many replications any MAD was dropped. */
    public static String lossText(Row row) {
        int replications = row.point().loss().replications();
        return row.point().loss().losing() + " of " + replications + (replications == 1 ? " replication"
                : " replications");
    }

    void show(List<ResultsCatalog.Entry> entries) {
        List<Row> rows = new ArrayList<>();
        for (ResultsCatalog.Entry entry : entries) {
            entry.snapshot().aggregates().forEach(point -> rows.add(new Row(entry, point)));
        }
        viewer.setInput(rows);
    }

    List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < viewer.getTable().getItemCount(); i++) {
            rows.add((Row) viewer.getElementAt(i));
        }
        return rows;
    }

    /** The cell texts of a row, in column order, as the table shows them. */
    public List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < viewer.getTable().getColumnCount(); i++) {
            texts.add(((ColumnLabelProvider) viewer.getLabelProvider(i)).getText(row));
        }
        return texts;
    }

    private static String heading(RunMetric metric) {
        return metric.heading();
    }

    /** {@code [2.1, 5.9]}, cut at 0 as reports cut it, or {@code -} for a single replication. */
    private static String interval(Estimate estimate) {
        return Double.isNaN(estimate.halfWidth()) ? "-"
                : "[" + ChartText.number(estimate.lowerAtZero()) + ", " + ChartText.number(estimate.upper()) + "]";
    }

    private static String range(Estimate estimate) {
        return ChartText.number(estimate.min()) + "-" + ChartText.number(estimate.max());
    }

    private static String parameters(PointAggregate point) {
        List<String> values = new ArrayList<>();
        point.parameters().forEach((key, value) -> values.add(key + "=" + value));
        return String.join(", ", values);
    }

    private void column(String title, int width, int alignment, Function<Row, String> text) {
        TextColumns.add(viewer, Row.class, title, width, alignment, text);
    }
}
