package io.hcastudio.app.run;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.hcastudio.analysis.mapping.TimingOverrides;

/**
 * The run dialogs' "Timing laws" box: one {@code NAME=LAW} per line, applied to every HCA's timing parameters of the
 * copy of the model that runs, as {@code hcastudio-cli run --timing NAME=LAW} does. The last laws entered are
 * offered again, so that a series of runs under the same laws needs them typed once.
 */
final class TimingLawsField {

    private static String lastText = "";

    private final Text text;

    /** Adds a label and the box, spanning the two columns of {@code parent}'s grid. */
    TimingLawsField(Composite parent, Runnable changed) {
        Label label = new Label(parent, SWT.NONE);
        label.setText("&Timing laws (optional, one NAME=LAW per line, e.g. wakeLatencyNs=lognormal(20us,2)):");
        label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        text = new Text(parent, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, false, 2, 1);
        data.heightHint = text.getLineHeight() * 3;
        text.setLayoutData(data);
        text.setText(lastText);
        text.setToolTipText("Laws: 10us, uniform(5us,15us), exp(20us), lognormal(20us,2),\n"
                + "empirical(12us,18us,150us), histogram(0us:10us=5,10us:1ms=2). Each law is scaled so that\n"
                + "its median is the parameter's value in the model. Empty: the model's timing as it is.");
        text.addListener(SWT.Modify, event -> changed.run());
    }

    /**
     * A label for a dialog's input problem, spanning both columns, that wraps and keeps room for three lines: a
     * law's problem names the law and the column, longer than the dialog is wide.
     */
    static Label problemLabel(Composite parent) {
        Label problem = new Label(parent, SWT.WRAP);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        data.widthHint = 460;
        GC gc = new GC(problem);
        try {
            data.heightHint = 3 * gc.getFontMetrics().getHeight();
        } finally {
            gc.dispose();
        }
        problem.setLayoutData(data);
        return problem;
    }

    /** The non-blank lines, stripped. */
    List<String> assignments() {
        return text.getText().lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** The first line's problem, or null when every line can be applied. */
    String problem() {
        for (String assignment : assignments()) {
            String problem = TimingOverrides.problem(assignment);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    /** Remembers the laws for the next dialog; call when the dialog is confirmed. */
    void remember() {
        lastText = text.getText();
    }
}
