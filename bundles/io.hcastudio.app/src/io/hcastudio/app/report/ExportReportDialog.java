package io.hcastudio.app.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import io.hcastudio.analysis.AnalysisException;
import io.hcastudio.analysis.report.ReportFormat;
import io.hcastudio.analysis.report.StoredReports;

/**
 * File → Export → Report…: choose the runs to compare and plain text, Markdown or HTML, look at the report as it
 * will be written, save it. It warns when an editor holds unsaved edits of a model the checked runs were computed
 * from, which the report's commands would miss.
 * The report is rendered by a job, so a large study does not freeze the window; HTML is previewed as its source
 * (the workbench has no browser widget), the charts are in the saved file.
 */
public class ExportReportDialog extends TitleAreaDialog {

    /** Job family of the preview rendering, for tests that wait for it. */
    public static final Object FAMILY = ExportReportDialog.class;

    private static final int SAVE_ID = IDialogConstants.CLIENT_ID + 1;
    private static final Map<ReportFormat, String> FORMAT_LABELS = new EnumMap<>(Map.of(
            ReportFormat.TEXT, "Plain text (mail, 72 columns)", ReportFormat.MARKDOWN, "Markdown",
            ReportFormat.HTML, "HTML with charts"));
    private static final Map<ReportFormat, String> EXTENSIONS = new EnumMap<>(Map.of(
            ReportFormat.TEXT, "txt", ReportFormat.MARKDOWN, "md", ReportFormat.HTML, "html"));

    private ReportRequest request;
    /** The runs the report can compare, those of the request first; the checked ones are reported, in this order. */
    private final List<Choice> choices;
    /** File names of the models that have unsaved edits in an open editor. */
    private final Set<String> unsavedModels;
    private Table runs;
    private final Map<ReportFormat, Button> formatButtons = new EnumMap<>(ReportFormat.class);
    private ReportFormat format = ReportFormat.TEXT;
    private Text preview;
    private Label note;
    private String rendered;
    private Job rendering;

    /**
     * One run (or a whole study) the report can take in.
     *
     * @param label     what the list shows, e.g. {@code before-B.sqlite: cmtime-18x800-B, run 0, profile B}
     * @param selection the results it stands for
     */
    public record Choice(String label, StoredReports.Selection selection) {
    }

    /** A report of exactly the request's runs. */
    public ExportReportDialog(Shell parent, ReportRequest request) {
        this(parent, request, List.of(), Set.of());
    }

    /**
     * A report of the request's runs, offering {@code others} to compare as well.
     *
     * @param unsavedModels file names of the models with unsaved edits in an open editor: when the checked runs were
     *                      computed from one of them, the report's "Reproduce" commands name a file on disk that
     *                      differs from what the user sees
     */
    public ExportReportDialog(Shell parent, ReportRequest request, List<Choice> others, Set<String> unsavedModels) {
        super(parent);
        this.request = request;
        List<Choice> all = new ArrayList<>();
        request.selections().forEach(selection -> all.add(new Choice(ReportRequest.describe(selection), selection)));
        others.stream().filter(other -> all.stream().noneMatch(choice -> choice.selection().equals(other.selection())))
                .forEach(all::add);
        this.choices = List.copyOf(all);
        this.unsavedModels = Set.copyOf(unsavedModels);
        setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
    }

