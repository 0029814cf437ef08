/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.MultiPageEditorPart;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.tabbed.ITabbedPropertySheetPageContributor;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.toride.core.io.LoadResult;
import org.toride.core.io.ModelDiagnostic;
import org.toride.core.io.ModelLoader;
import org.toride.core.io.ModelSaver;
import org.toride.core.io.TorideResource;
import org.toride.model.ModelElement;
import org.toride.model.SecurityModel;
import org.toride.model.ToridePackage;
import org.toride.requirements.engine.CheckResult;
import org.toride.requirements.engine.Finding;
import org.toride.ui.Messages;
import org.toride.ui.TorideUiPlugin;
import org.toride.model.edit.EditAdapters;
import org.toride.ui.emf.ModelLabelProvider.Problem;
import org.toride.ui.validation.FindingMarkers;
import org.toride.ui.validation.ModelValidation;

/**
 * The editor of a {@code *.toride} model: a tree with details and tables of assets, flows, suppliers and risks, all
 * editing one model through one EMF command stack (so undo/redo covers every page, the Outline and the Properties
 * view). Saving goes through the core's atomic save; a file that does not load opens as a list of its problems.
 */
public class ModelEditor extends MultiPageEditorPart
        implements IEditingDomainProvider, IGotoMarker, ITabbedPropertySheetPageContributor {

    /** Id of this editor in plugin.xml. */
    public static final String ID = "org.toride.ui.modelEditor";
    /** Id of the tabbed properties contributor. */
    public static final String PROPERTIES_CONTRIBUTOR = "org.toride.ui.properties";

    private ComposedAdapterFactory adapterFactory;
    private AdapterFactoryEditingDomain domain;
    private TorideResource resource;
    private SecurityModel model;
    private Path path;
    private List<ModelDiagnostic> loadProblems = List.of();
    private final SelectionRelay selection = new SelectionRelay();
    private EditActions actions;
    private TreePage treePage;
    private final List<StructuredViewer> pageViewers = new ArrayList<>();
    private ModelValidation validation;
    private Map<String, List<Finding>> findingsByElement = Map.of();
    private boolean externallyChanged;
    /** True while this editor writes its own file, whose change must not count as someone else's. */
    private volatile boolean saving;
    private final IResourceChangeListener workspaceListener = this::workspaceChanged;
    /** Where unsaved states are kept against crashes; tests may point it elsewhere. */
    static RecoveryStore recovery;
    /** Asks whether to restore unsaved changes found from an earlier session; tests answer it themselves. */
    static java.util.function.BiPredicate<org.eclipse.swt.widgets.Shell, String> restorePrompt = (shell, message) ->
            MessageDialog.openQuestion(shell, Messages.ModelEditor_recoverTitle, message);
    private boolean restored;
    private org.eclipse.core.runtime.jobs.Job recoveryJob;
    private org.toride.diagram.notation.DiagramNotation notation;
    /** The layout file exists but could not be read: it is left as it is rather than overwritten. */
    private boolean notationUnreadable;
    private EditorModelHandle diagramHandle;
    private String diagramSession;
    private final List<DiagramPage> diagramPages = new ArrayList<>();
    private boolean disposed;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof IFileEditorInput fileInput)) {
            throw new PartInitException(Messages.ModelEditor_notAFile);
        }
        super.init(site, input);
        setPartName(fileInput.getName());
        path = fileInput.getFile().getLocation().toFile().toPath();
        adapterFactory = EditAdapters.create();
        domain = EditAdapters.domain(adapterFactory, ModelLoader.newResourceSet());
        load();
        loadNotation();
        actions = new EditActions(domain, site.getShell());
        if (model != null) {
            // Elements created in the editor (New ▸, paste) get an id at once, so markers and references can name them.
            new org.toride.core.ids.IdAssigner().watch(model);
        }
        domain.getCommandStack().addCommandStackListener(event -> Display.getDefault().asyncExec(this::commandStackChanged));
        site.setSelectionProvider(selection);
        selection.addSelectionChangedListener(e -> actions.selectionChanged((IStructuredSelection) e.getSelection()));
        ResourcesPlugin.getWorkspace().addResourceChangeListener(workspaceListener, IResourceChangeEvent.POST_CHANGE);
    }

    private static RecoveryStore recovery() {
        if (recovery == null) {
            recovery = new RecoveryStore(TorideUiPlugin.getDefault().getStateLocation().toFile().toPath().resolve("recovery"));
        }
        return recovery;
    }

    private void load() {
        Path copy = recovery().pending(path);
        if (copy != null && restorePrompt.test(getSite().getShell(),
                NLS.bind(Messages.ModelEditor_recoverMessage, path.getFileName(),
                        java.time.LocalDateTime.ofInstant(copy.toFile().lastModified() > 0
                                ? java.time.Instant.ofEpochMilli(copy.toFile().lastModified()) : java.time.Instant.now(),
                                java.time.ZoneId.systemDefault()).withNano(0)))) {
            LoadResult result = new ModelLoader().load(copy, domain.getResourceSet());
            if (!result.hasErrors() && result.model() != null) {
                // The model keeps its own file's URI, so saving writes the file, not the copy.
                result.resource().setURI(org.eclipse.emf.common.util.URI.createFileURI(path.toAbsolutePath().toString()));
                loadProblems = result.diagnostics();
                model = result.model();
                resource = result.resource();
                restored = true;
                return;
            }
            domain.getResourceSet().getResources().clear();
        } else if (copy != null) {
            recovery().discard(path);
        }
        LoadResult result = new ModelLoader().load(path, domain.getResourceSet());
        loadProblems = result.diagnostics();
        if (result.hasErrors() || result.model() == null) {
            model = null;
            resource = null;
        } else {
            model = result.model();
            resource = result.resource();
        }
    }

    private void loadNotation() {
        Path file = org.toride.diagram.notation.DiagramNotation.fileFor(path);
        IFile layoutFile = file().getParent().getFile(new org.eclipse.core.runtime.Path(file.getFileName().toString()));
        try {
            notation = org.toride.diagram.notation.DiagramNotation.read(file);
            layoutProblem(layoutFile, null);
        } catch (IOException e) {
            // Diagrams still open (ELK places everything); the unreadable file is kept for the user to repair,
            // and the Problems view says which file and where.
            TorideUiPlugin.logError(e.getMessage(), e);
            notation = new org.toride.diagram.notation.DiagramNotation();
            notationUnreadable = true;
            layoutProblem(layoutFile, e.getMessage());
        }
    }

    /** Shows (message non-null) or clears the problem marker of an unreadable layout file. */
    private static void layoutProblem(IFile layoutFile, String message) {
        try {
            if (!layoutFile.exists()) {
                return;
            }
            layoutFile.deleteMarkers(LAYOUT_PROBLEM, false, IResource.DEPTH_ZERO);
            if (message != null) {
                IMarker marker = layoutFile.createMarker(LAYOUT_PROBLEM);
                marker.setAttribute(IMarker.SEVERITY, IMarker.SEVERITY_WARNING);
                marker.setAttribute(IMarker.MESSAGE, NLS.bind(Messages.ModelEditor_layoutUnreadable, message));
            }
        } catch (CoreException e) {
            TorideUiPlugin.logError("Marking " + layoutFile.getFullPath() + " failed", e);
        }
    }

    @Override
    protected void createPages() {
        if (model == null) {
            createProblemPage();
            return;
        }
        treePage = new TreePage(getContainer(), this);
        setPageText(addPage(treePage.control()), Messages.ModelEditor_pageModel);
        pageViewers.add(treePage.viewer());
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
        diagramHandle = new EditorModelHandle(this, notation);
        addDiagram(org.toride.diagram.DiagramView.NETWORK, Messages.ModelEditor_pageNetwork);
        addDiagram(org.toride.diagram.DiagramView.DATAFLOW, Messages.ModelEditor_pageDataflow);
        diagramHandle.selectionSink(elements -> {
            DiagramPage active = activeDiagram();
            if (active != null) {
                active.selectedInDiagram(elements);
            }
        });
        selection.follow(treePage.viewer());
        for (StructuredViewer viewer : pageViewers) {
            viewer.addDoubleClickListener(e -> showInTree(((IStructuredSelection) e.getSelection()).getFirstElement()));
        }
        validation = new ModelValidation(this);
        validation.schedule(0);
    }

    private void addTable(EReference list, String title, List<EStructuralFeature> columns) {
        TablePage page = new TablePage(getContainer(), this, list, columns);
        setPageText(addPage(page.control()), title);
        pageViewers.add(page.viewer());
    }

    private void addDiagram(org.toride.diagram.DiagramView view, String title) {
        DiagramPage page = new DiagramPage(getContainer(), view, diagramHandle);
        setPageText(addPage(page.control()), title);
        diagramPages.add(page);
    }

    /** The diagram page shown now, or null. */
    private DiagramPage activeDiagram() {
        int index = getActivePage() - pageViewers.size();
        return index >= 0 && index < diagramPages.size() ? diagramPages.get(index) : null;
    }

    /** Shows the network or data-flow diagram page and returns its browser (null until it could be created). */
    public org.eclipse.swt.browser.Browser showDiagram(org.toride.diagram.DiagramView view) {
        for (int i = 0; i < diagramPages.size(); i++) {
            if (diagramPages.get(i).view() == view) {
                setActivePage(pageViewers.size() + i);
                return diagramPages.get(i).browser();
            }
        }
        return null;
    }

    /** The key of this editor's model on the diagram server, registered when the first diagram is shown. */
    private String diagramSession() throws IOException {
        if (diagramSession == null) {
            diagramSession = org.toride.ui.diagram.DiagramHosting.server().register(diagramHandle);
        }
        return diagramSession;
    }

    private void createProblemPage() {
        Composite page = new Composite(getContainer(), SWT.NONE);
        page.setLayout(new FillLayout());
        Text text = new Text(page, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
        StringBuilder message = new StringBuilder(NLS.bind(Messages.ModelEditor_cannotOpen, path)).append("\n\n");
        for (ModelDiagnostic diagnostic : loadProblems) {
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
            selection.follow(pageViewers.get(newPageIndex));
        }
        DiagramPage diagram = activeDiagram();
        if (diagram != null) {
            try {
                diagram.shown(diagramSession());
            } catch (IOException | RuntimeException e) {
                TorideUiPlugin.logError("Starting the diagram server failed", e);
            }
            selection.follow(diagram);
            // What was selected in the tree or a table is selected in the diagram too.
            if (before instanceof IStructuredSelection structured && !structured.isEmpty()) {
                diagram.setSelection(structured);
            }
        }
    }

    private void commandStackChanged() {
        firePropertyChange(PROP_DIRTY);
        actions.update();
        Command last = domain.getCommandStack().getMostRecentCommand();
        if (last != null && treePage != null && getActivePage() == 0) {
            Collection<?> affected = last.getAffectedObjects();
            List<Object> visible = affected.stream().filter(o -> o instanceof EObject e && e.eResource() != null).map(o -> (Object) o).toList();
            if (!visible.isEmpty()) {
                treePage.viewer().setSelection(new StructuredSelection(visible), true);
            }
        }
        if (validation != null) {
            validation.schedule(ModelValidation.EDIT_DELAY_MS);
        }
        scheduleRecoveryCopy();
    }

    /** Keeps a copy of the unsaved state a few seconds after edits stop (taken in the UI thread, written aside). */
    private void scheduleRecoveryCopy() {
        if (recoveryJob == null) {
            recoveryJob = org.eclipse.ui.progress.UIJob.create(Messages.ModelEditor_recoveryJob, monitor -> {
                if (model == null || !isDirty()) {
                    recovery().discard(path);
                    return org.eclipse.core.runtime.Status.OK_STATUS;
                }
                try {
                    recovery().write(path, new ModelSaver().serialize(model));
                } catch (IOException | RuntimeException e) {
                    TorideUiPlugin.logError("Keeping a recovery copy of " + path + " failed", e);
                }
                return org.eclipse.core.runtime.Status.OK_STATUS;
            });
            recoveryJob.setSystem(true);
        }
        recoveryJob.schedule(RECOVERY_DELAY_MS);
    }

    /** Marker type of an unreadable layout file (a plain problem: nothing else clears it). */
    static final String LAYOUT_PROBLEM = org.eclipse.core.resources.IMarker.PROBLEM;

    /** Quiet time after the last edit before the unsaved state is copied aside, in milliseconds. */
    static final long RECOVERY_DELAY_MS = 2000;

    /** Shows a page: 0 the tree, then the tables of assets, flows, suppliers and risks. */
    public void showPage(int index) {
        setActivePage(index);
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
    public void doSave(IProgressMonitor monitor) {
        if (model == null) {
            return;
        }
        saving = true;
        try {
            new ModelSaver().save(model, path);
            if (notation != null && notation.isDirty() && !notationUnreadable) {
                notation.write(org.toride.diagram.notation.DiagramNotation.fileFor(path));
            }
            ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
            restored = false;
            recovery().discard(path);
            firePropertyChange(PROP_DIRTY);
            externallyChanged = false;
            file().refreshLocal(IResource.DEPTH_ZERO, monitor);
            if (validation != null) {
                validation.schedule(0);
            }
        } catch (IOException | CoreException | RuntimeException e) {
            TorideUiPlugin.logError("Saving " + path + " failed", e);
            MessageDialog.openError(getSite().getShell(), Messages.ModelEditor_saveFailedTitle,
                    NLS.bind(Messages.ModelEditor_saveFailed, path, e.getMessage()));
            if (monitor != null) {
                monitor.setCanceled(true);
            }
        } finally {
            saving = false;
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
        return domain != null && (restored || ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded());
    }

    @Override
    public void setFocus() {
        super.setFocus();
        if (externallyChanged) {
            externallyChanged = false;
            handleExternalChange();
        }
    }

    private void workspaceChanged(IResourceChangeEvent event) {
        IResourceDelta delta = event.getDelta() == null ? null : event.getDelta().findMember(file().getFullPath());
        if (delta == null || (delta.getFlags() & IResourceDelta.MARKERS) != 0 && (delta.getFlags() & IResourceDelta.CONTENT) == 0) {
            return;
        }
        if (delta.getKind() == IResourceDelta.REMOVED) {
            Display.getDefault().asyncExec(() -> getSite().getPage().closeEditor(this, false));
        } else if ((delta.getFlags() & IResourceDelta.CONTENT) != 0 && !saving) {
            externallyChanged = true;
            Display.getDefault().asyncExec(() -> {
                if (getSite().getPage().getActiveEditor() == this && externallyChanged) {
                    externallyChanged = false;
                    handleExternalChange();
                }
            });
        }
    }


    private void handleExternalChange() {
        if (isDirty() && !MessageDialog.openQuestion(getSite().getShell(), Messages.ModelEditor_changedTitle,
                NLS.bind(Messages.ModelEditor_changedMessage, file().getName()))) {
            return;
        }
        // Simplest correct reload: reopen the editor on the file's new content. The reopening waits until the
        // close is complete: opening from inside it finds the closing editor and opens nothing.
        org.eclipse.ui.IWorkbenchPage page = getSite().getPage();
        IEditorInput input = getEditorInput();
        page.closeEditor(this, false);
        Display.getCurrent().asyncExec(() -> {
            try {
                page.openEditor(input, ID);
            } catch (PartInitException e) {
                TorideUiPlugin.logError("Reopening " + path + " failed", e);
            }
        });
    }

    @Override
    public void gotoMarker(IMarker marker) {
        String id = marker.getAttribute(FindingMarkers.ELEMENT_ID, null);
        if (id != null) {
            showInTree(element(id));
        }
    }

    /** The element with this id, or null. */
    public EObject element(String id) {
        return resource == null ? null : resource.getEObject(id);
    }

    /** Called by the validation with the latest findings (in the UI thread). */
    public void findingsChanged(CheckResult result) {
        Map<String, List<Finding>> byElement = new HashMap<>();
        if (result != null) {
            for (Finding finding : result.activeFindings()) {
                byElement.computeIfAbsent(finding.elementId(), k -> new ArrayList<>()).add(finding);
            }
        }
        findingsByElement = byElement;
        if (diagramHandle != null) {
            diagramHandle.findingsChanged(byElement);
        }
        for (StructuredViewer viewer : pageViewers) {
            if (!viewer.getControl().isDisposed()) {
                viewer.refresh(true);
            }
        }
    }

    /** The worst active finding on an element, for its overlay icon. */
    public Problem problemOf(Object element) {
        if (!(element instanceof ModelElement modelElement) || modelElement.getId() == null) {
            return Problem.NONE;
        }
        Problem worst = Problem.NONE;
        for (Finding finding : findingsByElement.getOrDefault(modelElement.getId(), List.of())) {
            switch (finding.severity()) {
                case ERROR -> worst = Problem.ERROR;
                case WARNING -> worst = worst == Problem.ERROR ? worst : Problem.WARNING;
                default -> { }
            }
        }
        return worst;
    }

    /** The findings on an element as lines of text (tooltips), or null. */
    public String findingsText(Object element) {
        if (!(element instanceof ModelElement modelElement) || modelElement.getId() == null) {
            return null;
        }
        List<Finding> findings = findingsByElement.getOrDefault(modelElement.getId(), List.of());
        if (findings.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (Finding finding : findings) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(finding.requirementId()).append(": ").append(finding.message());
        }
        return text.toString();
    }

    /** The findings on an element. */
    public List<Finding> findingsOf(String elementId) {
        return findingsByElement.getOrDefault(elementId, List.of());
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getAdapter(Class<T> type) {
        if (type == IContentOutlinePage.class && model != null) {
            return (T) new ModelOutlinePage(this);
        }
        if (type == IPropertySheetPage.class && model != null) {
            return (T) new TabbedPropertySheetPage(this);
        }
        if (type == IGotoMarker.class) {
            return (T) this;
        }
        return super.getAdapter(type);
    }

    @Override
    public String getContributorId() {
        return PROPERTIES_CONTRIBUTOR;
    }

    @Override
    public void dispose() {
        disposed = true;
        if (diagramSession != null) {
            try {
                org.toride.ui.diagram.DiagramHosting.server().unregister(diagramSession);
            } catch (IOException | RuntimeException e) {
                TorideUiPlugin.logError("Ending the diagram session failed", e);
            }
        }
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(workspaceListener);
        if (recoveryJob != null) {
            recoveryJob.cancel();
        }
        if (path != null && model != null) {
            // Closed by the user (saved, or changes discarded on purpose): nothing to recover.
            recovery().discard(path);
            // The markers showed the unsaved state; show the file's again.
            org.toride.ui.validation.WorkspaceValidation.recheck(file());
        }
        if (validation != null) {
            validation.dispose();
        }
        if (treePage != null) {
            treePage.dispose();
        }
        super.dispose();
        if (adapterFactory != null) {
            adapterFactory.dispose();
        }
    }

    /** Where the diagrams' boxes are (saved beside the model with it). */
    org.toride.diagram.notation.DiagramNotation notation() {
        return notation;
    }

    /** Whether the editor was closed. */
    public boolean isDisposed() {
        return disposed;
    }

    @Override
    public EditingDomain getEditingDomain() {
        return domain;
    }

    /** The editing domain, with the command stack every page shares. */
    public AdapterFactoryEditingDomain domain() {
        return domain;
    }

    /** The item providers' adapter factory. */
    public ComposedAdapterFactory adapterFactory() {
        return adapterFactory;
    }

    /** The model, or null when the file did not load. */
    public SecurityModel model() {
        return model;
    }

    /** The model's resource. */
    public TorideResource resource() {
        return resource;
    }

    /** The workspace file. */
    public IFile file() {
        return ((IFileEditorInput) getEditorInput()).getFile();
    }

    /** The editing actions (shared with the action bar contributor). */
    public EditActions actions() {
        return actions;
    }

    /** The problems found while loading (errors keep the model from opening). */
    public List<ModelDiagnostic> loadProblems() {
        return loadProblems;
    }
}
