package io.hcastudio.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.draw2d.FigureCanvas;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.RangeModel;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.Request;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.requests.CreateRequest;
import org.eclipse.gef.requests.CreationFactory;
import org.eclipse.gef.ui.actions.SelectionAction;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hcastudio.editor.PathEditorInput;
import io.hcastudio.editor.TopologyEditor;
import io.hcastudio.editor.actions.TopologyActionIds;
import io.hcastudio.editor.commands.ModelCommand;
import io.hcastudio.editor.figures.LinkFigure;
import io.hcastudio.editor.outline.TopologyOutlinePage;
import io.hcastudio.editor.palette.Templates;
import io.hcastudio.editor.parts.FunctionEditPart;
import io.hcastudio.editor.parts.LinkEditPart;
import io.hcastudio.editor.parts.NodeEditPart;
import io.hcastudio.editor.properties.ModelPropertySourceProvider;
import io.hcastudio.editor.validation.TopologyProblemsView;
import io.hcastudio.model.Hca;
import io.hcastudio.model.Host;
import io.hcastudio.model.Link;
import io.hcastudio.model.Topology;
import io.hcastudio.model.VirtualMachine;
import io.hcastudio.model.examples.ExampleModels;
import io.hcastudio.model.resource.HcaTopologyResources;

/**
 * What a new user hit in one afternoon with the editor (issue 16, items 4, 5, 9, 10, 11 and the workbench
 * basics the editor owns), each driven through the real workbench.
 */
class EditorWorkbenchTest {

    private static final long TIMEOUT_MILLIS = 10_000;

    @TempDir
    Path folder;

    private IWorkbenchPage page;

