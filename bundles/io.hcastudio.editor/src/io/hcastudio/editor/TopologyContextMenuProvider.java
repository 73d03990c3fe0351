package io.hcastudio.editor;

import org.eclipse.gef.ContextMenuProvider;
import org.eclipse.gef.EditPartViewer;
import org.eclipse.gef.ui.actions.ActionRegistry;
import org.eclipse.gef.ui.actions.GEFActionConstants;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.ui.actions.ActionFactory;

import io.hcastudio.editor.actions.TopologyActionIds;

/** The diagram's context menu. */
final class TopologyContextMenuProvider extends ContextMenuProvider {

    private final ActionRegistry actions;

    TopologyContextMenuProvider(EditPartViewer viewer, ActionRegistry actions) {
        super(viewer);
        this.actions = actions;
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
        add(menu, GEFActionConstants.GROUP_SAVE, TopologyActionIds.EXPORT_SVG);
    }

    private void add(IMenuManager menu, String group, String actionId) {
        IAction action = actions.getAction(actionId);
        if (action != null && action.isEnabled()) {
            menu.appendToGroup(group, action);
        }
    }
}
