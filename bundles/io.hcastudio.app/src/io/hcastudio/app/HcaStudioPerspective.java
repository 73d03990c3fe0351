package io.hcastudio.app;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.IViewDescriptor;

import io.hcastudio.charts.DropsView;
import io.hcastudio.charts.ResultsView;
import io.hcastudio.charts.RingOccupancyView;
import io.hcastudio.charts.SweepView;

/** Editor in the middle, outline on the left; properties, results and progress below left, charts below right. */
public class HcaStudioPerspective implements IPerspectiveFactory {

    public static final String ID = "io.hcastudio.app.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        layout.addView(IPageLayout.ID_OUTLINE, IPageLayout.LEFT, 0.22f, editorArea);
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.62f, editorArea);
        bottom.addView(ResultsView.ID);
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        bottom.addView(io.hcastudio.editor.validation.TopologyProblemsView.ID);
        bottom.addView(IPageLayout.ID_PROGRESS_VIEW);
        IFolderLayout charts = layout.createFolder("charts", IPageLayout.RIGHT, 0.45f, "bottom");
        charts.addView(RingOccupancyView.ID);
        charts.addView(DropsView.ID);
        charts.addView(SweepView.ID);
        charts.addPlaceholder("io.hcastudio.charts.*");
        // Window > Show View lists every view of the product, HCA Studio's own found in the registry.
        layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(IPageLayout.ID_PROGRESS_VIEW);
        for (IViewDescriptor view : PlatformUI.getWorkbench().getViewRegistry().getViews()) {
            if (view.getId().startsWith("io.hcastudio.")) {
                layout.addShowViewShortcut(view.getId());
            }
        }
        layout.addNewWizardShortcut(io.hcastudio.app.wizards.NewTopologyWizard.ID);
    }
}
