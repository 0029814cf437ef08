/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
// Entry of the diagram page: diagram.html?token=T&model=KEY&view=network|dataflow (see docs/diagrams.md).
import 'reflect-metadata';

import {
    ActionHandlerRegistry,
    BaseJsonrpcGLSPClient,
    createWebSocketConnection,
    DiagramLoader,
    GLSPActionDispatcher,
    GLSPActionHandlerRegistry,
    SelectAction,
    SelectionService,
    wrap
} from '@eclipse-glsp/client';
import { Container } from 'inversify';
import { createContainer, DownloadSvgHandler } from './di.config';
import { ErrorReporter } from './errors';
import { LANG, t, UI_LANG } from './texts';
import { canvasSize, fitDiagram, hasCanvas } from './fit';
import { installMinimap } from './minimap';
import { installViewControls } from './overview';
import { installLegend, installToolbar } from './ui';
import { preflight, Preflight, SocketWatch, sameKinds, takeBoot } from './preflight';

/** What a host (the workbench's browser, a test) can use; documented in docs/diagrams.md. */
export interface TorideDiagramHook {
    /** Resolves when the first model is rendered; rejects when it cannot be (connection refused, load failed). */
    ready: Promise<void>;
    /** Milliseconds from navigation start to the first rendered model (NaN until then). */
    firstPaintMs: number;
    /**
     * Where the first paint's time went, each in ms from navigation start: the bundle evaluated (script), the socket
     * open (connected), the model received (model, when diagram.html asked for it) and rendered (loaded), the
     * diagram fitted (fitted); the server's picture of the diagram shown before it (picture, picture.ts); for a page
     * loaded while hidden, when it waited to be shown (hidden, shown). For profiling, and for a host that prepares
     * a page before showing it.
     */
    timings: Record<string, number>;
    /** Selects exactly these elements (model element ids). */
    select(ids: string[]): void;
    /** The last SVG produced by Export SVG (also downloaded). */
    lastExportedSvg?: string;
}

interface TorideHost {
    selectionChanged?(ids: string[]): void;
}

declare global {
    interface Window {
        torideDiagram: TorideDiagramHook;
        torideHost?: TorideHost;
    }
}

type MessageConnection = ReturnType<typeof createWebSocketConnection>;

const BASE_DIV = 'toride-diagram';
const LOAD_TIMEOUT_MS = 60_000;

const params = new URLSearchParams(location.search);
const token = params.get('token') ?? '';
const model = params.get('model') ?? '';
/** The model file's name as the user knows it; the model key is an internal handle. */
const modelName = params.get('name') || model;
const view = params.get('view') === 'dataflow' ? 'dataflow' : 'network';
const lang = LANG;
/** The workbench hosts the page: its own key bindings undo and redo (see createContainer). */
const hostedByWorkbench = params.get('host') === 'workbench';
/** Whether the page was loaded hidden (a host preparing it before showing it). */
const startedHidden = document.visibilityState === 'hidden';
if (hostedByWorkbench) {
    // The workbench's binding has run by the time the page sees the key; a key the page leaves unhandled goes back
    // to the workbench, whose binding then ran a second time (one Ctrl+Z undid two steps). Text fields keep theirs.
    document.addEventListener(
        'keydown',
        event => {
            const undoKey = (event.ctrlKey || event.metaKey) && (event.code === 'KeyZ' || event.code === 'KeyY');
            const inText = event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement;
            if (undoKey && !inText) {
                event.preventDefault();
            }
        },
        true
    );
}
document.documentElement.lang = UI_LANG;

/**
 * diagram.html defines window.torideDiagram before app.js runs (app.js runs after the page's load event), with the
 * `ready` promise and how to settle it; the page fills in the rest. Without it (another page) the hook is made here.
 */
const early = window.torideDiagram as (TorideDiagramHook & { settle?: Settle }) | undefined;
interface Settle {
    resolve: () => void;
    reject: (e: Error) => void;
}
let settle: Settle;
const ready =
    early?.ready && early.settle
        ? ((settle = early.settle), early.ready)
        : new Promise<void>((resolve, reject) => {
              settle = { resolve, reject };
          });
ready.catch(() => undefined); // a host that does not wait for it must not see an unhandled rejection
const resolveReady = (): void => settle.resolve();
const rejectReady = (e: Error): void => settle.reject(e);

let container: Container | undefined;
let lastNotified = '';

window.torideDiagram = Object.assign(early ?? ({} as TorideDiagramHook), {
    ready,
    firstPaintMs: NaN,
    timings: { ...early?.timings, script: Math.round(performance.now()) },
    select(ids: string[]): void {
        lastNotified = [...ids].sort().join('\n');
        container?.get(GLSPActionDispatcher).dispatch(SelectAction.setSelection(ids));
    }
});
delete (window.torideDiagram as { settle?: Settle }).settle;

