package io.hcastudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.views.IViewDescriptor;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hcastudio.analysis.chart.LineChart.Line;
import io.hcastudio.analysis.mapping.RunOverrides;
import io.hcastudio.app.help.UserGuide;
import io.hcastudio.app.importing.FabricImportJob;
import io.hcastudio.app.importing.FabricImportWizard;
import io.hcastudio.app.preferences.StudioPreferencePage;
import io.hcastudio.app.run.StudyJob;
import io.hcastudio.app.wizards.NewTopologyWizard;
import io.hcastudio.app.wizards.NewWizardMenu;
import io.hcastudio.charts.OccupancyChart;
import io.hcastudio.charts.StudioPreferences;
import io.hcastudio.editor.PathEditorInput;
import io.hcastudio.editor.TopologyEditor;
import io.hcastudio.editor.parts.NodeEditPart;

/**
 * What a new user hit in one afternoon with the application (issue 16): import path typing, help text, error
 * dialogs, preferences, the about box, and the workbench basics (File > New, recent files, window title, Show View,
 * the user guide, an imported fabric shown whole).
 */
class WorkbenchBasicsTest {

    private static final long TIMEOUT_MILLIS = 20_000;

    private static final String NET = String.join("\n",
            "Switch 8 \"Switch1\"",
            "[1] \"Hca1\"[1]",
            "[2] \"Hca2\"[1]",
            "",
            "Hca 2 \"Hca1\"",
            "[1] \"Switch1\"[1]",
            "",
            "Hca 2 \"Hca2\"",
            "[1] \"Switch1\"[2]",
            "");

    @TempDir
    Path folder;

    private final List<Shell> opened = new ArrayList<>();

    @AfterEach
    void restore() {
        for (Shell shell : opened) {
            if (!shell.isDisposed()) {
                shell.close();
            }
        }
        StudioPreferences.node().remove(StudioPreferences.RESULTS_FOLDER);
        StudioPreferences.node().remove(StudioPreferences.DEFAULT_PROFILE);
        StudioPreferences.node().remove(StudioPreferences.CHART_LEGEND);
        IWorkbenchPage page = WorkbenchRuns.page();
        // Back to the test bed as the active editor, which the other workbench tests expect.
        for (var reference : page.getEditorReferences()) {
            if (reference.getEditor(false) instanceof TopologyEditor editor
                    && !((PathEditorInput) editor.getEditorInput()).getFile().toString().endsWith("commit-testbed.hcatopo")) {
                page.closeEditor(editor, false);
            }
        }
        settle();
    }

