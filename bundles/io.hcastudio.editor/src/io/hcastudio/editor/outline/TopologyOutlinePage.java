package io.hcastudio.editor.outline;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.draw2d.LightweightSystem;
import org.eclipse.draw2d.Viewport;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.EditDomain;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.LayerConstants;
import org.eclipse.gef.editparts.ScalableFreeformRootEditPart;
import org.eclipse.gef.ui.parts.ContentOutlinePage;
import org.eclipse.gef.ui.parts.SelectionSynchronizer;
import org.eclipse.gef.ui.actions.ActionRegistry;
import org.eclipse.gef.ui.parts.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.IPageSite;

import io.hcastudio.model.Topology;

/**
 * The Outline view for a topology editor: the model as a tree (selection kept in step with the diagram) above
 * a thumbnail of the whole diagram with the visible part framed.
 */
public class TopologyOutlinePage extends ContentOutlinePage {

    private final Topology topology;
    private final EditDomain domain;
    private final GraphicalViewer diagramViewer;
    private final SelectionSynchronizer synchronizer;
    private final AdapterFactory adapterFactory;
    private final ActionRegistry actions;
    private final ModelImages images = new ModelImages();
    private SashForm sash;
    private DiagramThumbnail thumbnail;

    /** @param actions the editor's actions: undo, redo and delete work on the editor's command stack from here too */
    public TopologyOutlinePage(Topology topology, EditDomain domain, GraphicalViewer diagramViewer, SelectionSynchronizer synchronizer,
            AdapterFactory adapterFactory, ActionRegistry actions) {
        super(new TreeViewer());
        this.topology = topology;
        this.domain = domain;
        this.diagramViewer = diagramViewer;
        this.synchronizer = synchronizer;
        this.adapterFactory = adapterFactory;
        this.actions = actions;
    }

    @Override
    public void init(IPageSite site) {
        super.init(site);
        // While the Outline view is active its action bars answer Ctrl+Z, Ctrl+Y and Delete: give them the editor's.
        IActionBars bars = site.getActionBars();
        for (ActionFactory action : new ActionFactory[] { ActionFactory.UNDO, ActionFactory.REDO, ActionFactory.DELETE }) {
            bars.setGlobalActionHandler(action.getId(), actions.getAction(action.getId()));
        }
        bars.updateActionBars();
    }

    @Override
    public void createControl(Composite parent) {
        sash = new SashForm(parent, SWT.VERTICAL);
        getViewer().createControl(sash);
        getViewer().setEditDomain(domain);
        getViewer().setEditPartFactory((context, model) -> {
            if (model instanceof EObject element) {
                return new ModelTreeEditPart(element, adapterFactory, images);
            }
            return model instanceof OutlineGroup group ? new OutlineGroupTreeEditPart(group, images)
                    : new PendingTreeEditPart(model);
        });
        getViewer().setContents(topology);
        getViewer().getControl().addListener(SWT.Expand, event -> {
            if (event.item.getData() instanceof LazyTreePart part) {
                part.expand();
            }
        });
        domain.addViewer(getViewer());
        synchronizer.addViewer(getViewer());

        Canvas canvas = new Canvas(sash, SWT.BORDER);
        LightweightSystem lightweightSystem = new LightweightSystem(canvas);
        ScalableFreeformRootEditPart root = (ScalableFreeformRootEditPart) diagramViewer.getRootEditPart();
        thumbnail = new DiagramThumbnail((Viewport) root.getFigure(), root.getLayer(LayerConstants.PRINTABLE_LAYERS));
        lightweightSystem.setContents(thumbnail);
        sash.setWeights(new int[] { 3, 2 });
    }

    /** The picture of the whole diagram below the tree; null until the page is shown. */
    public DiagramThumbnail getThumbnail() {
        return thumbnail;
    }

    /**
     * Opens the items down to {@code element} (the tree reads children only when an item is first opened) and
     * returns its item, or null when the page has no tree yet or the element is not in the topology.
     */
    public EditPart expandTo(EObject element) {
        if (getViewer().getControl() == null) {
            return null;
        }
        List<EObject> path = new ArrayList<>();
        for (EObject current = element; current != null && current != topology; current = current.eContainer()) {
            path.add(0, current);
        }
        EditPart part = getViewer().getContents();
        for (EObject step : path) {
            part = childShowing(part, step);
            if (part instanceof OutlineGroupTreeEditPart) {
                part = childShowing(part, step);
            }
            if (part == null) {
                return null;
            }
        }
        return part;
    }

    /** The child of {@code parent} that is {@code element} or the group holding it, after opening the parent. */
    private static EditPart childShowing(EditPart parent, EObject element) {
        if (parent == null) {
            return null;
        }
        if (parent instanceof LazyTreePart lazy) {
            lazy.expand();
        }
        for (Object child : parent.getChildren()) {
            EditPart part = (EditPart) child;
            if (part.getModel() == element
                    || part.getModel() instanceof OutlineGroup group && group.elements().contains(element)) {
                return part;
            }
        }
        return null;
    }

    /** The tree viewer, for tests and for the editor's selection synchronisation. */
    public org.eclipse.gef.EditPartViewer getTreeViewer() {
        return getViewer();
    }

    @Override
    public Control getControl() {
        return sash;
    }

    @Override
    public void dispose() {
        synchronizer.removeViewer(getViewer());
        domain.removeViewer(getViewer());
        if (thumbnail != null) {
            thumbnail.deactivate();
        }
        images.dispose();
        super.dispose();
    }
}