    @BeforeEach
    void findThePage() {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    @AfterEach
    void closeWithoutSaving() {
        page.closeAllEditors(false);
    }

    private TopologyEditor open(String name, Topology topology) throws Exception {
        Path file = folder.resolve(name);
        HcaTopologyResources.save(topology, file);
        TopologyEditor editor = assertInstanceOf(TopologyEditor.class, page.openEditor(new PathEditorInput(file), TopologyEditor.ID));
        settle();
        return editor;
    }

    private static void settle() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // Run queued layout and paint work before looking at the figures.
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

    private static GraphicalEditPart partOf(TopologyEditor editor, Object model) {
        return (GraphicalEditPart) editor.getGraphicalViewer().getEditPartRegistry().get(model);
    }

    private static List<NodeEditPart> boxes(TopologyEditor editor) {
        List<NodeEditPart> boxes = new ArrayList<>();
        for (Object part : editor.getGraphicalViewer().getEditPartRegistry().values()) {
            if (part instanceof NodeEditPart box) {
                boxes.add(box);
            }
        }
        return boxes;
    }

    /** Every box lies wholly inside the content area of the box that holds it: nothing is cut off. */
    private static void assertNothingClipped(TopologyEditor editor) {
        editor.getGraphicalViewer().flush();
        settle();
        for (NodeEditPart box : boxes(editor)) {
            if (box.getParent() instanceof NodeEditPart container) {
                Rectangle area = container.getContentPane().getClientArea();
                Rectangle bounds = box.getFigure().getBounds();
                assertTrue(area.contains(bounds), box.getModel() + " at " + bounds + " is cut off by " + container.getModel()
                        + ", whose content area is " + area);
            }
        }
    }

    /** The whole diagram is in view: the canvas needs no scrolling. */
    private static void assertWholeDiagramVisible(TopologyEditor editor) {
        FigureCanvas canvas = (FigureCanvas) editor.getGraphicalViewer().getControl();
        canvas.getViewport().validate();
        for (RangeModel range : new RangeModel[] { canvas.getViewport().getHorizontalRangeModel(),
                canvas.getViewport().getVerticalRangeModel() }) {
            assertTrue(range.getMaximum() - range.getMinimum() <= range.getExtent(),
                    "the diagram needs scrolling: range " + range.getMinimum() + ".." + range.getMaximum() + ", visible " + range.getExtent());
        }
    }

    /** Item 4: the example opens with every VF and VM whole and in view; so after Auto-Layout and for an unplaced fabric. */
    @Test
    void containersShowAllTheyHoldOnOpenAfterAutoLayoutAndForAnUnplacedFabric() throws Exception {
        TopologyEditor editor = open("commit-testbed.hcatopo", ExampleModels.commitTestbed());
        assertNothingClipped(editor);
        assertWholeDiagramVisible(editor);
        WindowShots.save(editor.getSite().getShell(), "commit-testbed-opened");

        IAction layout = editor.getActionRegistry().getAction(TopologyActionIds.AUTO_LAYOUT);
        layout.run();
        settle();
        assertNothingClipped(editor);

        TopologyEditor generated = open("generated.hcatopo", GeneratedFabric.create(2, 6));
        assertTrue(generated.getTopology().getHosts().get(0).getX() != 0 || generated.getTopology().getHosts().get(0).getY() != 0,
                "the unplaced fabric was laid out on opening");
        assertNothingClipped(generated);
    }

    private static CreationFactory factory(java.util.function.Supplier<Object> template, Class<?> type) {
        return new CreationFactory() {
            @Override
            public Object getNewObject() {
                return template.get();
            }

            @Override
            public Object getObjectType() {
                return type;
            }
        };
    }

    /** Item 5: an HCA dropped into a small new host makes the host grow; a pasted VM covers nothing and stays inside. */
    @Test
    void aHostGrowsForADroppedHcaAndAPastedMachineFindsAFreePlace() throws Exception {
        TopologyEditor editor = open("commit-testbed.hcatopo", ExampleModels.commitTestbed());
        Topology topology = editor.getTopology();
        CreateRequest createHost = new CreateRequest();
        createHost.setFactory(factory(Templates::host, Host.class));
        createHost.setLocation(new Point(20, 20));
        createHost.setSize(new Dimension(200, 90));
        Command hostCommand = editor.getGraphicalViewer().getContents().getCommand(createHost);
        editor.getCommandStack().execute(hostCommand);
        settle();
        Host host = topology.getHosts().get(topology.getHosts().size() - 1);

        GraphicalEditPart hostPart = partOf(editor, host);
        CreateRequest createHca = new CreateRequest();
        createHca.setFactory(factory(Templates::connectX3DualPortWithEightVfs, Hca.class));
        Point inside = hostPart.getContentPane().getClientArea().getTopLeft().getTranslated(10, 10);
        hostPart.getContentPane().translateToAbsolute(inside);
        createHca.setLocation(inside);
        Command hcaCommand = hostPart.getCommand(createHca);
        assertNotNull(hcaCommand, "a host accepts an HCA");
        editor.getCommandStack().execute(hcaCommand);
        settle();
        assertEquals(1, host.getHcas().size());
        assertNothingClipped(editor);

        Host hostA = Fixtures.host(topology, "hostA");
        VirtualMachine vm1 = hostA.getVirtualMachines().get(0);
        editor.getGraphicalViewer().setSelection(new StructuredSelection(partOf(editor, vm1)));
        IAction copy = editor.getActionRegistry().getAction(ActionFactory.COPY.getId());
        ((SelectionAction) copy).update();
        copy.run();
        editor.getGraphicalViewer().setSelection(new StructuredSelection(partOf(editor, hostA)));
        IAction paste = editor.getActionRegistry().getAction(ActionFactory.PASTE.getId());
        ((SelectionAction) paste).update();
        int machines = hostA.getVirtualMachines().size();
        paste.run();
        settle();
        assertEquals(machines + 1, hostA.getVirtualMachines().size());
        VirtualMachine pasted = hostA.getVirtualMachines().get(machines);
        Rectangle pastedBounds = partOf(editor, pasted).getFigure().getBounds();
        for (Object child : partOf(editor, hostA).getChildren()) {
            if (child instanceof NodeEditPart sibling && sibling.getModel() != pasted) {
                assertFalse(sibling.getFigure().getBounds().intersects(pastedBounds),
                        "the pasted VM covers " + sibling.getModel() + ": " + pastedBounds);
            }
        }
        assertNothingClipped(editor);
    }

    /** Item 9: after a property edit of an Outline selection, Ctrl+Z works from the Outline and Ctrl+Y from Properties. */
    @Test
    void theOutlineAndThePropertiesViewUndoOnTheEditorsCommandStack() throws Exception {
        TopologyEditor editor = open("commit-testbed.hcatopo", ExampleModels.commitTestbed());
        Host hostB = Fixtures.host(editor.getTopology(), "hostB");
        page.showView(IPageLayout.ID_OUTLINE);
        settle();
        assertInstanceOf(TopologyOutlinePage.class, editor.getAdapter(IContentOutlinePage.class));
        editor.getGraphicalViewer().setSelection(new StructuredSelection(partOf(editor, hostB)));
        page.activate(page.findView(IPageLayout.ID_OUTLINE));
        settle();
        PropertySheetDriver.edit(editor.getCommandStack(), new ModelPropertySourceProvider(editor.getAdapterFactory(), editor.getEditingDomain()),
                new Object[] { hostB }, "Name", "hostB-renamed");
        assertEquals("hostB-renamed", hostB.getName());

        IHandlerService handlers = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(IHandlerService.class);
        handlers.executeCommand("org.eclipse.ui.edit.undo", null);
        settle();
        assertEquals("hostB", hostB.getName(), "Ctrl+Z with the Outline active undoes the property edit");

        page.showView(IPageLayout.ID_PROP_SHEET);
        page.activate(page.findView(IPageLayout.ID_PROP_SHEET));
        settle();
        handlers.executeCommand("org.eclipse.ui.edit.redo", null);
        settle();
        assertEquals("hostB-renamed", hostB.getName(), "redo with the Properties view active redoes it");
    }

    private static String statusLineText(IWorkbenchWindow window) throws Exception {
        Object manager = window.getClass().getMethod("getStatusLineManager").invoke(window);
        Control control = (Control) manager.getClass().getMethod("getControl").invoke(manager);
        List<String> texts = new ArrayList<>();
        collectLabels(control, texts);
        return String.join(" | ", texts);
    }

    private static void collectLabels(Control control, List<String> texts) {
        if (control instanceof CLabel label && label.getText() != null && !label.getText().isEmpty()) {
            texts.add(label.getText());
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collectLabels(child, texts);
            }
        }
    }

