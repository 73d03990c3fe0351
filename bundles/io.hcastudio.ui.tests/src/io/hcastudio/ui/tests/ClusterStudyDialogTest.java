package io.hcastudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hcastudio.app.run.ClusterStudyHandler;
import io.hcastudio.editor.TopologyEditor;

/** Run > Run Study on Cluster...: the dialog writes the job directory and shows the command that submits it. */
class ClusterStudyDialogTest {

    private static final String TITLE = "Run Study on Cluster";

    @TempDir
    Path folder;

    @Test
    void writesTheJobDirectoryOfTheChosenStudyAndShowsTheSubmitCommand() throws Exception {
        assertInstanceOf(TopologyEditor.class,
                PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor());
        Path job = folder.resolve("cluster.slurm");
        AtomicReference<String> problem = new AtomicReference<>();
        AtomicReference<String> command = new AtomicReference<>();
        answer(shell -> {
            // The first dialog: 3 shards, the job directory in the test's folder, then Write Job Directory.
            List<Spinner> spinners = descendants(shell, Spinner.class);
            List<Text> texts = descendants(shell, Text.class);
            spinners.get(0).setSelection(3);
            texts.get(texts.size() - 1).setText(job.toString());
            Screenshots.save(shell, "cluster-study-dialog");
            shell.getDefaultButton().notifyListeners(SWT.Selection, null);
            answer(result -> {
                List<Text> shown = descendants(result, Text.class);
                command.set(shown.isEmpty() ? null : shown.get(0).getText());
                Screenshots.save(result, "cluster-study-written");
                Button close = null;
                for (Button button : descendants(result, Button.class)) {
                    if (button.getText().replace("&", "").equals("Close")) {
                        close = button;
                    }
                }
                if (close == null) {
                    result.close();
                    throw new AssertionError("the result dialog has no Close button");
                }
                close.notifyListeners(SWT.Selection, null);
            }, problem, 200);
        }, problem, 200);
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(ClusterStudyHandler.COMMAND_ID,
                null);

        assertEquals(null, problem.get());
        assertTrue(command.get() != null && command.get().contains("slurm 'commit-testbed.hcatopo' --study"
                + " 'all presets' --shards 3 --dir ."), String.valueOf(command.get()));
        String script = Files.readString(job.resolve("shards.sbatch"), StandardCharsets.UTF_8);
        assertTrue(script.contains("--shard \"$SLURM_ARRAY_TASK_ID/3\""), script);
        assertTrue(Files.isRegularFile(job.resolve("commit-testbed.hcatopo")));
    }

    /** What to do with a dialog once it is open. */
    private interface Answer {
        void accept(Shell dialog) throws Exception;
    }

    /** Runs {@code answer} on the newest visible shell titled Run Study on Cluster, retrying until one is open. */
    private static void answer(Answer answer, AtomicReference<String> problem, int attemptsLeft) {
        Display display = Display.getCurrent();
        display.timerExec(50, () -> {
            Shell dialog = null;
            for (Shell shell : display.getShells()) {
                if (TITLE.equals(shell.getText()) && shell.isVisible() && !shell.isDisposed()
                        && !Boolean.TRUE.equals(shell.getData("answered"))) {
                    dialog = shell;
                }
            }
            if (dialog == null) {
                if (attemptsLeft > 0) {
                    answer(answer, problem, attemptsLeft - 1);
                } else {
                    problem.compareAndSet(null, "no '" + TITLE + "' dialog opened");
                }
                return;
            }
            dialog.setData("answered", Boolean.TRUE);
            try {
                answer.accept(dialog);
            } catch (Exception | AssertionError e) {
                problem.compareAndSet(null, e.toString());
                dialog.close();
            }
        });
    }

    private static <T extends Control> List<T> descendants(Composite parent, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Control child : parent.getChildren()) {
            if (type.isInstance(child)) {
                found.add(type.cast(child));
            }
            if (child instanceof Composite composite) {
                found.addAll(descendants(composite, type));
            }
        }
        return found;
    }
}
