package io.hcastudio.editor;

import org.eclipse.core.commands.Command;
import org.eclipse.gef.ContextMenuProvider;
import org.eclipse.gef.EditPartViewer;
import org.eclipse.gef.ui.actions.ActionRegistry;
import org.eclipse.gef.ui.actions.GEFActionConstants;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.services.IServiceLocator;

import io.hcastudio.editor.actions.ExportSvgCommand;
import io.hcastudio.editor.actions.TopologyActionIds;

/** The diagram's context menu. */
final class TopologyContextMenuProvider extends ContextMenuProvider {

    private final ActionRegistry actions;
    private final IServiceLocator services;

    TopologyContextMenuProvider(EditPartViewer viewer, ActionRegistry actions, IServiceLocator services) {
        super(viewer);
        this.actions = actions;
        this.services = services;
    }

    @Override
    public void buildContextMenu(IMenuManager menu) {
        GEFActionConstants.addStandardActionGroups(menu);
        add(menu, GEFActionConstants.GROUP_UNDO, ActionFactory.UNDO.getId());
        add(menu, GEFActionConstants.GROUP_UNDO, ActionFactory.REDO.getId());
        add(menu, GEFActionConstants.GROUP_COPY, ActionFactory.COPY.getId());
        add(menu, GEFActionConstants.GROUP_COPY, ActionFactory.PASTE.getId());
        add(menu, GEFActionConstants.GROUP_EDIT, ActionFactory.DELETE.getId());
        add(menu, GEFActionConstants.GROUP_EDIT, GEFActionConstants.DIRECT_EDIT);
        add(menu, GEFActionConstants.GROUP_EDIT, TopologyActionIds.REPLICATE);
        add(menu, GEFActionConstants.GROUP_VIEW, TopologyActionIds.AUTO_LAYOUT);
        add(menu, GEFActionConstants.GROUP_SAVE, TopologyActionIds.EXPORT_PNG);
        Command exportSvg = services.getService(ICommandService.class).getCommand(TopologyActionIds.EXPORT_SVG);
        if (exportSvg.isHandled() && exportSvg.isEnabled()) {
            menu.appendToGroup(GEFActionConstants.GROUP_SAVE, ExportSvgCommand.menuItem(services));
        }
    }

    private void add(IMenuManager menu, String group, String actionId) {
        IAction action = actions.getAction(actionId);
        if (action != null && action.isEnabled()) {
            menu.appendToGroup(group, action);
        }
    }
}
