/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.compare.diff;

import org.eclipse.emf.ecore.EClass;
import org.toride.compare.ElementState;

/**
 * An element as a change names it: id, metamodel class and name.
 *
 * @param id   the element's id
 * @param type its metamodel class
 * @param name its name (in the newer version where it has two), or null
 */
public record ElementRef(String id, EClass type, String name) {

    /** The reference to {@code element}. */
    public static ElementRef of(ElementState element) {
        return new ElementRef(element.id(), element.type(), element.name());
    }
}
