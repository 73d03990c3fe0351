package io.hcastudio.editor.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.EditPartViewer;
import org.eclipse.swt.widgets.Display;

import io.hcastudio.editor.parts.DiagramEditPart;
import io.hcastudio.editor.parts.ProblemDisplay;
import io.hcastudio.model.Topology;
import io.hcastudio.model.validation.TopologyValidation;

/**
 * Validates the topology a moment after each burst of edits (with the model's own rules) and
 * marks the figures of offending elements; a problem of an element without a figure of its own (a driver
 * profile, an interface) is shown on the nearest enclosing figure.
 * <p>
 * The rules run on the UI thread: on the 2,000-node benchmark fabric (LargeFabricBenchmarkTest) a pass took
 * 18-65 ms and copying the model 15-135 ms, so a background job on a snapshot would not take work off the UI
 * thread. Bursts of edits are validated once, {@value #SETTLE_MILLIS} ms after the last one.
 */
public class ValidationDecorator {

    /** Edits closer together than this are validated once. */
    private static final int SETTLE_MILLIS = 300;

    private final EditPartViewer viewer;
    private final Topology topology;
    private final Runnable scheduled = this::validate;
    private final Runnable onChange = this::modelChanged;
    private final Set<ProblemDisplay> decorated = new HashSet<>();
    private final ListenerList<Runnable> resultListeners = new ListenerList<>();
    private Diagnostic lastResult = Diagnostic.OK_INSTANCE;
    /** Counts edits, so that the last result can tell whether it describes the current model. */
    private long modelGeneration;
    private long validatedGeneration = -1;

    public ValidationDecorator(EditPartViewer viewer, Topology topology) {
        this.viewer = viewer;
        this.topology = topology;
    }

    public void start() {
        ((DiagramEditPart) viewer.getContents()).addChangeListener(onChange);
        validate();
    }

    public void stop() {
        if (viewer.getContents() instanceof DiagramEditPart diagram) {
            diagram.removeChangeListener(onChange);
        }
        Display display = Display.getCurrent();
        if (display != null) {
            display.timerExec(-1, scheduled);
        }
    }

    /** Called on the UI thread after each validation pass, e.g. to update the status line. */
    public void addResultListener(Runnable listener) {
        resultListeners.add(listener);
    }

    public void removeResultListener(Runnable listener) {
        resultListeners.remove(listener);
    }

    /** Whether the last result describes the model as it is now (no edit is waiting for validation). */
    public boolean isUpToDate() {
        return validatedGeneration == modelGeneration;
    }

    private void modelChanged() {
        modelGeneration++;
        Display display = Display.getCurrent();
        if (display == null) {
            return;
        }
        display.timerExec(-1, scheduled);
        display.timerExec(SETTLE_MILLIS, scheduled);
    }

    private void validate() {
        if (viewer.getControl() == null || viewer.getControl().isDisposed()) {
            return;
        }
        lastResult = TopologyValidation.validate(topology);
        validatedGeneration = modelGeneration;
        Map<ProblemDisplay, List<Diagnostic>> problems = new HashMap<>();
        collect(lastResult, problems);
        for (ProblemDisplay display : decorated) {
            if (!problems.containsKey(display)) {
                display.showProblems(Diagnostic.OK, null);
            }
        }
        decorated.clear();
        problems.forEach((display, diagnostics) -> {
            int severity = Diagnostic.OK;
            StringBuilder messages = new StringBuilder();
            for (Diagnostic diagnostic : diagnostics) {
                severity = Math.max(severity, diagnostic.getSeverity());
                messages.append(messages.length() == 0 ? "" : "\n").append(severityName(diagnostic.getSeverity())).append(": ")
                        .append(diagnostic.getMessage());
            }
            display.showProblems(severity, messages.toString());
            decorated.add(display);
        });
        for (Runnable listener : resultListeners) {
            listener.run();
        }
    }

    public Diagnostic getLastResult() {
        return lastResult;
    }

    /** Warnings and errors of the last validation, most severe first. */
    public List<Diagnostic> getProblems() {
        List<Diagnostic> problems = new ArrayList<>();
        for (Diagnostic problem : TopologyValidation.problems(lastResult)) {
            if (problem.getSeverity() >= Diagnostic.WARNING) {
                problems.add(problem);
            }
        }
        return problems;
    }

    private void collect(Diagnostic diagnostic, Map<ProblemDisplay, List<Diagnostic>> problems) {
        if (diagnostic.getChildren().isEmpty()) {
            if (diagnostic.getSeverity() < Diagnostic.WARNING) {
                return;
            }
            for (Object datum : diagnostic.getData()) {
                if (datum instanceof EObject object) {
                    ProblemDisplay display = displayFor(object);
                    if (display != null) {
                        problems.computeIfAbsent(display, key -> new ArrayList<>()).add(diagnostic);
                        return;
                    }
                }
            }
            return;
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            collect(child, problems);
        }
    }

    private ProblemDisplay displayFor(EObject object) {
        for (EObject current = object; current != null; current = current.eContainer()) {
            if (viewer.getEditPartRegistry().get(current) instanceof ProblemDisplay display) {
                return display;
            }
        }
        return null;
    }

    public static String severityName(int severity) {
        return severity >= Diagnostic.ERROR ? "Error" : severity >= Diagnostic.WARNING ? "Warning" : "Info";
    }
}
