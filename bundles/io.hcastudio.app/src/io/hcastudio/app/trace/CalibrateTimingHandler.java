package io.hcastudio.app.trace;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import io.hcastudio.analysis.AnalysisException;
import io.hcastudio.analysis.trace.Calibration;
import io.hcastudio.analysis.trace.FtraceImport;
import io.hcastudio.analysis.trace.WorkStatistics;
import io.hcastudio.editor.TopologyEditor;
import io.hcastudio.editor.commands.ModelCommand;
import io.hcastudio.model.Topology;

/**
 * Run → Calibrate Timing from Trace…: reads a kernel ftrace text file (with progress and cancel), shows the laws it
 * gives the kworker timings, and sets them on every HCA of the active topology as one undoable command.
 */
public class CalibrateTimingHandler extends AbstractHandler {

    public static final String COMMAND_ID = "io.hcastudio.app.trace.calibrate";
    private static final String TITLE = "Calibrate Timing from Trace";

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        IEditorPart active = window.getActivePage() == null ? null : window.getActivePage().getActiveEditor();
        if (!(active instanceof TopologyEditor editor) || editor.getTopology() == null) {
            MessageDialog.openInformation(window.getShell(), TITLE,
                    "Open a topology (File \u203a Open Topology...) to calibrate its timings.");
            return null;
        }
        FileDialog files = new FileDialog(window.getShell(), SWT.OPEN);
        files.setText(TITLE + ": ftrace text (trace-cmd report or /sys/kernel/tracing/trace)");
        files.setFilterExtensions(new String[] {"*.txt;*.trace;*.report", "*"});
        String chosen = files.open();
        if (chosen == null) {
            return null;
        }
        InputDialog functions = new InputDialog(window.getShell(), TITLE, "Work functions to take the kworker"
                + " delays from, comma-separated\n(empty: mlx4_ib_tunnel_comp_worker and mlx4_ib_sqp_comp_worker):",
                "", null);
        if (functions.open() != Window.OK) {
            return null;
        }
        List<String> names = new ArrayList<>(Arrays.stream(functions.getValue().split(","))
                .map(String::strip).filter(name -> !name.isEmpty()).toList());
        Path trace = Path.of(chosen);
        AtomicReference<Calibration.Result> result = new AtomicReference<>();
        try {
            new ProgressMonitorDialog(window.getShell()).run(true, true, (IProgressMonitor monitor) -> {
                monitor.beginTask("Reading " + trace.getFileName(), IProgressMonitor.UNKNOWN);
                try {
                    WorkStatistics statistics = FtraceImport.read(trace, false, monitor::isCanceled);
                    result.set(Calibration.laws(statistics, trace, names));
                } catch (AnalysisException e) {
                    throw new InvocationTargetException(e);
                } finally {
                    monitor.done();
                }
            });
        } catch (InvocationTargetException e) {
            if (!(e.getCause() instanceof AnalysisException problem && problem.getMessage().contains("cancelled"))) {
                MessageDialog.openError(window.getShell(), TITLE, e.getCause().getMessage());
            }
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        StringBuilder laws = new StringBuilder();
        result.get().laws().forEach((parameter, law) -> laws.append(parameter).append(" = ")
                .append(law.length() > 90 ? law.substring(0, 90) + "..." : law).append('\n'));
        if (!MessageDialog.openConfirm(window.getShell(), TITLE, "From " + result.get().source() + ":\n\n" + laws
                + "\nSet these on every HCA's timing parameters? (Edit \u203a Undo takes them back.)")) {
            return null;
        }
        Topology topology = editor.getTopology();
        editor.getCommandStack().execute(new ModelCommand("Calibrate Timing from Trace") {
            @Override
            protected EObject scope() {
                return topology;
            }

            @Override
            protected void apply() {
                Calibration.apply(topology, result.get());
            }
        });
        return null;
    }
}
