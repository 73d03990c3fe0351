package io.hcastudio.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.TreeEditPart;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.hcastudio.editor.PathEditorInput;
import io.hcastudio.editor.TopologyEditor;
import io.hcastudio.editor.outline.TopologyOutlinePage;
import io.hcastudio.model.HcaFactory;
import io.hcastudio.model.Switch;
import io.hcastudio.model.examples.ExampleModels.Example;

/** The Outline opens with one item per kind of element and counts them as the model changes. */
class OutlineTest {

    private final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();

    @AfterEach
    void close() {
        page.closeAllEditors(false);
    }

    @Test
    void groupsTheTopologysElementsAndKeepsTheCountsCurrent() throws Exception {
        URL bundled = Example.COMMIT_TESTBED.bundledFile();
        Path file = Path.of(FileLocator.toFileURL(bundled).toURI());
        TopologyEditor editor = (TopologyEditor) page.openEditor(new PathEditorInput(file), TopologyEditor.ID);
        page.showView(IPageLayout.ID_OUTLINE);
        TopologyOutlinePage outline = (TopologyOutlinePage) editor.getAdapter(IContentOutlinePage.class);

        assertEquals(List.of("Hosts (3)", "Switches (1)", "Links (5)", "Subnet Manager OpenSM", "Scenarios (6)"),
                topLevelLabels(outline));

        Switch added = HcaFactory.eINSTANCE.createSwitch();
        added.setName("sw2");
        editor.getTopology().getSwitches().add(added);
        assertTrue(topLevelLabels(outline).contains("Switches (2)"), topLevelLabels(outline).toString());
    }

    private static List<String> topLevelLabels(TopologyOutlinePage outline) {
        EditPart topology = outline.getTreeViewer().getContents();
        return ((List<?>) topology.getChildren()).stream()
                .map(child -> ((TreeItem) ((TreeEditPart) child).getWidget()).getText()).toList();
    }
}
