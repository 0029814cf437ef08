/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
// Entry of the diagram page: diagram.html?token=T&model=KEY&view=network|dataflow (see docs/diagrams.md).
import 'reflect-metadata';

import {
    BaseJsonrpcGLSPClient,
    createWebSocketConnection,
    DiagramLoader,
    GLSPActionDispatcher,
    SelectAction,
    SelectionService,
    wrap
} from '@eclipse-glsp/client';
import { Container } from 'inversify';
import { createContainer, DownloadSvgHandler } from './di.config';
import { ErrorReporter } from './errors';
import { LANG, t, UI_LANG } from './texts';
import { fitDiagram } from './fit';
import { installMinimap } from './minimap';
import { installViewControls } from './overview';
import { installLegend, installToolbar } from './ui';

/** What a host (the workbench's browser, a test) can use; documented in docs/diagrams.md. */
export interface TorideDiagramHook {
    /** Resolves when the first model is rendered; rejects when it cannot be (connection refused, load failed). */
    ready: Promise<void>;
    /** Milliseconds from navigation start to the first rendered model (NaN until then). */
    firstPaintMs: number;
    /**
     * Where the first paint's time went, each in ms from navigation start: the bundle evaluated (script), the socket
     * open (connected), the model received and rendered (loaded), the diagram fitted (fitted). For profiling.
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

let resolveReady: () => void;
let rejectReady: (e: Error) => void;
const ready = new Promise<void>((resolve, reject) => {
    resolveReady = resolve;
    rejectReady = reject;
});
ready.catch(() => undefined); // a host that does not wait for it must not see an unhandled rejection

let container: Container | undefined;
let lastNotified = '';

window.torideDiagram = {
    ready,
    firstPaintMs: NaN,
    timings: { script: Math.round(performance.now()) },
    select(ids: string[]): void {
        lastNotified = [...ids].sort().join('\n');
        container?.get(GLSPActionDispatcher).dispatch(SelectAction.setSelection(ids));
    }
};

function fail(message: string, details?: string): void {
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
    const socket = new WebSocket(url);
    let opened = false;
    // Listeners, not the on* properties: GLSP's wrap() takes those over once connected, and a drop went unnoticed.
    socket.addEventListener('error', () => {
        if (!opened) {
            fail(t('error.cannotConnect', location.host));
        }
    });
    socket.addEventListener('close', event => {
        if (opened && event.reason === MODEL_CLOSED) {
            fail(t('error.modelClosed'));
        } else if (opened) {
            reconnect(url, event.code, 1, Date.now());
        } else if (!ErrorReporter.errors.length) {
            fail(t('error.refused', event.code));
        }
    });
    socket.onopen = () => {
        opened = true;
        window.torideDiagram.timings.connected = Math.round(performance.now());
        const connection = createWebSocketConnection(wrap(socket), console);
        load(connection).catch(e => fail(t('error.notLoaded', e instanceof Error ? e.message : String(e))));
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

async function load(connection: ReturnType<typeof createWebSocketConnection>): Promise<void> {
    const glspClient = new BaseJsonrpcGLSPClient({ id: 'toride', connectionProvider: connection });
    const clientId = `toride-${view}-${Math.random().toString(36).slice(2, 10)}`;
    DownloadSvgHandler.fileName = `${(modelName.split('/').pop() || 'diagram').replace(/\.toride$/, '')}-${view}.svg`;
    container = createContainer(
        {
            clientId,
            diagramType: view === 'dataflow' ? 'toride-dataflow' : 'toride-network',
            glspClientProvider: async () => glspClient,
            sourceUri: model
        },
        { baseDiv: BASE_DIV, hiddenDiv: `${BASE_DIV}_hidden` },
        hostedByWorkbench
    );
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
    const timeout = setTimeout(() => {
        if (Number.isNaN(window.torideDiagram.firstPaintMs)) {
            fail(t('error.timeout', modelName, LOAD_TIMEOUT_MS / 1000));
        }
    }, LOAD_TIMEOUT_MS);
    // The server names palette entries and new elements in the page's language (the workbench passes its own).
    await c.get(DiagramLoader).load({ requestModelOptions: { lang } });
    clearTimeout(timeout);
    window.torideDiagram.timings.loaded = Math.round(performance.now());
    // Open on the whole diagram when its names stay legible, else on its most important part (fit.ts), not on
    // whatever lies at the origin. First paint (and ready) is when the fitted diagram is on screen: a host that acts
    // on "ready" must find the nodes where they stay.
    await fitDiagram(c, false);
    window.torideDiagram.timings.fitted = Math.round(performance.now());
    await nextFrame();
    await nextFrame();
    window.torideDiagram.firstPaintMs = Math.round(performance.now());
    if (!ErrorReporter.errors.length) {
        ErrorReporter.notice('');
    }
    document.body.classList.add('toride-ready');
    resolveReady();
}

function nextFrame(): Promise<void> {
    return new Promise(resolve => requestAnimationFrame(() => resolve()));
}

start();
