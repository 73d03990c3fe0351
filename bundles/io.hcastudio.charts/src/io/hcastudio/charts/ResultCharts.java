package io.hcastudio.charts;

import java.nio.file.Path;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

import io.hcastudio.analysis.AnalysisException;
import io.hcastudio.analysis.store.ResultsStore;
import io.hcastudio.analysis.store.RobustnessMap;
import io.hcastudio.analysis.store.StoredRun;
import io.hcastudio.analysis.store.StudyResults;
import io.hcastudio.analysis.store.StudySnapshot;

/**
 * Opens the charts of a stored run or study: the file is read in a background job, the views are filled on the
 * UI thread.
 */
public final class ResultCharts {

    /** Job family of the loading jobs, so tests and shutdown can wait for them. */
    public static final Object FAMILY = ResultCharts.class;

    private ResultCharts() {
    }

    /** Reads run {@code runId} of {@code file} in the background, then shows it in the run views. */
    public static Job openRun(IWorkbenchPage page, Path file, int runId) {
        Job job = new LoadingJob("Loading run " + runId + " of " + file.getFileName()) {
            @Override
            protected IStatus load() throws AnalysisException {
                StoredRun result = StoredRun.load(file, runId);
                page.getWorkbenchWindow().getShell().getDisplay().asyncExec(() -> showRun(page, result));
                return Status.OK_STATUS;
            }
        };
        job.schedule();
        return job;
    }

    /** Reads the study of {@code file} in the background, then shows it in the sweep view. */
    public static Job openStudy(IWorkbenchPage page, Path file) {
        Job job = new LoadingJob("Loading study " + file.getFileName()) {
            @Override
            protected IStatus load() throws AnalysisException {
                StudySnapshot study = StudySnapshot.load(file);
                page.getWorkbenchWindow().getShell().getDisplay().asyncExec(() -> showStudy(page, study));
                return Status.OK_STATUS;
            }
        };
        job.schedule();
        return job;
    }

    /** Reads the robustness map of {@code file} in the background, then shows it in the map view. */
    public static Job openMap(IWorkbenchPage page, Path file) {
        Job job = new LoadingJob("Loading robustness map " + file.getFileName()) {
            @Override
            protected IStatus load() throws AnalysisException {
                RobustnessMap map;
                try (StudyResults results = ResultsStore.open(file)) {
                    map = results.robustnessMap();
                }
                page.getWorkbenchWindow().getShell().getDisplay().asyncExec(() -> showMap(page, file, map));
                return Status.OK_STATUS;
            }
        };
        job.schedule();
        return job;
    }

    /** Fills the robustness map view with {@code map} of {@code file} and brings it to the front. Call on the UI thread. */
    public static void showMap(IWorkbenchPage page, Path file, RobustnessMap map) {
        if (page.getWorkbenchWindow().getShell() == null || page.getWorkbenchWindow().getShell().isDisposed()) {
            return;
        }
        try {
            view(page, RobustnessMapView.class, RobustnessMapView.ID).showMap(file, map);
            page.bringToTop(page.findView(RobustnessMapView.ID));
        } catch (PartInitException e) {
            throw new IllegalStateException("the robustness map view is declared in this bundle", e);
        }
    }

    /** Fills the run views with {@code result}, bringing the occupancy chart to the front. Call on the UI thread. */
    public static void showRun(IWorkbenchPage page, StoredRun result) {
        if (page.getWorkbenchWindow().getShell() == null || page.getWorkbenchWindow().getShell().isDisposed()) {
            return;
        }
        try {
            view(page, StepTableView.class, StepTableView.ID).showRun(result);
            view(page, DistributionView.class, DistributionView.ID).showRun(result);
            view(page, DropsView.class, DropsView.ID).showRun(result);
            view(page, RingOccupancyView.class, RingOccupancyView.ID).showRun(result);
            page.bringToTop(page.findView(RingOccupancyView.ID));
        } catch (PartInitException e) {
            throw new IllegalStateException("the result views are declared in this bundle", e);
        }
    }

    /** Fills the sweep view with {@code study}. Call on the UI thread. */
    public static void showStudy(IWorkbenchPage page, StudySnapshot study) {
        if (page.getWorkbenchWindow().getShell() == null || page.getWorkbenchWindow().getShell().isDisposed()) {
            return;
        }
        try {
            view(page, SweepView.class, SweepView.ID).showStudies(java.util.List.of(study));
        } catch (PartInitException e) {
            throw new IllegalStateException("the sweep view is declared in this bundle", e);
        }
    }

    static <T extends IViewPart> T view(IWorkbenchPage page, Class<T> type, String id) throws PartInitException {
        return type.cast(page.showView(id, null, IWorkbenchPage.VIEW_VISIBLE));
    }

    /** A short job reading a results file; a file it cannot read is reported as an error status. */
    private abstract static class LoadingJob extends Job {

        LoadingJob(String name) {
            super(name);
        }

        protected abstract IStatus load() throws AnalysisException;

        @Override
        protected IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
            try {
                return load();
            } catch (AnalysisException e) {
                return Status.error(e.getMessage(), e);
            }
        }

        @Override
        public boolean belongsTo(Object family) {
            return family == FAMILY;
        }
    }
}
