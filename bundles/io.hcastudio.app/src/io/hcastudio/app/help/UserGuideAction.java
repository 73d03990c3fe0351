package io.hcastudio.app.help;

import java.io.IOException;

import org.eclipse.core.runtime.Status;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.keys.IBindingService;

/** Help > Help Contents (the whole guide) and Help > Getting Started (the guide at its first topic). */
public class UserGuideAction extends Action {

    private final IWorkbenchWindow window;
    private final int topic;

    public UserGuideAction(IWorkbenchWindow window, String text, String id, int topic) {
        super(text);
        this.window = window;
        this.topic = topic;
        setId(id);
    }

    @Override
    public void run() {
        open(window, topic);
    }

    /** Opens the guide at {@code topic}; returns the dialog, or null when the guide could not be read. */
    public static UserGuideDialog open(IWorkbenchWindow window, int topic) {
        try {
            UserGuideDialog dialog = new UserGuideDialog(window.getShell(),
                    UserGuide.topics(window.getWorkbench().getService(IBindingService.class)), topic);
            dialog.open();
            return dialog;
        } catch (IOException e) {
            ErrorDialog.openError(window.getShell(), UserGuideDialog.TITLE, "The user guide could not be read.",
                    Status.error(e.getMessage(), e));
            return null;
        }
    }
}
