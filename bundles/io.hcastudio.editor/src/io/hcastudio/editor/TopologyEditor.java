package io.hcastudio.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EventObject;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.eclipse.gef.ContextMenuProvider;
import org.eclipse.gef.DefaultEditDomain;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.KeyHandler;
import org.eclipse.gef.KeyStroke;
import org.eclipse.gef.MouseWheelHandler;
import org.eclipse.gef.MouseWheelZoomHandler;
import org.eclipse.gef.SnapToGeometry;
import org.eclipse.gef.SnapToGrid;
import org.eclipse.gef.commands.CommandStack;
import org.eclipse.gef.dnd.TemplateTransferDragSourceListener;
import org.eclipse.gef.dnd.TemplateTransferDropTargetListener;
import org.eclipse.draw2d.LightweightSystem;
import org.eclipse.draw2d.ScalableFreeformLayeredPane;
import org.eclipse.gef.editparts.ScalableFreeformRootEditPart;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.gef.palette.PaletteRoot;
import org.eclipse.gef.ui.actions.ActionRegistry;
import org.eclipse.gef.ui.actions.DirectEditAction;
import org.eclipse.gef.ui.actions.GEFActionConstants;
import org.eclipse.gef.ui.actions.ToggleGridAction;
import org.eclipse.gef.ui.actions.ToggleSnapToGeometryAction;
import org.eclipse.gef.ui.actions.ZoomInAction;
import org.eclipse.gef.ui.actions.ZoomOutAction;
import org.eclipse.gef.ui.palette.PaletteViewer;
import org.eclipse.gef.ui.palette.PaletteViewerProvider;
import org.eclipse.gef.ui.parts.GraphicalEditorWithFlyoutPalette;
import org.eclipse.gef.ui.parts.ScrollingGraphicalViewer;
import org.eclipse.gef.ui.properties.UndoablePropertySheetEntry;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;

import io.hcastudio.editor.actions.AutoLayoutAction;
import io.hcastudio.editor.figures.CableLayer;
import io.hcastudio.editor.figures.CoalescingUpdateManager;
import io.hcastudio.editor.actions.CopyAction;
import io.hcastudio.editor.actions.ExportDiagramAction;
import io.hcastudio.editor.actions.PasteAction;
import io.hcastudio.editor.actions.ReplicateAction;
import io.hcastudio.editor.outline.TopologyOutlinePage;
import io.hcastudio.editor.palette.TopologyPalette;
import io.hcastudio.editor.parts.TopologyEditPartFactory;
import io.hcastudio.editor.properties.ModelPropertySourceProvider;
import io.hcastudio.editor.validation.ValidationDecorator;
import io.hcastudio.model.Topology;
import io.hcastudio.model.layout.TopologyLayout;
import io.hcastudio.model.provider.HcaStudioItemProviderAdapterFactory;
import io.hcastudio.model.resource.HcaTopologyResources;
import io.hcastudio.model.resource.ModelLoadException;

/**
 * The graphical editor for .hcatopo files. It loads the file through the model's resource helpers (a file
 * that cannot be read shows an error page with the diagnostic instead), draws it, and routes every edit
 * through one GEF command stack, which also drives the dirty state and Save.
 */
public class TopologyEditor extends GraphicalEditorWithFlyoutPalette {

    public static final String ID = "io.hcastudio.editor.topology";

    /** The smallest zoom the editor opens with when the whole diagram does not fit at 100 %. */
    static final double MIN_OPENING_ZOOM = 0.5;
    /** Zoom levels offered by the zoom combo and stepped through by Ctrl+= / Ctrl+-. */
    private static final double[] ZOOM_LEVELS = { 0.1, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 4.0 };
    private static final int ARROW_STEP = 10;
    private static final int PALETTE_WIDTH = 150;

    private Topology topology;
    private String loadProblem;
    private ComposedAdapterFactory adapterFactory;
    private AdapterFactoryEditingDomain editingDomain;
    private PaletteRoot paletteRoot;
    private ValidationDecorator validation;
    private TopologyOutlinePage outlinePage;
    private PropertySheetPage propertySheetPage;
    private Control errorPage;

    public TopologyEditor() {
        setEditDomain(new DefaultEditDomain(this));
    }

    @Override
    protected void setInput(IEditorInput input) {
        super.setInput(input);
        setPartName(input.getName());
        setTitleToolTip(input.getToolTipText());
        load(fileOf(input));
    }