    /** Item 10: the status line and the Problems view speak of the active editor's file, by its current name. */
    @Test
    void statusLineAndProblemsViewFollowTheActiveEditorAndItsName() throws Exception {
        TopologyProblemsView view = (TopologyProblemsView) page.showView(TopologyProblemsView.ID);
        TopologyEditor valid = open("valid.hcatopo", ExampleModels.commitTestbed());
        Topology broken = ExampleModels.commitTestbed();
        Fixtures.hca(broken, "hostB").setNodeGuid(Fixtures.hca(broken, "hostA").getNodeGuid());
        TopologyEditor other = open("broken.hcatopo", broken);
        waitUntil(() -> valid.getValidation().isUpToDate() && other.getValidation().isUpToDate(), "validation");
        page.activate(valid);
        settle();
        IWorkbenchWindow window = page.getWorkbenchWindow();
        String own = "valid.hcatopo: " + valid.getValidation().getProblems().size() + " problems";
        assertTrue(statusLineText(window).contains(own), statusLineText(window));

        // The inactive editor's model changes and is validated again: its result must not show under the active one.
        other.getCommandStack().execute(new ModelCommand("Rename") {
            @Override
            protected org.eclipse.emf.ecore.EObject scope() {
                return other.getTopology();
            }

            @Override
            protected void apply() {
                Fixtures.host(other.getTopology(), "hostA").setName("hostA2");
            }
        });
        waitUntil(() -> other.getValidation().isUpToDate(), "validation of the inactive editor");
        assertFalse(statusLineText(window).contains("broken.hcatopo"), statusLineText(window));
        assertTrue(statusLineText(window).contains(own), statusLineText(window));

        assertTrue(valid.saveAs(folder.resolve("renamed.hcatopo")));
        settle();
        assertEquals(valid, view.getEditor());
        assertTrue(view.getContentDescription().contains("renamed.hcatopo"), view.getContentDescription());
        assertTrue(statusLineText(window).contains("renamed.hcatopo"), statusLineText(window));
    }

    /**
     * The status line shows the problem count as soon as a topology opens, as the first window of the product does
     * at start-up: not only once the editor is activated again.
     */
    @Test
    void statusLineShowsTheProblemCountOfAFreshlyOpenedEditor() throws Exception {
        page.closeAllEditors(false);
        settle();
        IWorkbenchWindow window = page.getWorkbenchWindow();
        Object manager = window.getClass().getMethod("getStatusLineManager").invoke(window);
        manager.getClass().getMethod("setMessage", String.class).invoke(manager, (String) null);
        settle();
        assertFalse(statusLineText(window).contains("first.hcatopo"), statusLineText(window));
        TopologyEditor editor = open("first.hcatopo", ExampleModels.commitTestbed());
        waitUntil(() -> editor.getValidation().isUpToDate(), "validation");
        assertTrue(statusLineText(window).contains(editor.validationSummary()), statusLineText(window));
    }

