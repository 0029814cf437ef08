/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.emf;

import java.util.function.Function;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.DecorationOverlayIcon;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/**
 * Labels and icons from EMF.Edit item providers (the role of edit.ui's AdapterFactoryLabelProvider), folders for
 * {@link ModelGroup}s, and an error or warning overlay on elements that have findings.
 */
public class ModelLabelProvider extends LabelProvider {

    /** Worst problem on an element, for its overlay. */
    public enum Problem {
        NONE, WARNING, ERROR
    }

    private final AdapterFactory adapterFactory;
    private final EditImages images;
    private final Function<Object, Problem> problems;

    /**
     * @param owner    the control whose lifetime the images share
     * @param problems the worst finding of an element (may return NONE for everything)
     */
    public ModelLabelProvider(AdapterFactory adapterFactory, Control owner, Function<Object, Problem> problems) {
        this.adapterFactory = adapterFactory;
        this.images = new EditImages(owner);
        this.problems = problems;
    }

    @Override
    public String getText(Object element) {
        if (element instanceof ModelGroup group) {
            return group.label() + " (" + group.size() + ")";
        }
        IItemLabelProvider provider = labelProvider(element);
        return provider != null ? provider.getText(element) : String.valueOf(element);
    }

    @Override
    public Image getImage(Object element) {
        if (element instanceof ModelGroup) {
            return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_FOLDER);
        }
        IItemLabelProvider provider = labelProvider(element);
        if (provider == null) {
            return null;
        }
        ImageDescriptor base = EditImages.descriptor(provider.getImage(element));
        if (base == null) {
            return null;
        }
        Problem problem = problems.apply(element);
        if (problem == Problem.NONE) {
            return images.get(base);
        }
        ImageDescriptor overlay = PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(
                problem == Problem.ERROR ? ISharedImages.IMG_DEC_FIELD_ERROR : ISharedImages.IMG_DEC_FIELD_WARNING);
        return images.get(new DecorationOverlayIcon(base, overlay, IDecoration.BOTTOM_LEFT));
    }

    private IItemLabelProvider labelProvider(Object element) {
        return element == null ? null : (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
    }
}
