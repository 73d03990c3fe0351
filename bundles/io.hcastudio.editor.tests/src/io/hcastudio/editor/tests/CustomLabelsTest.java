package io.hcastudio.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.EditPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.PropertySheet;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.hcastudio.editor.PathEditorInput;
import io.hcastudio.editor.TopologyEditor;
import io.hcastudio.editor.outline.TopologyOutlinePage;
import io.hcastudio.model.Hca;
import io.hcastudio.model.Scenario;
import io.hcastudio.model.Topology;
import io.hcastudio.model.examples.ExampleModels.Example;

/**
 * The labels a user reads in the Outline and Properties views for the bundled commit test bed: the custom ones of
 * the model.edit bundle (LIDs, GUIDs, slaves, rings, cmtime arguments), not the generated "Hca hca0".
 */
class CustomLabelsTest {

    private static final String HCA_A = "hca0 \\(ConnectX-3 mlx4, 0x[0-9a-f]{16}\\)";

    private final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    private TopologyEditor editor;
    private IViewPart outlineView;
    private PropertySheet properties;
    private Tree outline;

    @BeforeEach
    void openTheBundledTestbed() throws Exception {
        URL bundled = Example.COMMIT_TESTBED.bundledFile();
        Path file = Path.of(FileLocator.toFileURL(bundled).toURI());
        editor = (TopologyEditor) page.openEditor(new PathEditorInput(file), TopologyEditor.ID);
        properties = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET);
        outlineView = page.showView(IPageLayout.ID_OUTLINE);
        TopologyOutlinePage outlinePage = (TopologyOutlinePage) editor.getAdapter(IContentOutlinePage.class);
        outline = (Tree) outlinePage.getTreeViewer().getControl();
    }

    @AfterEach
    void close() {
        page.closeAllEditors(false);
    }

    @Test
    void outlineShowsTheCustomLabels() throws IOException {
        TreeItem hostA = childOf(topLevel("Hosts (3)"), is("Host hostA"));
        TreeItem hca = childOf(hostA, matches(HCA_A));
        assertTrue(texts(hostA).stream().noneMatch(text -> text.startsWith("Hca ")), texts(hostA)::toString);
        assertTrue(texts(hca).containsAll(List.of("Port 1 (LID 3, 4x FDR)", "Port 2 (LID 4, 4x FDR)", "PF (slave 0, hostOs)",
                "VF1 (slave 1, vm1)", "VF8 (slave 8, vm8)", "Driver profile C (wire 2048, tunnel 512, split workqueue)")),
                texts(hca)::toString);

        TreeItem virtualFunction = childOf(hca, is("VF1 (slave 1, vm1)"));
        assertTrue(texts(virtualFunction).stream().allMatch(text -> text.matches("Port [12] \\(alias 0x[0-9a-f]{16}\\)")),
                texts(virtualFunction)::toString);

        assertTrue(texts(topLevel("Links (5)")).contains("link 'sw1' port 1 - 'hostA/hca0' port 1 (4x FDR)"),
                texts(topLevel("Links (5)"))::toString);

        TreeItem scenario = childOf(topLevel("Scenarios (6)"), is("Scenario cmtime-18x800-B"));
        childOf(scenario, text -> text.startsWith("cmtime client on hostA/hca0/PF port 1 -c 800 -t "));
        childOf(scenario, text -> text.startsWith("cmtime server on hostB/hca0/VF8 port 2 -c 800 -t "));
        WindowShots.save(outline.getShell(), "custom-labels-outline");
    }

    @Test
    void propertiesShowTheCustomLabelsOfReferencedElements() throws IOException {
        Topology topology = editor.getTopology();
        Hca hcaA = topology.getHosts().get(1).getHcas().get(0);
        Map<String, String> hcaRows = select(childFor(childOf(topLevel("Hosts (3)"), is("Host hostA")), hcaA), "Model Name");
        assertEquals("hca0", hcaRows.get("Name"), hcaRows::toString);
        assertEquals("ConnectX-3", hcaRows.get("Model Name"), hcaRows::toString);

        Map<String, String> linkRows = select(childFor(topLevel("Links (5)"), topology.getLinks().get(0)), "Source");
        assertEquals("Port 1 (no LID, 4x FDR)", linkRows.get("Source"), linkRows::toString);
        assertEquals("Port 1 (LID 3, 4x FDR)", linkRows.get("Target"), linkRows::toString);

        Map<String, String> subnetManagerRows = select(childFor(outline.getItems(), topology.getSubnetManager()), "Port");
        assertEquals("Port 1 (LID 2, 4x FDR)", subnetManagerRows.get("Port"), subnetManagerRows::toString);

        Scenario cmtime = topology.getScenarios().get(0);
        TreeItem scenario = childFor(topLevel("Scenarios (6)"), cmtime);
        Map<String, String> clientRows = select(childFor(scenario, cmtime.getWorkloads().get(18)), "Peer");
        assertEquals("PF (slave 0, hostOs)", clientRows.get("Function"), clientRows::toString);
        assertTrue(clientRows.get("Peer").startsWith("cmtime server on hostB/hca0/PF port 1 -c 800 -t "), clientRows::toString);
        WindowShots.save(outline.getShell(), "custom-labels-properties");
    }

    private TreeItem topLevel(String text) {
        return find(outline.getItems(), is(text));
    }

    /** The child of an outline item, found after opening the item as the user would. */
    private static TreeItem childOf(TreeItem parent, Predicate<String> text) {
        return find(open(parent).getItems(), text);
    }

    /** The child of an outline item that shows the given model element, found after opening the item. */
    private static TreeItem childFor(TreeItem parent, EObject element) {
        return childFor(open(parent).getItems(), element);
    }

    private static TreeItem childFor(TreeItem[] items, EObject element) {
        return Arrays.stream(items).filter(item -> ((EditPart) item.getData()).getModel() == element).findFirst()
                .orElseThrow(() -> new AssertionError("no item for " + element + " among " + texts(items)));
    }

    /** The labels of an item's children, as the user sees them after opening it. */
    private static List<String> texts(TreeItem parent) {
        return texts(open(parent).getItems());
    }

    /** Opens an outline item as a click on its arrow does: the outline reads the children, the tree shows them. */
    private static TreeItem open(TreeItem item) {
        Event event = new Event();
        event.item = item;
        item.getParent().notifyListeners(SWT.Expand, event);
        item.setExpanded(true);
        settle();
        return item;
    }

    /**
     * Selects an outline item as a click does and returns the rows (name to value) the Properties view shows once it
     * lists the given property of the selected element.
     */
    private Map<String, String> select(TreeItem item, String property) {
        page.activate(outlineView);
        EditPart part = (EditPart) item.getData();
        part.getViewer().select(part);
        waitUntil(() -> propertyRows().containsKey(property));
        return propertyRows();
    }

    private Map<String, String> propertyRows() {
        Tree rows = (Tree) ((PropertySheetPage) properties.getCurrentPage()).getControl();
        Map<String, String> values = new LinkedHashMap<>();
        collectRows(rows.getItems(), values);
        return values;
    }

    /** The rows the view shows: its top-level entries and those of the categories it shows open. */
    private static void collectRows(TreeItem[] items, Map<String, String> into) {
        for (TreeItem item : items) {
            into.put(item.getText(0), item.getText(1));
            if (item.getExpanded()) {
                collectRows(item.getItems(), into);
            }
        }
    }

    private static Predicate<String> matches(String pattern) {
        return text -> text.matches(pattern);
    }

    private static Predicate<String> is(String text) {
        return text::equals;
    }

    private static TreeItem find(TreeItem[] items, Predicate<String> text) {
        return Arrays.stream(items).filter(item -> text.test(item.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no such item among " + texts(items)));
    }

    private static List<String> texts(TreeItem[] items) {
        return Arrays.stream(items).map(TreeItem::getText).toList();
    }

    private static void settle() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // Let the tree and the views catch up.
        }
    }

    private static void waitUntil(BooleanSupplier condition) {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + 5_000;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < deadline) {
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
    }
}
