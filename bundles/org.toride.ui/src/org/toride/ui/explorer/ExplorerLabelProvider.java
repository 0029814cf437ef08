/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.explorer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.ILabelProviderListener;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.navigator.ICommonContentExtensionSite;
import org.eclipse.ui.navigator.ICommonLabelProvider;
import org.eclipse.emf.ecore.EObject;
import org.toride.model.ModelElement;
import org.toride.ui.emf.ModelLabelProvider;
import org.toride.ui.emf.ModelLabelProvider.Problem;
import org.toride.ui.validation.FindingMarkers;

/** Labels of model elements in the Project Explorer, with the overlay of the worst finding marker on them. */
public final class ExplorerLabelProvider implements ICommonLabelProvider {

    private ModelLabelProvider labels;
    private Shell owner;

    @Override
    public void init(ICommonContentExtensionSite site) {
        owner = new Shell(Display.getCurrent());
        labels = new ModelLabelProvider(ExplorerAdapters.factory(), owner, this::problemOf);
    }

    private Problem problemOf(Object element) {
        if (!(element instanceof ModelElement modelElement) || modelElement.getId() == null) {
            return Problem.NONE;
        }
        IFile file = ExplorerContentProvider.fileOf((EObject) element);
        if (file == null || !file.exists()) {
            return Problem.NONE;
        }
        try {
            Problem worst = Problem.NONE;
            for (IMarker marker : file.findMarkers(FindingMarkers.FINDING, false, 0)) {
                if (modelElement.getId().equals(marker.getAttribute(FindingMarkers.ELEMENT_ID, null))) {
                    int severity = marker.getAttribute(IMarker.SEVERITY, IMarker.SEVERITY_INFO);
                    if (severity == IMarker.SEVERITY_ERROR) {
                        return Problem.ERROR;
                    }
                    if (severity == IMarker.SEVERITY_WARNING) {
                        worst = Problem.WARNING;
                    }
                }
            }
            return worst;
        } catch (CoreException e) {
            return Problem.NONE;
        }
    }

    @Override
    public Image getImage(Object element) {
        return element instanceof IFile ? null : labels.getImage(element);
    }

    @Override
    public String getText(Object element) {
        return element instanceof IFile ? null : labels.getText(element);
    }

    @Override
    public String getDescription(Object element) {
        return element instanceof IFile ? null : labels.getText(element);
    }

    @Override
    public void addListener(ILabelProviderListener listener) {
    }

    @Override
    public void removeListener(ILabelProviderListener listener) {
    }

    @Override
    public boolean isLabelProperty(Object element, String property) {
        return false;
    }

    @Override
    public void restoreState(org.eclipse.ui.IMemento memento) {
    }

    @Override
    public void saveState(org.eclipse.ui.IMemento memento) {
    }

    @Override
    public void dispose() {
        if (labels != null) {
            labels.dispose();
        }
        if (owner != null && !owner.isDisposed()) {
            owner.dispose();
        }
    }
}
