/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.explorer;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.toride.model.edit.EditAdapters;

/** The item providers the Project Explorer's model content uses (one set, shared by its content and labels). */
final class ExplorerAdapters {

    private static ComposedAdapterFactory factory;

    private ExplorerAdapters() {
    }

    static synchronized ComposedAdapterFactory factory() {
        if (factory == null) {
            factory = EditAdapters.create();
        }
        return factory;
    }
}
