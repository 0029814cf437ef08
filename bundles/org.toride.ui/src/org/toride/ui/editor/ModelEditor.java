/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.editor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.MultiPageEditorPart;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.tabbed.ITabbedPropertySheetPageContributor;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.toride.core.io.ModelDiagnostic;
import org.toride.diagram.DiagramView;
import org.toride.model.ToridePackage;
import org.toride.ui.Messages;
import org.toride.ui.TorideUiPlugin;
import org.toride.ui.WorkbenchServices;
import org.toride.ui.compare.MergeConflicts;
import org.toride.ui.diagram.DiagramHosting;
import org.toride.ui.diagram.SessionDiagrams;
import org.toride.ui.diagram.SessionModelHandle;
import org.toride.ui.session.ModelSession;
import org.toride.ui.session.ModelSessions;
import org.toride.ui.session.SessionListener;
import org.toride.ui.validation.FindingMarkers;

/**
 * The editor of a {@code *.toride} model: a multi-page part over the model's {@link ModelSession} (which owns the
 * model, its one command stack, saving, recovery and findings). Its pages are the tree with details, tables of
 * assets, flows, suppliers and risks, and the network and data-flow diagrams; a file that does not load opens as
 * a list of its problems.
 */
public class ModelEditor extends MultiPageEditorPart
        implements IEditingDomainProvider, IGotoMarker, ITabbedPropertySheetPageContributor, SessionListener {

    /** Id of this editor in plugin.xml. */
    public static final String ID = "org.toride.ui.modelEditor";
    /** Id of the tabbed properties contributor. */
    public static final String PROPERTIES_CONTRIBUTOR = "org.toride.ui.properties";

    private ModelSessions sessions;
    private ModelSession session;
    private final SelectionRelay selection = new SelectionRelay();
    private EditActions actions;
    private TreePage treePage;
    /** The viewer of each page before the diagrams: the tree's, then each table's (made when first asked for). */
    private final List<Supplier<StructuredViewer>> pageViewers = new ArrayList<>();
    private final List<DiagramPage> diagramPages = new ArrayList<>();
    private SessionDiagrams diagrams;
    private DiagramPreparation preparation;
    private final List<TabbedPropertySheetPage> propertySheets = new ArrayList<>();
    private final List<ModelOutlinePage> outlines = new ArrayList<>();
    /** The file changed on disk while this editor had unsaved changes: ask when the user comes back. */
    private boolean changedOnDisk;
    /** The file was deleted under unsaved edits, and the user has not been told yet. */
    private boolean fileRemoved;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof IFileEditorInput fileInput)) {
            throw new PartInitException(Messages.ModelEditor_notAFile);
        }
        super.init(site, input);
        setPartName(fileInput.getName());
        sessions = WorkbenchServices.get(ModelSessions.class);
        if (sessions == null) {
            throw new PartInitException("The workbench's model sessions are not available");
        }
        site.setSelectionProvider(selection);
        selection.addSelectionChangedListener(e -> {
            if (actions != null) {
                actions.selectionChanged((IStructuredSelection) e.getSelection());
            }
        });
        // The model is read in the background and reaches this editor in the UI thread (loaded); meanwhile the
        // editor shows that it is loading, and has nothing to save.
        sessions.open(fileInput.getFile(), site.getShell(), ready);
    }

    /** Takes the session once its model is read, which may be before the part's controls exist. */
    private final Consumer<ModelSession> ready = this::loaded;

    private void loaded(ModelSession loaded) {
        session = loaded;
        actions = new EditActions(session.domain(), getSite().getShell());
        session.addListener(this);
        Composite container = getContainer();
        if (container == null) {
            return;  // createPages makes the pages
        }
        container.setRedraw(false);
        try {
            if (loadingPage != null) {
                removePage(0);
                loadingPage = null;
            }
            createSessionPages();
            setActivePage(0);
        } finally {
            container.setRedraw(true);
        }
        firePropertyChange(PROP_DIRTY);  // a recovered copy is unsaved from the start
        if (getEditorSite().getActionBarContributor() instanceof ModelEditorContributor contributor) {
            contributor.loaded(this);  // undo, delete and the rest were connected to no actions while loading
        }
        List<Consumer<ModelSession>> waiting = List.copyOf(whenLoaded);
        whenLoaded.clear();
        waiting.forEach(action -> action.accept(session));
    }

    /** What asked for the session while the model was read (a marker to go to, an element to show). */
    private final List<Consumer<ModelSession>> whenLoaded = new ArrayList<>();
    /** The page that says the model is being read, until it is. */
    private Composite loadingPage;

    /** Whether the model has been read (or failed to be): until then the editor shows that it is loading. */
    public boolean isLoaded() {
        return session != null;
    }

    /**
     * Runs {@code action} with the session once the model has been read (at once if it has): what opens the
     * editor and then shows something in it must wait for the model.
     */
    public void whenLoaded(Consumer<ModelSession> action) {
        if (session != null) {
            action.accept(session);
        } else {
            whenLoaded.add(action);
        }
    }

    @Override
    protected void createPages() {
        if (session == null) {
            createLoadingPage();
        } else {
            createSessionPages();
        }
    }

    private void createLoadingPage() {
        loadingPage = new Composite(getContainer(), SWT.NONE);
        loadingPage.setLayout(new org.eclipse.swt.layout.GridLayout());
        org.eclipse.swt.widgets.Label label = new org.eclipse.swt.widgets.Label(loadingPage, SWT.NONE);
        label.setText(NLS.bind(Messages.ModelEditor_loading, getEditorInput().getName()));
        setPageText(addPage(loadingPage), Messages.ModelEditor_pageModel);
    }

    private void createSessionPages() {
        if (session.model() == null) {
            createProblemPage();
            return;
        }
        treePage = new TreePage(getContainer(), session, actions, getSite());
        setPageText(addPage(treePage.control()), Messages.ModelEditor_pageModel);
        pageViewers.add(treePage::viewer);
        ToridePackage p = ToridePackage.eINSTANCE;
        addTable(p.getSecurityModel_Assets(), Messages.ModelEditor_pageAssets,
                List.of(p.getModelElement_Name(), p.getModelElement_Id(), p.getAsset_Zone(), p.getAsset_Confidentiality(),
                        p.getAsset_Integrity(), p.getAsset_Availability(), p.getAsset_Criticality(), p.getAsset_Manager(),
                        p.getAsset_Provider(), p.getAsset_Lifecycle(), p.getAsset_SupportedServices()));
        addTable(p.getSecurityModel_Flows(), Messages.ModelEditor_pageFlows,
                List.of(p.getModelElement_Name(), p.getModelElement_Id(), p.getDataFlow_Source(), p.getDataFlow_Target(),
                        p.getDataFlow_Data(), p.getDataFlow_Protocol(), p.getDataFlow_Channel(),
                        p.getDataFlow_Encrypted(), p.getDataFlow_Authenticated(), p.getDataFlow_Conduits()));
        addTable(p.getSecurityModel_Suppliers(), Messages.ModelEditor_pageSuppliers,
                List.of(p.getModelElement_Name(), p.getModelElement_Id(), p.getSupplier_Kind(), p.getSupplier_Parent(),
                        p.getSupplier_LastReview(), p.getSupplier_Certifications(), p.getSupplier_ProvidedAssets()));
        addTable(p.getSecurityModel_Risks(), Messages.ModelEditor_pageRisks,
                List.of(p.getModelElement_Name(), p.getModelElement_Id(), p.getRisk_Threat(), p.getRisk_Likelihood(),
                        p.getRisk_Impact(), p.getRisk_Level(), p.getRisk_Treatment(), p.getRisk_Owner(),
                        p.getRisk_Controls(), p.getRisk_Assessed()));
        DiagramHosting hosting = WorkbenchServices.get(DiagramHosting.class);
        hosting.startSoon();
        diagrams = new SessionDiagrams(hosting, session, () -> doSave(null));
        addDiagram(DiagramView.NETWORK, Messages.ModelEditor_pageNetwork);
        addDiagram(DiagramView.DATAFLOW, Messages.ModelEditor_pageDataflow);
        prepareDiagrams(hosting);
        diagrams.handle().selectionSink(elements -> {
            DiagramPage active = activeDiagram();
            if (active != null) {
                active.selectedInDiagram(elements);
                // Selection is two-way: the model tree (the tree page, the Outline) shows what the diagram selected.
                treePage.viewer().setSelection(new StructuredSelection(elements), true);
                outlines.removeIf(ModelOutlinePage::isDisposed);
                outlines.forEach(outline -> outline.follow(elements));
            }
        });
        selection.follow(treePage.viewer());
        showInTreeOnDoubleClick(treePage.viewer());
        if (MergeConflicts.pending(session.file())) {
            // After the editor is up, so that the conflicts are chosen with the model in view.
            getSite().getShell().getDisplay().asyncExec(() -> {
                if (!session.isDisposed() && getContainer() != null && !getContainer().isDisposed()) {
                    MergeConflicts.offer(session, getSite().getShell(), () -> doSave(null));
                }
            });
        }
    }

    /**
     * A table page is made the first time it is shown: at 100,000 elements a table's set-up holds the UI thread
     * while the editor opens, and many sessions never look at all four.
     */
    private void addTable(EReference list, String title, List<EStructuralFeature> columns) {
        Composite holder = new Composite(getContainer(), SWT.NONE);
        holder.setLayout(new FillLayout());
        setPageText(addPage(holder), title);
        TablePage[] made = new TablePage[1];
        pageViewers.add(() -> {
            if (made[0] == null) {
                made[0] = new TablePage(holder, session, actions, getSite(), list, columns);
                showInTreeOnDoubleClick(made[0].viewer());
                holder.layout(true, true);
            }
            return made[0].viewer();
        });
    }

    private void showInTreeOnDoubleClick(StructuredViewer viewer) {
        viewer.addDoubleClickListener(e -> showInTree(((IStructuredSelection) e.getSelection()).getFirstElement()));
    }

    private void addDiagram(DiagramView view, String title) {
        DiagramPage page = new DiagramPage(getContainer(), view, diagrams.handle());
        setPageText(addPage(page.control()), title);
        diagramPages.add(page);
    }

    /**
     * Has the diagram pages loaded while hidden once the editor is shown and idle, so that a diagram tab draws at once
     * ({@link DiagramPreparation}). A view that opens as the zone overview is left until it is shown
     * ({@link DiagramPreparation#DEFAULT_LIMIT}).
     */
    private void prepareDiagrams(DiagramHosting hosting) {
        if (!DiagramPreparation.enabled()) {
            return;
        }
        List<Runnable> pages = new ArrayList<>();
        for (DiagramPage page : diagramPages) {
            pages.add(() -> {
                if (DiagramPreparation.small(session.model(), page.view())) {
                    page.shown(diagrams, true);
                }
            });
        }
        preparation = new DiagramPreparation(getSite().getShell().getDisplay(), this::isSettled, pages);
        hosting.whenWarm(preparation::start);
    }

    /** Whether this editor is the one shown, with its model read and checked, and the workbench not closing. */
    private boolean isSettled() {
        return getContainer() != null && !getContainer().isDisposed() && session != null && !session.isDisposed()
                && !session.isChecking() && getSite().getPage().getActiveEditor() == this
                && !PlatformUI.getWorkbench().isClosing();
    }

    /** The diagram page shown now, or null. */
    private DiagramPage activeDiagram() {
        int index = getActivePage() - pageViewers.size();
        return index >= 0 && index < diagramPages.size() ? diagramPages.get(index) : null;
    }

    /** The browser of the network or data-flow diagram page, without showing it: null until the page was loaded. */
    Browser diagramBrowser(DiagramView view) {
        for (DiagramPage page : diagramPages) {
            if (page.view() == view) {
                return page.browser();
            }
        }
        return null;
    }

    /** Shows the network or data-flow diagram page and returns its browser (null until it could be created). */
    public Browser showDiagram(DiagramView view) {
        for (int i = 0; i < diagramPages.size(); i++) {
            if (diagramPages.get(i).view() == view) {
                setActivePage(pageViewers.size() + i);
                return diagramPages.get(i).browser();
            }
        }
        return null;
    }

    private void createProblemPage() {
        Composite page = new Composite(getContainer(), SWT.NONE);
        page.setLayout(new FillLayout());
        Text text = new Text(page, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
        StringBuilder message = new StringBuilder(NLS.bind(Messages.ModelEditor_cannotOpen, session.path()))
                .append("\n\n");
        for (ModelDiagnostic diagnostic : session.loadProblems()) {
            message.append(diagnostic.toLocatedString()).append('\n');
        }
        message.append('\n').append(Messages.ModelEditor_fixInTextEditor);
        text.setText(message.toString());
        setPageText(addPage(page), Messages.ModelEditor_pageProblems);
    }

    @Override
    protected void pageChange(int newPageIndex) {
        ISelection before = selection.getSelection();
        super.pageChange(newPageIndex);
        if (newPageIndex >= 0 && newPageIndex < pageViewers.size()) {
            selection.follow(pageViewers.get(newPageIndex).get());
        }
        DiagramPage diagram = activeDiagram();
        if (diagram != null) {
            diagram.shown(diagrams, false);
            selection.follow(diagram);
            // What was selected in the tree or a table is selected in the diagram too.
            if (before instanceof IStructuredSelection structured && !structured.isEmpty()) {
                diagram.setSelection(structured);
            }
        }
    }

    // ---- following the session ----------------------------------------------------------------------------

    @Override
    public void modelChanged() {
        actions.update();
        Command last = session.domain().getCommandStack().getMostRecentCommand();
        if (last != null && treePage != null && getActivePage() == 0) {
            Collection<?> affected = last.getAffectedObjects();
            List<Object> visible = affected.stream().filter(o -> o instanceof EObject e && e.eResource() != null)
                    .map(o -> (Object) o).toList();
            if (!visible.isEmpty()) {
                treePage.viewer().setSelection(new StructuredSelection(visible), true);
            }
        }
        dropRemovedFromSelection();
        // Property sheets show values, not listeners: every change, undo and redo included, refreshes them.
        refreshPropertySheets();
    }

    private void refreshPropertySheets() {
        propertySheets.removeIf(sheet -> sheet.getControl() == null || sheet.getControl().isDisposed());
        for (TabbedPropertySheetPage sheet : propertySheets) {
            if (sheet.getCurrentTab() != null) {
                sheet.refresh();
            }
        }
    }

    /** An element deleted (or undone out of existence) no longer stays selected where its page cannot drop it. */
    private void dropRemovedFromSelection() {
        if (selection.getSelection() instanceof IStructuredSelection structured && !structured.isEmpty()) {
            List<?> kept = structured.toList().stream()
                    .filter(o -> !(o instanceof EObject e) || e.eResource() != null).toList();
            if (kept.size() < structured.size()) {
                selection.setSelection(new StructuredSelection(kept));
            }
        }
    }

    @Override
    public void dirtyChanged() {
        firePropertyChange(PROP_DIRTY);
    }

    @Override
    public void findingsChanged() {
        refreshPropertySheets();
        showCheckState();
    }

    @Override
    public void checkingChanged() {
        showCheckState();
    }

    /** The status line says whether the findings are current, and how many there are. */
    private void showCheckState() {
        var findings = session.findings();
        String text = session.isChecking() ? Messages.LiveCheck_checking
                : NLS.bind(Messages.LiveCheck_findings, new Object[] {
                        findings.count(org.toride.requirements.requirements.Severity.ERROR),
                        findings.count(org.toride.requirements.requirements.Severity.WARNING),
                        findings.count(org.toride.requirements.requirements.Severity.INFO) });
        getEditorSite().getActionBars().getStatusLineManager().setMessage(text);
    }

    @Override
    public void changedOnDisk() {
        changedOnDisk = true;
        if (getSite().getPage().getActiveEditor() == this) {
            askAboutChangeOnDisk();
        }
    }

    @Override
    public void fileRemoved() {
        if (!isDirty()) {
            // Nothing of the user's is lost: as Eclipse's own editors do, close with the file.
            getSite().getPage().closeEditor(this, false);
            return;
        }
        fileRemoved = true;
        if (getSite().getPage().getActiveEditor() == this) {
            tellAboutRemovedFile();
        }
    }

    @Override
    public void loadFailed() {
        // The file no longer loads: reopen on it, which shows its problems instead of the pages.
        reopen();
    }

    @Override
    public void setFocus() {
        super.setFocus();
        if (fileRemoved) {
            tellAboutRemovedFile();
        }
        if (changedOnDisk) {
            askAboutChangeOnDisk();
        }
    }

    /** The edits stay, and so does the editor: saving writes the file again. */
    private void tellAboutRemovedFile() {
        fileRemoved = false;
        MessageDialog.openWarning(getSite().getShell(), Messages.ModelEditor_removedTitle,
                NLS.bind(Messages.ModelEditor_removedMessage, file().getName()));
    }

    /**
     * Someone else's version of the file (a git checkout, another program) against the user's unsaved edits: the
     * user chooses, and keeping the edits is the default, since the file's version is still on disk (and in git).
     */
    private void askAboutChangeOnDisk() {
        changedOnDisk = false;
        MessageDialog question = new MessageDialog(getSite().getShell(), Messages.ModelEditor_changedTitle, null,
                NLS.bind(Messages.ModelEditor_changedMessage, file().getName()), MessageDialog.QUESTION,
                1, Messages.ModelEditor_changedLoad, Messages.ModelEditor_changedKeep);
        if (question.open() == 0) {
            session.reload();
        }
    }

    /** Closes this editor and opens it again (after the close is complete: opening inside it would find the old one). */
    private void reopen() {
        IWorkbenchPage page = getSite().getPage();
        IEditorInput input = getEditorInput();
        page.closeEditor(this, false);
        Display.getCurrent().asyncExec(() -> {
            try {
                page.openEditor(input, ID);
            } catch (PartInitException e) {
                TorideUiPlugin.logError("Reopening " + input.getName() + " failed", e);
            }
        });
    }

    // ---- the part -----------------------------------------------------------------------------------------

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (session == null) {
            return;  // nothing is saved before the model has been read: it could only be part of it
        }
        try {
            session.save(monitor);
        } catch (IOException | CoreException | RuntimeException e) {
            TorideUiPlugin.logError("Saving " + session.path() + " failed", e);
            String cause = e instanceof org.toride.core.io.ReadOnlyFileException ? Messages.ModelEditor_readOnly
                    : e.getMessage();
            MessageDialog.openError(getSite().getShell(), Messages.ModelEditor_saveFailedTitle,
                    NLS.bind(Messages.ModelEditor_saveFailed, session.path(), cause));
            if (monitor != null) {
                monitor.setCanceled(true);
            }
        }
    }

    @Override
    public void doSaveAs() {
        // One model, one file: "Save As" would leave the diagrams' notation and the markers behind.
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public boolean isDirty() {
        return session != null && session.isDirty();
    }

    /** Shows a page: 0 the tree, then the tables of assets, flows, suppliers and risks. */
    public void showPage(int index) {
        setActivePage(index);
    }

    /**
     * Shows an element where the user is looking: selected in the diagram on show when it is drawn there, otherwise
     * on the tree page.
     */
    public void reveal(Object element) {
        DiagramPage diagram = activeDiagram();
        if (diagram != null && element != null) {
            diagram.setSelection(new StructuredSelection(element));
        } else {
            showInTree(element);
        }
    }

    /** Shows an element on the tree page. */
    public void showInTree(Object element) {
        if (treePage == null || element == null) {
            return;
        }
        setActivePage(0);
        treePage.reveal(element);
    }

    @Override
    public void gotoMarker(IMarker marker) {
        String id = marker.getAttribute(FindingMarkers.ELEMENT_ID, null);
        if (id != null) {
            whenLoaded(loaded -> showInTree(loaded.element(id)));
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getAdapter(Class<T> type) {
        if (type == IContentOutlinePage.class && (session == null || session.model() != null)) {
            // Asked for when the editor becomes active, which may be before its model is read: the page fills in.
            ModelOutlinePage outline = new ModelOutlinePage(this, this::showInTree, selected -> {
                DiagramPage diagram = activeDiagram();
                if (diagram != null && !selected.isEmpty()) {
                    diagram.setSelection(selected);
                }
            });
            outlines.add(outline);
            return (T) outline;
        }
        if (type == IPropertySheetPage.class && (session == null || session.model() != null)) {
            TabbedPropertySheetPage sheet = new TabbedPropertySheetPage(this);
            propertySheets.add(sheet);
            return (T) sheet;
        }
        if (type == IGotoMarker.class) {
            return (T) this;
        }
        if (type == ModelSession.class) {
            return (T) session;
        }
        if (type == SessionModelHandle.class && diagrams != null) {
            return (T) diagrams.handle();
        }
        return super.getAdapter(type);
    }

    @Override
    public String getContributorId() {
        return PROPERTIES_CONTRIBUTOR;
    }

    @Override
    public void dispose() {
        if (preparation != null) {
            preparation.cancel();
        }
        if (diagrams != null) {
            diagrams.dispose();
        }
        if (treePage != null) {
            treePage.dispose();
        }
        if (session != null) {
            session.removeListener(this);
            sessions.close(session);
        } else if (sessions != null && getEditorInput() instanceof IFileEditorInput input) {
            sessions.cancelOpen(input.getFile(), ready);
        }
        whenLoaded.clear();
        super.dispose();
    }

    @Override
    public EditingDomain getEditingDomain() {
        return session == null ? null : session.domain();
    }

    /** The session this editor shows. */
    public ModelSession session() {
        return session;
    }

    /** The workspace file. */
    public IFile file() {
        return ((IFileEditorInput) getEditorInput()).getFile();
    }

    /** The tree page (tests). */
    TreePage treePage() {
        return treePage;
    }

    /** The editing actions (shared with the action bar contributor). */
    public EditActions actions() {
        return actions;
    }
}