    private static Path fileOf(IEditorInput input) {
        if (input instanceof PathEditorInput pathInput) {
            return pathInput.getFile();
        }
        if (input instanceof IPathEditorInput pathInput) {
            return pathInput.getPath().toPath();
        }
        return null;
    }

    private void load(Path file) {
        ResourceSet resourceSet = HcaTopologyResources.createResourceSet();
        adapterFactory = new ComposedAdapterFactory(new AdapterFactory[] { new HcaStudioItemProviderAdapterFactory(),
                new ResourceItemProviderAdapterFactory(), new ReflectiveItemProviderAdapterFactory() });
        editingDomain = new AdapterFactoryEditingDomain(adapterFactory, new BasicCommandStack(), resourceSet);
        if (file == null) {
            loadProblem = getEditorInput().getName() + ": the topology editor opens files only";
            return;
        }
        try {
            topology = HcaTopologyResources.load(resourceSet, file);
            if (TopologyLayout.needsLayout(topology)) {
                // A fabric written by another tool (or by hand) without positions: lay it out before the first paint.
                TopologyLayout.apply(topology);
            }
            loadProblem = null;
        } catch (ModelLoadException e) {
            topology = null;
            loadProblem = e.getMessage();
        } catch (RuntimeException e) {
            topology = null;
            loadProblem = file + ": cannot read the topology: " + e;
        }
    }

    @Override
    public void createPartControl(Composite parent) {
        if (loadProblem != null) {
            createErrorPage(parent);
        } else {
            super.createPartControl(parent);
        }
    }

    private void createErrorPage(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(1, false));
        Label heading = new Label(page, SWT.WRAP);
        heading.setText("This file cannot be opened as a topology. Nothing was changed; fix the file (or restore it) and open it again.");
        heading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Text details = new Text(page, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        details.setText(loadProblem);
        details.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        errorPage = page;
    }

    /** The diagnostic shown instead of the diagram, or null when the file loaded. */
    public String getLoadProblem() {
        return loadProblem;
    }

    /** As GEF's, with a canvas whose update manager repaints it whole rather than figure by figure past a bound. */
    @Override
    protected void createGraphicalViewer(Composite parent) {
        GraphicalViewer viewer = new ScrollingGraphicalViewer() {
            @Override
            protected LightweightSystem createLightweightSystem() {
                LightweightSystem system = super.createLightweightSystem();
                system.setUpdateManager(new CoalescingUpdateManager());
                return system;
            }
        };
        viewer.createControl(parent);
        setGraphicalViewer(viewer);
        configureGraphicalViewer();
        hookGraphicalViewer();
        initializeGraphicalViewer();
    }

    @Override
    protected void configureGraphicalViewer() {
        super.configureGraphicalViewer();
        GraphicalViewer viewer = getGraphicalViewer();
        ScalableFreeformRootEditPart root = new ScalableFreeformRootEditPart() {
            /** As GEF's, with a cable layer that strokes all cables in one pass (see CableLayer). */
            @Override
            protected org.eclipse.draw2d.LayeredPane createPrintableLayers() {
                org.eclipse.draw2d.FreeformLayeredPane layers = new org.eclipse.draw2d.FreeformLayeredPane();
                layers.add(new org.eclipse.draw2d.FreeformLayer(), PRIMARY_LAYER);
                layers.add(new CableLayer(), CONNECTION_LAYER);
                return layers;
            }

            /** As GEF's, telling the cable layer which graphics its scaled graphics paints on. */
            @Override
            protected ScalableFreeformLayeredPane createScaledLayers() {
                ScalableFreeformLayeredPane layers = new ScalableFreeformLayeredPane() {
                    @Override
                    protected void paintClientArea(org.eclipse.draw2d.Graphics graphics) {
                        CableLayer.paintScaled(graphics, () -> super.paintClientArea(graphics));
                    }
                };
                ScalableFreeformLayeredPane gefLayers = super.createScaledLayers();
                for (String key : new String[] { GRID_LAYER, PRINTABLE_LAYERS, SCALED_FEEDBACK_LAYER }) {
                    layers.add(gefLayers.getLayer(key), key);
                }
                return layers;
            }
        };
        viewer.setRootEditPart(root);
        viewer.setEditPartFactory(new TopologyEditPartFactory());

        ZoomManager zoom = root.getZoomManager();
        zoom.setZoomLevels(ZOOM_LEVELS);
        zoom.setZoomLevelContributions(List.of(ZoomManager.FIT_ALL, ZoomManager.FIT_WIDTH, ZoomManager.FIT_HEIGHT));
        registerAction(new ZoomInAction(zoom));
        registerAction(new ZoomOutAction(zoom));
        viewer.setProperty(MouseWheelHandler.KeyGenerator.getKey(SWT.MOD1), MouseWheelZoomHandler.SINGLETON);

        viewer.setProperty(SnapToGrid.PROPERTY_GRID_SPACING, new org.eclipse.draw2d.geometry.Dimension(ARROW_STEP, ARROW_STEP));
        viewer.setProperty(SnapToGrid.PROPERTY_GRID_ENABLED, Boolean.TRUE);
        viewer.setProperty(SnapToGrid.PROPERTY_GRID_VISIBLE, Boolean.FALSE);
        viewer.setProperty(SnapToGeometry.PROPERTY_SNAP_ENABLED, Boolean.TRUE);
        registerAction(new ToggleGridAction(viewer));
        registerAction(new ToggleSnapToGeometryAction(viewer));

        KeyHandler keys = new TopologyKeyHandler(viewer, this, ARROW_STEP).setParent(sharedKeyHandler());
        viewer.setKeyHandler(keys);
        ContextMenuProvider menu = new TopologyContextMenuProvider(viewer, this);
        viewer.setContextMenu(menu);
        getSite().registerContextMenu(ID + ".contextMenu", menu, viewer);
    }

