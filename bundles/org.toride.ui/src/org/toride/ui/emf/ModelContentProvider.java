/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.emf;

import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Display;
import org.toride.model.SecurityModel;

/**
 * Tree content over EMF.Edit item providers (the role of EMF's AdapterFactoryContentProvider, which lives in the
 * unobtainable edit.ui): children come from {@link ITreeItemContentProvider}, the root's lists are shown as
 * {@link ModelGroup folders}, and the viewer is refreshed from the item providers' viewer notifications.
 */
public class ModelContentProvider implements ITreeContentProvider, INotifyChangedListener {

    private static final Object[] NONE = new Object[0];

    private final AdapterFactory adapterFactory;
    private StructuredViewer viewer;

    public ModelContentProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
        if (adapterFactory instanceof IChangeNotifier notifier) {
            notifier.addListener(this);
        }
    }

    @Override
    public Object[] getElements(Object input) {
        if (input instanceof Resource resource) {
            return resource.getContents().toArray();
        }
        if (input instanceof Object[] array) {
            return array;
        }
        if (input instanceof Collection<?> collection) {
            return collection.toArray();
        }
        return getChildren(input);
    }

    @Override
    public Object[] getChildren(Object parent) {
        if (parent instanceof SecurityModel model) {
            return ModelGrouping.rootChildren(model).toArray();
        }
        if (parent instanceof ModelGroup group) {
            return ModelGrouping.groupChildren(group).toArray();
        }
        ITreeItemContentProvider provider = treeProvider(parent);
        return provider == null ? NONE : provider.getChildren(parent).toArray();
    }

    @Override
    public Object getParent(Object element) {
        if (element instanceof ModelGroup group) {
            return group.parentGroup() == null ? group.owner() : group.parentGroup();
        }
        if (element instanceof EObject object) {
            ModelGroup group = ModelGrouping.groupOf(object);
            if (group != null) {
                return group;
            }
            return object.eContainer();
        }
        return null;
    }

    @Override
    public boolean hasChildren(Object element) {
        if (element instanceof SecurityModel) {
            return true;
        }
        if (element instanceof ModelGroup group) {
            // A slice is never empty; asking would walk the whole list once per slice.
            return group.slice() >= 0 || group.size() > 0;
        }
        ITreeItemContentProvider provider = treeProvider(element);
        return provider != null && provider.hasChildren(element);
    }

    private ITreeItemContentProvider treeProvider(Object element) {
        return element == null ? null
                : (ITreeItemContentProvider) adapterFactory.adapt(element, ITreeItemContentProvider.class);
    }

    @Override
    public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
        this.viewer = newViewer instanceof StructuredViewer structured ? structured : null;
    }

    @Override
    public void notifyChanged(Notification notification) {
        StructuredViewer target = viewer;
        if (target == null || target.getControl() == null || target.getControl().isDisposed()) {
            return;
        }
        Runnable refresh = () -> refresh(target, notification);
        if (Display.getCurrent() == target.getControl().getDisplay()) {
            refresh.run();
        } else {
            target.getControl().getDisplay().asyncExec(refresh);
        }
    }

    private static void refresh(StructuredViewer target, Notification notification) {
        if (target.getControl().isDisposed()) {
            return;
        }
        if (!(notification instanceof IViewerNotification change)) {
            return;
        }
        Object element = change.getElement();
        if (change.isContentRefresh()) {
            // A change of the root's lists changes folders too; refreshing the root covers both.
            target.refresh(element, change.isLabelUpdate());
        } else if (change.isLabelUpdate() && element != null) {
            target.update(element, null);
        }
    }

    @Override
    public void dispose() {
        if (adapterFactory instanceof IChangeNotifier notifier) {
            notifier.removeListener(this);
        }
        viewer = null;
    }
}
