package io.hcastudio.editor.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.draw2d.geometry.Point;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.commands.CommandStack;
import org.eclipse.gef.palette.CombinedTemplateCreationEntry;
import org.eclipse.gef.palette.ConnectionCreationToolEntry;
import org.eclipse.gef.palette.PaletteContainer;
import org.eclipse.gef.palette.PaletteEntry;
import org.eclipse.gef.requests.CreateConnectionRequest;
import org.eclipse.gef.requests.CreateRequest;
import org.eclipse.gef.requests.CreationFactory;
import org.eclipse.gef.tools.CreationTool;
import org.eclipse.gef.ui.actions.ActionRegistry;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hcastudio.editor.PathEditorInput;
import io.hcastudio.editor.TopologyEditor;
import io.hcastudio.editor.actions.TopologyActionIds;
import io.hcastudio.editor.commands.ApplyBoundsCommand;
import io.hcastudio.editor.export.DiagramExport;
import io.hcastudio.editor.parts.DiagramEditPart;
import io.hcastudio.editor.parts.FabricNodeEditPart;
import io.hcastudio.editor.parts.FunctionEditPart;
import io.hcastudio.editor.parts.HostEditPart;
import io.hcastudio.editor.parts.LinkEditPart;
import io.hcastudio.editor.parts.PortEditPart;
import io.hcastudio.editor.properties.ModelPropertySourceProvider;
import io.hcastudio.model.Hca;
import io.hcastudio.model.Host;
import io.hcastudio.model.Port;
import io.hcastudio.model.Switch;
import io.hcastudio.model.Topology;
import io.hcastudio.model.examples.ExampleModels;
import io.hcastudio.model.layout.Bounds;
import io.hcastudio.model.layout.DiagramMetrics;
import io.hcastudio.model.resource.HcaTopologyResources;

/** The editor in a real workbench: open, draw, create from the palette, connect, edit, undo, copy, lay out, export, save. */
class TopologyEditorTest {

    @TempDir
    Path folder;

    private IWorkbenchPage page;
    private TopologyEditor editor;

    @BeforeEach
    void openTheCommitTestbed() throws Exception {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        editor = open(write("commit-testbed.hcatopo", ExampleModels.commitTestbed()));
    }

    @AfterEach
    void closeWithoutSaving() {
        page.closeAllEditors(false);
    }

    private Path write(String name, Topology topology) throws Exception {
        Path file = folder.resolve(name);
        HcaTopologyResources.save(topology, file);
        return file;
    }

    private TopologyEditor open(Path file) throws Exception {
        IEditorPart part = page.openEditor(new PathEditorInput(file), TopologyEditor.ID);
        settle();
        return assertInstanceOf(TopologyEditor.class, part);
    }

