package io.hcastudio.charts;

import org.eclipse.ui.part.ViewPart;

/** A view showing one chart panel, with the panel's exports in the view menu and tool bar. */
abstract class ChartView extends ViewPart {

    /** The panel the exports act on. */
    abstract ChartPanel panel();

    /** Adds Export PNG/SVG/CSV to the view's menu, and Export SVG as a tool bar button. */
    protected void contributeExports() {
        ExportActions.contribute(getViewSite(), "chart", () -> panel().hasData(),
                format -> panel().exportInteractively(format));
    }

    @Override
    public void setFocus() {
        panel().setFocus();
    }
}
