package io.hcastudio.charts;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

/** A view showing one chart panel, with the panel's exports in the view menu and tool bar. */
abstract class ChartView extends ViewPart {

    /** The panel the exports act on. */
    abstract ChartPanel panel();

    /** Adds Export PNG/SVG/CSV to the view's menu, and Export SVG as a tool bar button. */
    protected void contributeExports() {
        IMenuManager menu = getViewSite().getActionBars().getMenuManager();
        IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
        for (ExportFormat format : ExportFormat.values()) {
            Action export = new Action("Export " + format.label() + "...") {
                @Override
                public void run() {
                    if (panel().hasData()) {
                        panel().exportInteractively(format);
                    }
                }
            };
            menu.add(export);
            if (format == ExportFormat.PNG) {
                export.setToolTipText("Export the chart as PNG, SVG or CSV (view menu)");
                export.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
                        .getImageDescriptor(ISharedImages.IMG_ETOOL_SAVE_EDIT));
                toolBar.add(export);
            }
        }
    }

    @Override
    public void setFocus() {
        panel().setFocus();
    }
}
