package io.hcastudio.app;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

import io.hcastudio.analysis.render.TopologyPicture;
import io.hcastudio.editor.TopologyEditor;
import io.hcastudio.editor.export.ExportTarget;

/**
 * Diagram → Export as SVG… of the topology editor: the editor draws no SVG itself, so the application hands it
 * the headless {@link TopologyPicture}, drawn from the model's bounds, the same picture the reports embed.
 */
public class ExportDiagramSvgHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IEditorPart active = HandlerUtil.getActiveEditor(event);
        if (active instanceof TopologyEditor editor && editor.getTopology() != null) {
            ExportTarget.export(editor, "svg", file -> TopologyPicture.writeSvg(editor.getTopology(), file));
        }
        return null;
    }
}
