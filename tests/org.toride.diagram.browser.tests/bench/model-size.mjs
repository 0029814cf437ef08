// Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
// Size of the model message (the largest one the page receives on its websocket while opening a view) of one or
// more builds of the product (docs/performance.md):
//   node bench/model-size.mjs PRODUCT...   (none: this worktree's product)
// for the generated 1,000-asset model's network and data-flow views and the example's.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, PRODUCT, ROOT, serve } from '../lib/support.mjs';

const products = process.argv.length > 2 ? process.argv.slice(2) : [PRODUCT];
const work = mkdtempSync(join(tmpdir(), 'toride-size-'));
const models = { 1000: join(work, 'bench-1000.toride'), example: join(work, 'example.toride') };
const gen = spawnSync('python3', [join(ROOT, 'releng/scripts/generate-model.py'), '1000', models[1000]], { encoding: 'utf8' });
if (gen.status !== 0) throw new Error(gen.stderr);
copyFileSync(join(ROOT, 'examples/water-utility.toride'), models.example);

const browser = await launchBrowser();
for (const product of products) {
    for (const [name, model] of Object.entries(models)) {
        const server = await serve(model, [], product);
        for (const view of ['network', 'dataflow']) {
            const context = await browser.newContext({ viewport: { width: 1530, height: 850 } });
            const page = await context.newPage();
            await page.addInitScript(() => {
                window.wsIn = [];
                const Orig = window.WebSocket;
                window.WebSocket = function (...a) {
                    const ws = new Orig(...a);
                    ws.addEventListener('message', e => window.wsIn.push(new Blob([e.data]).size));
                    return ws;
                };
                window.WebSocket.prototype = Orig.prototype;
                Object.assign(window.WebSocket, { OPEN: 1, CLOSED: 3, CONNECTING: 0, CLOSING: 2 });
            });
            const u = new URL(server.url);
            u.searchParams.set('view', view);
            await page.goto(u.toString());
            await page.evaluate(() => window.torideDiagram.ready);
            const sizes = await page.evaluate(() => window.wsIn);
            console.log(`${product} ${name} ${view}: model message ${Math.max(...sizes)} bytes`);
            await context.close();
        }
        await server.stop();
    }
}
await browser.close();