    /** Item 11: Ctrl+A in the rename box selects the text, not every element of the diagram. */
    @Test
    void selectAllInTheRenameBoxSelectsTheText() throws Exception {
        TopologyEditor editor = open("commit-testbed.hcatopo", ExampleModels.commitTestbed());
        Host hostA = Fixtures.host(editor.getTopology(), "hostA");
        EditPart part = partOf(editor, hostA);
        editor.getGraphicalViewer().setSelection(new StructuredSelection(part));
        page.activate(editor);
        editor.getSite().getShell().forceActive();
        part.performRequest(new Request(RequestConstants.REQ_DIRECT_EDIT));
        // The box takes the focus once the window manager has activated the shell, which a loaded machine delays.
        waitUntil(() -> Display.getCurrent().getFocusControl() instanceof Text, "the rename box to take the focus");
        Text text = assertInstanceOf(Text.class, Display.getCurrent().getFocusControl(), "the rename box has the focus");
        text.setSelection(0, 0);
        IHandlerService handlers = editor.getSite().getService(IHandlerService.class);
        handlers.executeCommand("org.eclipse.ui.edit.selectAll", null);
        settle();
        assertEquals(1, editor.getGraphicalViewer().getSelectedEditParts().size(), "the diagram's selection is unchanged");
        assertEquals(text.getCharCount(), text.getSelectionCount(), "the whole name is selected");
        text.setText("hostA-new");
        text.notifyListeners(org.eclipse.swt.SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
        settle();
        assertEquals("hostA-new", hostA.getName());
        handlers.executeCommand("org.eclipse.ui.edit.undo", null);
        settle();
        assertEquals("hostA", hostA.getName(), "after the box closes, Ctrl+Z is the editor's undo again");
    }

    /**
     * Workbench basics: parallel cables label apart, VFs name their VM, boxes give their full GUID on hover, a layout
     * key, input errors in words.
     */
    @Test
    void labelsSayWhatMattersAndAutoLayoutHasAKey() throws Exception {
        TopologyEditor editor = open("commit-testbed.hcatopo", ExampleModels.commitTestbed());
        Host hostA = Fixtures.host(editor.getTopology(), "hostA");
        List<Link> parallel = editor.getTopology().getLinks().stream()
                .filter(link -> link.getSource().eContainer().eContainer() == hostA || link.getTarget().eContainer().eContainer() == hostA)
                .toList();
        assertEquals(2, parallel.size(), "hostA's HCA is cabled twice to the switch");
        Rectangle first = ((LinkFigure) ((LinkEditPart) partOf(editor, parallel.get(0))).getFigure()).getLabel().getBounds();
        Rectangle second = ((LinkFigure) ((LinkEditPart) partOf(editor, parallel.get(1))).getFigure()).getLabel().getBounds();
        assertFalse(first.intersects(second), "parallel link labels overlap: " + first + " and " + second);

        Hca hca = hostA.getHcas().get(0);
        FunctionEditPart vf1 = (FunctionEditPart) partOf(editor, hca.getFunctions().get(1));
        String vmName = hca.getFunctions().get(1).getVirtualMachine().getName();
        assertTrue(vf1.getBoxFigure().getHeader().getChildren().stream()
                .anyMatch(child -> child instanceof org.eclipse.draw2d.Label label && label.getText().contains("\u2192 " + vmName)),
                "VF1's box names the VM it is passed through to");
        IFigure hcaFigure = partOf(editor, hca).getFigure();
        String guid = io.hcastudio.model.operations.Guids.format(hca.getNodeGuid());
        assertNotNull(hcaFigure.getToolTip(), "the HCA has a tooltip");
        assertTrue(((org.eclipse.draw2d.Label) hcaFigure.getToolTip()).getText().contains(guid), "the tooltip gives the full GUID " + guid);

        IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
        assertNotEquals(0, bindings.getActiveBindingsFor(TopologyActionIds.AUTO_LAYOUT).length, "Auto-Layout has a key");

        // Input errors in words.
        org.eclipse.ui.views.properties.IPropertySource source = new ModelPropertySourceProvider(editor.getAdapterFactory(),
                editor.getEditingDomain()).getPropertySource(Fixtures.fabricSwitch(editor.getTopology()));
        org.eclipse.swt.widgets.Shell shell = new org.eclipse.swt.widgets.Shell(Display.getCurrent());
        try {
            for (org.eclipse.ui.views.properties.IPropertyDescriptor descriptor : source.getPropertyDescriptors()) {
                if ("Port Count".equals(descriptor.getDisplayName())) {
                    String message = descriptor.createPropertyEditor(shell).getValidator().isValid("abc");
                    assertEquals("Port Count must be a whole number, such as 36; \"abc\" is not one.", message);
                    return;
                }
            }
            throw new AssertionError("no Port Count row");
        } finally {
            shell.dispose();
        }
    }
}
