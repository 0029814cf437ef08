/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram.server.glsp;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.actions.CenterAction;
import org.eclipse.glsp.server.actions.SaveModelAction;
import org.eclipse.glsp.server.actions.SelectAction;
import org.eclipse.glsp.server.di.ClientId;
import org.eclipse.glsp.server.di.DiagramType;
import org.eclipse.glsp.server.features.core.model.RequestModelAction;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.session.ClientSession;
import org.eclipse.glsp.server.session.ClientSessionListener;
import org.eclipse.glsp.server.session.ClientSessionManager;
import org.eclipse.glsp.server.types.GLSPServerException;
import org.toride.diagram.server.DiagramTypes;
import org.toride.diagram.server.ModelHandle;
import org.toride.diagram.server.ModelRegistry;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * "Loading" a diagram's source model is finding the host's {@link ModelHandle} registered under the client's
 * {@code sourceUri}; saving is asking the host to save. The session is tied to the handle until it ends: selection
 * requests from the host become select and center actions for the client.
 */
public class HandleModelStorage implements SourceModelStorage {

    @Inject
    private HandleModelState state;

    @Inject
    private ModelRegistry registry;

    @Inject
    @DiagramType
    private String diagramType;

    @Inject
    @ClientId
    private String clientId;

    @Inject
    private ClientSessionManager sessions;

    @Inject
    private ConnectionHandle connection;

    @Inject
    private Provider<ActionDispatcher> dispatcher;

    @Override
    public void loadSourceModel(RequestModelAction action) {
        String key = action.getOptions() == null ? null : action.getOptions().get("sourceUri");
        ModelHandle handle = registry.lookup(key).orElseThrow(() -> new GLSPServerException(
                "No model '" + key + "' is open on this diagram server"));
        if (state.isAttached()) {
            return;
        }
        state.attach(key, handle, DiagramTypes.view(diagramType));
        state.locale(org.toride.diagram.server.DiagramTexts.locale(action.getOptions().get("lang")));
        state.onDetach(registry.attachSession(key, this::endSession));
        state.onDetach(handle.onSelectionRequest(this::select));
        ClientSessionListener ended = new ClientSessionListener() {
            @Override
            public void sessionDisposed(ClientSession session) {
                state.detach();
            }
        };
        sessions.addListener(ended, clientId);
        state.onDetach(() -> sessions.removeListener(ended));
    }

    @Override
    public void saveSourceModel(SaveModelAction action) {
        state.handle().save();
    }

    /** The host asks the diagram to show these elements: select exactly them and bring them into view. */
    private void select(List<String> elementIds) {
        List<String> shown = new ArrayList<>();
        for (String id : elementIds) {
            if (state.getIndex().get(id).isPresent()) {
                shown.add(id);
            }
        }
        dispatcher.get().dispatch(SelectAction.setSelection(shown));
        if (!shown.isEmpty()) {
            dispatcher.get().dispatch(new CenterAction(shown, true, true));
        }
    }

    /** The model was unregistered: end this session and its connection (its page cannot show anything else). */
    private void endSession() {
        sessions.disposeClientSession(clientId);
        connection.close("model closed");
    }
}
