// Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
// A page whose models are changed on their way from the server (Playwright's routeWebSocket): to check the page's
// side of a server contract before the server has it. The page's own actions of that contract are caught here and
// go no further.
import { newPage, openDiagram, socketInPage } from './support.mjs';

/** The actions of the zone overview, bundles and service filter (docs/diagrams.md). */
export const OUR_KINDS = ['torideToggleZone', 'torideOverview', 'torideToggleBundle', 'torideFilterService'];

/**
 * Opens the view with every model changed by `change(root)` on its way to the page; resolves with the page and
 * the list the page's overview actions are collected in (they go no further).
 */
export async function openWith(session, view, change) {
    const page = await newPage(session.browser, { viewport: { width: 1440, height: 900 } });
    const sent = [];
    await socketInPage(page);
    await page.routeWebSocket(/\/glsp/, ws => {
        const server = ws.connectToServer();
        ws.onMessage(text => {
            const action = JSON.parse(String(text)).params?.action;
            if (action && OUR_KINDS.includes(action.kind)) {
                sent.push(action);
            } else {
                server.send(text);
            }
        });
        server.onMessage(text => {
            const message = JSON.parse(String(text));
            if (message.result?.serverActions) {
                // declared once: a kind listed twice is forwarded twice (the real server lists them itself)
                for (const kinds of Object.values(message.result.serverActions)) {
                    kinds.push(...OUR_KINDS.filter(kind => !kinds.includes(kind)));
                }
            }
            const action = message.params?.action;
            if (action?.newRoot) {
                change(action.newRoot);
            }
            ws.send(JSON.stringify(message));
        });
    });
    await openDiagram(page, session.server.viewUrl(view));
    await page.click('#toride-tool-fit');
    await page.waitForTimeout(600);
    return { page, sent };
}

/** The node or edge with this id anywhere in a GModel tree. */
export function find(root, id) {
    for (const child of root.children ?? []) {
        if (child.id === id) return child;
        const found = find(child, id);
        if (found) return found;
    }
    return undefined;
}

/** A node's bounds in diagram coordinates (GModel positions are relative to the parent). */
export function absoluteBounds(root, id) {
    const walk = (parent, x, y) => {
        for (const child of parent.children ?? []) {
            const cx = x + (child.position?.x ?? 0);
            const cy = y + (child.position?.y ?? 0);
            if (child.id === id) return { x: cx, y: cy, width: child.size.width, height: child.size.height };
            const found = walk(child, cx, cy);
            if (found) return found;
        }
        return undefined;
    };
    return walk(root, 0, 0);
}
