package io.hcastudio.editor.parts;

/** An edit part that can show validation problems on its figure. */
public interface ProblemDisplay {

    /** Shows the worst severity (a {@link org.eclipse.emf.common.util.Diagnostic} severity) and the messages. */
    void showProblems(int severity, String messages);
}
