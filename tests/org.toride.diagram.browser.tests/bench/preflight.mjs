// Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
// Does the page's preflight (diagram.html opening the socket and requesting the model before app.js runs) gain?
//   node bench/preflight.mjs ROUNDS [PRODUCT]
// One warm `toride serve` per model (1,000 assets; 10,000 for the overview); every round loads each view with the
// page as served and with the page's preflight switched off (diagram.html's inline script sees no WebSocket, so
// it starts no socket: app.js then runs as soon as it is fetched and connects the ordinary way), alternated
// ABBA, BAAB, ..., a fresh browser context per load. Prints medians of the page's timings.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, PRODUCT, ROOT, serve } from '../lib/support.mjs';

const rounds = Number(process.argv[2] ?? 5);
const product = process.argv[3] ?? PRODUCT;
const work = mkdtempSync(join(tmpdir(), 'toride-bench-'));
const servers = {};
for (const n of [1000, 10000]) {
    const model = join(work, `bench-${n}.toride`);
    const gen = spawnSync('python3', [join(ROOT, 'releng/scripts/generate-model.py'), String(n), model], { encoding: 'utf8' });
    if (gen.status !== 0) throw new Error(gen.stderr);
    servers[n] = await serve(model, [], product);
}
const cases = [
    { name: '1000 network', model: 1000, view: 'network' },
    { name: '1000 dataflow', model: 1000, view: 'dataflow' },
    { name: '10000 overview', model: 10000, view: 'network' }
];
const browser = await launchBrowser();

async function load(variant, c) {
    const context = await browser.newContext({ viewport: { width: 1530, height: 850 } });
    const page = await context.newPage();
    if (variant === 'none') {
        // diagram.html's inline script finds no WebSocket (so starts no preflight); app.js, a script with a src,
        // and everything after it find the browser's
        await page.addInitScript(() => {
            const ws = window.WebSocket;
            Object.defineProperty(window, 'WebSocket', {
                configurable: true,
                get: () => (document.currentScript && !document.currentScript.src ? undefined : ws)
            });
        });
    }
    const u = new URL(servers[c.model].url);
    u.searchParams.set('view', c.view);
    await page.goto(u.toString());
    await page.evaluate(() => window.torideDiagram.ready);
    const t = await page.evaluate(() => ({ ...window.torideDiagram.timings, paint: window.torideDiagram.firstPaintMs }));
    await context.close();
    if (variant === 'none' ? t.preflight : !t.preflight) throw new Error(`${variant}: preflight ${t.preflight}`);
    return t;
}

const variants = ['preflight', 'none'];
const results = {};
for (const c of cases) for (const v of variants) await load(v, c); // warm-up
for (let r = 0; r < rounds; r++) {
    const order = r % 2 === 0 ? [...variants, ...variants.slice().reverse()] : [...variants.slice().reverse(), ...variants];
    for (const c of cases) for (const v of order) {
        const t = await load(v, c);
        (results[`${c.name}|${v}`] ??= []).push(t);
        console.log(`round ${r} ${v} ${c.name}: ${JSON.stringify(t)}`);
    }
}
const median = xs => {
    const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
    return s.length % 2 ? s[(s.length - 1) / 2] : Math.round((s[s.length / 2 - 1] + s[s.length / 2]) / 2);
};
console.log('\nmedians (ms from navigation start):');
for (const c of cases) {
    const m = {};
    for (const v of variants) {
        const rs = results[`${c.name}|${v}`];
        m[v] = Object.fromEntries([...new Set(rs.flatMap(Object.keys))].map(k => [k, median(rs.map(x => x[k]))]));
        console.log(`  ${c.name} ${v}: ${JSON.stringify(m[v])}`);
    }
    console.log(`  ${c.name}: paint none/preflight ${(m.none.paint / m.preflight.paint).toFixed(2)}`);
}
await browser.close();
for (const s of Object.values(servers)) await s.stop();
