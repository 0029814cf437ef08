/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.emf;

import java.net.URL;

import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;

/**
 * Turns the images EMF.Edit item providers return (URLs of the edit bundle's icons, or composed images) into SWT
 * images owned by a control: they are disposed with it.
 */
public final class EditImages {

    private final ResourceManager resources;

    public EditImages(Control owner) {
        this.resources = new LocalResourceManager(JFaceResources.getResources(), owner);
    }

    /** The SWT image for an item provider's image object, or null. */
    public Image get(Object image) {
        ImageDescriptor descriptor = descriptor(image);
        return descriptor == null ? null : resources.create(descriptor);
    }

    /** The descriptor for an item provider's image object, or null. */
    public static ImageDescriptor descriptor(Object image) {
        if (image instanceof URL url) {
            return ImageDescriptor.createFromURL(url);
        }
        if (image instanceof ComposedImage composed && !composed.getImages().isEmpty()) {
            // Overlays are rare in this model; the base image says what the element is.
            return descriptor(composed.getImages().get(0));
        }
        if (image instanceof ImageDescriptor descriptor) {
            return descriptor;
        }
        return null;
    }
}
