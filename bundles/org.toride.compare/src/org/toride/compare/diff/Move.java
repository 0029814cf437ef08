/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.compare.diff;

import org.eclipse.emf.ecore.EReference;

/**
 * An element that changed place in the network: an asset to another zone, or a zone under another parent. Reviewers
 * ask about these first (a server moved into the DMZ changes who can reach it), so a diff lists them apart.
 *
 * @param element the element moved
 * @param feature {@code Asset.zone} or {@code Zone.parent}
 * @param from    id of the zone it was in (null: none)
 * @param to      id of the zone it is in now (null: none)
 */
public record Move(ElementRef element, EReference feature, String from, String to) {
}
