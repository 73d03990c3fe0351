package io.hcastudio.app.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchWindow;

import io.hcastudio.analysis.AnalysisException;
import io.hcastudio.analysis.ModelValidationException;
import io.hcastudio.analysis.cluster.Slurm;
import io.hcastudio.analysis.cluster.SlurmJobDirectory;
import io.hcastudio.analysis.mapping.RunOverrides;
import io.hcastudio.analysis.study.StudyPlan;
import io.hcastudio.analysis.study.StudyPlanner;
import io.hcastudio.charts.StudioPreferences;
import io.hcastudio.model.Topology;

/**
 * Run → Run Study on Cluster...: writes a Slurm job directory for a study of the active topology (as the editor
 * holds it, saved or not), shows the command that submits it, and submits it when sbatch is on the PATH; a
 * {@link ClusterStudyJob} then follows the jobs and opens the merged results like any study.
 */
public class ClusterStudyHandler extends TopologyRunHandler {

    public static final String COMMAND_ID = "io.hcastudio.app.run.cluster";

    @Override
    protected void run(IWorkbenchWindow window, Topology topology) {
        ClusterStudyDialog dialog = new ClusterStudyDialog(window.getShell(), topology);
        if (dialog.open() != Window.OK) {
            return;
        }
        ClusterStudyDialog.Request request = dialog.request();
        String title = "Run Study on Cluster";
        try {
            StudyPlan plan = StudyPlanner.planStudy(EcoreUtil.copy(topology), request.study(), RunOverrides.NONE);
            // Window > Preferences > HCA Studio may name the CLI a cluster installation has elsewhere.
            Path cli = StudioPreferences.clusterCli().orElse(productFolder().resolve("hcastudio-cli"));
            SlurmJobDirectory.Spec spec = new SlurmJobDirectory.Spec(request.study(), request.shards(),
                    request.partition(), request.time(), request.arrayLimit(), request.cpus(), request.memoryMb(),
                    cli, fileName(topology));
            SlurmJobDirectory directory = new SlurmJobDirectory(request.directory());
            // The model as the editor holds it, under the file's own name (reports name it).
            Path scratch = Files.createTempDirectory("hcastudio-cluster");
            try {
                Path model = Files.write(scratch.resolve(spec.topology()), plan.model().content());
                directory.write(model, plan, spec);
            } finally {
                try (Stream<Path> files = Files.walk(scratch)) {
                    files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
                }
            }
            boolean slurm = Slurm.available();
            String message = "Wrote " + directory.directory() + ": study '" + request.study() + "', "
                    + plan.runs().size() + " runs in " + request.shards() + " shards. Submit and follow it with:";
            String after = slurm ? "sbatch is on the PATH: Submit sends it to the cluster now; the merged results"
                    + " open when the jobs are done (the Progress view shows the shards)."
                    : "sbatch is not on the PATH here: run the command on the cluster's login node (README.txt in"
                            + " the directory says what the cluster needs).";
            String command = directory.submitCommand(spec);
            MessageDialog done = new MessageDialog(window.getShell(), title, null, message,
                    MessageDialog.INFORMATION, 0, slurm ? new String[] {"&Submit", IDialogConstants.CLOSE_LABEL}
                            : new String[] {IDialogConstants.CLOSE_LABEL}) {
                @Override
                protected Control createCustomArea(Composite parent) {
                    Composite area = new Composite(parent, SWT.NONE);
                    area.setLayout(new GridLayout(1, false));
                    area.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
                    // Selectable, so it can be copied to a terminal on the cluster.
                    Text text = new Text(area, SWT.READ_ONLY | SWT.WRAP | SWT.BORDER | SWT.MULTI);
                    text.setText(command);
                    GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
                    data.widthHint = 520;
                    text.setLayoutData(data);
                    Label note = new Label(area, SWT.WRAP);
                    note.setText(after);
                    GridData noteData = new GridData(SWT.FILL, SWT.TOP, true, false);
                    noteData.widthHint = 520;
                    note.setLayoutData(noteData);
                    return area;
                }
            };
            if (done.open() == 0 && slurm) {
                new ClusterStudyJob(directory, spec, plan.definition(), window.getActivePage()).schedule();
            }
        } catch (ModelValidationException e) {
            ErrorDialog.openError(window.getShell(), title, "The model has errors; fix them and run again.",
                    StudyLauncher.validationStatus(e));
        } catch (AnalysisException | IllegalArgumentException | IOException e) {
            MessageDialog.openError(window.getShell(), title, e.getMessage());
        }
    }

    /** The product's root folder, where hcastudio-cli lives next to the application's launch script. */
    private static Path productFolder() {
        try {
            return Path.of(Platform.getInstallLocation().getURL().toURI()).toAbsolutePath();
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return Path.of(System.getProperty("user.dir")).toAbsolutePath();
        }
    }

    private static String fileName(Topology topology) {
        Resource resource = topology.eResource();
        String name = resource == null || resource.getURI() == null ? null : resource.getURI().lastSegment();
        return name == null || name.isBlank() ? "topology.hcatopo" : name;
    }
}
