package io.hcastudio.app.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchPage;

import io.hcastudio.analysis.AnalysisException;
import io.hcastudio.analysis.ModelValidationException;
import io.hcastudio.analysis.mapping.RunOverrides;
import io.hcastudio.analysis.mapping.TimingOverrides;
import io.hcastudio.analysis.study.StudyPlan;
import io.hcastudio.analysis.study.StudyPlanner;
import io.hcastudio.analysis.study.StudyRunner;
import io.hcastudio.analysis.trace.TraceRequest;
import io.hcastudio.model.Topology;
import io.hcastudio.sim.trace.TraceFilter;

/**
 * Plans a run or study of the editor's topology and starts it as a {@link StudyJob}. Planning (validation and
 * mapping, a few milliseconds) happens on the UI thread on a copy of the model, so later edits cannot reach a
 * running study; a model with errors does not start and the errors are listed in a dialog.
 */
public final class StudyLauncher {

    static final String PLUGIN_ID = "io.hcastudio.app";

    private StudyLauncher() {
    }

    /**
     * Plans the scenario with the timing laws ({@code NAME=LAW}, as {@code --timing} takes them) set on every HCA
     * of the copy that runs, recording its run traces next to the results when {@code trace}; on a planning error
     * tells the user and returns empty.
     */
    public static Optional<StudyJob> runScenario(IWorkbenchPage page, Topology topology, String scenario,
            RunOverrides overrides, List<String> timingLaws, boolean trace) {
        return start(page, "Run Scenario",
                () -> StudyPlanner.planRun(withLaws(topology, timingLaws), scenario, overrides), 1, trace);
    }

    /** Plans the study, with timing laws as {@link #runScenario} takes them; on a planning error returns empty. */
    public static Optional<StudyJob> runStudy(IWorkbenchPage page, Topology topology, String study, int jobs,
            List<String> timingLaws) {
        return start(page, "Run Study",
                () -> StudyPlanner.planStudy(withLaws(topology, timingLaws), study, RunOverrides.NONE), jobs, false);
    }

    /** A copy of the model with the laws applied, so the results store keeps the model the runs used. */
    private static Topology withLaws(Topology topology, List<String> timingLaws) throws AnalysisException {
        Topology copy = EcoreUtil.copy(topology);
        TimingOverrides.apply(copy, timingLaws);
        return copy;
    }

    /** What a run or study job plans. */
    interface Planning {
        StudyPlan plan() throws AnalysisException;
    }

    private static Optional<StudyJob> start(IWorkbenchPage page, String title, Planning planning, int jobs,
            boolean trace) {
        StudyPlan plan;
        try {
            plan = planning.plan();
        } catch (ModelValidationException e) {
            ErrorDialog.openError(page.getWorkbenchWindow().getShell(), title,
                    "The model has errors; fix them and run again.", validationStatus(e));
            return Optional.empty();
        } catch (AnalysisException e) {
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), title, e.getMessage());
            return Optional.empty();
        }
        // More workers than runs would only idle; a single run is single-threaded anyway.
        int workers = Math.max(1, Math.min(Math.max(jobs, 1), plan.runs().size()));
        Path file = ResultsFolder.fileFor(plan.definition(), plan.modelSha256());
        StudyJob job = new StudyJob(plan, file, workers, page,
                trace ? new TraceRequest(file, TraceFilter.ALL) : null);
        job.schedule();
        return Optional.of(job);
    }

    /** One child status per validation message, so the dialog's details list them all. */
    static IStatus validationStatus(ModelValidationException exception) {
        MultiStatus status = new MultiStatus(PLUGIN_ID, 0, exception.problems().size()
                + (exception.problems().size() == 1 ? " error stops the run" : " errors stop the run"), null);
        for (String problem : exception.problems()) {
            status.add(Status.error(problem));
        }
        return status;
    }

    static int defaultJobs() {
        return StudyRunner.defaultJobs();
    }
}