    private KeyHandler sharedKeyHandler() {
        KeyHandler keys = new KeyHandler();
        keys.put(KeyStroke.getPressed(SWT.DEL, 127, 0), getActionRegistry().getAction(ActionFactory.DELETE.getId()));
        keys.put(KeyStroke.getPressed(SWT.F2, 0), getActionRegistry().getAction(GEFActionConstants.DIRECT_EDIT));
        return keys;
    }

    private void registerAction(IAction action) {
        getActionRegistry().registerAction(action);
    }

    @Override
    protected void initializeGraphicalViewer() {
        super.initializeGraphicalViewer();
        GraphicalViewer viewer = getGraphicalViewer();
        viewer.setContents(topology);
        viewer.addDropTargetListener(new TemplateTransferDropTargetListener(viewer));
        zoomToFitOnceShown(viewer);
        validation = new ValidationDecorator(viewer, topology);
        validation.addResultListener(this::showValidationSummary);
        validation.start();
        getSite().getPage().addPartListener(activation);
        // The first result arrives while the editor is being created, before it is the active editor, and the
        // activation that follows is already under way when the listener is added: write the summary once the
        // opening has finished, else the status line stays empty until the editor is activated again.
        Control canvas = viewer.getControl();
        canvas.getDisplay().asyncExec(() -> {
            if (!canvas.isDisposed()) {
                showValidationSummary();
            }
        });
    }

    private final org.eclipse.ui.IPartListener2 activation = new org.eclipse.ui.IPartListener2() {
        @Override
        public void partActivated(org.eclipse.ui.IWorkbenchPartReference reference) {
            if (reference.getPart(false) == TopologyEditor.this) {
                showValidationSummary();
            }
        }
    };

    /**
     * Writes this editor's validation summary to the status line. Editors of one kind share their action bars, so
     * only the active editor writes there: another editor's result must not show under this one's file.
     */
    /**
     * A freshly opened topology shows whole: once the canvas has its size, a diagram larger than it is zoomed out
     * to fit (never below {@link #MIN_OPENING_ZOOM}, never above 100 %).
     */
    private void zoomToFitOnceShown(GraphicalViewer viewer) {
        Control canvas = viewer.getControl();
        org.eclipse.swt.widgets.Listener[] fit = new org.eclipse.swt.widgets.Listener[1];
        fit[0] = event -> {
            if (canvas.isDisposed() || canvas.getSize().x <= 0 || canvas.getSize().y <= 0) {
                return;
            }
            canvas.removeListener(SWT.Resize, fit[0]);
            zoomToFit();
        };
        canvas.addListener(SWT.Resize, fit[0]);
        fit[0].handleEvent(null);
    }

    /** Zooms so that the whole diagram fits the canvas, between {@link #MIN_OPENING_ZOOM} and 100 %. */
    public void zoomToFit() {
        ZoomManager zoom = ((ScalableFreeformRootEditPart) getGraphicalViewer().getRootEditPart()).getZoomManager();
        getGraphicalViewer().getControl().getParent().layout(true, true);
        getGraphicalViewer().getRootEditPart().getViewer().flush();
        zoom.setZoom(1.0);
        zoom.getViewport().validate();
        zoom.setZoomAsText(ZoomManager.FIT_ALL);
        zoom.setZoom(Math.max(MIN_OPENING_ZOOM, Math.min(1.0, zoom.getZoom())));
    }

