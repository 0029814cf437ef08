/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.properties;

import org.eclipse.jface.viewers.IFilter;
import org.toride.model.ModelElement;

/** Tabs for model elements only (folders and the resource have none). */
public final class ModelElementFilter implements IFilter {

    @Override
    public boolean select(Object toTest) {
        return toTest instanceof ModelElement;
    }
}