/** The server's picture of the diagram (picture.ts) goes once the live diagram is on screen, or cannot be. */
function dropPicture(): void {
    document.getElementById('toride-picture')?.remove();
}

function fail(message: string, details?: string): void {
    dropPicture();
    ErrorReporter.show(message, details);
    rejectReady(new Error(message));
}

function start(): void {
    if (!token || !model) {
        fail(t('error.noParameters'));
        return;
    }
    ErrorReporter.notice(t('status.connecting'));
    const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/glsp?token=${encodeURIComponent(token)}`;
    const boot = takeBoot();
    if (boot) {
        // diagram.html opened the socket and asked for the model already (preflight.ts)
        const pre: Preflight = preflight(boot, watch(url, () => load(url, pre)));
        pre.listen();
    } else {
        openSocket(url, connection => load(url, undefined, connection));
    }
}

/** A socket of the page's own, as before the preflight: `opened` gets its connection once it is open. */
function openSocket(url: string, opened: (connection: MessageConnection) => void): void {
    const socket = new WebSocket(url);
    const watching = watch(url, () => opened(createWebSocketConnection(wrap(socket), console)));
    // Listeners, not the on* properties: GLSP's wrap() takes those over once connected, and a drop went unnoticed.
    socket.addEventListener('error', () => watching.error());
    socket.addEventListener('close', event => watching.close(event.code, event.reason));
    socket.onopen = () => watching.open(Math.round(performance.now()));
}

/** What the page does when its socket opens (`opened`), cannot connect, is refused or drops. */
function watch(url: string, opened: () => void): SocketWatch {
    let isOpen = false;
    return {
        open(at: number): void {
            isOpen = true;
            window.torideDiagram.timings.connected = at;
            opened();
        },
        error(): void {
            if (!isOpen) {
                fail(t('error.cannotConnect', location.host));
            }
        },
        close(code: number, reason: string): void {
            if (isOpen && reason === MODEL_CLOSED) {
                fail(t('error.modelClosed'));
            } else if (isOpen) {
                reconnect(url, code, 1, Date.now());
            } else if (!ErrorReporter.errors.length) {
                fail(t('error.refused', code));
            }
        }
    };
}

/** The reason the server gives when it closes a diagram because its model was closed (HandleModelStorage). */
const MODEL_CLOSED = 'model closed';
/** How long a lost connection is tried again before the page gives up and says so. */
const RECONNECT_FOR_MS = 60_000;

/**
 * A dropped connection (a network hiccup, a server restarted on the same port) is tried again, waiting a little
 * longer each time. Once the server answers, the page loads again: the model and its edits live on the server's
 * side (the workbench's editor, or the file `toride serve` reads), so the page has nothing of its own to lose.
 */
function reconnect(url: string, code: number, attempt: number, since: number): void {
    ErrorReporter.notice(t('status.reconnecting', attempt), true);
    const probe = new WebSocket(url);
    let answered = false;
    probe.onopen = () => {
        answered = true;
        probe.close();
        location.reload();
    };
    probe.onclose = () => {
        if (answered) {
            return;
        }
        if (Date.now() - since > RECONNECT_FOR_MS) {
            fail(t('error.closed', code));
        } else {
            setTimeout(() => reconnect(url, code, attempt + 1, since), Math.min(500 * 2 ** (attempt - 1), 5000));
        }
    };
}

/**
 * Builds the page's container and loads the model: over the preflight's socket (`pre`), or over `connection`, a
 * socket of the page's own.
 */
async function load(url: string, pre?: Preflight, connection?: MessageConnection): Promise<void> {
    try {
        await loadModel(url, pre, connection);
    } catch (e) {
        fail(t('error.notLoaded', e instanceof Error ? e.message : String(e)));
    }
}

async function loadModel(url: string, pre?: Preflight, connection?: MessageConnection): Promise<void> {
    let glspClient: BaseJsonrpcGLSPClient | undefined;
    const clientId = pre?.clientId ?? `toride-${view}-${Math.random().toString(36).slice(2, 10)}`;
    DownloadSvgHandler.fileName = `${(modelName.split('/').pop() || 'diagram').replace(/\.toride$/, '')}-${view}.svg`;
    container = createContainer(
        {
            clientId,
            diagramType: view === 'dataflow' ? 'toride-dataflow' : 'toride-network',
            glspClientProvider: async () => glspClient!,
            sourceUri: model
        },
        { baseDiv: BASE_DIV, hiddenDiv: `${BASE_DIV}_hidden` },
        hostedByWorkbench
    );
    if (pre) {
        // The preflight told the server which actions this page handles; it must be what the container handles.
        // (what GLSP's DiagramLoader does first: the dispatcher's initialize fills the registry, once)
        await container.get(GLSPActionDispatcher).initialize();
        const handled = (container.get(ActionHandlerRegistry) as GLSPActionHandlerRegistry).getHandledActionKinds();
        if (sameKinds(pre.kinds, handled)) {
            connection = createWebSocketConnection(pre.socket, console);
            window.torideDiagram.timings.preflight = 1;
        } else {
            console.warn('diagram.html: CLIENT_ACTION_KINDS differs from the container\'s, connecting again:', JSON.stringify(handled));
            pre.abandon();
            window.torideDiagram.timings.preflight = 0;
            connection = await new Promise<MessageConnection>(resolve => openSocket(url, resolve));
        }
    }
    glspClient = new BaseJsonrpcGLSPClient({ id: 'toride', connectionProvider: connection! });
    const c = container;
    c.get(SelectionService).onSelectionChanged(change => {
        const ids = [...change.selectedElements].sort();
        const key = ids.join('\n');
        if (key !== lastNotified) {
            lastNotified = key;
            window.torideHost?.selectionChanged?.(ids);
        }
    });
    installToolbar(c, view);
    installViewControls(c);
    installLegend(view);
    installMinimap(c);
    ErrorReporter.notice(t('status.loading'));
    const stopTimeout = visibleTimeout(LOAD_TIMEOUT_MS, () => {
        if (Number.isNaN(window.torideDiagram.firstPaintMs)) {
            fail(t('error.timeout', modelName, LOAD_TIMEOUT_MS / 1000));
        }
    });
    // The server names palette entries and new elements in the page's language (the workbench passes its own).
    await c.get(DiagramLoader).load({ requestModelOptions: { lang } });
    stopTimeout();
    window.torideDiagram.timings.loaded = Math.round(performance.now());
    // A page loaded while hidden (the workbench prepares its diagram pages before they are shown) is fitted once it
    // is shown and has its size: sprotty renders in animation frames, which a hidden page does not get in WebKitGTK
    // or Chromium; one that got them would have a 1-pixel window to fit into (WebKitGTK's while hidden).
    const hidden = (): boolean => document.visibilityState === 'hidden' || !hasCanvas(c);
    if (hidden()) {
        window.torideDiagram.timings.hidden = Math.round(performance.now());
        while (hidden()) {
            await nextFrame();
        }
        window.torideDiagram.timings.shown = Math.round(performance.now());
    }
    if (startedHidden) {
        // Shown, WebKitGTK may size the window in more than one step: fit once the canvas keeps its size.
        await steadyCanvas(c);
    }
    // Open on the whole diagram when its names stay legible, else on its most important part (fit.ts), not on
    // whatever lies at the origin. First paint (and ready) is when the fitted diagram is on screen: a host that acts
    // on "ready" must find the nodes where they stay.
    await fitDiagram(c, false);
    window.torideDiagram.timings.fitted = Math.round(performance.now());
    await nextFrame();
    await nextFrame();
    window.torideDiagram.firstPaintMs = Math.round(performance.now());
    dropPicture();
    if (!ErrorReporter.errors.length) {
        ErrorReporter.notice('');
    }
    document.body.classList.add('toride-ready');
    resolveReady();
}

/**
 * Calls `expired` once the page has been visible for `ms` in one stretch; returns what cancels it. A page prepared
 * while hidden gets no animation frames, in which sprotty renders, for as long as it stays hidden: that is waiting
 * for the user, not a server too slow to answer.
 */
function visibleTimeout(ms: number, expired: () => void): () => void {
    let timer: number | undefined;
    const arm = (): void => {
        clearTimeout(timer);
        timer = document.visibilityState === 'hidden' ? undefined : window.setTimeout(expired, ms);
    };
    document.addEventListener('visibilitychange', arm);
    arm();
    return () => {
        clearTimeout(timer);
        document.removeEventListener('visibilitychange', arm);
    };
}

/** Resolves once the canvas has kept its size for three frames (at most 60 frames). */
async function steadyCanvas(c: Container): Promise<void> {
    let last = canvasSize(c);
    let steady = 0;
    for (let frame = 0; frame < 60 && steady < 3; frame++) {
        await nextFrame();
        const now = canvasSize(c);
        steady = now === last ? steady + 1 : 0;
        last = now;
    }
}

function nextFrame(): Promise<void> {
    return new Promise(resolve => requestAnimationFrame(() => resolve()));
}

start();
