package io.hcastudio.app.help;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** The user guide: topics on the left, the chosen topic's text on the right; modeless, so it can stay open. */
public class UserGuideDialog extends Dialog {

    public static final String TITLE = "HCA Studio User Guide";

    private final List<UserGuide.Topic> topics;
    private final int initialTopic;
    private org.eclipse.swt.widgets.List topicList;
    private Text text;

    public UserGuideDialog(Shell parent, List<UserGuide.Topic> topics, int initialTopic) {
        super(parent);
        this.topics = topics;
        this.initialTopic = initialTopic;
        setShellStyle(SWT.DIALOG_TRIM | SWT.RESIZE | SWT.MODELESS);
        setBlockOnOpen(false);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
    }

    @Override
    protected org.eclipse.swt.graphics.Point getInitialSize() {
        return new org.eclipse.swt.graphics.Point(1060, 680);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        SashForm sash = new SashForm(area, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        topicList = new org.eclipse.swt.widgets.List(sash, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL);
        for (UserGuide.Topic topic : topics) {
            topicList.add(topic.title());
        }
        // The guide's lines are broken where its author broke them (lists, commands): no wrapping here.
        text = new Text(sash, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        sash.setWeights(new int[] { 1, 3 });
        topicList.addListener(SWT.Selection, event -> show(topicList.getSelectionIndex()));
        show(Math.max(0, Math.min(initialTopic, topics.size() - 1)));
        return area;
    }

    private void show(int index) {
        if (index < 0 || index >= topics.size()) {
            return;
        }
        topicList.setSelection(index);
        text.setText(topics.get(index).title() + "\n\n" + topics.get(index).text());
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == IDialogConstants.CLOSE_ID) {
            close();
        } else {
            super.buttonPressed(buttonId);
        }
    }

    /** The text shown now: the chosen topic's title and text. */
    public String shownText() {
        return text.getText();
    }
}
