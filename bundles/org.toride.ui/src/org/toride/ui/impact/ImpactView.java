/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.impact;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.toride.core.impact.BlastRadius;
import org.toride.core.impact.ImpactQuery;
import org.toride.core.impact.ImpactReport;
import org.toride.core.impact.ImpactResult;
import org.toride.core.impact.ServiceExposure;
import org.toride.core.impact.Step;
import org.toride.diagram.server.ImpactHighlight;
import org.toride.model.Asset;
import org.toride.model.Conduit;
import org.toride.model.ModelElement;
import org.toride.model.SecurityModel;
import org.toride.model.Supplier;
import org.toride.model.Zone;
import org.toride.model.edit.EditLabels;
import org.toride.ui.Messages;
import org.toride.ui.diagram.SessionModelHandle;
import org.toride.ui.editor.ModelEditor;
import org.toride.ui.session.ModelSession;
import org.toride.ui.session.SessionListener;

/**
 * How far an attack from one zone, asset or supplier spreads (Annex 3 ③), in the workbench: the critical services it
 * reaches and whether an alternative is left, the conduits it crosses with a check box to cut each, what it reached
 * and by which path, and the cost of the cut. The model's diagrams highlight the same. Every edit of the model, and
 * every cut toggled, computes it again from the model; nothing here is typed by hand.
 */
public final class ImpactView extends ViewPart implements SessionListener {

    /** Id in plugin.xml. */
    public static final String ID = "org.toride.ui.impactView";

    private Label heading;
    private Label summary;
    private TableViewer services;
    private CheckboxTableViewer conduits;
    private TableViewer reached;
    private Text cost;
    private org.eclipse.swt.custom.CTabItem servicesTab;
    private org.eclipse.swt.custom.CTabItem reachedTab;
    private org.eclipse.swt.custom.CTabItem costTab;
    private Action propose;
    private Action applyProposal;
    private Action clear;

    private ModelEditor editor;
    private ModelSession session;
    private String startId;
    /** The conduits the user cut, by id (ids survive undo, redo and reload; elements do not). */
    private final Set<String> cut = new LinkedHashSet<>();
    private boolean containmentAsked;
    private ImpactResult result;
    private boolean recomputePending;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
        heading = new Label(parent, SWT.WRAP);
        heading.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(heading);
        summary = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(summary);

