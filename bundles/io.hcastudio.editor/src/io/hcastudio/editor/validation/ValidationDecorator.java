package io.hcastudio.editor.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.jobs.Job;
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
 * The rules run in a background job on a {@link TopologySnapshot}, so a large fabric does not freeze the UI;
 * only the copy and the decoration happen on the UI thread. A result computed on a model that has been edited
 * since is dropped: the edit has already scheduled the next pass.
 */
public class ValidationDecorator {

    /** Edits closer together than this are validated once. */
    private static final int SETTLE_MILLIS = 300;

    private final EditPartViewer viewer;
    private final Topology topology;
    private final Runnable scheduled = this::validateInBackground;
    private final Runnable onChange = this::modelChanged;
    private final Set<ProblemDisplay> decorated = new HashSet<>();
    private final ListenerList<Runnable> resultListeners = new ListenerList<>();
    private Diagnostic lastResult = Diagnostic.OK_INSTANCE;
    /** Counts edits; a pass knows which state of the model it checked. */
    private long modelGeneration;
    private long validatedGeneration = -1;
    private Job running;
    private boolean stopped;

    public ValidationDecorator(EditPartViewer viewer, Topology topology) {
        this.viewer = viewer;
        this.topology = topology;
    }

    public void start() {
        ((DiagramEditPart) viewer.getContents()).addChangeListener(onChange);
        validateInBackground();
    }

    public void stop() {
        stopped = true;
        if (viewer.getContents() instanceof DiagramEditPart diagram) {
            diagram.removeChangeListener(onChange);
        }
        Display display = Display.getCurrent();
        if (display != null) {
            display.timerExec(-1, scheduled);
        }
        if (running != null) {
            running.cancel();
        }
    }

    /** Called on the UI thread after each applied validation result, e.g. to update the status line. */
    public void addResultListener(Runnable listener) {
        resultListeners.add(listener);
    }

    public void removeResultListener(Runnable listener) {
        resultListeners.remove(listener);
    }

    /** Whether the last applied result describes the model as it is now (no edit is waiting for validation). */
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

    private void validateInBackground() {
        if (stopped || viewer.getControl() == null || viewer.getControl().isDisposed()) {
            return;
        }
        if (running != null) {
            running.cancel();
        }
        long generation = modelGeneration;
        TopologySnapshot snapshot = TopologySnapshot.of(topology);
        Display display = viewer.getControl().getDisplay();
        Job job = Job.create("Validating " + topology.getName(), monitor -> {
            Diagnostic onCopy = TopologyValidation.validate(snapshot.copy());
            if (monitor.isCanceled()) {
                return;
            }
            Diagnostic result = snapshot.toOriginals(onCopy);
            if (!display.isDisposed()) {
                display.asyncExec(() -> apply(result, generation));
            }
        });
        job.setSystem(true);
        job.setPriority(Job.SHORT);
        running = job;
        job.schedule();
    }

    private void apply(Diagnostic result, long generation) {
        if (stopped || generation != modelGeneration || viewer.getControl() == null || viewer.getControl().isDisposed()) {
            return;
        }
        lastResult = result;
        validatedGeneration = generation;
        Map<ProblemDisplay, List<Diagnostic>> problems = new HashMap<>();
        collect(result, problems);
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
