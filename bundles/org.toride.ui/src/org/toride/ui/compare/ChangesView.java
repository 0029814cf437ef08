/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.compare;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ViewPart;
import org.toride.compare.ModelLabels;
import org.toride.compare.diff.DiffText;
import org.toride.ui.Messages;
import org.toride.ui.editor.ModelEditor;
import org.toride.workflow.ChangeReview;
import org.toride.workflow.ChangeReviewPage;

/**
 * The Changes view: a model compared with its approved baseline, a git revision or another model. One tab lists
 * the diff grouped by kind (feature changes with before and after) and the new and resolved findings;
 * double-clicking an element selects it in the model editor. The other tab shows the review pack, with both
 * versions' diagrams and the change drawn over them, the same page {@code toride review} writes.
 */
public final class ChangesView extends ViewPart {

    /** The view's id. */
    public static final String ID = "org.toride.ui.changesView";

    private Label heading;
    private CTabFolder tabs;
    private TreeViewer tree;
    private Composite packHolder;
    private Browser pack;
    private ChangeReview review;
    private IFile file;
    private Locale locale = Locale.ENGLISH;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
        heading = new Label(parent, SWT.WRAP);
        heading.setText(Messages.ChangesView_empty);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(heading);
        tabs = new CTabFolder(parent, SWT.BOTTOM | SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs);

        tree = new TreeViewer(tabs, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        tree.getTree().setHeaderVisible(true);
        tree.getTree().setLinesVisible(true);
        tree.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return ((List<?>) input).toArray();
            }

            @Override
            public Object[] getChildren(Object parentElement) {
                return ((ChangeTree.Row) parentElement).children().toArray();
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return !((ChangeTree.Row) element).children().isEmpty();
            }
        });
        column(Messages.ChangesView_columnChange, 380, ChangeTree.Row::label);
        column(Messages.ChangesView_columnBefore, 260, ChangeTree.Row::before);
        column(Messages.ChangesView_columnAfter, 260, ChangeTree.Row::after);
        tree.addDoubleClickListener(e -> open(((IStructuredSelection) e.getSelection()).getFirstElement()));
        CTabItem changes = new CTabItem(tabs, SWT.NONE);
        changes.setText(Messages.ChangesView_tabChanges);
        changes.setControl(tree.getControl());

        packHolder = new Composite(tabs, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(packHolder);
        CTabItem packTab = new CTabItem(tabs, SWT.NONE);
        packTab.setText(Messages.ChangesView_tabReview);
        packTab.setControl(packHolder);
        tabs.setSelection(changes);
        // The browser (WebKit) starts only when the pack is first looked at.
        tabs.addListener(SWT.Selection, e -> {
            if (tabs.getSelection() == packTab) {
                showPack();
            }
        });
    }

    private void column(String title, int width, Function<ChangeTree.Row, String> text) {
        TreeViewerColumn column = new TreeViewerColumn(tree, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((ChangeTree.Row) element);
            }

            @Override
            public Color getForeground(Object element) {
                Display display = tree.getControl().getDisplay();
                return switch (((ChangeTree.Row) element).part()) {
                    case ADDED, RESOLVED_FINDING -> display.getSystemColor(SWT.COLOR_DARK_GREEN);
                    case REMOVED, NEW_FINDING -> display.getSystemColor(SWT.COLOR_DARK_RED);
                    case CHANGED, MOVED -> display.getSystemColor(SWT.COLOR_DARK_YELLOW);
                    case GROUP -> null;
                };
            }
        });
    }

    /** Shows {@code shown}, the review of {@code model}, in {@code language}. */
    public void show(ChangeReview shown, IFile model, Locale language) {
        this.review = shown;
        this.file = model;
        this.locale = language;
        ModelLabels labels = new ModelLabels(language);
        heading.setText(org.eclipse.osgi.util.NLS.bind(Messages.ChangesView_heading, new Object[] { shown.baseLabel(),
                shown.nextLabel(), DiffText.summary(shown.diff(), labels), shown.findings().summary(language) }));
        heading.getParent().layout(true);
        tree.setInput(ChangeTree.of(shown, language));
        tree.expandToLevel(2);
        if (pack != null && !pack.isDisposed()) {
            pack.setText(page());
        }
        setContentDescription("");
    }

    private void showPack() {
        if (review == null) {
            return;
        }
        if (pack == null) {
            try {
                pack = new Browser(packHolder, SWT.NONE);
                GridDataFactory.fillDefaults().grab(true, true).applyTo(pack);
            } catch (SWTError e) {
                Label unavailable = new Label(packHolder, SWT.WRAP);
                unavailable.setText(Messages.ChangesView_noBrowser + " " + e.getMessage());
                packHolder.layout(true);
                return;
            }
            packHolder.layout(true);
        }
        pack.setText(page());
    }

    private String page() {
        return new String(ChangeReviewPage.html(review, locale, null), StandardCharsets.UTF_8);
    }

    /** Selects the row's element in the model's editor (opened if needed); removed elements have nowhere to go. */
    private void open(Object row) {
        if (!(row instanceof ChangeTree.Row r) || r.elementId() == null || file == null
                || r.part() == ChangeTree.Part.REMOVED) {
            if (row instanceof ChangeTree.Row r2 && r2.part() == ChangeTree.Part.GROUP) {
                tree.setExpandedState(r2, !tree.getExpandedState(r2));
            }
            return;
        }
        try {
            IEditorPart editor = IDE.openEditor(getSite().getPage(), file, ModelEditor.ID);
            if (editor instanceof ModelEditor model) {
                model.whenLoaded(session -> {
                    if (session.element(r.elementId()) != null) {
                        model.showInTree(session.element(r.elementId()));
                    }
                });
            }
        } catch (PartInitException e) {
            heading.setText(e.getMessage());
        }
    }

    /** The review shown, or null (for tests). */
    public ChangeReview review() {
        return review;
    }

    /** The tree, for tests that drive it as a user would. */
    public TreeViewer viewer() {
        return tree;
    }

    @Override
    public void setFocus() {
        tabs.setFocus();
    }
}
