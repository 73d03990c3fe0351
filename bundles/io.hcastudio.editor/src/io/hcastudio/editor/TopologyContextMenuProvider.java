package io.hcastudio.editor;

import org.eclipse.core.commands.Command;
import org.eclipse.gef.ContextMenuProvider;
import org.eclipse.gef.EditPartViewer;
import org.eclipse.gef.ui.actions.GEFActionConstants;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.commands.ICommandService;

import io.hcastudio.editor.actions.ExportSvgCommand;
import io.hcastudio.editor.actions.TopologyActionIds;

/** The diagram's context menu. */
final class TopologyContextMenuProvider extends ContextMenuProvider {

    private final TopologyEditor editor;

    TopologyContextMenuProvider(EditPartViewer viewer, TopologyEditor editor) {
        super(viewer);
        this.editor = editor;
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
        Command exportSvg = editor.getSite().getService(ICommandService.class).getCommand(TopologyActionIds.EXPORT_SVG);
        if (exportSvg.isHandled() && exportSvg.isEnabled()) {
            menu.appendToGroup(GEFActionConstants.GROUP_SAVE, ExportSvgCommand.menuItem(editor.getSite()));
        }
    }

    private void add(IMenuManager menu, String group, String actionId) {
        IAction action = editor.getActionRegistry().getAction(actionId);
        if (action != null && action.isEnabled()) {
            menu.appendToGroup(group, action);
        }
    }
}