    private static IWorkbenchWindow window() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    }

    private static void settle() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // drain
        }
    }

    private static void waitUntil(BooleanSupplier condition, String what) {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
        while (!condition.getAsBoolean()) {
            assertTrue(System.currentTimeMillis() < deadline, "timed out waiting for " + what);
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
        settle();
    }

    /** Lets time pass with the event loop running (dialogs opened meanwhile are seen by a {@link DialogWatcher}). */
    private static void pause(long millis) {
        long end = System.currentTimeMillis() + millis;
        waitUntil(() -> System.currentTimeMillis() >= end, "the pause");
    }

    /** Records and closes every dialog shell that opens while it runs, after handing it to an inspector. */
    private static final class DialogWatcher {

        private final List<String> titles = new ArrayList<>();
        private final Consumer<Shell> inspector;
        private boolean running = true;

        DialogWatcher(Consumer<Shell> inspector) {
            this.inspector = inspector;
            schedule();
        }

        private void schedule() {
            Display.getCurrent().timerExec(50, this::look);
        }

        private void look() {
            if (!running) {
                return;
            }
            for (Shell shell : Display.getCurrent().getShells()) {
                if (shell != window().getShell() && shell.isVisible() && !shell.isDisposed()) {
                    titles.add(shell.getText());
                    inspector.accept(shell);
                    shell.close();
                }
            }
            schedule();
        }

        List<String> stop() {
            running = false;
            return titles;
        }
    }

    private static <T extends Control> List<T> controls(Control root, Class<T> type) {
        List<T> found = new ArrayList<>();
        if (type.isInstance(root)) {
            found.add(type.cast(root));
        }
        if (root instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                found.addAll(controls(child, type));
            }
        }
        return found;
    }

    private WizardDialog openImportWizard() {
        WizardDialog dialog = new WizardDialog(window().getShell(), new FabricImportWizard(file -> Status.OK_STATUS));
        dialog.setBlockOnOpen(false);
        dialog.open();
        opened.add(dialog.getShell());
        settle();
        return dialog;
    }

    /** Item 1: typing "/" into the fabric field is a folder, said in words; the page recovers when the path is a file. */
    @Test
    void typingAFolderPathIntoTheImportWizardIsExplainedNotACrash() throws Exception {
        Path fabric = Files.writeString(folder.resolve("two.net"), NET);
        WizardDialog dialog = openImportWizard();
        Text fabricText = controls(dialog.getShell(), Text.class).get(0);
        fabricText.setText("/");
        settle();
        String error = dialog.getCurrentPage().getErrorMessage();
        assertNotNull(error);
        assertTrue(error.contains("is a folder"), error);
        fabricText.setText(fabric.toString());
        settle();
        assertNull(dialog.getCurrentPage().getErrorMessage(), "a valid file clears the message");
        assertTrue(dialog.getCurrentPage().isPageComplete());
        assertTrue(controls(dialog.getShell(), Text.class).stream().anyMatch(text -> text.getText().endsWith("two.hcatopo")),
                "the target follows the fabric file");
        dialog.close();
    }

    /** Item 3: a failed import shows one error dialog, the wizard's, not a second one from the platform. */
    @Test
    void aFailedImportShowsOneErrorDialog() throws Exception {
        Path broken = Files.writeString(folder.resolve("broken.net"), "Switch 8 \"S\"\n[1] \"H\"[1]\n[x] nonsense\n");
        WizardDialog dialog = openImportWizard();
        List<Text> texts = controls(dialog.getShell(), Text.class);
        texts.get(0).setText(broken.toString());
        settle();
        // The test harness runs with error dialogs switched off; this test is about them, so they are on here.
        boolean automated = org.eclipse.jface.dialogs.ErrorDialog.AUTOMATED_MODE;
        org.eclipse.jface.dialogs.ErrorDialog.AUTOMATED_MODE = false;
        DialogWatcher watcher = new DialogWatcher(shell -> { });
        try {
            importBroken(dialog);
        } finally {
            org.eclipse.jface.dialogs.ErrorDialog.AUTOMATED_MODE = automated;
        }
        List<String> titles = watcher.stop();
        assertEquals(List.of("Import Fabric"), titles, "dialogs shown for one failed import");
    }

    private static void importBroken(WizardDialog dialog) {
        FabricImportWizard wizard = (FabricImportWizard) dialog.getCurrentPage().getWizard();
        assertTrue(wizard.performFinish());
        dialog.close();
        pause(300);
        waitUntil(() -> java.util.Arrays.stream(Job.getJobManager().find(null)).noneMatch(FabricImportJob.class::isInstance), "the import");
        pause(2000);
    }

    /** Item 2: Getting Started names the keys the workbench really answers to. */
    @Test
    void gettingStartedListsTheBoundKeys() throws Exception {
        IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
        String keys = UserGuide.keys(bindings);
        String redo = bindings.getBestActiveBindingFormattedFor("org.eclipse.ui.edit.redo");
        assertNotNull(redo);
        assertTrue(keys.lines().anyMatch(line -> line.trim().startsWith(redo) && line.endsWith("redo")), keys);
        assertFalse(keys.contains("Ctrl+Y") && !"Ctrl+Y".equals(redo), keys);
        String saveAs = bindings.getBestActiveBindingFormattedFor("org.eclipse.ui.file.saveAs");
        assertTrue(keys.lines().noneMatch(line -> line.endsWith("save as")) || keys.contains(saveAs + " "), keys);
        String saveAll = bindings.getBestActiveBindingFormattedFor("org.eclipse.ui.file.saveAll");
        if (saveAll != null) {
            assertFalse(keys.lines().anyMatch(line -> line.trim().startsWith(saveAll + " ") && line.endsWith("save as")), keys);
        }
        String gettingStarted = UserGuide.topics(bindings).get(0).text();
        assertTrue(gettingStarted.contains(keys), "Getting Started carries the key list");
    }

    /** Help > Help Contents: a guide with getting started, every view, the commit walk-through and the command line. */
    @Test
    void theUserGuideCoversEveryViewTheWalkThroughAndTheCommandLine() throws Exception {
        List<UserGuide.Topic> topics = UserGuide.topics(PlatformUI.getWorkbench().getService(IBindingService.class));
        List<String> titles = topics.stream().map(UserGuide.Topic::title).toList();
        assertEquals("Getting started", titles.get(0));
        assertTrue(titles.contains("The commit walk-through"), titles.toString());
        assertTrue(titles.contains("The command line"), titles.toString());
        for (IViewDescriptor view : PlatformUI.getWorkbench().getViewRegistry().getViews()) {
            if (view.getId().startsWith("io.hcastudio.") || view.getId().equals("org.eclipse.ui.views.ProgressView")) {
                assertTrue(titles.stream().anyMatch(title -> title.contains(view.getLabel())), "no guide topic for the view "
                        + view.getLabel() + " in " + titles);
            }
        }
        List<String> help = menu("Help");
        assertTrue(help.contains("Help Contents"), help.toString());
        DialogWatcher watcher = new DialogWatcher(shell -> assertTrue(controls(shell, Text.class).stream()
                .anyMatch(text -> text.getText().startsWith("Getting started")), "the guide opens at Getting started"));
        menuItem("Help", "Help Contents").notifyListeners(SWT.Selection, null);
        pause(500);
        assertEquals(List.of("HCA Studio User Guide"), watcher.stop());
    }

    /** Item 8: Help > About shows its whole text. */
    @Test
    void theAboutBoxShowsItsLastLine() {
        List<String> failures = new ArrayList<>();
        DialogWatcher watcher = new DialogWatcher(shell -> {
            for (Control control : controls(shell, Control.class)) {
                String text = control instanceof Label label ? label.getText()
                        : control instanceof org.eclipse.swt.custom.StyledText styled ? styled.getText()
                                : control instanceof Text plain ? plain.getText() : "";
                if (text.contains("SWTChart")) {
                    int needed = control.computeSize(control.getSize().x, SWT.DEFAULT).y;
                    if (control.getSize().y < needed) {
                        failures.add("the about text is " + control.getSize().y + " px high but needs " + needed);
                    }
                    return;
                }
            }
            failures.add("no about text in " + shell.getText());
        });
        menuItem("Help", "About HCA Studio").notifyListeners(SWT.Selection, null);
        pause(500);
        assertEquals(List.of("About HCA Studio"), watcher.stop());
        assertEquals(List.of(), failures);
    }

    /** Item 7: Window > Preferences has HCA Studio's page, and what it sets is what runs and charts use. */
    @Test
    void preferencesExistAndAreRead() throws Exception {
        assertNotNull(PlatformUI.getWorkbench().getPreferenceManager().find(StudioPreferencePage.ID), "Window > Preferences > HCA Studio");

        Path results = Files.createDirectories(folder.resolve("my-results"));
        StudioPreferences.node().put(StudioPreferences.RESULTS_FOLDER, results.toString());
        StudyJob job = WorkbenchRuns.runScenario(WorkbenchRuns.OUTBOUND_BURST, RunOverrides.NONE);
        assertTrue(job.file().startsWith(results), "the results file " + job.file() + " is in the results folder of the preferences");

        StudioPreferences.node().put(StudioPreferences.DEFAULT_PROFILE, "D");
        List<String> profiles = new ArrayList<>();
        DialogWatcher watcher = new DialogWatcher(shell -> controls(shell, Combo.class).stream()
                .filter(combo -> java.util.Arrays.asList(combo.getItems()).contains("D")).forEach(combo -> profiles.add(combo.getText())));
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("io.hcastudio.app.run.scenario", null);
        pause(300);
        assertEquals(List.of("Run Scenario"), watcher.stop());
        assertEquals(List.of("D"), profiles, "Run Scenario proposes the preferred profile");

        Shell shell = new Shell(Display.getCurrent());
        try {
            shell.setLayout(new FillLayout());
            shell.setSize(1200, 400);
            StudioPreferences.node().put(StudioPreferences.CHART_LEGEND, StudioPreferences.LEGEND_HIDDEN);
            OccupancyChart hidden = new OccupancyChart(shell);
            shell.open();
            hidden.show("legend hidden", List.of(Line.of("wire tx", new double[] { 0, 1 }, new double[] { 0, 5 }, 0)));
            shell.layout(true, true);
            settle();
            assertFalse(hidden.chart().getLegend().isVisible(), "the legend follows the preference");
            hidden.dispose();
            StudioPreferences.node().put(StudioPreferences.CHART_LEGEND, StudioPreferences.LEGEND_BOTTOM);
            OccupancyChart bottom = new OccupancyChart(shell);
            bottom.show("legend below", List.of(Line.of("wire tx", new double[] { 0, 1 }, new double[] { 0, 5 }, 0)));
            shell.layout(true, true);
            settle();
            assertEquals(SWT.BOTTOM, bottom.chart().getLegend().getPosition());
            assertTrue(bottom.chart().getLegend().isVisible());
        } finally {
            shell.dispose();
        }
    }

    /** File > New lists the registered new-wizards; the topology wizard writes an empty topology, opens it, titles the window. */
    @Test
    void fileNewCreatesATopologyThatTitlesTheWindowAndJoinsRecentFiles() throws Exception {
        List<String> labels = NewWizardMenu.wizards(window()).stream().map(IWizardDescriptor::getLabel).toList();
        assertTrue(labels.contains("Topology"), labels.toString());
        List<String> newMenu = submenu("File", "New");
        assertTrue(newMenu.contains("Topology..."), newMenu.toString());

        IWizardDescriptor descriptor = NewWizardMenu.wizards(window()).stream().filter(each -> each.getId().equals(NewTopologyWizard.ID))
                .findFirst().orElseThrow();
        WizardDialog dialog = NewWizardMenu.open(window(), descriptor, false);
        opened.add(dialog.getShell());
        settle();
        List<Text> texts = controls(dialog.getShell(), Text.class);
        Path proposed = Path.of(texts.get(0).getText());
        assertTrue(proposed.isAbsolute() && Files.isDirectory(proposed), "the wizard proposes an existing folder: " + proposed);
        assertFalse(proposed.equals(Path.of("").toAbsolutePath()), "not the working directory of the product");
        texts.get(0).setText(folder.toString());
        texts.get(1).setText("fresh");
        settle();
        assertTrue(dialog.getCurrentPage().isPageComplete(), dialog.getCurrentPage().getErrorMessage());
        assertTrue(dialog.getCurrentPage().getWizard().performFinish());
        dialog.close();
        settle();
        Path created = folder.resolve("fresh.hcatopo");
        assertTrue(Files.isRegularFile(created));
        TopologyEditor editor = assertInstanceOf(TopologyEditor.class, WorkbenchRuns.page().getActiveEditor());
        assertEquals(created, ((PathEditorInput) editor.getEditorInput()).getFile());
        assertTrue(editor.getTopology().getHosts().isEmpty());
        String title = window().getShell().getText();
        assertTrue(title.startsWith("fresh.hcatopo (" + folder + ")") && title.endsWith("HCA Studio"), title);
        assertTrue(io.hcastudio.app.RecentFiles.list().get(0).equals(created.toAbsolutePath().normalize()),
                io.hcastudio.app.RecentFiles.list().toString());
        assertTrue(submenu("File", "Recent Files").get(0).contains("fresh.hcatopo"), submenu("File", "Recent Files").toString());
    }

    /** Window > Show View lists every view of HCA Studio. */
    @Test
    void showViewListsEveryView() {
        List<String> shown = submenu("Window", "Show View");
        for (IViewDescriptor view : PlatformUI.getWorkbench().getViewRegistry().getViews()) {
            if (view.getId().startsWith("io.hcastudio.")) {
                assertTrue(shown.contains(view.getLabel()), view.getLabel() + " is missing from " + shown);
            }
        }
    }

    /** Item 4 for an imported fabric: opened after File > Import Fabric, every box is whole and the diagram in view. */
    @Test
    void anImportedFabricOpensWithEveryBoxWhole() throws Exception {
        Path examples = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (!Files.isDirectory(examples.resolve("io.hcastudio.importers/examples"))) {
            examples = examples.getParent();
            assertNotNull(examples, "the importers' examples are not above " + System.getProperty("user.dir"));
        }
        examples = examples.resolve("io.hcastudio.importers/examples");
        Path fabric = examples.resolve("two-cx3-hosts.ibnetdiscover.txt");
        Path overlay = examples.resolve("two-cx3-hosts.sriov.yaml");
        Path target = folder.resolve("two-cx3-hosts.hcatopo");
        FabricImportJob job = new FabricImportJob(new io.hcastudio.app.importing.FabricImportRequest(fabric, java.util.Optional.empty(),
                overlay, false, target));
        job.schedule();
        job.join();
        assertTrue(job.getResult().getSeverity() < org.eclipse.core.runtime.IStatus.ERROR, job.getResult().toString());
        TopologyEditor editor = (TopologyEditor) WorkbenchRuns.page().openEditor(new PathEditorInput(target), TopologyEditor.ID);
        settle();
        editor.getGraphicalViewer().flush();
        for (Object part : editor.getGraphicalViewer().getEditPartRegistry().values()) {
            if (part instanceof NodeEditPart box && box.getParent() instanceof NodeEditPart container) {
                Rectangle area = container.getContentPane().getClientArea();
                assertTrue(area.contains(box.getFigure().getBounds()), box.getModel() + " is cut off by " + container.getModel());
            }
        }
        org.eclipse.draw2d.FigureCanvas canvas = (org.eclipse.draw2d.FigureCanvas) editor.getGraphicalViewer().getControl();
        org.eclipse.draw2d.RangeModel horizontal = canvas.getViewport().getHorizontalRangeModel();
        org.eclipse.draw2d.RangeModel vertical = canvas.getViewport().getVerticalRangeModel();
        assertTrue(horizontal.getMaximum() - horizontal.getMinimum() <= horizontal.getExtent()
                && vertical.getMaximum() - vertical.getMinimum() <= vertical.getExtent(), "the imported fabric needs scrolling");
        Screenshots.save(window().getShell(), "imported-two-cx3-hosts");
    }

    private static List<String> menu(String label) {
        return texts(topMenu(label));
    }

    private static Menu topMenu(String label) {
        for (MenuItem item : window().getShell().getMenuBar().getItems()) {
            if (strip(item.getText()).equals(label)) {
                item.getMenu().notifyListeners(SWT.Show, null);
                return item.getMenu();
            }
        }
        throw new AssertionError("no menu " + label);
    }

    private static List<String> submenu(String top, String label) {
        for (MenuItem item : topMenu(top).getItems()) {
            if (strip(item.getText()).equals(label) && item.getMenu() != null) {
                item.getMenu().notifyListeners(SWT.Show, null);
                return texts(item.getMenu());
            }
        }
        throw new AssertionError("no menu " + top + " > " + label + " in " + texts(topMenu(top)));
    }

    private static MenuItem menuItem(String top, String label) {
        for (MenuItem item : topMenu(top).getItems()) {
            if (strip(item.getText()).equals(label)) {
                return item;
            }
        }
        throw new AssertionError("no item " + label + " in " + texts(topMenu(top)));
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

    private static String strip(String text) {
        int tab = text.indexOf('\t');
        return (tab >= 0 ? text.substring(0, tab) : text).replace("&", "");
    }
}
