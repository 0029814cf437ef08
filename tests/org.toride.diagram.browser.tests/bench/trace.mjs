// Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
// Where the renderer's main thread spends a first paint, native work included (style, layout, paint, which a CPU
// profile shows only as "(program)"): a Chromium trace of one page load, summed by event name per phase.
//   node bench/trace.mjs MODEL_ASSETS VIEW [PRODUCT]
// Loads the page twice untraced (a warm server), then traces the third load. Phases end at the page's own
// timings (script, model, loaded, fitted, painted), all in ms from navigation start. TRACE_PROFILE=1: all loads in
// one browser with a profile on disk (a browser that opened the diagram before: app.js from its cache), the fourth
// traced.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, launchBrowserWithProfile, PRODUCT, ROOT, serve } from '../lib/support.mjs';

const n = Number(process.argv[2] ?? 1000);
const view = process.argv[3] ?? 'network';
const product = process.argv[4] ?? PRODUCT;
const work = mkdtempSync(join(tmpdir(), 'toride-trace-'));
const model = join(work, `m-${n}.toride`);
spawnSync('python3', [join(ROOT, 'releng/scripts/generate-model.py'), String(n), model]);
const server = await serve(model, [], product);
const profiled = Boolean(process.env.TRACE_PROFILE);
const browser = profiled ? null : await launchBrowser();
const persistent = profiled ? await launchBrowserWithProfile() : null;
const u = new URL(server.url);
u.searchParams.set('view', view);
const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink',
    'disabled-by-default-v8.compile', 'v8'];
let trace;
let timings;
const loads = profiled ? 4 : 3;
for (let i = 0; i < loads; i++) {
    const context = persistent ?? (await browser.newContext({ viewport: { width: 1530, height: 850 } }));
    const page = await context.newPage();
    const last = i === loads - 1;
    const cdp = last && persistent ? await context.newCDPSession(page) : null;
    if (last && cdp) await cdp.send('Tracing.start', { categories: categories.join(','), transferMode: 'ReturnAsStream' });
    else if (last) await browser.startTracing(page, { categories });
    await page.goto(u.toString());
    await page.evaluate(() => window.torideDiagram.ready);
    await page.waitForTimeout(300);
    timings = await page.evaluate(() => ({ ...window.torideDiagram.timings, painted: window.torideDiagram.firstPaintMs,
        origin: performance.timeOrigin }));
    if (last && cdp) {
        const done = new Promise(resolve => cdp.once('Tracing.tracingComplete', resolve));
        await cdp.send('Tracing.end');
        const { stream } = await done;
        let text = '';
        for (;;) {
            const chunk = await cdp.send('IO.read', { handle: stream });
            text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString() : chunk.data;
            if (chunk.eof) break;
        }
        trace = JSON.parse(text);
    } else if (last) trace = JSON.parse((await browser.stopTracing()).toString());
    await (persistent ? page.close() : context.close());
}
await (persistent ?? browser).close();
await server.stop();
const out = join(work, 'trace.json');
writeFileSync(out, JSON.stringify(trace));

const events = trace.traceEvents ?? trace;
// the renderer's main thread: the one that ran the navigation's first ParseHTML
const parse = events.find(e => e.name === 'ParseHTML');
const main = events.filter(e => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X');
// trace clock (µs) to ms from navigation start: navigationStart mark of this renderer
const nav = events.find(e => e.name === 'navigationStart' && e.pid === parse.pid) ?? parse;
const ms = ts => (ts - nav.ts) / 1000;
const phases = [['to script', timings.script], ['to model', timings.model], ['to loaded', timings.loaded], ['to fitted', timings.fitted],
    ['to painted', timings.painted], ['after', Infinity]].filter(([, t]) => Number.isFinite(t) || t === Infinity);
// self time per event name: an event's duration minus its children's on the same thread
main.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
const stack = [];
const self = new Map();
for (const e of main) {
    while (stack.length && stack[stack.length - 1].ts + stack[stack.length - 1].dur <= e.ts) stack.pop();
    if (stack.length) stack[stack.length - 1].selfDur -= e.dur;
    e.selfDur = e.dur;
    stack.push(e);
}
for (const e of main) {
    const at = ms(e.ts);
    const phase = phases.find(([, t]) => at < t)?.[0] ?? 'after';
    const key = `${phase}|${e.name}`;
    self.set(key, (self.get(key) ?? 0) + e.selfDur / 1000);
}
console.log('timings', JSON.stringify(timings), 'trace', out);
for (const [phase] of phases) {
    const rows = [...self.entries()].filter(([k]) => k.startsWith(phase + '|')).sort((a, b) => b[1] - a[1]);
    const total = rows.reduce((s, [, v]) => s + v, 0);
    console.log(`${phase}: ${total.toFixed(0)} ms on the main thread`);
    for (const [k, v] of rows.slice(0, 12)) if (v >= 1) console.log(`  ${v.toFixed(1).padStart(7)} ${k.split('|')[1]}`);
}
