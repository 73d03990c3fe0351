package io.hcastudio.editor.actions;

import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;
import org.eclipse.ui.services.IServiceLocator;

/**
 * "Export as SVG…" is a command rather than an action: the editor draws no SVG itself; the application
 * contributes the handler that renders the topology headless from the model.
 */
public final class ExportSvgCommand {

    private ExportSvgCommand() {
    }

    /** The menu entry for the Diagram menu and the diagram's context menu. */
    public static IContributionItem menuItem(IServiceLocator services) {
        CommandContributionItemParameter parameter = new CommandContributionItemParameter(services, TopologyActionIds.EXPORT_SVG,
                TopologyActionIds.EXPORT_SVG, CommandContributionItem.STYLE_PUSH);
        parameter.label = "Export as &SVG\u2026";
        parameter.icon = ImageDescriptor.createFromFile(ExportSvgCommand.class, "/icons/export.png");
        return new CommandContributionItem(parameter);
    }
}