    private void showValidationSummary() {
        if (validation == null || getSite().getPage().getActiveEditor() != this) {
            return;
        }
        getEditorSite().getActionBars().getStatusLineManager().setMessage(validationSummary());
    }

    /** "Topology valid", or the problem count and the first problem of this editor's last validation. */
    public String validationSummary() {
        if (validation == null) {
            return null;
        }
        int problems = validation.getProblems().size();
        return problems == 0 ? getPartName() + ": topology valid"
                : getPartName() + ": " + problems + (problems == 1 ? " problem" : " problems") + ": "
                        + validation.getProblems().get(0).getMessage();
    }

    @Override
    protected PaletteViewerProvider createPaletteViewerProvider() {
        return new PaletteViewerProvider(getEditDomain()) {
            @Override
            protected void configurePaletteViewer(PaletteViewer viewer) {
                super.configurePaletteViewer(viewer);
                // Palette entries can be dragged onto the diagram as well as clicked.
                viewer.addDragSourceListener(new TemplateTransferDragSourceListener(viewer));
            }
        };
    }

    /**
     * The palette opens pinned open at the right the first time; where the user docks it, how wide and whether it
     * stays open are remembered from then on.
     */
    @Override
    protected org.eclipse.gef.ui.palette.FlyoutPaletteComposite.FlyoutPreferences getPalettePreferences() {
        org.eclipse.core.runtime.preferences.IEclipsePreferences node = org.eclipse.core.runtime.preferences.InstanceScope.INSTANCE
                .getNode("io.hcastudio.editor");
        return new org.eclipse.gef.ui.palette.FlyoutPaletteComposite.FlyoutPreferences() {
            @Override
            public int getDockLocation() {
                return node.getInt("palette.dock", org.eclipse.draw2d.PositionConstants.EAST);
            }

            @Override
            public int getPaletteState() {
                return node.getInt("palette.state", org.eclipse.gef.ui.palette.FlyoutPaletteComposite.STATE_PINNED_OPEN);
            }

            @Override
            public int getPaletteWidth() {
                return node.getInt("palette.width", PALETTE_WIDTH);
            }

            @Override
            public void setDockLocation(int location) {
                node.putInt("palette.dock", location);
            }

            @Override
            public void setPaletteState(int state) {
                node.putInt("palette.state", state);
            }

            @Override
            public void setPaletteWidth(int width) {
                node.putInt("palette.width", width);
            }
        };
    }

    @Override
    public PaletteRoot getPaletteRoot() {
        if (paletteRoot == null) {
            paletteRoot = TopologyPalette.create();
        }
        return paletteRoot;
    }

    @Override
    @SuppressWarnings("unchecked")
    protected void createActions() {
        super.createActions();
        ActionRegistry registry = getActionRegistry();
        // Key bindings (Ctrl+Z, Ctrl+Y, Delete, Ctrl+A) reach global action handlers through their command ids.
        setDefinition(registry, ActionFactory.UNDO.getId(), "org.eclipse.ui.edit.undo");
        setDefinition(registry, ActionFactory.REDO.getId(), "org.eclipse.ui.edit.redo");
        setDefinition(registry, ActionFactory.DELETE.getId(), "org.eclipse.ui.edit.delete");
        setDefinition(registry, ActionFactory.SELECT_ALL.getId(), "org.eclipse.ui.edit.selectAll");
        setDefinition(registry, ActionFactory.SAVE.getId(), "org.eclipse.ui.file.save");
        List<String> selectionActions = getSelectionActions();
        for (IAction action : new IAction[] { new CopyAction(this), new PasteAction(this), new ReplicateAction(this),
                new DirectEditAction((org.eclipse.ui.IWorkbenchPart) this) }) {
            registry.registerAction(action);
            selectionActions.add(action.getId());
        }
        registry.registerAction(new AutoLayoutAction(this));
        registry.registerAction(new ExportDiagramAction(this));
    }

    private static void setDefinition(ActionRegistry registry, String actionId, String commandId) {
        IAction action = registry.getAction(actionId);
        if (action != null) {
            action.setActionDefinitionId(commandId);
        }
    }

    @Override
    public void commandStackChanged(EventObject event) {
        super.commandStackChanged(event);
        // GEF 3.2's GraphicalEditor never tells the workbench that the dirty state changed.
        firePropertyChange(PROP_DIRTY);
    }

