/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram.server.glsp;

import java.util.List;

import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.ActionHandler;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;
import org.eclipse.glsp.server.types.GLSPServerException;
import org.toride.diagram.DiagramScope;

import com.google.inject.Inject;

/** Applies {@link ScopeActions} to the session's scope and sends the model again. */
public class ScopeActionHandler implements ActionHandler {

    @Inject
    private ModelSubmissionHandler submission;

    @Inject
    private HandleModelState state;

    @Override
    public List<Class<? extends Action>> getHandledActionTypes() {
        return List.of(ScopeActions.ToggleZone.class, ScopeActions.ToggleBundle.class, ScopeActions.FilterService.class,
                ScopeActions.Overview.class);
    }

    @Override
    public List<Action> execute(Action action) {
        if (!state.isAttached()) {
            return none();
        }
        if (action instanceof ScopeActions.ToggleZone toggle) {
            state.scope(state.scope().withZone(required(toggle.zoneId, "zoneId"), toggle.expand));
        } else if (action instanceof ScopeActions.ToggleBundle toggle) {
            state.scope(state.scope().withBundle(required(toggle.bundleId, "bundleId"), toggle.expand));
        } else if (action instanceof ScopeActions.FilterService filter) {
            String service = filter.serviceId == null || filter.serviceId.isBlank() ? null : filter.serviceId;
            if (service != null) {
                // an unknown id is the page's mistake: say so rather than show an empty diagram
                state.handle().read(() -> DiagramScope.service(state.model(), service));
            }
            state.scope(state.scope().withService(service));
        } else if (action instanceof ScopeActions.Overview overview) {
            state.overviewChosen(overview.overview);
        }
        return submission.submitModel("scopeChange");
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new GLSPServerException(name + " is missing");
        }
        return value;
    }
}
