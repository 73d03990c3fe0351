package io.hcastudio.editor.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

import io.hcastudio.editor.TopologyEditor;
import io.hcastudio.editor.commands.QuickFixCommand;
import io.hcastudio.model.validation.ElementLabels;
import io.hcastudio.model.validation.QuickFixes;
import io.hcastudio.model.validation.QuickFixes.QuickFix;

/**
 * The validation problems of the active topology editor as a sortable table, refreshed after each validation
 * pass. Our topologies are plain files, not workspace resources, so the IDE's marker-based Problems view cannot
 * show them. Opening a row (double-click or Enter) selects the offending element's figure, or the figure of its
 * nearest drawn container, and activates the editor.
 */
public class TopologyProblemsView extends ViewPart {

    public static final String ID = "io.hcastudio.editor.problems";

    private static final int SEVERITY_COLUMN = 0;

    private final List<TopologyProblem> problems = new ArrayList<>();
    private final Runnable refreshOnResult = this::refresh;
    /** Save As renames the editor: the header names the file by its new name. */
    private final org.eclipse.ui.IPropertyListener renameListener = (source, property) -> {
        if (property == IWorkbenchPart.PROP_TITLE || property == org.eclipse.ui.IEditorPart.PROP_INPUT) {
            refresh();
        }
    };
    private final IPartListener2 editorTracker = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference reference) {
            followEditor(reference);
        }

        @Override
        public void partBroughtToTop(IWorkbenchPartReference reference) {
            followEditor(reference);
        }

        @Override
        public void partClosed(IWorkbenchPartReference reference) {
            if (editor != null && reference.getPart(false) == editor) {
                show(null);
            }
        }
    };
    private TableViewer table;
    private ProblemSorter sorter;
    private TopologyEditor editor;

    @Override
    public void createPartControl(Composite parent) {
        Composite holder = new Composite(parent, SWT.NONE);
        TableColumnLayout columns = new TableColumnLayout();
        holder.setLayout(columns);
        table = new TableViewer(holder, SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        ColumnViewerToolTipSupport.enableFor(table);
        sorter = new ProblemSorter();
        addColumn(columns, "Severity", 10, 90, problem -> ValidationDecorator.severityName(problem.severity()),
                problem -> severityImage(problem.severity()), Comparator.comparingInt(TopologyProblem::severity));
        addColumn(columns, "Message", 60, 320, TopologyProblem::message, problem -> null,
                Comparator.comparing(TopologyProblem::message));
        addColumn(columns, "Element", 20, 160, TopologyProblemsView::elementText, problem -> null,
                Comparator.comparing(TopologyProblemsView::elementText));
        addColumn(columns, "Feature", 10, 110, TopologyProblemsView::featureText, problem -> null,
                Comparator.comparing(TopologyProblemsView::featureText));
        // Sorting by rule groups the problems a thousand hosts share, severity then message within a group.
        addColumn(columns, "Rule", 12, 120, TopologyProblemsView::ruleText, problem -> null,
                Comparator.comparing(TopologyProblemsView::ruleText).thenComparing(TopologyProblem::message));
        table.setComparator(sorter);
        // Open events come from a double-click and from Enter.
        table.addOpenListener(event -> {
            if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof TopologyProblem problem) {
                reveal(problem);
            }
        });
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(manager -> fillQuickFixes(manager));
        table.getControl().setMenu(menu.createContextMenu(table.getControl()));
        table.setInput(problems);
        getSite().setSelectionProvider(table);
        getSite().getPage().addPartListener(editorTracker);
        show(getSite().getPage().getActiveEditor());
    }

    private void addColumn(TableColumnLayout columns, String title, int weight, int minimumWidth, Function<TopologyProblem, String> text,
            Function<TopologyProblem, Image> image, Comparator<TopologyProblem> order) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setMoveable(true);
        columns.setColumnData(column.getColumn(), new ColumnWeightData(weight, minimumWidth));
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((TopologyProblem) element);
            }

            @Override
            public Image getImage(Object element) {
                return image.apply((TopologyProblem) element);
            }

            @Override
            public String getToolTipText(Object element) {
                // Messages are long sentences that rarely fit their column.
                return ((TopologyProblem) element).message();
            }
        });
        TableColumn header = column.getColumn();
        header.addListener(SWT.Selection, event -> sorter.sortBy(header, order));
        if (table.getTable().getColumnCount() - 1 == SEVERITY_COLUMN) {
            sorter.sortBy(header, order);
        }
    }

    private static Image severityImage(int severity) {
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        return images.getImage(severity >= Diagnostic.ERROR ? ISharedImages.IMG_OBJS_ERROR_TSK
                : severity >= Diagnostic.WARNING ? ISharedImages.IMG_OBJS_WARN_TSK : ISharedImages.IMG_OBJS_INFO_TSK);
    }

    private static String elementText(TopologyProblem problem) {
        return problem.element() == null ? "" : ElementLabels.describe(problem.element());
    }

    private static String ruleText(TopologyProblem problem) {
        return problem.rule() == null ? "" : problem.rule().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** The selected problem's quick fixes, each one undoable command on the editor's stack. */
    private void fillQuickFixes(IMenuManager manager) {
        TopologyEditor target = editor;
        List<QuickFix> fixes = target == null
                || !(table.getStructuredSelection().getFirstElement() instanceof TopologyProblem problem) ? List.of()
                        : QuickFixes.of(problem.rule(), problem.element());
        if (fixes.isEmpty()) {
            Action none = new Action("No quick fix for this problem") {
            };
            none.setEnabled(false);
            manager.add(none);
            return;
        }
        for (QuickFix fix : fixes) {
            manager.add(new Action("Quick Fix: " + fix.label()) {
                @Override
                public void run() {
                    target.getCommandStack().execute(new QuickFixCommand(fix));
                }
            });
        }
    }

    private static String featureText(TopologyProblem problem) {
        return problem.feature() == null ? "" : problem.feature().getName();
    }

    private void followEditor(IWorkbenchPartReference reference) {
        if (reference instanceof IEditorReference) {
            show(reference.getPart(false) instanceof IEditorPart part ? part : null);
        }
    }

    private void show(IWorkbenchPart part) {
        TopologyEditor next = part instanceof TopologyEditor topologyEditor ? topologyEditor : null;
        if (next == editor && next != null) {
            return;
        }
        stopListening();
        editor = next;
        if (editor != null && editor.getValidation() != null) {
            editor.getValidation().addResultListener(refreshOnResult);
        }
        if (editor != null) {
            editor.addPropertyListener(renameListener);
        }
        refresh();
    }

    private void stopListening() {
        if (editor != null && editor.getValidation() != null) {
            editor.getValidation().removeResultListener(refreshOnResult);
        }
        if (editor != null) {
            editor.removePropertyListener(renameListener);
        }
    }

    private void refresh() {
        if (table == null || table.getControl().isDisposed()) {
            return;
        }
        problems.clear();
        if (editor != null && editor.getValidation() != null) {
            for (Diagnostic diagnostic : editor.getValidation().getProblems()) {
                problems.add(TopologyProblem.of(diagnostic));
            }
        }
        // Refreshing in place keeps the selected row if the problem is still there.
        table.refresh();
        setContentDescription(summary());
    }

    private String summary() {
        if (editor == null) {
            return "No topology editor is active.";
        }
        if (editor.getValidation() == null) {
            return editor.getPartName() + " could not be loaded; there is nothing to validate.";
        }
        if (problems.isEmpty()) {
            return editor.getValidation().isUpToDate() ? "No problems in " + editor.getPartName() + "." : "Validating " + editor.getPartName() + "…";
        }
        long errors = problems.stream().filter(problem -> problem.severity() >= Diagnostic.ERROR).count();
        long warnings = problems.size() - errors;
        return editor.getPartName() + ": " + count(errors, "error") + ", " + count(warnings, "warning");
    }

    private static String count(long number, String noun) {
        return number + " " + noun + (number == 1 ? "" : "s");
    }

    /** The problems listed, in table order. */
    public List<TopologyProblem> getProblems() {
        List<TopologyProblem> listed = new ArrayList<>();
        for (int row = 0; row < table.getTable().getItemCount(); row++) {
            listed.add((TopologyProblem) table.getElementAt(row));
        }
        return listed;
    }

    /** The editor whose problems are listed, or null. */
    public TopologyEditor getEditor() {
        return editor;
    }

    /**
     * Activates the editor and selects and reveals the figure of the problem's element, or of its nearest drawn
     * container. Returns the selected edit part, or null when nothing of the element is drawn.
     */
    public EditPart reveal(TopologyProblem problem) {
        if (editor == null || editor.getGraphicalViewer() == null) {
            return null;
        }
        TopologyEditor target = editor;
        getSite().getPage().activate(target);
        GraphicalViewer viewer = target.getGraphicalViewer();
        for (EObject current = problem.element(); current != null; current = current.eContainer()) {
            if (viewer.getEditPartRegistry().get(current) instanceof GraphicalEditPart part) {
                viewer.setSelection(new StructuredSelection(part));
                viewer.reveal(part);
                return part;
            }
        }
        return null;
    }

    @Override
    public void setFocus() {
        table.getControl().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(editorTracker);
        stopListening();
        super.dispose();
    }

    /** Orders rows by the clicked column; clicking the sorted column again reverses the order. */
    private final class ProblemSorter extends ViewerComparator {

        private Comparator<TopologyProblem> order = Comparator.comparingInt(TopologyProblem::severity);
        private boolean descending = true;

        void sortBy(TableColumn column, Comparator<TopologyProblem> columnOrder) {
            Table widget = table.getTable();
            descending = widget.getSortColumn() == column ? !descending : column.getParent().indexOf(column) == SEVERITY_COLUMN;
            order = columnOrder;
            widget.setSortColumn(column);
            widget.setSortDirection(descending ? SWT.DOWN : SWT.UP);
            table.refresh();
        }

        @Override
        public int compare(Viewer viewer, Object first, Object second) {
            int result = order.compare((TopologyProblem) first, (TopologyProblem) second);
            return descending ? -result : result;
        }
    }
}
