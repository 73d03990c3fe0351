package io.hcastudio.ui.tests;

import static io.hcastudio.ui.tests.WorkbenchRuns.page;
import static io.hcastudio.ui.tests.WorkbenchRuns.settle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.Test;

import io.hcastudio.app.wizards.NewFabricWizard;
import io.hcastudio.editor.TopologyEditor;
import io.hcastudio.model.Hca;
import io.hcastudio.model.generate.FatTree;
import io.hcastudio.model.templates.HcaKind;

/** File > New > Fabric… is registered, its page shows the fabric it will build, and finishing opens it. */
class NewFabricWizardTest {

    private static final Path OUTPUT = Path.of("target", "new-fabric");

    @Test
    void theWizardIsContributedAndFinishingOpensTheGeneratedFabric() throws Exception {
        IWizardDescriptor descriptor = PlatformUI.getWorkbench().getNewWizardRegistry()
                .findWizard(NewFabricWizard.ID);
        assertEquals("Fabric…", descriptor.getLabel());
        NewFabricWizard wizard = (NewFabricWizard) descriptor.createWizard();
        wizard.init(PlatformUI.getWorkbench(), null);
        WizardDialog dialog = new WizardDialog(Display.getCurrent().getActiveShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        settle();
        Screenshots.save(dialog.getShell(), "new-fabric-wizard");
        boolean taken = Files.exists(Path.of(System.getProperty("user.home"), "fat-tree.hcatopo"));
        assertEquals(!taken, dialog.getCurrentPage().isPageComplete(), "the defaults fit; only a taken file name stops");
        dialog.close();

        Files.createDirectories(OUTPUT);
        Path file = OUTPUT.resolve("cx5-" + System.nanoTime() + ".hcatopo").toAbsolutePath();
        NewFabricWizard.create(file, new FatTree.Spec(2, 2, 3, HcaKind.CONNECTX_5, 0));
        page().openEditor(new io.hcastudio.editor.PathEditorInput(file), TopologyEditor.ID);
        settle();
        TopologyEditor editor = assertInstanceOf(TopologyEditor.class, page().getActiveEditor());
        assertEquals(6, editor.getTopology().allHcas().size());
        for (Hca hca : editor.getTopology().allHcas()) {
            assertInstanceOf(GraphicalEditPart.class, editor.getGraphicalViewer().getEditPartRegistry().get(hca));
        }
        Screenshots.save(editor.getSite().getShell(), "new-fabric-cx5-editor");
        page().closeEditor(editor, false);
    }

    /** A 1,020-host fabric opens in the editor; how long that takes is printed (measured, not asserted). */
    @Test
    void aThousandHostFabricOpens() throws Exception {
        Files.createDirectories(OUTPUT);
        Path file = OUTPUT.resolve("fat-tree-1020-" + System.nanoTime() + ".hcatopo").toAbsolutePath();
        long start = System.nanoTime();
        NewFabricWizard.create(file, new FatTree.Spec(34, 6, 30, HcaKind.CONNECTX_5, 0));
        long generated = System.nanoTime();
        IEditorPart part = page().openEditor(new io.hcastudio.editor.PathEditorInput(file), TopologyEditor.ID);
        settle();
        long opened = System.nanoTime();
        TopologyEditor editor = assertInstanceOf(TopologyEditor.class, part);
        assertEquals(1020, editor.getTopology().allHcas().size());
        System.out.println(String.format(Locale.ROOT, "1,020-host fat tree: generated and saved in %.2f s, opened in"
                + " the editor in %.2f s", (generated - start) / 1e9, (opened - generated) / 1e9));
        Screenshots.save(editor.getSite().getShell(), "fat-tree-1020-editor");
        page().closeEditor(editor, false);
    }
}
