package io.hcastudio.editor.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.TreeColumnLayout;
import org.eclipse.jface.viewers.AbstractTreeViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

import io.hcastudio.editor.TopologyEditor;
import io.hcastudio.editor.commands.QuickFixCommand;
import io.hcastudio.editor.outline.TopologyOutlinePage;
import io.hcastudio.model.Topology;
import io.hcastudio.model.validation.ElementLabels;
import io.hcastudio.model.validation.QuickFixes;
import io.hcastudio.model.validation.QuickFixes.QuickFix;
import io.hcastudio.model.validation.ValidationRule;

/**
 * The validation problems of the active topology editor as a sortable table, grouped by rule (one expandable row
 * per rule with its count, so that the problems a thousand hosts share take one line; the view's toolbar turns
 * grouping off), refreshed after each validation pass. Our topologies are plain files, not workspace resources,
 * so the IDE's marker-based Problems view cannot show them. Opening a problem (double-click or Enter) selects the
 * offending element's figure, or the figure of its nearest drawn container (an element the diagram does not draw,
 * such as a scenario's workload, in the Outline), and activates the editor; opening a
 * rule's row expands or collapses it.
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
    private TreeViewer table;
    private ProblemSorter sorter;
    private TopologyEditor editor;
    private boolean grouped = true;

    /** The problems of one rule, a row of the grouped view; its children are the problems. */
    public record RuleGroup(ValidationRule rule, List<TopologyProblem> problems) {

        int severity() {
            return problems.stream().mapToInt(TopologyProblem::severity).max().orElse(Diagnostic.OK);
        }

        String label() {
            String name = rule == null ? "other" : ruleName(rule);
            return name + " (" + count(problems.size(), "problem") + ")";
        }
    }

    @Override
    public void createPartControl(Composite parent) {
        Composite holder = new Composite(parent, SWT.NONE);
        TreeColumnLayout columns = new TreeColumnLayout();
        holder.setLayout(columns);
        table = new TreeViewer(holder, SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        table.getTree().setHeaderVisible(true);
        table.getTree().setLinesVisible(true);
        table.setContentProvider(new ProblemContent());
        table.setAutoExpandLevel(AbstractTreeViewer.ALL_LEVELS);
        ColumnViewerToolTipSupport.enableFor(table);
        sorter = new ProblemSorter();
        // The tree's expander and indentation take the first column's left part: a problem under its rule's row
        // needs room for both, the icon and "Warning" (at 90 px it read "Warn…").
        addColumn(columns, "Severity", 10, 140, problem -> ValidationDecorator.severityName(problem.severity()),
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
            Object opened = ((IStructuredSelection) event.getSelection()).getFirstElement();
            if (opened instanceof TopologyProblem problem) {
                reveal(problem);
            } else if (opened instanceof RuleGroup group) {
                table.setExpandedState(group, !table.getExpandedState(group));
            }
        });
        Action grouping = new Action("Group by Rule", Action.AS_CHECK_BOX) {
            @Override
            public void run() {
                setGrouped(isChecked());
            }
        };
        grouping.setChecked(grouped);
        grouping.setToolTipText("Group the problems by the rule they break");
        getViewSite().getActionBars().getToolBarManager().add(grouping);
        getViewSite().getActionBars().getMenuManager().add(grouping);
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(manager -> fillQuickFixes(manager));
        table.getControl().setMenu(menu.createContextMenu(table.getControl()));
        table.setInput(problems);
        getSite().setSelectionProvider(table);
        getSite().getPage().addPartListener(editorTracker);
        show(getSite().getPage().getActiveEditor());
    }

    private void addColumn(TreeColumnLayout columns, String title, int weight, int minimumWidth, Function<TopologyProblem, String> text,
            Function<TopologyProblem, Image> image, Comparator<TopologyProblem> order) {
        TreeViewerColumn column = new TreeViewerColumn(table, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setMoveable(true);
        columns.setColumnData(column.getColumn(), new ColumnWeightData(weight, minimumWidth));
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                if (element instanceof RuleGroup group) {
                    return groupText(group, title);
                }
                return text.apply((TopologyProblem) element);
            }

            @Override
            public Image getImage(Object element) {
                if (element instanceof RuleGroup group) {
                    return title.equals("Severity") ? severityImage(group.severity()) : null;
                }
                return image.apply((TopologyProblem) element);
            }

            @Override
            public String getToolTipText(Object element) {
                // Messages are long sentences that rarely fit their column.
                return element instanceof RuleGroup group ? group.label() : ((TopologyProblem) element).message();
            }
        });
        TreeColumn header = column.getColumn();
        header.addListener(SWT.Selection, event -> sorter.sortBy(header, order));
        if (table.getTree().getColumnCount() - 1 == SEVERITY_COLUMN) {
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
        return problem.rule() == null ? "" : ruleName(problem.rule());
    }

    private static String ruleName(ValidationRule rule) {
        return rule.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** A rule's row: its worst severity, the rule and its count where the message goes, the rule in its column. */
    private static String groupText(RuleGroup group, String column) {
        return switch (column) {
            case "Severity" -> ValidationDecorator.severityName(group.severity());
            case "Message" -> group.label();
            case "Rule" -> group.rule() == null ? "" : ruleName(group.rule());
            default -> "";
        };
    }

    /** Lists the problems grouped by rule (one row per rule, in the order of {@link #sorter}) or flat. */
    public void setGrouped(boolean grouped) {
        this.grouped = grouped;
        table.refresh();
    }

    public boolean isGrouped() {
        return grouped;
    }

    /** The rule rows, in table order; empty when the view lists the problems flat. */
    public List<RuleGroup> getGroups() {
        List<RuleGroup> groups = new ArrayList<>();
        for (TreeItem item : table.getTree().getItems()) {
            if (item.getData() instanceof RuleGroup group) {
                groups.add(group);
            }
        }
        return groups;
    }

    /** Selects a row as a click would (a problem or a rule's row). */
    public void select(Object row) {
        table.setSelection(new StructuredSelection(row), true);
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
        table.expandAll();
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

    /** The problems listed, in table order (rule by rule when grouped). */
    public List<TopologyProblem> getProblems() {
        table.expandAll();
        List<TopologyProblem> listed = new ArrayList<>();
        for (TreeItem item : table.getTree().getItems()) {
            if (item.getData() instanceof TopologyProblem problem) {
                listed.add(problem);
            }
            for (TreeItem child : item.getItems()) {
                if (child.getData() instanceof TopologyProblem problem) {
                    listed.add(problem);
                }
            }
        }
        return listed;
    }

    /** The editor whose problems are listed, or null. */
    public TopologyEditor getEditor() {
        return editor;
    }

    /**
     * Activates the editor and selects and reveals the figure of the problem's element, or of its nearest drawn
     * container below the topology. An element the diagram does not draw, not even as part of a box (a scenario's
     * workload or fault), is selected in the Outline instead, which shows it with its Properties. Returns the
     * selected edit part, or null when neither shows anything of the element.
     */
    public EditPart reveal(TopologyProblem problem) {
        if (editor == null || editor.getGraphicalViewer() == null) {
            return null;
        }
        TopologyEditor target = editor;
        getSite().getPage().activate(target);
        GraphicalViewer viewer = target.getGraphicalViewer();
        for (EObject current = problem.element(); current != null && !(current instanceof Topology);
                current = current.eContainer()) {
            if (viewer.getEditPartRegistry().get(current) instanceof GraphicalEditPart part) {
                viewer.setSelection(new StructuredSelection(part));
                viewer.reveal(part);
                return part;
            }
        }
        EditPart listed = revealInOutline(target, problem.element());
        if (listed != null) {
            return listed;
        }
        EditPart diagram = viewer.getContents();
        if (diagram != null) {
            viewer.setSelection(new StructuredSelection(diagram));
        }
        return diagram;
    }

    private EditPart revealInOutline(TopologyEditor target, EObject element) {
        try {
            getSite().getPage().showView(IPageLayout.ID_OUTLINE, null, IWorkbenchPage.VIEW_VISIBLE);
        } catch (PartInitException e) {
            return null;
        }
        if (!(target.getAdapter(IContentOutlinePage.class) instanceof TopologyOutlinePage outline)) {
            return null;
        }
        EditPart part = outline.expandTo(element);
        if (part != null) {
            outline.getTreeViewer().setSelection(new StructuredSelection(part));
            outline.getTreeViewer().reveal(part);
        }
        return part;
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

    /** The problems, or one row per rule with the rule's problems below it. */
    private final class ProblemContent implements ITreeContentProvider {

        @Override
        public Object[] getElements(Object input) {
            if (!grouped) {
                return problems.toArray();
            }
            Map<ValidationRule, List<TopologyProblem>> byRule = new LinkedHashMap<>();
            problems.forEach(problem -> byRule.computeIfAbsent(problem.rule(), rule -> new ArrayList<>()).add(problem));
            return byRule.entrySet().stream().map(entry -> new RuleGroup(entry.getKey(), List.copyOf(entry.getValue())))
                    .toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            return parent instanceof RuleGroup group ? group.problems().toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof RuleGroup;
        }
    }

    /**
     * Orders problems by the clicked column; clicking the sorted column again reverses the order. Rule rows keep
     * one order whatever the column: the worst severity first, then the rule's name.
     */
    private final class ProblemSorter extends ViewerComparator {

        private static final Comparator<RuleGroup> GROUP_ORDER = Comparator.comparingInt(RuleGroup::severity).reversed()
                .thenComparing(group -> group.rule() == null ? "~" : ruleName(group.rule()));

        private Comparator<TopologyProblem> order = Comparator.comparingInt(TopologyProblem::severity);
        private boolean descending = true;

        void sortBy(TreeColumn column, Comparator<TopologyProblem> columnOrder) {
            Tree widget = table.getTree();
            descending = widget.getSortColumn() == column ? !descending : column.getParent().indexOf(column) == SEVERITY_COLUMN;
            order = columnOrder;
            widget.setSortColumn(column);
            widget.setSortDirection(descending ? SWT.DOWN : SWT.UP);
            table.refresh();
        }

        @Override
        public int compare(Viewer viewer, Object first, Object second) {
            if (first instanceof RuleGroup one && second instanceof RuleGroup other) {
                return GROUP_ORDER.compare(one, other);
            }
            int result = order.compare((TopologyProblem) first, (TopologyProblem) second);
            return descending ? -result : result;
        }
    }
}
