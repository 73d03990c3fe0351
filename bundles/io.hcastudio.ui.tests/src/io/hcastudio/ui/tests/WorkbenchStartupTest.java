package io.hcastudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.commands.Command;
import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.hcastudio.app.HcaStudioPerspective;
import io.hcastudio.editor.PathEditorInput;
import io.hcastudio.editor.TopologyEditor;
import io.hcastudio.editor.actions.TopologyActionIds;

/** What a user sees right after starting HCA Studio. */
class WorkbenchStartupTest {

    /** Tests that ran before may have left a view or a closed dialog's activation behind: start from the editor. */
    @BeforeEach
    void activateTheEditor() {
        WorkbenchRuns.activateEditorWindow();
    }

    private static IWorkbenchWindow window() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    }

    @Test
    void startsInTheHcaStudioPerspective() {
        assertEquals(HcaStudioPerspective.ID, window().getActivePage().getPerspective().getId());
    }

    @Test
    void opensTheBuiltInExampleInTheTopologyEditor() throws Exception {
        IWorkbenchPage page = window().getActivePage();
        TopologyEditor editor = assertInstanceOf(TopologyEditor.class, page.getActiveEditor());
        PathEditorInput input = assertInstanceOf(PathEditorInput.class, editor.getEditorInput());
        assertTrue(input.getPath().toString().endsWith("commit-testbed.hcatopo"), input.getPath().toString());
        assertTrue(editor.getTopology().getHosts().size() >= 2, "the test bed has two hosts");
        Screenshots.save(window().getShell(), "workbench-startup");
    }

    @Test
    void menusOfferFileEditAndHelpCommands() {
        List<String> bar = texts(window().getShell().getMenuBar());
        assertTrue(bar.containsAll(List.of("File", "Edit", "Window", "Help")), bar.toString());
        assertTrue(submenu("File").containsAll(List.of("Open Topology...", "Save", "Save As...", "Exit")),
                submenu("File").toString());
        assertTrue(submenu("Edit").containsAll(List.of("Undo", "Redo", "Delete", "Select All")),
                submenu("Edit").toString());
        assertTrue(submenu("Help").stream().anyMatch(text -> text.startsWith("About")), submenu("Help").toString());
    }

    @Test
    void theDiagramMenuExportsThePngOfTheScreenAndTheHeadlessSvg() {
        assertInstanceOf(TopologyEditor.class, window().getActivePage().getActiveEditor());
        List<String> diagram = submenu("Diagram");
        assertTrue(diagram.containsAll(List.of("Export as PNG\u2026", "Export as SVG\u2026")), diagram.toString());
        Command exportSvg = PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(TopologyActionIds.EXPORT_SVG);
        assertTrue(exportSvg.isHandled() && exportSvg.isEnabled(), "the application's renderer handles the editor's SVG export");
    }

    @Test
    void standardShortcutsAreBound() {
        IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
        assertBound(bindings, "org.eclipse.ui.edit.undo", "Ctrl+Z");
        assertBound(bindings, "org.eclipse.ui.file.save", "Ctrl+S");
        assertBound(bindings, "io.hcastudio.app.openTopology", "Ctrl+O");
    }

    private static void assertBound(IBindingService bindings, String commandId, String expected) {
        List<String> keys = Arrays.stream(bindings.getActiveBindingsFor(commandId)).map(TriggerSequence::format)
                .toList();
        assertTrue(keys.contains(expected), commandId + " is bound to " + keys);
    }

    private static List<String> submenu(String label) {
        for (MenuItem item : window().getShell().getMenuBar().getItems()) {
            if (strip(item.getText()).equals(label)) {
                Menu menu = item.getMenu();
                // Menu managers fill their menus when shown.
                menu.notifyListeners(SWT.Show, null);
                return texts(menu);
            }
        }
        throw new AssertionError("no menu " + label);
    }

    private static List<String> texts(Menu menu) {
        List<String> texts = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            if ((item.getStyle() & SWT.SEPARATOR) == 0) {
                texts.add(strip(item.getText()));
            }
        }
        return texts;
    }

    /** Drops the mnemonic marker and the accelerator text after the tab. */
    private static String strip(String text) {
        int tab = text.indexOf('\t');
        return (tab >= 0 ? text.substring(0, tab) : text).replace("&", "");
    }
}