    /** Warns that the reported runs' model has unsaved edits, else describes what is compared. */
    private void describe() {
        Set<String> edited = new TreeSet<>(unsavedModels);
        edited.retainAll(request.modelFileNames());
        if (!edited.isEmpty()) {
            setMessage(String.join(", ", edited) + " has unsaved edits: the report's \"Reproduce\" commands run the "
                    + "saved file, which differs from what you see. Save the model first.", IMessageProvider.WARNING);
        } else {
            setMessage(request.describe());
        }
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Export Report");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Export Report");
        describe();
        Composite body = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(ReportFormat.values().length + 1).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        Label compare = new Label(body, SWT.NONE);
        compare.setText("&Compare (the first checked is \"before\"):");
        GridDataFactory.fillDefaults().span(ReportFormat.values().length + 1, 1).applyTo(compare);
        runs = new Table(body, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, false).span(ReportFormat.values().length + 1, 1)
                .hint(640, Math.min(6, Math.max(2, choices.size())) * runs.getItemHeight()).applyTo(runs);
        for (Choice choice : choices) {
            TableItem item = new TableItem(runs, SWT.NONE);
            item.setText(choice.label());
            item.setChecked(request.selections().contains(choice.selection()));
        }
        runs.addListener(SWT.Selection, event -> {
            if (event.detail == SWT.CHECK) {
                runsChanged();
            }
        });
        new Label(body, SWT.NONE).setText("Format:");
        for (ReportFormat choice : ReportFormat.values()) {
            Button button = new Button(body, SWT.RADIO);
            button.setText(FORMAT_LABELS.get(choice));
            button.setSelection(choice == format);
            button.addListener(SWT.Selection, event -> {
                if (button.getSelection()) {
                    setFormat(choice);
                }
            });
            formatButtons.put(choice, button);
        }
        preview = new Text(body, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL);
        preview.setFont(JFaceResources.getTextFont());
        GridDataFactory.fillDefaults().grab(true, true).span(ReportFormat.values().length + 1, 1).hint(640, 480)
                .applyTo(preview);
        note = new Label(body, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).span(ReportFormat.values().length + 1, 1).applyTo(note);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, SAVE_ID, "&Save...", true);
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, false);
        renderPreview();
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == SAVE_ID) {
            chooseFileAndSave();
        } else if (buttonId == IDialogConstants.CLOSE_ID) {
            close();
        } else {
            super.buttonPressed(buttonId);
        }
    }

    @Override
    public boolean close() {
        if (rendering != null) {
            rendering.cancel();
        }
        return super.close();
    }

    /** Checks or unchecks the runs to compare, by their position in the list. */
    public void setCompared(List<Integer> indices) {
        for (int i = 0; i < runs.getItemCount(); i++) {
            runs.getItem(i).setChecked(indices.contains(i));
        }
        runsChanged();
    }

    /** The runs the list offers, in order. */
    public List<Choice> choices() {
        return choices;
    }

    /** What the report currently compares. */
    public ReportRequest request() {
        return request;
    }

    /** The dialog's message line: the comparison, or the warning about unsaved edits. */
    public String messageText() {
        return getMessage();
    }

    private void runsChanged() {
        List<StoredReports.Selection> checked = new ArrayList<>();
        for (int i = 0; i < runs.getItemCount(); i++) {
            if (runs.getItem(i).getChecked()) {
                checked.add(choices.get(i).selection());
            }
        }
        if (checked.isEmpty()) {
            setErrorMessage("Check at least one run to report on.");
            getButton(SAVE_ID).setEnabled(false);
            rendered = null;
            return;
        }
        setErrorMessage(null);
        request = new ReportRequest(checked);
        describe();
        renderPreview();
    }

    /** Chooses the format and renders its preview. */
    public void setFormat(ReportFormat chosen) {
        format = chosen;
        formatButtons.forEach((choice, button) -> button.setSelection(choice == chosen));
        renderPreview();
    }

    public ReportFormat format() {
        return format;
    }

    /** The preview's text: the rendered report once the job has finished, else a progress or error message. */
    public String previewText() {
        return preview.getText();
    }

    /** Whether the preview shows the finished report in the chosen format. */
    public boolean isRendered() {
        return rendered != null;
    }

    /**
     * Writes the previewed report to {@code target} (the Save… button after its file dialog); a failure is shown in
     * an error dialog and returned as false.
     */
    public boolean saveTo(Path target) {
        if (rendered == null) {
            return false;
        }
        try {
            ReportRequest.save(target, rendered);
            setMessage("Saved " + target);
            return true;
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(getShell(), "Export Report", "Cannot write " + target + ":\n" + e.getMessage()
                    + "\n\nThe report was not saved; an existing file of that name is unchanged.");
            return false;
        }
    }

    private void chooseFileAndSave() {
        FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
        dialog.setText("Save Report");
        dialog.setOverwrite(true);
        dialog.setFilterExtensions(new String[] {"*." + EXTENSIONS.get(format), "*"});
        dialog.setFileName("report." + EXTENSIONS.get(format));
        String chosen = dialog.open();
        if (chosen != null) {
            saveTo(Path.of(chosen));
        }
    }

    private void renderPreview() {
        if (rendering != null) {
            rendering.cancel();
        }
        rendered = null;
        getButton(SAVE_ID).setEnabled(false);
        preview.setText("Rendering the " + format.cliName() + " report...");
        note.setText(format == ReportFormat.HTML
                ? "HTML source: the charts and the fabric diagram are inline SVG; open the saved file in a browser."
                : "");
        ReportFormat requested = format;
        rendering = new Job("Rendering " + requested.cliName() + " report") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                String text;
                boolean ok;
                try {
                    text = request.render(requested);
                    ok = true;
                } catch (AnalysisException e) {
                    text = "The report cannot be made:\n" + e.getMessage();
                    ok = false;
                }
                if (!monitor.isCanceled()) {
                    show(requested, text, ok);
                }
                return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        rendering.setUser(false);
        rendering.schedule();
    }

    private void show(ReportFormat requested, String text, boolean ok) {
        Shell shell = getShell();
        if (shell == null || shell.isDisposed()) {
            return;
        }
        shell.getDisplay().asyncExec(() -> {
            if (preview.isDisposed() || requested != format) {
                return;
            }
            preview.setText(text);
            rendered = ok ? text : null;
            getButton(SAVE_ID).setEnabled(ok);
            if (!ok) {
                setErrorMessage(text.lines().skip(1).findFirst().orElse(text));
            } else {
                setErrorMessage(null);
            }
        });
    }
}
