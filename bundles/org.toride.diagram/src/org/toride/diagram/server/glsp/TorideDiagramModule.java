/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram.server.glsp;

import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.actions.ActionHandler;
import org.eclipse.glsp.server.di.DiagramModule;
import org.eclipse.glsp.server.di.MultiBinding;
import org.eclipse.glsp.server.diagram.DiagramConfiguration;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.features.directediting.LabelEditValidator;
import org.eclipse.glsp.server.features.popup.PopupModelFactory;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;
import org.eclipse.glsp.server.model.GModelState;
import org.eclipse.glsp.server.operations.CompoundOperationHandler;
import org.eclipse.glsp.server.operations.OperationHandler;
import org.toride.diagram.server.operations.ChangeBoundsHandler;
import org.toride.diagram.server.operations.ChangeContainerHandler;
import org.toride.diagram.server.operations.CreateEdgeHandler;
import org.toride.diagram.server.operations.CreateNodeHandler;
import org.toride.diagram.server.operations.DeleteHandler;
import org.toride.diagram.server.operations.LayoutAllHandler;
import org.toride.diagram.server.operations.NameValidator;
import org.toride.diagram.server.operations.ReconnectHandler;
import org.toride.diagram.server.operations.RenameHandler;
import org.toride.diagram.server.operations.RoutingPointsHandler;

/**
 * What both Toride diagrams share: state, storage and graph come from a host's ModelHandle, every operation is an
 * EMF command on its stack. The subclasses only name their diagram type; the view follows from it.
 */
public abstract class TorideDiagramModule extends DiagramModule {

    @Override
    protected Class<? extends ActionDispatcher> bindActionDispatcher() {
        return ClosedModelTolerantDispatcher.class;
    }

    @Override
    protected Class<? extends GModelState> bindGModelState() {
        return HandleModelState.class;
    }

    @Override
    protected Class<? extends SourceModelStorage> bindSourceModelStorage() {
        return HandleModelStorage.class;
    }

    @Override
    protected Class<? extends GModelFactory> bindGModelFactory() {
        return ViewModelFactory.class;
    }

    @Override
    protected Class<? extends DiagramConfiguration> bindDiagramConfiguration() {
        return TorideDiagramConfiguration.class;
    }

    @Override
    protected Class<? extends ToolPaletteItemProvider> bindToolPaletteItemProvider() {
        return TorideToolPalette.class;
    }

    @Override
    protected Class<? extends LabelEditValidator> bindLabelEditValidator() {
        return NameValidator.class;
    }

    @Override
    protected Class<? extends PopupModelFactory> bindPopupModelFactory() {
        return FindingPopups.class;
    }

    @Override
    protected void configureActionHandlers(MultiBinding<ActionHandler> binding) {
        super.configureActionHandlers(binding);
        binding.add(SelectionForwarder.class);
        binding.add(RefreshDiagramActionHandler.class);
        binding.add(ScopeActionHandler.class);
    }

    @Override
    protected void configureOperationHandlers(MultiBinding<OperationHandler<?>> binding) {
        // Not GLSP's defaults: its layout handler wants a LayoutEngine and cut assumes GLSP's own command stack.
        binding.add(CompoundOperationHandler.class);
        binding.add(CreateNodeHandler.class);
        binding.add(CreateEdgeHandler.class);
        binding.add(DeleteHandler.class);
        binding.add(ChangeBoundsHandler.class);
        binding.add(ChangeContainerHandler.class);
        binding.add(ReconnectHandler.class);
        binding.add(RenameHandler.class);
        binding.add(LayoutAllHandler.class);
        binding.add(RoutingPointsHandler.class);
    }
}
