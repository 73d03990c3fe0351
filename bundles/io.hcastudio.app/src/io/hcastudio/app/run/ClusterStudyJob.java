package io.hcastudio.app.run;

import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IWorkbenchPage;

import io.hcastudio.analysis.AnalysisException;
import io.hcastudio.analysis.StudyDefinition;
import io.hcastudio.analysis.cluster.Slurm;
import io.hcastudio.analysis.cluster.SlurmJobDirectory;
import io.hcastudio.analysis.cluster.SlurmStudy;
import io.hcastudio.analysis.store.StudySnapshot;
import io.hcastudio.charts.ResultCharts;
import io.hcastudio.charts.ResultsCatalog;

/**
 * Submits a cluster study's shards and merge job, then follows them with the scheduler's states as progress; when
 * the merge is done the merged study is listed in the Results view and its charts open. Cancelling stops following
 * only: the cluster's jobs go on, and Run Study on Cluster again picks them up.
 */
final class ClusterStudyJob extends Job {

    private static final long POLL_MILLIS = 5_000;

    private final SlurmJobDirectory directory;
    private final SlurmJobDirectory.Spec spec;
    private final StudyDefinition definition;
    private final IWorkbenchPage page;

    ClusterStudyJob(SlurmJobDirectory directory, SlurmJobDirectory.Spec spec, StudyDefinition definition,
            IWorkbenchPage page) {
        super("Study '" + spec.study() + "' on the cluster (" + spec.shards() + " shards)");
        this.directory = directory;
        this.spec = spec;
        this.definition = definition;
        this.page = page;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), spec.shards());
        try {
            SlurmStudy study = new SlurmStudy(directory, spec, new Slurm());
            monitor.subTask(study.submit());
            int[] reported = {0};
            SlurmStudy.Status status = study.follow(POLL_MILLIS, current -> {
                int done = (int) current.shards().stream().filter(SlurmStudy.ShardState::done).count();
                monitor.worked(Math.max(0, done - reported[0]));
                reported[0] = Math.max(reported[0], done);
                monitor.subTask(current.progressLine());
            }, monitor::isCanceled);
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            if (!status.resultsComplete()) {
                return Status.error(String.format(Locale.ROOT, "%s did not complete: %s; see the logs in %s and run"
                        + " the study on the cluster again to resubmit what failed", getName(),
                        status.progressLine(), directory.directory().resolve("logs")));
            }
            StudySnapshot snapshot = StudySnapshot.load(directory.results());
            page.getWorkbenchWindow().getShell().getDisplay().asyncExec(() -> {
                ResultsCatalog.getDefault().add(directory.results(), snapshot.definition(),
                        ResultsCatalog.State.COMPLETE, snapshot.runs());
                if (definition.kind() == StudyDefinition.Kind.ROBUSTNESS_MAP) {
                    ResultCharts.openMap(page, directory.results());
                } else {
                    ResultCharts.openStudy(page, directory.results());
                }
            });
            return Status.OK_STATUS;
        } catch (AnalysisException e) {
            return Status.error(getName() + ": " + e.getMessage(), e);
        } finally {
            monitor.done();
        }
    }
}
