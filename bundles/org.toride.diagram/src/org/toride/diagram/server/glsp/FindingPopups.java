/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram.server.glsp;

import java.util.List;
import java.util.Optional;

import org.eclipse.glsp.graph.GHtmlRoot;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.builder.impl.GHtmlRootBuilder;
import org.eclipse.glsp.graph.builder.impl.GPreRenderedElementBuilder;
import org.eclipse.glsp.server.features.popup.PopupModelFactory;
import org.eclipse.glsp.server.features.popup.RequestPopupModelAction;
import org.toride.diagram.server.DiagramFinding;
import org.toride.diagram.server.ViewGraph;

import com.google.inject.Inject;

/**
 * A marker's findings, sent when the page hovers it (GLSP's RequestPopupModelAction, answered with a
 * SetPopupModelAction over the session's websocket) rather than with every model: on a large view their texts
 * were most of the model's bytes. The popup is the one GLSP's client built from the texts (ViewGraph#popupHtml);
 * other elements have none.
 */
public class FindingPopups implements PopupModelFactory {

    @Inject
    private HandleModelState state;

    @Override
    public Optional<GHtmlRoot> createPopupModel(GModelElement element, RequestPopupModelAction action) {
        List<DiagramFinding> findings = state.shownFindings().get(element.getId());
        if (findings == null || findings.isEmpty()) {
            return Optional.empty();
        }
        GHtmlRoot popup = new GHtmlRootBuilder("html").id("sprotty-popup")
                .add(new GPreRenderedElementBuilder("pre-rendered").id("popup-title").code(ViewGraph.popupHtml(findings))
                        .build())
                .build();
        popup.setCanvasBounds(action.getBounds());
        return Optional.of(popup);
    }
}