    private static void settle() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // Run queued layout and paint work before looking at the figures.
        }
    }

    private <T> List<T> parts(Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Object part : editor.getGraphicalViewer().getEditPartRegistry().values()) {
            if (type.isInstance(part)) {
                found.add(type.cast(part));
            }
        }
        return found;
    }

    private GraphicalEditPart partOf(Object model) {
        return (GraphicalEditPart) editor.getGraphicalViewer().getEditPartRegistry().get(model);
    }

    private CombinedTemplateCreationEntry paletteEntry(String label) {
        return (CombinedTemplateCreationEntry) find(editor.getPaletteRoot(), label);
    }

    private static PaletteEntry find(PaletteContainer container, String label) {
        for (Object child : container.getChildren()) {
            if (child instanceof PaletteEntry entry && label.equals(entry.getLabel())) {
                return entry;
            }
            if (child instanceof PaletteContainer nested && find(nested, label) != null) {
                return find(nested, label);
            }
        }
        return null;
    }

    @Test
    void drawsEveryHostHcaSwitchAndLinkOfTheModel() throws Exception {
        Topology topology = editor.getTopology();
        assertNull(editor.getLoadProblem());
        assertEquals(topology.getHosts().size(), parts(HostEditPart.class).size());
        long hcas = parts(FabricNodeEditPart.class).stream().filter(part -> part.getModel() instanceof Hca).count();
        long switches = parts(FabricNodeEditPart.class).stream().filter(part -> part.getModel() instanceof Switch).count();
        assertEquals(topology.allHcas().size(), hcas);
        assertEquals(topology.getSwitches().size(), switches);
        assertEquals(topology.getLinks().size(), parts(LinkEditPart.class).size());
        int functions = topology.allHcas().stream().mapToInt(hca -> hca.getFunctions().size()).sum();
        assertEquals(functions, parts(FunctionEditPart.class).size());
        for (HostEditPart host : parts(HostEditPart.class)) {
            assertTrue(host.getFigure().getBounds().width > 0 && host.getFigure().isShowing(), host.getHost().getName() + " is drawn");
        }
        assertNotNull(editor.getAdapter(CommandStack.class));
        assertInstanceOf(IContentOutlinePage.class, editor.getAdapter(IContentOutlinePage.class));
        assertInstanceOf(IPropertySheetPage.class, editor.getAdapter(IPropertySheetPage.class));
        assertNotNull(editor.getGraphicalViewer().getEditDomain().getPaletteViewer(), "the flyout palette is up");
        WindowShots.save(editor.getSite().getShell(), "editor");
    }

    @Test
    void createsConnectsEditsAndUndoesStepByStep() {
        Topology topology = editor.getTopology();
        CommandStack stack = editor.getCommandStack();
        DiagramEditPart diagram = (DiagramEditPart) editor.getGraphicalViewer().getContents();
        int hosts = topology.getHosts().size();

        CreateRequest create = new CreateRequest();
        create.setFactory((CreationFactory) paletteEntry("Host with 2 VMs").getTemplate());
        create.setLocation(new Point(700, 650));
        Command createHost = diagram.getCommand(create);
        assertNotNull(createHost);
        stack.execute(createHost);
        settle();
        assertEquals(hosts + 1, topology.getHosts().size());
        Host created = topology.getHosts().get(hosts);
        assertInstanceOf(HostEditPart.class, partOf(created));
        assertTrue(editor.isDirty());

        Switch fabricSwitch = topology.getSwitches().get(0);
        CreateRequest addPort = new CreateRequest();
        addPort.setFactory((CreationFactory) paletteEntry("Port").getTemplate());
        addPort.setLocation(new Point(0, 0));
        stack.execute(partOf(fabricSwitch).getCommand(addPort));
        settle();
        Port switchPort = fabricSwitch.getPorts().get(fabricSwitch.getPorts().size() - 1);
        assertInstanceOf(PortEditPart.class, partOf(switchPort), "the new port is drawn on the switch");
        Port hcaPort = created.getHcas().get(0).getPorts().get(0);
        int links = topology.getLinks().size();
        CreateConnectionRequest connect = new CreateConnectionRequest();
        connect.setFactory((CreationFactory) ((ConnectionCreationToolEntry) find(editor.getPaletteRoot(), "Link"))
                .getToolProperty(CreationTool.PROPERTY_CREATION_FACTORY));
        connect.setType(RequestConstants.REQ_CONNECTION_START);
        connect.setTargetEditPart(partOf(hcaPort));
        connect.setSourceEditPart(partOf(hcaPort));
        assertNotNull(partOf(hcaPort).getCommand(connect));
        connect.setType(RequestConstants.REQ_CONNECTION_END);
        connect.setTargetEditPart(partOf(switchPort));
        Command link = partOf(switchPort).getCommand(connect);
        assertTrue(link.canExecute());
        stack.execute(link);
        settle();
        assertEquals(links + 1, topology.getLinks().size());
        assertEquals(links + 1, parts(LinkEditPart.class).size());

        PropertySheetDriver.edit(stack, new ModelPropertySourceProvider(editor.getAdapterFactory(), editor.getEditingDomain()),
                new Object[] { partOf(created) }, "Name", "compute-7");
        assertEquals("compute-7", created.getName());

        stack.undo();
        assertTrue(!"compute-7".equals(created.getName()));
        stack.undo();
        assertEquals(links, topology.getLinks().size());
        stack.undo();
        assertNull(partOf(switchPort));
        stack.undo();
        settle();
        assertEquals(hosts, topology.getHosts().size());
        assertNull(partOf(created));
        assertFalse(editor.isDirty(), "undoing everything returns to the saved state");
    }

    @Test
    void copyPasteAndLayoutAreOneUndoStepEach() {
        Topology topology = editor.getTopology();
        ActionRegistry actions = editor.getActionRegistry();
        Host hostA = topology.getHosts().stream().filter(host -> "hostA".equals(host.getName())).findFirst().orElseThrow();
        editor.getGraphicalViewer().setSelection(new StructuredSelection(partOf(hostA)));
        settle();
        IAction copy = actions.getAction(ActionFactory.COPY.getId());
        IAction paste = actions.getAction(ActionFactory.PASTE.getId());
        ((org.eclipse.gef.ui.actions.SelectionAction) copy).update();
        copy.run();
        editor.getGraphicalViewer().setSelection(StructuredSelection.EMPTY);
        ((org.eclipse.gef.ui.actions.SelectionAction) paste).update();
        int hosts = topology.getHosts().size();
        paste.run();
        settle();
        assertEquals(hosts + 1, topology.getHosts().size());
        editor.getCommandStack().undo();
        assertEquals(hosts, topology.getHosts().size());

        // The example is laid out already: move a host away so that Auto-Layout has something to do.
        Bounds laidOut = DiagramMetrics.boundsOf(hostA);
        editor.getCommandStack().execute(new ApplyBoundsCommand("Move", Map.of(hostA, laidOut.translated(400, 300))));
        Topology before = EcoreUtil.copy(topology);
        actions.getAction(TopologyActionIds.AUTO_LAYOUT).run();
        settle();
        assertEquals(laidOut, DiagramMetrics.boundsOf(hostA), "layout puts the host back in its layer");
        editor.getCommandStack().undo();
        assertTrue(EcoreUtil.equals(before, topology), "one undo takes the whole layout back");
    }

    @Test
    void exportsPngOfWhatTheScreenShows() throws Exception {
        byte[] png = DiagramExport.toPng(editor.getGraphicalViewer());
        assertArrayEquals(new byte[] { (byte) 0x89, 'P', 'N', 'G' }, java.util.Arrays.copyOf(png, 4));
        Path out = WindowShots.targetFolder().resolve("exports");
        Files.createDirectories(out);
        DiagramExport.writePng(editor.getGraphicalViewer(), out.resolve("commit-testbed.png"));
        assertTrue(Files.size(out.resolve("commit-testbed.png")) > 1000);
    }

    @Test
    void svgExportIsACommandWhoseHandlerTheApplicationContributes() {
        org.eclipse.core.commands.Command exportSvg = editor.getSite().getService(ICommandService.class)
                .getCommand(TopologyActionIds.EXPORT_SVG);
        assertTrue(exportSvg.isDefined(), "the editor declares the command its menus show");
        assertNull(editor.getActionRegistry().getAction(TopologyActionIds.EXPORT_SVG), "the editor writes no SVG itself");
    }

    @Test
    void savesThroughTheModelAndClearsTheDirtyState() throws Exception {
        Topology topology = editor.getTopology();
        Host hostB = topology.getHosts().stream().filter(host -> "hostB".equals(host.getName())).findFirst().orElseThrow();
        editor.getCommandStack().execute(new io.hcastudio.editor.commands.RenameCommand(hostB, "hostB-renamed"));
        assertTrue(editor.isDirty());
        editor.doSave(null);
        assertFalse(editor.isDirty());
        Path file = ((PathEditorInput) editor.getEditorInput()).getFile();
        Topology reloaded = HcaTopologyResources.load(file);
        assertTrue(reloaded.getHosts().stream().anyMatch(host -> "hostB-renamed".equals(host.getName())));

        Path elsewhere = folder.resolve("elsewhere.hcatopo");
        assertTrue(editor.saveAs(elsewhere));
        assertEquals(elsewhere, ((PathEditorInput) editor.getEditorInput()).getFile());
        assertTrue(Files.exists(elsewhere));
    }

    @Test
    void aFileThatCannotBeLoadedOpensTheErrorPage() throws Exception {
        Path broken = folder.resolve("broken.hcatopo");
        Files.writeString(broken, "<hca:Topology xmlns:hca=\"http://hcastudio.io/model/1.0\" formatVersion=\"2\"><hosts name=");
        TopologyEditor failed = open(broken);
        assertNotNull(failed.getLoadProblem());
        assertTrue(failed.getLoadProblem().contains("broken.hcatopo"), failed.getLoadProblem());
        assertNull(failed.getGraphicalViewer(), "no diagram for a model that did not load");
        assertFalse(failed.isDirty());
        assertNull(failed.getTopology());
        assertSame(failed, page.getActiveEditor());
    }
}
