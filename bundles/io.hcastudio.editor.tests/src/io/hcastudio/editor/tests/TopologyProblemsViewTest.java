package io.hcastudio.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.commands.CommandStack;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hcastudio.editor.PathEditorInput;
import io.hcastudio.editor.TopologyEditor;
import io.hcastudio.editor.commands.ModelCommand;
import io.hcastudio.editor.parts.FabricNodeEditPart;
import io.hcastudio.editor.validation.TopologyProblem;
import io.hcastudio.editor.validation.TopologyProblemsView;
import io.hcastudio.editor.validation.TopologyProblemsView.RuleGroup;
import io.hcastudio.model.DriverProfile;
import io.hcastudio.model.Hca;
import io.hcastudio.model.HcaPackage;
import io.hcastudio.model.Topology;
import io.hcastudio.model.Workload;
import io.hcastudio.model.examples.ExampleModels;
import io.hcastudio.model.resource.HcaTopologyResources;
import io.hcastudio.model.validation.ValidationRule;

/** The Topology Problems view follows the active editor's validation, and opening a row selects the figure. */
class TopologyProblemsViewTest {

    private static final long TIMEOUT_MILLIS = 10_000;

    @TempDir
    Path folder;

    private IWorkbenchPage page;
    private TopologyEditor editor;
    private TopologyProblemsView view;

    @BeforeEach
    void openTheTestbedAndTheView() throws Exception {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        view = (TopologyProblemsView) page.showView(TopologyProblemsView.ID);
        Path file = folder.resolve("commit-testbed.hcatopo");
        HcaTopologyResources.save(ExampleModels.commitTestbed(), file);
        editor = (TopologyEditor) page.openEditor(new PathEditorInput(file), TopologyEditor.ID);
        waitForValidation();
    }

    @AfterEach
    void closeWithoutSaving() {
        page.closeAllEditors(false);
    }

    private void waitForValidation() {
        waitUntil(() -> editor.getValidation().isUpToDate());
    }

