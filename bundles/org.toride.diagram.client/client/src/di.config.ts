/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
import {
    bindOrRebind,
    ConsoleLogger,
    configureDefaultModelElements,
    configureModelElement,
    createDiagramOptionsModule,
    DefaultTypes,
    ExportSvgAction,
    FeatureModule,
    GGraph,
    GIssueMarker,
    GlspHoverMouseListener,
    IActionHandler,
    IDiagramOptions,
    initializeDiagramContainer,
    LogLevel,
    overrideModelElement,
    STANDALONE_MODULES,
    standaloneExportModule,
    exportModule,
    ExportSvgKeyListener,
    bindAsService,
    TYPES,
    ViewerOptions,
    configureActionHandler,
    contextMenuModule,
    MessageAction,
    SelectAction,
    ToolPalette,
    GlspEditLabelUI,
    undoRedoModule
} from '@eclipse-glsp/client';
import { Container, injectable } from 'inversify';
import '../css/diagram.css';
import { EdgeEditTool } from '@eclipse-glsp/client';
import { TorideEdgeEditTool } from './edge-edit';
import { TorideToolPalette } from './palette';
import { TorideEditLabelUI } from './label-edit';
import { ErrorReporter } from './errors';
import { AssetNode, EdgeLabel, NameLabel, ZoneNode, ASSET, CONDUIT, EDGE_LABEL, FLOW, FLOW_BUNDLE, NAME_LABEL, ZONE } from './model';
import { OverviewMouseListener } from './overview';
import { RevealSelectionHandler } from './reveal';
import { MarkerPopupHoverListener } from './hover';
import { AssetView, TorideEdgeView, TorideGraphView, ZoneView } from './views';
import { GEdge, GLabelView } from '@eclipse-glsp/client';

/** Export SVG downloads the file in the page, named after the model and view. */
@injectable()
export class DownloadSvgHandler implements IActionHandler {
    static fileName = 'diagram.svg';
    handle(action: ExportSvgAction): void {
        const blob = new Blob([action.svg], { type: 'image/svg+xml;charset=utf-8' });
        const url = URL.createObjectURL(blob);
        const a = document.createElement('a');
        a.href = url;
        a.download = DownloadSvgHandler.fileName;
        document.body.appendChild(a);
        a.click();
        a.remove();
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
        (window as unknown as { torideDiagram?: { lastExportedSvg?: string } }).torideDiagram!.lastExportedSvg = action.svg;
    }
}

/** Server messages of severity ERROR (such as a model that does not load) are shown in the page, not only logged. */
@injectable()
export class MessageHandler implements IActionHandler {
    handle(action: MessageAction): void {
        const severity = (action.severity ?? 'INFO').toUpperCase();
        if (severity === 'ERROR' || severity === 'FATAL') {
            ErrorReporter.show(action.message, action.details);
        } else if (severity !== 'NONE' && action.message) {
            // WARNING: a problem the user can work on through, such as a save that failed (kept until cleared)
            ErrorReporter.notice(action.message, severity === 'WARNING');
        } else {
            ErrorReporter.notice('');
        }
    }
}

export const torideDiagramModule = new FeatureModule(
    (bind, unbind, isBound, rebind) => {
        const context = { bind, unbind, isBound, rebind };
        bindOrRebind(context, TYPES.ILogger).to(ConsoleLogger).inSingletonScope();
        bindOrRebind(context, TYPES.LogLevel).toConstantValue(LogLevel.warn);
        configureDefaultModelElements(context);
        overrideModelElement(context, DefaultTypes.GRAPH, GGraph, TorideGraphView);
        configureModelElement(context, ZONE, ZoneNode, ZoneView);
        configureModelElement(context, ASSET, AssetNode, AssetView);
        configureModelElement(context, CONDUIT, GEdge, TorideEdgeView);
        configureModelElement(context, FLOW, GEdge, TorideEdgeView);
        configureModelElement(context, FLOW_BUNDLE, GEdge, TorideEdgeView);
        configureModelElement(context, NAME_LABEL, NameLabel, GLabelView);
        configureModelElement(context, EDGE_LABEL, EdgeLabel, GLabelView);
        rebind(GlspHoverMouseListener).to(MarkerPopupHoverListener).inSingletonScope();
        // reconnect by dragging an edge's end (see edge-edit.ts)
        bind(TorideEdgeEditTool).toSelf().inSingletonScope();
        rebind(EdgeEditTool).toService(TorideEdgeEditTool);
        // double-clicks that open and close zones of the overview and flow bundles (overview.ts)
        bindAsService(context, TYPES.MouseListener, OverviewMouseListener);
        // a selection from the host (tree, Impact view) that is out of view is brought into view (reveal.ts)
        bind(RevealSelectionHandler).toSelf().inSingletonScope();
        configureActionHandler(context, SelectAction.KIND, RevealSelectionHandler);
        bind(MessageHandler).toSelf().inSingletonScope();
        configureActionHandler(context, MessageAction.KIND, MessageHandler);
    },
    { featureId: Symbol('torideDiagram') }
);

/** Replaces GLSP's standalone export handler (file-saver, fixed name) with ours. */
export const torideExportModule = new FeatureModule(
    (bind, unbind, isBound, rebind) => {
        const context = { bind, unbind, isBound, rebind };
        bindAsService(context, TYPES.KeyListener, ExportSvgKeyListener);
        bind(DownloadSvgHandler).toSelf().inSingletonScope();
        configureActionHandler(context, ExportSvgAction.KIND, DownloadSvgHandler);
    },
    { featureId: Symbol('torideExport'), requires: exportModule }
);

/**
 * The page's container. In a host with key bindings of its own (`host=workbench`: the workbench's Edit ▸ Undo and
 * Redo act on the same command stack) the page leaves Ctrl+Z and Ctrl+Shift+Z to the host, or one key press would
 * undo two steps; alone in a browser it handles them itself.
 */
export function createContainer(
    options: IDiagramOptions,
    viewerOptions?: Partial<ViewerOptions>,
    hostHandlesUndoKeys = false
): Container {
    const standalone = STANDALONE_MODULES.filter(m => m !== standaloneExportModule && !(hostHandlesUndoKeys && m === undoRedoModule));
    const container = initializeDiagramContainer(
        new Container(),
        createDiagramOptionsModule(options, viewerOptions),
        torideDiagramModule,
        // no context menu: the server offers no items and a standalone page has no menu service (GLSP warned
        // "'TYPES.IContextMenuService' is not bound" on every load)
        { add: [...standalone, torideExportModule], remove: contextMenuModule }
    );
    // rubber-band selection takes whole elements
    container.bind(TYPES.IMarqueeBehavior).toConstantValue({ entireEdge: true, entireElement: true });
    // the palette's own words in the page's language (palette.ts); IUIExtension and the handlers use ToolPalette
    container.rebind(ToolPalette).to(TorideToolPalette).inSingletonScope();
    // the name editor without sprotty's stray blur timer (label-edit.ts); IUIExtension resolves through it too
    container.rebind(GlspEditLabelUI).to(TorideEditLabelUI).inSingletonScope();
    return container;
}
