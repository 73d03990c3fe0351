package io.hcastudio.charts;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.PlatformUI;

/** Export PNG/SVG/CSV in a view's menu, and one save button in its tool bar that points there. */
final class ExportActions {

    private ExportActions() {
    }

    /**
     * @param what   what the view exports, for the button's tool tip ("chart", "map")
     * @param ready  whether there is anything to export yet
     * @param export asks for a file and writes the view's content in the format
     */
    static void contribute(IViewSite site, String what, BooleanSupplier ready, Consumer<ExportFormat> export) {
        IMenuManager menu = site.getActionBars().getMenuManager();
        IToolBarManager toolBar = site.getActionBars().getToolBarManager();
        for (ExportFormat format : ExportFormat.values()) {
            Action action = new Action("Export " + format.label() + "...") {
                @Override
                public void run() {
                    if (ready.getAsBoolean()) {
                        export.accept(format);
                    }
                }
            };
            menu.add(action);
            if (format == ExportFormat.PNG) {
                action.setToolTipText("Export the " + what + " as PNG, SVG or CSV (view menu)");
                action.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
                        .getImageDescriptor(ISharedImages.IMG_ETOOL_SAVE_EDIT));
                toolBar.add(action);
            }
        }
    }
}
