/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui.impact;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.toride.core.impact.ImpactReport;
import org.toride.core.impact.Isolation;
import org.toride.core.impact.IsolationCost;
import org.toride.model.Conduit;
import org.toride.model.IsolationPoint;
import org.toride.model.SecurityModel;

/**
 * What cutting an isolation point's conduit stops, computed from the model, shown beside the impact the user typed
 * (Annex 3 ③: know beforehand what stops when a link is cut). The review report prints the same pair.
 */
public final class ComputedImpact {

    private ComputedImpact() {
    }

    /** The computed impact of {@code element} when it is an isolation point on a conduit of a model; else null. */
    public static String of(EObject element) {
        if (!(element instanceof IsolationPoint point) || !(point.eContainer() instanceof Conduit conduit)
                || !(EcoreUtil.getRootContainer(conduit) instanceof SecurityModel model)) {
            return null;
        }
        IsolationCost cost = IsolationCost.of(model, Isolation.cutting(List.of(conduit)));
        return ImpactReport.costText(cost, "ja".equals(Locale.getDefault().getLanguage()) ? "ja" : "en");
    }
}
