/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
// The page's preflight (diagram.html): the socket it opened before app.js was loaded, and the GLSP exchange it began
// on it (initialize, initializeClientSession and requestModel), so that the server built and sent the model while
// the bundle was downloaded and evaluated. This takes that socket over for GLSP's JSON-RPC connection: GLSP's own
// requests of the same three are answered from what the preflight received, everything else goes through. The socket
// is a worker's where the browser has workers (its requests go out while the page's thread evaluates app.js), else
// the page's own.

/** What diagram.html's bootstrap leaves in window.torideBoot. */
export interface Boot {
    /** The socket, or the worker's stand-in for it: only these two are used. */
    socket: { send(data: string): void; close(): void };
    clientId: string;
    diagramType: string;
    sourceUri: string;
    lang: string;
    kinds: string[];
    /** What happened on the socket before app.js took it (in order), each with `at` (ms from navigation start). */
    events: BootEvent[];
    listener: ((event: BootEvent) => void) | null;
}

export type BootEvent =
    | { type: 'open'; at: number }
    | { type: 'message'; data: string; at: number }
    | { type: 'error'; at: number }
    | { type: 'close'; code: number; reason: string; at: number };

declare global {
    interface Window {
        torideBoot?: Boot;
    }
}

/** The preflight's socket, or undefined when the page started none (no token or model, no WebSocket). */
export function takeBoot(): Boot | undefined {
    const boot = window.torideBoot;
    window.torideBoot = undefined;
    return boot;
}

/** Replays what the socket saw so far to `listener`, then hands it each new event as it comes. */
function listenTo(boot: Boot, listener: (event: BootEvent) => void): void {
    const past = boot.events;
    boot.events = [];
    boot.listener = listener;
    for (const event of past) {
        listener(event);
    }
}

/** Whether the preflight told the server the action kinds this page's container handles (as sets). */
export function sameKinds(told: string[], handled: string[]): boolean {
    const a = new Set(told);
    const b = new Set(handled);
    return a.size === b.size && [...a].every(k => b.has(k));
}

/** The JSON-RPC ids and request id the preflight used (diagram.html). */
const BOOT_INITIALIZE = 'toride-boot-0';
const BOOT_SESSION = 'toride-boot-1';
/** Larger messages are never the answer to initialize or initializeClientSession; they are not parsed here. */
const SMALL = 256 * 1024;

/** The IWebSocket of GLSP's createWebSocketConnection (vscode-ws-jsonrpc's), over the preflight's open socket. */
export interface PreflightSocket {
    send(content: string): void;
    onMessage(cb: (data: unknown) => void): void;
    onError(cb: (reason: unknown) => void): void;
    onClose(cb: (code: number, reason: string) => void): void;
    dispose(): void;
}

/** What the page does when the socket opens, fails or closes (as it does for a socket it opened itself). */
export interface SocketWatch {
    open(at: number): void;
    error(): void;
    close(code: number, reason: string): void;
}

export interface Preflight {
    readonly clientId: string;
    readonly kinds: string[];
    /** The socket for GLSP's connection. */
    readonly socket: PreflightSocket;
    /** Reports what the socket saw so far to the page's SocketWatch, and from then on what it sees. */
    listen(): void;
    /** Closes the preflight's socket, and nothing it does is reported any more. */
    abandon(): void;
}

/**
 * A socket for GLSP's connection. Until GLSP has sent its own requestModel, the server's notifications (the status,
 * progress and the model the preflight's requestModel brought) are held back, so GLSP sees them in the order it
 * would have without the preflight; the answers to the preflight's initialize and initializeClientSession are
 * given to GLSP's requests of the same under GLSP's ids.
 */
export function preflight(boot: Boot, watch: SocketWatch): Preflight {
    const socket = boot.socket;
    let abandoned = false;
    const intercepted = new Set<string>();
    let deliver: (data: string) => void = () => undefined;
    let closed: (code: number, reason: string) => void = () => undefined;
    let failed: (reason: unknown) => void = () => undefined;
    /** Answers the preflight received, by its id, and GLSP's request ids waiting for them. */
    const answers = new Map<string, Record<string, unknown>>();
    const waiting = new Map<string, number | string>();
    let held: string[] | undefined = [];
    const early: string[] = [];
    let listening = false;

    const answer = (bootId: string, glspId: number | string): void => {
        const response = answers.get(bootId)!;
        answers.delete(bootId);
        deliver(JSON.stringify({ ...response, id: glspId }));
    };
    const incoming = (data: string): void => {
        if (data.length < SMALL) {
            const message = JSON.parse(data) as Record<string, unknown>;
            const id = message.id;
            if ((id === BOOT_INITIALIZE || id === BOOT_SESSION) && !('method' in message)) {
                answers.set(id, message);
                const glspId = waiting.get(id);
                if (glspId !== undefined) {
                    waiting.delete(id);
                    answer(id, glspId);
                }
                return;
            }
        }
        if (held) {
            held.push(data);
        } else if (listening) {
            deliver(data);
        } else {
            early.push(data);
        }
    };
    const listen = (): void => listenTo(boot, event => {
        if (abandoned) {
            return;
        }
        if (event.type === 'open') {
            watch.open(event.at);
        } else if (event.type === 'message') {
            incoming(event.data);
        } else if (event.type === 'close') {
            closed(event.code, event.reason);
            watch.close(event.code, event.reason);
        } else {
            failed(new Error('websocket error'));
            watch.error();
        }
    });
    const release = (): void => {
        const messages = held ?? [];
        held = undefined;
        for (const data of messages) {
            deliver(data);
        }
    };
    const glspSocket: PreflightSocket = {
        send(content: string): void {
            const message = JSON.parse(content) as { id?: number | string; method?: string; params?: any };
            const bootId =
                message.method === 'initialize' ? BOOT_INITIALIZE : message.method === 'initializeClientSession' ? BOOT_SESSION : undefined;
            if (bootId && message.id !== undefined && !intercepted.has(bootId)) {
                intercepted.add(bootId);
                if (answers.has(bootId)) {
                    // asynchronously, as an answer from the socket would come
                    const glspId = message.id;
                    setTimeout(() => answer(bootId, glspId));
                } else {
                    waiting.set(bootId, message.id);
                }
                return;
            }
            if (held && message.method === 'process' && message.params?.action?.kind === 'requestModel') {
                // the preflight requested this model already; what the server sent for it follows now
                setTimeout(release);
                return;
            }
            socket.send(content);
        },
        onMessage(cb: (data: unknown) => void): void {
            deliver = cb as (data: string) => void;
            listening = true;
            for (const data of early.splice(0)) {
                deliver(data);
            }
        },
        onError(cb: (reason: unknown) => void): void {
            failed = cb;
        },
        onClose(cb: (code: number, reason: string) => void): void {
            closed = cb;
        },
        dispose(): void {
            socket.close();
        }
    };
    return {
        clientId: boot.clientId,
        kinds: boot.kinds,
        socket: glspSocket,
        listen,
        abandon(): void {
            abandoned = true;
            socket.close();
        }
    };
}
