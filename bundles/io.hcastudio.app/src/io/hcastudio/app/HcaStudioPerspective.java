package io.hcastudio.app;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import io.hcastudio.charts.RingOccupancyView;

/** Editor in the middle, outline on the left, properties and results below. */
public class HcaStudioPerspective implements IPerspectiveFactory {

    public static final String ID = "io.hcastudio.app.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        layout.addView(IPageLayout.ID_OUTLINE, IPageLayout.LEFT, 0.22f, editorArea);
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.62f, editorArea);
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        bottom.addView(RingOccupancyView.ID);
        layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(RingOccupancyView.ID);
    }
}
