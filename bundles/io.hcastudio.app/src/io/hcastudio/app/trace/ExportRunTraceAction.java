package io.hcastudio.app.trace;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;

import io.hcastudio.analysis.AnalysisException;
import io.hcastudio.analysis.trace.TraceExports;
import io.hcastudio.analysis.trace.TraceRequest;

/**
 * File → Export → Run Trace…: a run trace recorded next to its results ({@code *.hctrace}) as ftrace text
 * ({@code trace-cmd report -t} of the first SR-IOV host) or as Chrome/Perfetto JSON, chosen by the file type in the
 * save dialog, written in a background job.
 */
public class ExportRunTraceAction extends Action {

    private static final String TITLE = "Export Run Trace";
    private final IWorkbenchWindow window;

    public ExportRunTraceAction(IWorkbenchWindow window) {
        super("Run &Trace...");
        setId("io.hcastudio.app.exportRunTrace");
        setToolTipText("Export a recorded run trace as ftrace text (trace-cmd report) or Perfetto JSON");
        this.window = window;
    }

    @Override
    public void run() {
        FileDialog open = new FileDialog(window.getShell(), SWT.OPEN);
        open.setText(TITLE + ": choose a run trace (record one with Run Scenario, 'Record a run trace')");
        open.setFilterExtensions(new String[] {"*" + TraceRequest.EXTENSION, "*"});
        String trace = open.open();
        if (trace == null) {
            return;
        }
        FileDialog save = new FileDialog(window.getShell(), SWT.SAVE);
        save.setText(TITLE + ": where to write");
        save.setFilterExtensions(new String[] {"*.txt", "*.json"});
        save.setFilterNames(new String[] {"ftrace text, as trace-cmd report prints it (*.txt)",
            "Chrome trace-event JSON for Perfetto (*.json)"});
        String stem = Path.of(trace).getFileName().toString().replace(TraceRequest.EXTENSION, "");
        save.setFileName(stem + ".txt");
        save.setOverwrite(true);
        String target = save.open();
        if (target == null) {
            return;
        }
        TraceExports.Format format = target.endsWith(".json") || save.getFilterIndex() == 1
                ? TraceExports.Format.PERFETTO : TraceExports.Format.FTRACE;
        Display display = window.getShell().getDisplay();
        Job job = Job.create(TITLE + " to " + Path.of(target).getFileName(), (IProgressMonitor monitor) -> {
            monitor.beginTask(TITLE, IProgressMonitor.UNKNOWN);
            try {
                TraceExports.export(Path.of(trace), format, null, Path.of(target));
                return Status.OK_STATUS;
            } catch (AnalysisException e) {
                display.asyncExec(() -> MessageDialog.openError(window.getShell(), TITLE, e.getMessage()));
                return Status.warning(e.getMessage());
            } finally {
                monitor.done();
            }
        });
        job.setUser(true);
        job.schedule();
    }
}
