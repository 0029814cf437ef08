// Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
// A dropped connection to the diagram server: the page says so, connects again by itself, and shows the model with
// every edit made before the drop; editing goes on afterwards. The test stands between page and server
// (Playwright's routeWebSocket) and closes the socket from the server's side, as a network drop does.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { domId, emptySpotIn, idsOf, newPage, openDiagram, openPalette, servedExampleCopy, socketInPage, waitForFile } from '../lib/support.mjs';

const session = servedExampleCopy('connection');

async function addSystemIn(page, zoneId, known) {
    await openPalette(page);
    await page.locator('.tool-palette .tool-button', { hasText: 'Information system' }).click();
    const spot = await emptySpotIn(page, zoneId);
    await page.mouse.click(spot.x, spot.y);
    const xml = await waitForFile(session.model, text => idsOf(text, 'assets').length > known.length && text,
        `a new asset in ${zoneId}`);
    return idsOf(xml, 'assets').find(id => !known.includes(id));
}

describe('a dropped connection', () => {
    test('is made again, and the edits before and after it are in the model', async () => {
        const page = await newPage(session.browser);
        const routes = [];
        await socketInPage(page);
        await page.routeWebSocket(/\/glsp/, ws => {
            ws.connectToServer();
            routes.push(ws);
        });
        await openDiagram(page, session.server.viewUrl('network'));
        const before = idsOf(await waitForFile(session.model, text => text, 'the model'), 'assets');
        const first = await addSystemIn(page, 'zone-dmz', before);

        const loaded = page.waitForEvent('load', { timeout: 30_000 });
        await routes.at(-1).close({ code: 4000, reason: 'network drop' });
        await page.locator('#toride-status', { hasText: 'reconnecting' }).waitFor({ timeout: 5000 });
        await loaded;
        await page.evaluate(() => window.torideDiagram.ready);
        assert.ok(routes.length >= 2, 'no new connection was made');
        await page.locator(domId(first)).waitFor({ timeout: 5000 });

        const second = await addSystemIn(page, 'zone-dmz', [...before, first]);
        await page.locator(domId(second)).waitFor({ timeout: 5000 });
        assert.deepEqual(page.errors, []);
        await page.context().close();
    });

    test('says so, without trying again, when the server closes the diagram because its model was closed', async () => {
        const page = await newPage(session.browser);
        const routes = [];
        await socketInPage(page);
        await page.routeWebSocket(/\/glsp/, ws => {
            ws.connectToServer();
            routes.push(ws);
        });
        await openDiagram(page, `${session.server.viewUrl('network')}&lang=ja`);
        await routes.at(-1).close({ code: 1001, reason: 'model closed' });
        await page.locator('.toride-error', { hasText: 'モデルが閉じられたため' }).waitFor({ timeout: 5000 });
        assert.equal(routes.length, 1, 'it connected again to a closed model');
        await page.context().close();
    });
});