        // Side by side: the view usually sits in the wide, low panel under the editor. The conduits to cut stay in
        // sight; what the cut changes is one tab away and in the summary line above.
        SashForm panes = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(panes);
        conduits = CheckboxTableViewer.newCheckList(panes, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        setUp(conduits);
        column(conduits, Messages.ImpactView_cut, 200, e -> name((Conduit) e));
        column(conduits, Messages.ImpactView_between, 200, e -> name(((Conduit) e).getFrom()) + " → " + name(((Conduit) e).getTo()));
        column(conduits, Messages.ImpactView_isolationPoint, 150, e -> ((Conduit) e).getIsolationPoint() == null ? ""
                : name(((Conduit) e).getIsolationPoint()));
        column(conduits, Messages.ImpactView_proposed, 70, e -> proposed().contains(e) ? "✔" : "");
        conduits.setCheckStateProvider(new org.eclipse.jface.viewers.ICheckStateProvider() {
            @Override
            public boolean isChecked(Object element) {
                return cut.contains(((Conduit) element).getId());
            }

            @Override
            public boolean isGrayed(Object element) {
                return false;
            }
        });
        conduits.addCheckStateListener(event -> {
            String id = ((Conduit) event.getElement()).getId();
            if (event.getChecked()) {
                cut.add(id);
            } else {
                cut.remove(id);
            }
            recompute();
        });

        org.eclipse.swt.custom.CTabFolder tabs = new org.eclipse.swt.custom.CTabFolder(panes, SWT.BORDER | SWT.FLAT);
        services = table(tabs, SWT.NONE);
        column(services, Messages.ImpactView_service, 160, e -> name(((ServiceExposure) e).service()));
        column(services, Messages.ImpactView_reachedAssets, 260, e -> names(((ServiceExposure) e).reachedAssets()));
        column(services, Messages.ImpactView_backupsReached, 110, e -> {
            ServiceExposure exposure = (ServiceExposure) e;
            return exposure.backups().isEmpty() ? Messages.ImpactView_none
                    : NLS.bind(Messages.ImpactView_ofBackups, exposure.backupsReached().size(), exposure.backups().size());
        });
        column(services, Messages.ImpactView_alternative, 90, e -> ((ServiceExposure) e).alternativeLeft()
                ? Messages.ImpactView_alternativeLeft : Messages.ImpactView_noAlternative);
        servicesTab = tab(tabs, services.getControl());
        reached = table(tabs, SWT.VIRTUAL);
        column(reached, Messages.ImpactView_reached, 180, e -> name((ModelElement) e));
        column(reached, Messages.ImpactView_kind, 110, e -> EditLabels.type(((ModelElement) e).eClass(), Locale.getDefault()));
        column(reached, Messages.ImpactView_path, 420, e -> path((ModelElement) e));
        reachedTab = tab(tabs, reached.getControl());
        cost = new Text(tabs, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
        costTab = tab(tabs, cost);
        tabs.setSelection(servicesTab);
        panes.setWeights(45, 55);

        for (TableViewer viewer : List.of(services, conduits, reached)) {
            viewer.addDoubleClickListener(e -> reveal(((IStructuredSelection) e.getSelection()).getFirstElement()));
        }
        costTab.setText(Messages.ImpactView_costTab);
        createActions();
        getSite().getPage().addPartListener(closing);
        show(null, null);
    }

    /** The analysed model's editor closing ends the analysis: its session and diagrams are gone. */
    private final org.eclipse.ui.IPartListener2 closing = new org.eclipse.ui.IPartListener2() {
        @Override
        public void partClosed(org.eclipse.ui.IWorkbenchPartReference reference) {
            if (editor != null && reference.getPart(false) == editor) {
                editor = null;
                show(null, null);
            }
        }
    };

    private void createActions() {
        Action fromSelection = new Action(Messages.ImpactView_fromSelection) {
            @Override
            public void run() {
                IEditorPart active = getSite().getPage().getActiveEditor();
                if (active instanceof ModelEditor model && model.getSite().getSelectionProvider() != null
                        && model.getSite().getSelectionProvider().getSelection() instanceof IStructuredSelection selection
                        && isStart(selection.getFirstElement())) {
                    show(model, (ModelElement) selection.getFirstElement());
                } else {
                    summary.setText(Messages.ImpactView_selectStart);
                }
            }
        };
        fromSelection.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
                .getImageDescriptor(ISharedImages.IMG_TOOL_FORWARD));
        propose = new Action(Messages.ImpactView_propose) {
            @Override
            public void run() {
                containmentAsked = true;
                recompute();
                costTab.getParent().setSelection(costTab);
            }
        };
        applyProposal = new Action(Messages.ImpactView_applyProposal) {
            @Override
            public void run() {
                proposed().forEach(c -> cut.add(c.getId()));
                recompute();
            }
        };
        clear = new Action(Messages.ImpactView_clear) {
            @Override
            public void run() {
                show(null, null);
            }
        };
        clear.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
                .getImageDescriptor(ISharedImages.IMG_ELCL_REMOVE));
        IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
        toolBar.add(fromSelection);
        toolBar.add(propose);
        toolBar.add(applyProposal);
        toolBar.add(clear);
        getViewSite().getActionBars().getMenuManager().add(fromSelection);
        getViewSite().getActionBars().getMenuManager().add(propose);
        getViewSite().getActionBars().getMenuManager().add(applyProposal);
        getViewSite().getActionBars().getMenuManager().add(clear);
    }

    /** Whether an attack can start from {@code element}: a zone, an asset (external ones included) or a supplier. */
    public static boolean isStart(Object element) {
        return element instanceof Zone || element instanceof Asset || element instanceof Supplier;
    }

    /**
     * Shows the blast radius of {@code start} in {@code model}'s model, with nothing cut; both null shows nothing and
     * takes the highlight off the diagrams.
     */
    public void show(ModelEditor model, ModelElement start) {
        highlight(ImpactHighlight.NONE);
        if (session != null) {
            session.removeListener(this);
        }
        editor = model;
        session = model == null ? null : model.getAdapter(ModelSession.class);
        startId = start == null ? null : start.getId();
        cut.clear();
        containmentAsked = false;
        if (session != null) {
            session.addListener(this);
        }
        recompute();
    }

    /** The analysis shown now; null when none. */
    public ImpactResult result() {
        return result;
    }

    /** The conduits table, whose check boxes cut (what a user clicks). */
    public CheckboxTableViewer conduits() {
        return conduits;
    }

    /** The action of the toolbar button that proposes a containment. */
    public Action proposeAction() {
        return propose;
    }

    /** Computes the spread again from the model and shows it, here and in the diagrams. */
    private void recompute() {
        recomputePending = false;
        if (heading == null || heading.isDisposed()) {
            return;
        }
        ModelElement start = session == null || session.isDisposed() || session.model() == null || startId == null
                ? null : session.element(startId) instanceof ModelElement element && isStart(element) ? element : null;
        if (start == null) {
            boolean gone = startId != null && session != null;
            result = null;
            heading.setText(Messages.ImpactView_title);
            summary.setText(gone ? NLS.bind(Messages.ImpactView_startGone, startId) : Messages.ImpactView_selectStart);
            services.setInput(List.of());
            servicesTab.setText(NLS.bind(Messages.ImpactView_servicesTab, 0));
            reachedTab.setText(NLS.bind(Messages.ImpactView_reachedTab, 0));
            conduits.setInput(List.of());
            reached.setInput(List.of());
            cost.setText("");
            propose.setEnabled(false);
            applyProposal.setEnabled(false);
            clear.setEnabled(gone);
            highlight(ImpactHighlight.NONE);
            heading.getParent().layout(true, true);
            return;
        }
        SecurityModel model = session.model();
        Set<Conduit> cutConduits = new LinkedHashSet<>();
        for (String id : cut) {
            if (session.element(id) instanceof Conduit conduit) {
                cutConduits.add(conduit);
            }
        }
        result = new ImpactQuery(start, cutConduits, Set.of(), containmentAsked, model.getServices()).answer(model);
        BlastRadius radius = result.radius();
        heading.setText(NLS.bind(Messages.ImpactView_heading, name(start),
                EditLabels.type(start.eClass(), Locale.getDefault())));
        List<ModelElement> rows = new ArrayList<>(radius.reachedZonesAndAssets());
        long zones = rows.stream().filter(Zone.class::isInstance).count();
        long assets = rows.size() - zones;
        long noAlternative = result.services().stream().filter(s -> !s.alternativeLeft()).count();
        summary.setText(NLS.bind(Messages.ImpactView_summary, new Object[] { zones, assets, result.services().size(),
                model.getServices().size(), noAlternative, cutConduits.size() }));
        services.setInput(result.services());
        servicesTab.setText(NLS.bind(Messages.ImpactView_servicesTab, result.services().size()));
        rows.remove(start);
        reachedTab.setText(NLS.bind(Messages.ImpactView_reachedTab, rows.size()));
        conduits.setInput(conduitRows(model, radius, cutConduits));
        reached.setInput(rows);
        cost.setText(ImpactReport.withoutPaths(result, japanese() ? "ja" : "en"));
        propose.setEnabled(true);
        applyProposal.setEnabled(!proposed().isEmpty() && !cut.containsAll(ids(proposed())));
        clear.setEnabled(true);
        highlight(ImpactHighlight.of(radius));
        heading.getParent().layout(true, true);
    }

    /** The conduits worth deciding on: those the attack crosses, those cut, and those a containment proposes. */
    private List<Conduit> conduitRows(SecurityModel model, BlastRadius radius, Set<Conduit> cutConduits) {
        Set<Conduit> shown = new LinkedHashSet<>(cutConduits);
        shown.addAll(proposed());
        for (ModelElement element : radius.reached()) {
            Step step = radius.reachedBy(element);
            if (step != null && step.via() instanceof Conduit conduit) {
                shown.add(conduit);
            }
        }
        // in the model's order, which is the order the user sees everywhere else
        return model.getConduits().stream().filter(shown::contains).toList();
    }

    private List<Conduit> proposed() {
        return result == null || result.containment() == null ? List.of() : result.containment().cut();
    }

    private static Set<String> ids(List<Conduit> list) {
        return list.stream().map(Conduit::getId).collect(Collectors.toSet());
    }

    private String path(ModelElement element) {
        if (result == null) {
            return "";
        }
        StringBuilder text = new StringBuilder(name(result.radius().start()));
        for (Step step : result.radius().path(element)) {
            text.append(" → ");
            if (step.via() instanceof ModelElement via) {
                text.append('[').append(name(via)).append("] → ");
            }
            text.append(name(step.to()));
        }
        return text.toString();
    }

    private void highlight(ImpactHighlight highlight) {
        SessionModelHandle handle = editor == null ? null : editor.getAdapter(SessionModelHandle.class);
        if (handle != null) {
            handle.highlight(highlight);
        }
    }

    private void reveal(Object element) {
        if (editor == null || element == null) {
            return;
        }
        Object target = element instanceof ServiceExposure exposure ? exposure.service() : element;
        getSite().getPage().activate(editor);
        editor.reveal(target);
    }

    @Override
    public void modelChanged() {
        // A command may be one of many (a paste, an import): compute once they are all done.
        if (!recomputePending && heading != null && !heading.isDisposed()) {
            recomputePending = true;
            heading.getDisplay().asyncExec(this::recompute);
        }
    }

    @Override
    public void reloaded() {
        modelChanged();
    }

    @Override
    public void setFocus() {
        conduits.getControl().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(closing);
        highlight(ImpactHighlight.NONE);
        if (session != null) {
            session.removeListener(this);
        }
        super.dispose();
    }

    private static org.eclipse.swt.custom.CTabItem tab(org.eclipse.swt.custom.CTabFolder folder,
            org.eclipse.swt.widgets.Control control) {
        org.eclipse.swt.custom.CTabItem item = new org.eclipse.swt.custom.CTabItem(folder, SWT.NONE);
        item.setControl(control);
        return item;
    }

    private static TableViewer table(Composite parent, int style) {
        TableViewer viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL | style);
        setUp(viewer);
        return viewer;
    }

    private static void setUp(TableViewer viewer) {
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setUseHashlookup(true);
    }

    private static void column(TableViewer viewer, String title, int width,
            java.util.function.Function<Object, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(ColumnLabelProvider.createTextProvider(text));
    }

    private static String name(ModelElement element) {
        return element == null ? "" : EditLabels.name(element);
    }

    private static String names(List<? extends ModelElement> elements) {
        return elements.stream().map(ImpactView::name).collect(Collectors.joining(", "));
    }

    private static boolean japanese() {
        return "ja".equals(Locale.getDefault().getLanguage());
    }
}
