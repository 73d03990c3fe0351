package io.hcastudio.editor.actions;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.ui.actions.Clipboard;
import org.eclipse.gef.ui.actions.SelectionAction;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

import io.hcastudio.editor.TopologyEditor;
import io.hcastudio.editor.commands.Containment;
import io.hcastudio.editor.commands.PasteCommand;

/**
 * Pastes the clipboard into the selected container, or into the nearest enclosing one that can hold what was
 * copied (HCAs go into a host, functions into an HCA, hosts and switches onto the diagram).
 */
public class PasteAction extends SelectionAction {

    public PasteAction(TopologyEditor editor) {
        super(editor);
        setId(ActionFactory.PASTE.getId());
        setActionDefinitionId("org.eclipse.ui.edit.paste");
        setText("&Paste");
        setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_TOOL_PASTE));
        // The clipboard changes without a selection change: recompute whenever asked.
        setLazyEnablementCalculation(true);
    }

    @Override
    protected boolean calculateEnabled() {
        return Clipboard.getDefault().getContents() instanceof ClipboardContent content && targetFor(content) != null;
    }

    /** Where the clipboard would go for the current selection, or null. */
    private EObject targetFor(ClipboardContent content) {
        TopologyEditor editor = (TopologyEditor) getWorkbenchPart();
        EObject start = editor.getTopology();
        List<?> selection = getSelectedObjects();
        if (!selection.isEmpty() && selection.get(0) instanceof EditPart part && part.getModel() instanceof EObject selected) {
            start = selected;
        }
        for (EObject candidate = start; candidate != null; candidate = candidate.eContainer()) {
            if (acceptsAll(candidate, content)) {
                return candidate;
            }
        }
        return null;
    }

    private static boolean acceptsAll(EObject container, ClipboardContent content) {
        for (EObject element : content.getElements()) {
            if (!Containment.accepts(container, element)) {
                return false;
            }
        }
        return !content.getElements().isEmpty();
    }

    /** The command pasting the clipboard for the current selection, or null when nothing fits. */
    public PasteCommand createPasteCommand() {
        if (!(Clipboard.getDefault().getContents() instanceof ClipboardContent content)) {
            return null;
        }
        EObject target = targetFor(content);
        return target == null ? null : new PasteCommand(target, content.getElements(), content.getLinks(), content.nextPasteOffset());
    }

    @Override
    public void run() {
        PasteCommand command = createPasteCommand();
        if (command == null || !command.canExecute()) {
            return;
        }
        execute(command);
        TopologyEditor editor = (TopologyEditor) getWorkbenchPart();
        List<EditPart> pastedParts = new ArrayList<>();
        for (EObject pasted : command.getPasted()) {
            if (editor.getGraphicalViewer().getEditPartRegistry().get(pasted) instanceof EditPart part) {
                pastedParts.add(part);
            }
        }
        editor.getGraphicalViewer().setSelection(new StructuredSelection(pastedParts));
        if (!pastedParts.isEmpty()) {
            // The copy may have gone to a free place out of view.
            editor.getGraphicalViewer().reveal(pastedParts.get(0));
        }
    }
}
