/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

/**
 * Errors and warnings as you type: shortly after each change the document is parsed and validated (same injector and
 * validator as {@code toride check} and the language server) and the issues replace the previous ones as
 * annotations. While installed, saving the file also refreshes its problem markers ({@link ProblemMarkers}).
 */
public class RequirementsReconciler extends MonoReconciler {

    private final Validation validation;
    private final ProblemMarkers markers;
    private ProblemMarkers.SaveListener saveListener;

    /** A reconciler validating 300 ms after the last change. */
    @Inject
    RequirementsReconciler(RequirementDocuments documents, ProblemMarkers markers) {
        this(new Validation(documents), markers);
    }

    private RequirementsReconciler(Validation validation, ProblemMarkers markers) {
        super(validation, false);
        this.validation = validation;
        this.markers = markers;
        setDelay(300);
    }

    @Override
    public void install(ITextViewer viewer) {
        super.install(viewer);
        validation.viewer = viewer instanceof ISourceViewer source ? source : null;
    }

    /** The viewer has a document (it has none yet when the reconciler is installed): listen for saves of its file. */
    @Override
    protected void reconcilerDocumentChanged(IDocument document) {
        super.reconcilerDocumentChanged(document);
        stopListening();
        IFile file = document == null ? null : RequirementDocuments.file(document);
        if (file != null) {
            saveListener = markers.listenForSaves(file);
        }
    }

    @Override
    public void uninstall() {
        stopListening();
        validation.clear();
        super.uninstall();
    }

    private void stopListening() {
        if (saveListener != null) {
            saveListener.dispose();
            saveListener = null;
        }
    }

    private static final class Validation implements IReconcilingStrategy, IReconcilingStrategyExtension {

        private final RequirementDocuments documents;
        private volatile ISourceViewer viewer;
        private IDocument document;
        private IProgressMonitor monitor;
        private final List<Annotation> shown = new ArrayList<>();

        Validation(RequirementDocuments documents) {
            this.documents = documents;
        }

        @Override
        public void setDocument(IDocument document) {
            this.document = document;
        }

        @Override
        public void setProgressMonitor(IProgressMonitor monitor) {
            this.monitor = monitor;
        }

        @Override
        public void initialReconcile() {
            validate();
        }

        @Override
        public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
            validate();
        }

        @Override
        public void reconcile(IRegion partition) {
            validate();
        }

        private void validate() {
            IDocument current = document;
            if (current == null) {
                return;
            }
            String text = current.get();
            try {
                List<Issue> issues = documents.problems(documents.parseLinked(text, current),
                        () -> monitor != null && monitor.isCanceled());
                if (monitor != null && monitor.isCanceled()) {
                    return;
                }
                Map<Annotation, Position> annotations = new HashMap<>();
                for (Issue issue : issues) {
                    annotations.put(new Annotation(Problems.annotationType(issue), false, issue.getMessage()),
                            new Position(Problems.offset(issue, text), Problems.length(issue, text)));
                }
                show(annotations);
            } catch (RuntimeException e) {
                ILog.of(RequirementsReconciler.class).error(Messages.Log_validation, e);
            }
        }

        private synchronized void show(Map<Annotation, Position> annotations) {
            IAnnotationModel model = viewer == null ? null : viewer.getAnnotationModel();
            if (model == null) {
                return;
            }
            if (model instanceof IAnnotationModelExtension extension) {
                extension.replaceAnnotations(shown.toArray(Annotation[]::new), annotations);
            } else {
                shown.forEach(model::removeAnnotation);
                annotations.forEach(model::addAnnotation);
            }
            shown.clear();
            shown.addAll(annotations.keySet());
        }

        synchronized void clear() {
            show(Map.of());
        }
    }
}
