package io.hcastudio.app;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.ICoolBarManager;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarContributionItem;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

import io.hcastudio.app.help.UserGuideAction;
import io.hcastudio.app.wizards.NewWizardMenu;
import io.hcastudio.app.trace.ExportRunTraceAction;

/**
 * Menus and tool bar. The workbench's retargetable actions are registered here because GEF's
 * undo/redo only answer Ctrl+Z/Ctrl+Y once the advisor registers ActionFactory.UNDO/REDO.
 */
class HcaStudioActionBarAdvisor extends ActionBarAdvisor {

    private IAction openAction;
    private IAction importFabricAction;
    private IAction exportReportAction;
    private IAction exportRunTraceAction;
    private IAction saveAction;
    private IAction saveAsAction;
    private IAction closeAction;
    private IAction closeAllAction;
    private IAction quitAction;
    private IAction undoAction;
    private IAction redoAction;
    private IAction cutAction;
    private IAction copyAction;
    private IAction pasteAction;
    private IAction deleteAction;
    private IAction selectAllAction;
    private IAction resetPerspectiveAction;
    private IAction preferencesAction;
    private IAction aboutAction;
    private IAction helpContentsAction;
    private IAction gettingStartedAction;

    HcaStudioActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void makeActions(IWorkbenchWindow window) {
        openAction = registered(new OpenTopologyAction(window));
        importFabricAction = registered(new ImportFabricAction(window));
        exportReportAction = registered(new ExportReportAction(window));
        exportRunTraceAction = registered(new ExportRunTraceAction(window));
        saveAction = registered(ActionFactory.SAVE.create(window));
        saveAsAction = registered(ActionFactory.SAVE_AS.create(window));
        closeAction = registered(ActionFactory.CLOSE.create(window));
        closeAllAction = registered(ActionFactory.CLOSE_ALL.create(window));
        quitAction = registered(ActionFactory.QUIT.create(window));
        undoAction = registered(ActionFactory.UNDO.create(window));
        redoAction = registered(ActionFactory.REDO.create(window));
        cutAction = registered(ActionFactory.CUT.create(window));
        copyAction = registered(ActionFactory.COPY.create(window));
        pasteAction = registered(ActionFactory.PASTE.create(window));
        deleteAction = registered(ActionFactory.DELETE.create(window));
        selectAllAction = registered(ActionFactory.SELECT_ALL.create(window));
        resetPerspectiveAction = registered(ActionFactory.RESET_PERSPECTIVE.create(window));
        preferencesAction = registered(ActionFactory.PREFERENCES.create(window));
        aboutAction = registered(new AboutAction(window));
        helpContentsAction = registered(new UserGuideAction(window, "&Help Contents", "io.hcastudio.app.helpContents", 0));
        gettingStartedAction = registered(new UserGuideAction(window, "&Getting Started", "io.hcastudio.app.gettingStarted", 0));
    }

    private IAction registered(IAction action) {
        register(action);
        return action;
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        IWorkbenchWindow window = getActionBarConfigurer().getWindowConfigurer().getWindow();

        MenuManager file = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
        MenuManager newMenu = new MenuManager("&New", "io.hcastudio.app.new");
        newMenu.add(new NewWizardMenu(window));
        file.add(newMenu);
        file.add(openAction);
        MenuManager recent = new MenuManager("Recent &Files", "io.hcastudio.app.recent");
        recent.add(new RecentFiles(window));
        file.add(recent);
        file.add(new Separator());
        file.add(closeAction);
        file.add(closeAllAction);
        file.add(new Separator());
        file.add(saveAction);
        file.add(saveAsAction);
        file.add(new Separator(IWorkbenchActionConstants.IMPORT_EXT));
        file.add(importFabricAction);
        MenuManager export = new MenuManager("E&xport", "io.hcastudio.app.export");
        export.add(exportReportAction);
        export.add(exportRunTraceAction);
        file.add(export);
        file.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        file.add(new Separator());
        file.add(quitAction);

        MenuManager edit = new MenuManager("&Edit", IWorkbenchActionConstants.M_EDIT);
        edit.add(undoAction);
        edit.add(redoAction);
        edit.add(new Separator());
        edit.add(cutAction);
        edit.add(copyAction);
        edit.add(pasteAction);
        edit.add(deleteAction);
        edit.add(new Separator());
        edit.add(selectAllAction);
        edit.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));

        MenuManager windowMenu = new MenuManager("&Window", IWorkbenchActionConstants.M_WINDOW);
        MenuManager showView = new MenuManager("Show &View");
        showView.add(ContributionItemFactory.VIEWS_SHORTLIST.create(window));
        windowMenu.add(showView);
        windowMenu.add(resetPerspectiveAction);
        windowMenu.add(new Separator());
        windowMenu.add(preferencesAction);

        MenuManager help = new MenuManager("&Help", IWorkbenchActionConstants.M_HELP);
        help.add(helpContentsAction);
        help.add(gettingStartedAction);
        help.add(new Separator());
        help.add(aboutAction);

        menuBar.add(file);
        menuBar.add(edit);
        menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        menuBar.add(windowMenu);
        menuBar.add(help);
    }

    @Override
    protected void fillCoolBar(ICoolBarManager coolBar) {
        IToolBarManager toolBar = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
        toolBar.add(openAction);
        toolBar.add(saveAction);
        toolBar.add(new Separator());
        toolBar.add(undoAction);
        toolBar.add(redoAction);
        toolBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        coolBar.add(new ToolBarContributionItem(toolBar, "io.hcastudio.app.main"));
    }
}