    @Override
    public boolean isDirty() {
        return loadProblem == null && getCommandStack().isDirty();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        Path file = fileOf(getEditorInput());
        if (file == null || topology == null) {
            return;
        }
        if (saveTo(file)) {
            getCommandStack().markSaveLocation();
        }
    }

    @Override
    public boolean isSaveAsAllowed() {
        return loadProblem == null;
    }

    @Override
    public void doSaveAs() {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.hcatopo" });
        Path current = fileOf(getEditorInput());
        if (current != null) {
            dialog.setFilterPath(current.getParent() == null ? null : current.getParent().toString());
            dialog.setFileName(current.getFileName().toString());
        }
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            saveAs(Path.of(chosen));
        }
    }

    /** Saves to {@code file}, which from then on is the editor's file. */
    public boolean saveAs(Path file) {
        if (topology == null || !saveTo(file)) {
            return false;
        }
        getCommandStack().markSaveLocation();
        super.setInput(new PathEditorInput(file));
        setPartName(getEditorInput().getName());
        setTitleToolTip(getEditorInput().getToolTipText());
        firePropertyChange(PROP_INPUT);
        showValidationSummary();
        return true;
    }

    private boolean saveTo(Path file) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            HcaTopologyResources.save(topology, file);
            return true;
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(getSite().getShell(), "Save failed",
                    "The topology could not be saved to " + file + ". The file on disk is unchanged.\n\n" + e.getMessage());
            return false;
        }
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Object getAdapter(Class type) {
        if (type == CommandStack.class) {
            return getCommandStack();
        }
        if (type == Topology.class) {
            return topology;
        }
        if (loadProblem != null) {
            return type == IContentOutlinePage.class || type == IPropertySheetPage.class || type == ZoomManager.class ? null
                    : super.getAdapter(type);
        }
        if (type == IContentOutlinePage.class) {
            if (outlinePage == null && getGraphicalViewer() != null) {
                outlinePage = new TopologyOutlinePage(topology, getEditDomain(), getGraphicalViewer(), getSelectionSynchronizer(),
                        adapterFactory, getActionRegistry());
            }
            return outlinePage;
        }
        if (type == IPropertySheetPage.class) {
            if (propertySheetPage == null) {
                propertySheetPage = new PropertySheetPage() {
                    @Override
                    public void setActionBars(org.eclipse.ui.IActionBars actionBars) {
                        super.setActionBars(actionBars);
                        // Edits made here land on the editor's command stack; Ctrl+Z and Ctrl+Y here undo and redo them.
                        for (ActionFactory action : new ActionFactory[] { ActionFactory.UNDO, ActionFactory.REDO }) {
                            actionBars.setGlobalActionHandler(action.getId(), getActionRegistry().getAction(action.getId()));
                        }
                        actionBars.updateActionBars();
                    }
                };
                UndoablePropertySheetEntry root = new UndoablePropertySheetEntry(getCommandStack());
                root.setPropertySourceProvider(new ModelPropertySourceProvider(adapterFactory, editingDomain));
                propertySheetPage.setRootEntry(root);
            }
            return propertySheetPage;
        }
        if (type == ZoomManager.class && getGraphicalViewer() != null) {
            return ((ScalableFreeformRootEditPart) getGraphicalViewer().getRootEditPart()).getZoomManager();
        }
        return super.getAdapter(type);
    }

    @Override
    public void setFocus() {
        if (errorPage != null) {
            errorPage.setFocus();
        } else if (getGraphicalViewer() != null) {
            super.setFocus();
        }
    }

    @Override
    public void dispose() {
        if (validation != null) {
            validation.stop();
            getSite().getPage().removePartListener(activation);
        }
        if (adapterFactory != null) {
            adapterFactory.dispose();
        }
        super.dispose();
    }

    @Override
    public GraphicalViewer getGraphicalViewer() {
        return super.getGraphicalViewer();
    }

    @Override
    public CommandStack getCommandStack() {
        return super.getCommandStack();
    }

    @Override
    public ActionRegistry getActionRegistry() {
        return super.getActionRegistry();
    }

    /** The root model object; null when the file failed to load. */
    public Topology getTopology() {
        return topology;
    }

    /** The EMF editing domain the Properties view builds its set commands with. */
    public EditingDomain getEditingDomain() {
        return editingDomain;
    }

    public AdapterFactory getAdapterFactory() {
        return adapterFactory;
    }

    /** Validation markers; null while there is no diagram. */
    public ValidationDecorator getValidation() {
        return validation;
    }
}
