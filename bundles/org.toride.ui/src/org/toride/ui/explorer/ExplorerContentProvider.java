/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.explorer;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.toride.core.io.LoadResult;
import org.toride.core.io.ModelLoader;
import org.toride.model.SecurityModel;
import org.toride.ui.emf.ModelContentProvider;

/**
 * Project Explorer content under a {@code *.toride} file: the model's elements in folders (services, zones, assets by
 * kind, flows, suppliers, controls, risks, plans). The model is read from disk (read-only here; editing happens in
 * the model editor) and re-read when the file changes. It is read in the background, a {@link Loading} item
 * standing under the file meanwhile: reading a 100,000-element model takes seconds, which expanding the file held
 * the UI for.
 */
public final class ExplorerContentProvider extends ModelContentProvider implements IResourceChangeListener {

    /** What stands under a model file while it is read. */
    public record Loading(IFile file) {
    }

    private final Map<IFile, SecurityModel> models = new ConcurrentHashMap<>();
    /** Files being read, and those that could not be read (nothing under them until they change). */
    private final java.util.Set<IFile> reading = ConcurrentHashMap.newKeySet();
    private final java.util.Set<IFile> unreadable = ConcurrentHashMap.newKeySet();
    /** Which file each shown model came from, across every explorer instance. */
    private static final Map<SecurityModel, IFile> FILES = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());
    private StructuredViewer viewer;

    public ExplorerContentProvider() {
        super(ExplorerAdapters.factory());
        ResourcesPlugin.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
    }

    @Override
    public Object[] getChildren(Object parent) {
        if (parent instanceof IFile file) {
            SecurityModel model = models.get(file);
            if (model != null) {
                return super.getChildren(model);
            }
            if (unreadable.contains(file) || file.getLocation() == null) {
                return new Object[0];
            }
            read(file);
            return new Object[] {new Loading(file)};
        }
        return parent instanceof Loading ? new Object[0] : super.getChildren(parent);
    }

    @Override
    public boolean hasChildren(Object element) {
        if (element instanceof IFile file) {
            return "toride".equals(file.getFileExtension());
        }
        return !(element instanceof Loading) && super.hasChildren(element);
    }

    @Override
    public Object getParent(Object element) {
        if (element instanceof Loading loading) {
            return loading.file();
        }
        Object parent = super.getParent(element);
        if (parent instanceof SecurityModel model) {
            return fileOf(model);
        }
        return parent;
    }

    /** The file a model element was read from (for opening it in the editor). */
    public static IFile fileOf(EObject element) {
        EObject root = element;
        while (root.eContainer() != null) {
            root = root.eContainer();
        }
        return root instanceof SecurityModel model ? FILES.get(model) : null;
    }

    /** Reads a model file in the background, then shows its elements under it. */
    private void read(IFile file) {
        if (!reading.add(file)) {
            return;
        }
        org.eclipse.core.runtime.jobs.Job job = org.eclipse.core.runtime.jobs.Job.create(
                org.eclipse.osgi.util.NLS.bind(org.toride.ui.Messages.Explorer_reading, file.getName()),
                monitor -> {
                    try {
                        LoadResult loaded = new ModelLoader().load(file.getLocation().toFile().toPath());
                        if (loaded.hasErrors() || loaded.model() == null) {
                            unreadable.add(file);
                        } else {
                            FILES.put(loaded.model(), file);
                            models.put(file, loaded.model());
                        }
                    } catch (RuntimeException e) {
                        unreadable.add(file);
                    } finally {
                        reading.remove(file);
                        refreshLater(file);
                    }
                });
        job.setSystem(true);
        job.schedule();
    }

    private void refreshLater(IFile file) {
        StructuredViewer target = viewer;
        if (target != null && !target.getControl().isDisposed()) {
            target.getControl().getDisplay().asyncExec(() -> {
                if (!target.getControl().isDisposed()) {
                    target.refresh(file);
                }
            });
        }
    }

    @Override
    public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
        super.inputChanged(newViewer, oldInput, newInput);
        viewer = newViewer instanceof StructuredViewer structured ? structured : null;
    }

    @Override
    public void resourceChanged(IResourceChangeEvent event) {
        if (event.getDelta() == null) {
            return;
        }
        try {
            event.getDelta().accept(delta -> {
                if (delta.getResource().getType() == IResource.FILE) {
                    if (delta.getResource() instanceof IFile file
                            && (models.containsKey(file) || unreadable.contains(file))
                            && (delta.getKind() == IResourceDelta.REMOVED || (delta.getFlags() & IResourceDelta.CONTENT) != 0)) {
                        models.remove(file);
                        unreadable.remove(file);
                        refreshLater(file);
                    }
                    return false;
                }
                return true;
            });
        } catch (CoreException e) {
            // A delta that cannot be walked leaves the cached models as they were.
        }
    }

    @Override
    public void dispose() {
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
        models.clear();
        unreadable.clear();
        super.dispose();
    }
}
