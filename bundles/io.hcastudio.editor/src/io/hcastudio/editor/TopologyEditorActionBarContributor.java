package io.hcastudio.editor;

import org.eclipse.gef.ui.actions.ActionBarContributor;
import org.eclipse.gef.ui.actions.DeleteRetargetAction;
import org.eclipse.gef.ui.actions.GEFActionConstants;
import org.eclipse.gef.ui.actions.RedoRetargetAction;
import org.eclipse.gef.ui.actions.UndoRetargetAction;
import org.eclipse.gef.ui.actions.ZoomComboContributionItem;
import org.eclipse.gef.ui.actions.ZoomInRetargetAction;
import org.eclipse.gef.ui.actions.ZoomOutRetargetAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.RetargetAction;

import io.hcastudio.editor.actions.ExportSvgCommand;
import io.hcastudio.editor.actions.TopologyActionIds;

/**
 * Connects the active topology editor's actions to the workbench: undo, redo, delete, copy, paste and select
 * all as global action handlers (so Ctrl+Z, Shift+Ctrl+Z, Delete, Ctrl+C, Ctrl+V and Ctrl+A reach the editor), Auto-Layout
 * (Ctrl+Shift+F) and zoom in the toolbar and a Diagram menu with layout, replicate and export (SVG through the command whose handler the
 * application contributes).
 */
public class TopologyEditorActionBarContributor extends ActionBarContributor {

    @Override
    protected void buildActions() {
        addRetargetAction(new UndoRetargetAction());
        addRetargetAction(new RedoRetargetAction());
        addRetargetAction(new DeleteRetargetAction());
        addRetargetAction((RetargetAction) ActionFactory.COPY.create(getPage().getWorkbenchWindow()));
        addRetargetAction((RetargetAction) ActionFactory.PASTE.create(getPage().getWorkbenchWindow()));
        addRetargetAction(new ZoomInRetargetAction());
        addRetargetAction(new ZoomOutRetargetAction());
        RetargetAction autoLayout = new RetargetAction(TopologyActionIds.AUTO_LAYOUT, "Auto-&Layout");
        autoLayout.setActionDefinitionId(TopologyActionIds.AUTO_LAYOUT);
        autoLayout.setToolTipText("Arrange hosts, switches and routers along the links");
        addRetargetAction(autoLayout);
        addRetargetAction(new RetargetAction(TopologyActionIds.REPLICATE, "&Replicate\u2026"));
        addRetargetAction(new RetargetAction(TopologyActionIds.EXPORT_PNG, "Export as P&NG\u2026"));
    }

    @Override
    protected void declareGlobalActionKeys() {
        addGlobalActionKey(ActionFactory.SELECT_ALL.getId());
        addGlobalActionKey(ActionFactory.SAVE.getId());
        addGlobalActionKey(ActionFactory.PRINT.getId());
        addGlobalActionKey(GEFActionConstants.DIRECT_EDIT);
    }

    @Override
    public void contributeToToolBar(IToolBarManager toolBar) {
        // Undo and redo are on the window's tool bar already (one pair for the whole window).
        toolBar.add(getAction(TopologyActionIds.AUTO_LAYOUT));
        toolBar.add(new Separator());
        toolBar.add(new ZoomComboContributionItem(getPage()));
    }

    @Override
    public void contributeToMenu(IMenuManager menuBar) {
        MenuManager diagram = new MenuManager("&Diagram", "io.hcastudio.editor.diagramMenu");
        diagram.add(getAction(GEFActionConstants.ZOOM_IN));
        diagram.add(getAction(GEFActionConstants.ZOOM_OUT));
        diagram.add(new Separator());
        diagram.add(getAction(TopologyActionIds.AUTO_LAYOUT));
        diagram.add(getAction(TopologyActionIds.REPLICATE));
        diagram.add(new Separator());
        diagram.add(getAction(TopologyActionIds.EXPORT_PNG));
        diagram.add(ExportSvgCommand.menuItem(getPage().getWorkbenchWindow()));
        if (menuBar.find(IWorkbenchActionConstants.MB_ADDITIONS) != null) {
            menuBar.insertAfter(IWorkbenchActionConstants.MB_ADDITIONS, diagram);
        } else {
            menuBar.add(diagram);
        }
    }
}
