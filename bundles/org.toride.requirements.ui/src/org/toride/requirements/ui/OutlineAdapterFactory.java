/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.ui;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

import com.google.inject.Inject;

/** Gives a text editor (the Generic Editor) showing a requirement file its outline page. */
public class OutlineAdapterFactory implements IAdapterFactory {

    @Inject
    private RequirementDocuments documents;

    /** The content type of requirement files (plugin.xml). */
    public static final String CONTENT_TYPE = "org.toride.requirements.treq";

    @Override
    public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
        if (adapterType == IContentOutlinePage.class && adaptable instanceof ITextEditor editor
                && isRequirementFile(editor.getEditorInput())) {
            return adapterType.cast(new RequirementsOutlinePage(editor, documents));
        }
        return null;
    }

    @Override
    public Class<?>[] getAdapterList() {
        return new Class<?>[] { IContentOutlinePage.class };
    }

    private static boolean isRequirementFile(IEditorInput input) {
        IContentType type = Platform.getContentTypeManager().getContentType(CONTENT_TYPE);
        return input != null && type != null && type.isAssociatedWith(input.getName());
    }
}