    private static void waitUntil(BooleanSupplier condition) {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
        while (!condition.getAsBoolean()) {
            assertTrue(System.currentTimeMillis() < deadline, "timed out waiting for validation");
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
        while (display.readAndDispatch()) {
            // Let the view and the figures catch up with the result.
        }
    }

    private List<TopologyProblem> listed(ValidationRule rule) {
        return view.getProblems().stream().filter(problem -> problem.rule() == rule).toList();
    }

    private void execute(String label, Runnable change) {
        CommandStack stack = editor.getCommandStack();
        stack.execute(new ModelCommand(label) {
            @Override
            protected EObject scope() {
                return editor.getTopology();
            }

            @Override
            protected void apply() {
                change.run();
            }
        });
    }

    @Test
    void aValidExampleListsNoProblems() {
        assertSame(editor, view.getEditor());
        assertTrue(view.getProblems().stream().noneMatch(problem -> problem.severity() >= Diagnostic.ERROR), view.getProblems()::toString);
        if (view.getProblems().isEmpty()) {
            assertTrue(view.getContentDescription().startsWith("No problems"), view.getContentDescription());
        }
    }

    @Test
    void aDuplicateGuidIsListedOpenedOnItsFigureAndGoneAfterUndo() throws Exception {
        Topology topology = editor.getTopology();
        Hca hcaA = Fixtures.hca(topology, "hostA");
        Hca hcaB = Fixtures.hca(topology, "hostB");
        execute("Duplicate GUID", () -> hcaB.setNodeGuid(hcaA.getNodeGuid()));
        waitForValidation();

        // hostA comes first in the model, so hostB's HCA is the one reported as reusing the GUID.
        TopologyProblem problem = listed(ValidationRule.DUPLICATE_GUID).stream().filter(listed -> listed.element() == hcaB)
                .findFirst().orElseThrow(() -> new AssertionError(view.getProblems().toString()));
        assertEquals(Diagnostic.ERROR, problem.severity());
        assertEquals(HcaPackage.Literals.FABRIC_NODE__NODE_GUID, problem.feature());
        assertTrue(view.getContentDescription().contains("error"), view.getContentDescription());
        WindowShots.save(view.getSite().getShell(), "topology-problems");

        page.activate(view);
        EditPart revealed = view.reveal(problem);
        FabricNodeEditPart figure = assertInstanceOf(FabricNodeEditPart.class, revealed);
        assertSame(problem.element(), figure.getModel());
        assertSame(figure, ((IStructuredSelection) editor.getGraphicalViewer().getSelection()).getFirstElement());
        assertSame(editor, page.getActivePart(), "opening a problem activates the editor");
        WindowShots.save(view.getSite().getShell(), "topology-problems-revealed");

        editor.getCommandStack().undo();
        waitForValidation();
        assertTrue(listed(ValidationRule.DUPLICATE_GUID).isEmpty(), view.getProblems()::toString);
    }

    @Test
    void aProblemOfAnUndrawnElementOpensOnItsNearestDrawnContainer() {
        Hca hcaA = Fixtures.hca(editor.getTopology(), "hostA");
        DriverProfile profile = hcaA.getDriverProfile();
        execute("Ring size", () -> profile.setWireRingSize(1000));
        waitForValidation();

        TopologyProblem problem = listed(ValidationRule.RING_SIZE_NOT_POWER_OF_TWO).get(0);
        assertSame(profile, problem.element());
        assertEquals(HcaPackage.Literals.DRIVER_PROFILE__WIRE_RING_SIZE, problem.feature());
        EditPart revealed = view.reveal(problem);
        assertSame(hcaA, revealed.getModel(), "the driver profile is drawn as part of its HCA");

        editor.getCommandStack().undo();
        waitForValidation();
        assertTrue(listed(ValidationRule.RING_SIZE_NOT_POWER_OF_TWO).isEmpty(), view.getProblems()::toString);
    }

    /**
     * The test bed's inbound burst larger than its queue is a scenario workload, which the diagram does not draw:
     * opening its problem selects it in the Outline (and so in Properties), not the whole diagram.
     */
    @Test
    void aProblemOfAScenarioElementOpensInTheOutline() {
        TopologyProblem problem = listed(ValidationRule.BURST_EXCEEDS_QUEUE).get(0);
        assertTrue(problem.element() instanceof Workload, problem.element()::toString);
        EditPart revealed = view.reveal(problem);
        assertSame(problem.element(), revealed.getModel());
        assertTrue(revealed.getViewer() != editor.getGraphicalViewer(), "selected in the Outline's tree");
        assertSame(revealed, ((IStructuredSelection) revealed.getViewer().getSelection()).getFirstElement());
        assertTrue(page.isPartVisible(page.findView(IPageLayout.ID_OUTLINE)), "the Outline is shown");
    }

    @Test
    void followsTheActiveEditorAndEmptiesWhenItCloses() throws Exception {
        Path other = folder.resolve("pair.hcatopo");
        HcaTopologyResources.save(ExampleModels.singleSwitchPair(), other);
        Hca hcaB = Fixtures.hca(editor.getTopology(), "hostB");
        execute("Duplicate GUID", () -> hcaB.setNodeGuid(Fixtures.hca(editor.getTopology(), "hostA").getNodeGuid()));
        waitForValidation();
        TopologyEditor first = editor;
        editor = (TopologyEditor) page.openEditor(new PathEditorInput(other), TopologyEditor.ID);
        waitForValidation();
        assertSame(editor, view.getEditor());
        assertTrue(listed(ValidationRule.DUPLICATE_GUID).isEmpty(), "the second editor's model has no duplicate");

        page.activate(first);
        waitUntil(() -> view.getEditor() == first);
        assertFalse(listed(ValidationRule.DUPLICATE_GUID).isEmpty());

        page.closeAllEditors(false);
        waitUntil(() -> view.getEditor() == null);
        assertTrue(view.getProblems().isEmpty());
    }

    /** A duplicate GUID (one error) and two ring sizes that are no power of two (errors, plus preset warnings). */
    private void breakThreeRules() {
        Topology topology = editor.getTopology();
        Hca hcaA = Fixtures.hca(topology, "hostA");
        Hca hcaB = Fixtures.hca(topology, "hostB");
        execute("Duplicate GUID", () -> hcaB.setNodeGuid(hcaA.getNodeGuid()));
        execute("Ring sizes", () -> {
            hcaA.getDriverProfile().setWireRingSize(1000);
            hcaB.getDriverProfile().setTunnelRingSize(1000);
        });
        waitForValidation();
    }

    private static Tree tree(TopologyProblemsView view) {
        return ((TreeViewer) view.getSite().getSelectionProvider()).getTree();
    }

    @Test
    void groupsOneRowPerRuleWithItsCountWorstSeverityFirstAndListsFlatWhenToggledOff() throws Exception {
        breakThreeRules();
        assertTrue(view.isGrouped(), "grouping is on by default");
        List<TopologyProblem> all = view.getProblems();
        List<RuleGroup> groups = view.getGroups();
        assertEquals(all.stream().map(TopologyProblem::rule).distinct().count(), groups.size(), "one row per rule: " + groups);
        Tree tree = tree(view);
        for (RuleGroup group : groups) {
            long count = all.stream().filter(problem -> problem.rule() == group.rule()).count();
            assertEquals(count, group.problems().size(), group.toString());
            String label = tree.getItem(groups.indexOf(group)).getText(1);
            assertTrue(label.endsWith("(" + count + (count == 1 ? " problem)" : " problems)")), label);
        }
        RuleGroup duplicates = groups.stream().filter(group -> group.rule() == ValidationRule.DUPLICATE_GUID).findFirst().orElseThrow();
        RuleGroup rings = groups.stream().filter(group -> group.rule() == ValidationRule.RING_SIZE_NOT_POWER_OF_TWO).findFirst()
                .orElseThrow();
        RuleGroup presets = groups.stream().filter(group -> group.rule() == ValidationRule.PRESET_VALUES_DIFFER).findFirst()
                .orElseThrow();
        assertFalse(duplicates.problems().isEmpty());
        assertEquals(2, rings.problems().size());
        assertTrue(groups.indexOf(duplicates) < groups.indexOf(presets) && groups.indexOf(rings) < groups.indexOf(presets),
                "error rows before warning rows: " + groups);
        assertTrue(groups.indexOf(duplicates) < groups.indexOf(rings), "same severity: by the rule's name");
        TreeItem duplicateRow = tree.getItem(groups.indexOf(duplicates));
        assertEquals("Error", duplicateRow.getText(0));
        assertTrue(duplicateRow.getText(1).startsWith("duplicate guid ("), duplicateRow.getText(1));
        WindowShots.save(view.getSite().getShell(), "topology-problems-grouped");

        view.setGrouped(false);
        assertTrue(view.getGroups().isEmpty(), "flat: no rule rows");
        assertEquals(all.size(), tree.getItemCount(), "flat: one top-level row per problem");
        for (TreeItem item : tree.getItems()) {
            assertInstanceOf(TopologyProblem.class, item.getData());
        }
        assertEquals(all.size(), view.getProblems().size());
        view.setGrouped(true);
        assertEquals(groups.size(), view.getGroups().size());
    }

    @Test
    void openingAProblemInTheGroupedTreeSelectsAndRevealsItsElement() {
        breakThreeRules();
        page.activate(view);
        TopologyProblem problem = listed(ValidationRule.DUPLICATE_GUID).get(0);
        Tree tree = tree(view);
        TreeItem row = java.util.Arrays.stream(tree.getItems()).flatMap(group -> java.util.Arrays.stream(group.getItems()))
                .filter(item -> item.getData() == problem).findFirst().orElseThrow();
        assertInstanceOf(RuleGroup.class, row.getParentItem().getData(), "the problem sits under its rule's row");
        view.select(problem);
        // Double-click and Enter both reach the tree as a default selection of the row.
        Event open = new Event();
        open.item = row;
        tree.notifyListeners(SWT.DefaultSelection, open);
        waitUntil(() -> page.getActivePart() == editor);
        Object selected = ((IStructuredSelection) editor.getGraphicalViewer().getSelection()).getFirstElement();
        FabricNodeEditPart figure = assertInstanceOf(FabricNodeEditPart.class, selected);
        assertSame(problem.element(), figure.getModel());
        Rectangle visible = editor.getGraphicalViewer().getControl().getBounds();
        org.eclipse.draw2d.geometry.Rectangle bounds = figure.getFigure().getBounds().getCopy();
        figure.getFigure().translateToAbsolute(bounds);
        assertTrue(bounds.x < visible.width && bounds.y < visible.height && bounds.right() > 0 && bounds.bottom() > 0,
                "the figure is scrolled into view: " + bounds + " in " + visible);

        // Opening a rule's row folds it instead.
        page.activate(view);
        TreeItem groupRow = row.getParentItem();
        view.select(groupRow.getData());
        Event fold = new Event();
        fold.item = groupRow;
        tree.notifyListeners(SWT.DefaultSelection, fold);
        assertFalse(groupRow.getExpanded(), "opening a rule's row collapses it");
    }

    @Test
    void theSeverityOfAProblemUnderItsRuleFitsItsColumn() {
        breakThreeRules();
        Tree tree = tree(view);
        // A narrow view gives each column its minimum width: that is where the text must still fit.
        tree.getParent().setSize(400, 300);
        tree.getParent().layout(true);
        GC gc = new GC(tree);
        try {
            for (TreeItem group : tree.getItems()) {
                for (TreeItem child : group.getItems()) {
                    Rectangle cell = child.getBounds(0);
                    Rectangle text = child.getTextBounds(0);
                    int needed = gc.textExtent(child.getText(0)).x;
                    assertTrue(text.x + needed <= cell.x + cell.width,
                            "\"" + child.getText(0) + "\" needs " + needed + " px from x=" + text.x + " but the cell ends at "
                                    + (cell.x + cell.width));
                }
            }
        } finally {
            gc.dispose();
        }
    }
}
