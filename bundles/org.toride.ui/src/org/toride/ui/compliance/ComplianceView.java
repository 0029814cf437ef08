/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.compliance;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.toride.requirements.engine.CheckResult;
import org.toride.requirements.engine.RequirementOutcome;
import org.toride.requirements.report.Compliance;
import org.toride.requirements.report.Compliance.Row;
import org.toride.requirements.report.Compliance.Status;
import org.toride.ui.Messages;
import org.toride.ui.WorkbenchServices;
import org.toride.ui.session.ModelSession;
import org.toride.ui.validation.CheckResults;

/**
 * The compliance matrix of the active model: every guideline item with its status (met, violated, waived, not
 * checkable, not applicable per profile), the counts per status, and a filter by status. It follows the active
 * model editor and updates with every re-check.
 */
public final class ComplianceView extends ViewPart {

    /** Id in plugin.xml. */
    public static final String ID = "org.toride.ui.complianceView";

    private Label summary;
    private Combo statusFilter;
    private TableViewer viewer;
    private IFile shown;
    private CheckResults results;
    private final BiConsumer<IFile, CheckResult> listener = (file, result) -> {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.getControl().getDisplay().asyncExec(() -> {
                if (file.equals(shown) || shown == null) {
                    show(file);
                }
            });
        }
    };
    private final IPartListener2 parts = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference reference) {
            if (reference.getPart(false) instanceof IEditorPart editor) {
                follow(editor);
            }
        }
    };

    /** Shows the compliance of {@code editor}'s model, once it has been read when the editor is still reading it. */
    private void follow(IEditorPart editor) {
        if (editor instanceof org.toride.ui.editor.ModelEditor modelEditor && !modelEditor.isLoaded()) {
            modelEditor.whenLoaded(session -> {
                if (viewer != null && !viewer.getControl().isDisposed()
                        && getSite().getPage().getActiveEditor() == modelEditor) {
                    show(session.file());
                }
            });
            return;
        }
        ModelSession session = editor.getAdapter(ModelSession.class);
        if (session != null) {
            show(session.file());
        }
    }

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).applyTo(parent);
        summary = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
        statusFilter = new Combo(parent, SWT.READ_ONLY);
        statusFilter.add(Messages.ComplianceView_allStatuses);
        for (Status status : Status.values()) {
            statusFilter.add(label(status));
        }
        statusFilter.select(0);
        statusFilter.addListener(SWT.Selection, e -> viewer.refresh());

        viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(viewer.getControl());
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        ColumnViewerToolTipSupport.enableFor(viewer);
        column(Messages.ComplianceView_item, 190, row -> row.item().id(), ComplianceView::image);
        column(Messages.ComplianceView_reference, 220, row -> row.item().reference(), null);
        column(Messages.ComplianceView_status, 130, row -> label(row.status()), null);
        column(Messages.ComplianceView_violations, 70, row -> row.violations() == 0 ? "" : String.valueOf(row.violations()), null);
        column(Messages.ComplianceView_waived, 70, row -> row.waived() == 0 ? "" : String.valueOf(row.waived()), null);
        column(Messages.ComplianceView_requirements, 200, row -> String.join(", ",
                row.requirements().stream().map(RequirementOutcome::requirementId).toList()), null);
        column(Messages.ComplianceView_note, 300, row -> row.justification() != null ? row.justification()
                : row.item().summary(japanese()), null);
        viewer.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer v, Object parent, Object element) {
                int index = statusFilter.getSelectionIndex();
                return index <= 0 || ((Row) element).status() == Status.values()[index - 1];
            }
        });
        results = WorkbenchServices.get(CheckResults.class);
        results.addListener(listener);
        getSite().getPage().addPartListener(parts);
        IEditorPart active = getSite().getPage().getActiveEditor();
        ModelSession session = active == null ? null : active.getAdapter(ModelSession.class);
        show(session == null ? null : session.file());
        if (active != null && session == null) {
            follow(active);
        }
    }

    private void column(String title, int width, Function<Row, String> text, Function<Row, Image> image) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Row) element);
            }

            @Override
            public Image getImage(Object element) {
                return image == null ? null : image.apply((Row) element);
            }

            @Override
            public String getToolTipText(Object element) {
                Row row = (Row) element;
                return row.item().summary(japanese()) + (row.item().check() == null ? "" : "\n\n" + row.item().check());
            }

            @Override
            public Color getForeground(Object element) {
                Status status = ((Row) element).status();
                return status == Status.NOT_APPLICABLE || status == Status.NOT_CHECKABLE
                        ? viewer.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY) : null;
            }
        });
    }

    private static Image image(Row row) {
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        return switch (row.status()) {
            case VIOLATED -> images.getImage(ISharedImages.IMG_OBJS_ERROR_TSK);
            case NOT_COVERED -> images.getImage(ISharedImages.IMG_OBJS_WARN_TSK);
            case MET, MET_WITH_WAIVERS, MET_BY_COMPENSATION -> images.getImage(ISharedImages.IMG_OBJS_INFO_TSK);
            default -> null;
        };
    }

    /** The localised name of a status. */
    public static String label(Status status) {
        return switch (status) {
            case MET -> Messages.ComplianceView_met;
            case MET_WITH_WAIVERS -> Messages.ComplianceView_metWithWaivers;
            case MET_BY_COMPENSATION -> Messages.ComplianceView_metByCompensation;
            case VIOLATED -> Messages.ComplianceView_violated;
            case NOT_APPLICABLE -> Messages.ComplianceView_notApplicable;
            case NOT_CHECKABLE -> Messages.ComplianceView_notCheckable;
            case NOT_COVERED -> Messages.ComplianceView_notCovered;
        };
    }

    /** Shows the matrix of a model file (or an explanation when there is none yet). */
    void show(IFile file) {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        shown = file;
        CheckResult result = results.latest(file);
        if (file == null || result == null) {
            viewer.setInput(List.of());
            summary.setText(file == null ? Messages.ComplianceView_noModel
                    : NLS.bind(Messages.ComplianceView_notChecked, file.getFullPath()));
            return;
        }
        List<Row> rows = Compliance.matrix(result);
        viewer.setInput(rows);
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        for (Row row : rows) {
            counts.merge(row.status(), 1, Integer::sum);
        }
        StringBuilder text = new StringBuilder(file.getFullPath().toString());
        if (result.profile() != null) {
            text.append("  —  ").append(NLS.bind(Messages.ComplianceView_profile, result.profile()));
        }
        text.append("\n");
        boolean first = true;
        for (Status status : Status.values()) {
            if (!first) {
                text.append("   ");
            }
            first = false;
            text.append(label(status)).append(": ").append(counts.getOrDefault(status, 0));
        }
        summary.setText(text.toString());
        summary.getParent().layout(true);
    }

    /** The rows shown (for tests and the export). */
    public List<?> rows() {
        Object input = viewer.getInput();
        return input instanceof List<?> list ? list : List.of();
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (results != null) {
            results.removeListener(listener);
        }
        getSite().getPage().removePartListener(parts);
        super.dispose();
    }

    /** The workbench runs in Japanese (-nl ja): the guideline's own wording for the summaries. */
    private static boolean japanese() {
        return "ja".equals(java.util.Locale.getDefault().getLanguage());
    }
}
