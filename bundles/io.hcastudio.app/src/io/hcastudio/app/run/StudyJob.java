package io.hcastudio.app.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;

import io.hcastudio.analysis.AnalysisException;
import io.hcastudio.analysis.StudyDefinition;
import io.hcastudio.analysis.store.RobustnessMap;
import io.hcastudio.analysis.store.RunRecord;
import io.hcastudio.analysis.store.StoredRun;
import io.hcastudio.analysis.store.StudySnapshot;
import io.hcastudio.analysis.study.StudyMonitor;
import io.hcastudio.analysis.study.StudyOutcome;
import io.hcastudio.analysis.study.StudyPlan;
import io.hcastudio.analysis.study.StudyRunner;
import io.hcastudio.analysis.trace.TraceRequest;
import io.hcastudio.charts.ResultCharts;
import io.hcastudio.charts.ResultsCatalog;

/**
 * Executes a planned run or study in the background, storing it in its results file. Progress goes to the status
 * bar and the Progress view; every stored run appears in the Results view at once, a study's sweep chart grows as
 * runs arrive, and the charts of a run open when it is done. Cancelling keeps the runs already stored, so the
 * study resumes where it stopped when it is started again.
 */
public final class StudyJob extends Job {

    /** Job family of all run and study jobs. */
    public static final Object FAMILY = StudyJob.class;

    /** How often, at most, a running study's sweep chart is redrawn. */
    private static final long SWEEP_REFRESH_NANOS = 500_000_000L;

    private final StudyPlan plan;
    private final Path file;
    private final int jobs;
    private final IWorkbenchPage page;
    private final Display display;
    private final ResultsCatalog.Entry entry;
    /** Run traces to record next to the results, or null. */
    private final TraceRequest trace;
    private final AtomicBoolean sweepRefreshPending = new AtomicBoolean();
    private final AtomicBoolean started = new AtomicBoolean();
    private long lastSweepRefresh;

    /**
     * Creates the job and its Results view entry; call on the UI thread, then {@link #schedule()}. With a
     * {@code trace} request (null: none) every run also records its run trace next to the results.
     */
    public StudyJob(StudyPlan plan, Path file, int jobs, IWorkbenchPage page, TraceRequest trace) {
        super(jobName(plan.definition()));
        this.trace = trace;
        this.plan = plan;
        this.file = file;
        this.jobs = jobs;
        this.page = page;
        this.display = page.getWorkbenchWindow().getShell().getDisplay();
        this.entry = ResultsCatalog.getDefault().add(file, plan.definition(), ResultsCatalog.State.RUNNING,
                List.of());
        addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                // A job cancelled while still waiting never runs, so run() cannot report it.
                if (!started.get()) {
                    finish(ResultsCatalog.State.CANCELLED, "cancelled before it started");
                }
            }
        });
    }

    private static String jobName(StudyDefinition definition) {
        return (definition.kind() == StudyDefinition.Kind.RUN ? "Run scenario '"
                : definition.kind() == StudyDefinition.Kind.ROBUSTNESS_MAP ? "Run robustness map '" : "Run study '")
                + definition.name()
                + "' (" + definition.runCount() + (definition.runCount() == 1 ? " run)" : " runs)");
    }

    public Path file() {
        return file;
    }

    public ResultsCatalog.Entry entry() {
        return entry;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        started.set(true);
        monitor.beginTask(getName(), plan.runs().size());
        try {
            showRunsAlreadyStored();
            StudyOutcome outcome = StudyRunner.run(plan, file, jobs, new StudyMonitor() {
                @Override
                public boolean isCancelled() {
                    return monitor.isCanceled();
                }

                @Override
                public void started(int totalRuns, int alreadyStored) {
                    monitor.worked(alreadyStored);
                }

                @Override
                public void runStored(RunRecord run, int storedRuns, int totalRuns) {
                    monitor.worked(1);
                    monitor.subTask(String.format(Locale.ROOT, "%d of %d runs stored", storedRuns, totalRuns));
                    display.asyncExec(() -> ResultsCatalog.getDefault().runStored(entry, run));
                    refreshSweepSoon(storedRuns == totalRuns);
                }
            }, trace);
            if (outcome.cancelled()) {
                finish(ResultsCatalog.State.CANCELLED, String.format(Locale.ROOT,
                        "cancelled with %d of %d runs stored; run it again to resume",
                        outcome.resumedRuns() + outcome.executedRuns(), outcome.totalRuns()));
                return Status.CANCEL_STATUS;
            }
            finish(ResultsCatalog.State.COMPLETE, "");
            openCharts();
            return Status.OK_STATUS;
        } catch (AnalysisException e) {
            finish(ResultsCatalog.State.FAILED, e.getMessage());
            return Status.error(getName() + " failed: " + e.getMessage(), e);
        } finally {
            monitor.done();
        }
    }

    /** A resumed study lists the runs its file already holds before the missing ones run. */
    private void showRunsAlreadyStored() {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            StudySnapshot stored = StudySnapshot.load(file);
            if (stored.definition().equals(plan.definition())) {
                display.asyncExec(() -> stored.runs().forEach(run -> ResultsCatalog.getDefault().runStored(entry, run)));
            }
        } catch (AnalysisException e) {
            // StudyRunner refuses the file with a precise message; nothing to list before that.
        }
    }

    private void finish(ResultsCatalog.State state, String message) {
        display.asyncExec(() -> ResultsCatalog.getDefault().finished(entry, state, message));
        refreshSweepSoon(true);
    }

    /**
     * Redraws the sweep chart of a study, or the heat maps of a robustness map, from the runs stored so far, at most
     * twice a second unless {@code now}.
     */
    private void refreshSweepSoon(boolean now) {
        if (!plan.definition().isStudy()) {
            return;
        }
        long time = System.nanoTime();
        if (!now && time - lastSweepRefresh < SWEEP_REFRESH_NANOS) {
            return;
        }
        lastSweepRefresh = time;
        if (sweepRefreshPending.compareAndSet(false, true)) {
            display.asyncExec(() -> {
                sweepRefreshPending.set(false);
                if (entry.runs().isEmpty()) {
                    return;
                }
                StudySnapshot snapshot = entry.snapshot();
                if (plan.definition().kind() == StudyDefinition.Kind.ROBUSTNESS_MAP) {
                    ResultCharts.showMap(page, file, RobustnessMap.of(snapshot.definition(), snapshot.runs()));
                } else {
                    ResultCharts.showStudy(page, snapshot);
                }
            });
        }
    }

    /** The first run's charts, and for a study its complete sweep, for a robustness map its heat maps. */
    private void openCharts() throws AnalysisException {
        StoredRun first = StoredRun.load(file, 0);
        StudySnapshot study = StudySnapshot.load(file);
        display.asyncExec(() -> {
            ResultCharts.showRun(page, first);
            if (plan.definition().kind() == StudyDefinition.Kind.STUDY) {
                ResultCharts.showStudy(page, study);
            } else if (plan.definition().kind() == StudyDefinition.Kind.ROBUSTNESS_MAP) {
                ResultCharts.showMap(page, file, RobustnessMap.of(study.definition(), study.runs()));
            }
        });
    }
}
