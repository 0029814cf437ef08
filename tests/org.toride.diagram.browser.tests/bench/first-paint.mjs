// Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
// First paint in Chromium of two builds of the product, alternated in one run (docs/performance.md):
//   node bench/first-paint.mjs ROUNDS BASE_PRODUCT [NEW_PRODUCT]   (NEW_PRODUCT: this worktree's product)
// Each variant serves the generated 1,000- and 10,000-asset models with its own `toride serve` (started once,
// one load each to warm up); every round opens, in a fresh browser context, 1,000 assets network and data flow
// and the overview of 10,000 assets with both builds, in the order ABBA, BAAB, ... Prints medians of the page's
// timings and of the app.js download. BENCH_PROFILE=1: each build's pages are opened instead in one browser with a
// profile of its own on disk, as a user's browser that has opened the diagram before (three warm-up loads per case,
// so that V8 has cached what it may cache). With BENCH_COLD, each build is served on its own default port (`serve`
// without --port) and its browser has opened three pages of an earlier serve. BENCH_LAUNCHER=1: the two variants are
// launcher scripts (`./toride` of two checkouts, or copies of it) instead of products, and every server is started
// through them as a user does (the plain class path and the caches the script prepares), not inside OSGi.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, launchBrowserWithProfile, PRODUCT, ROOT, serve, serveWithLauncher } from '../lib/support.mjs';

const rounds = Number(process.argv[2] ?? 5);
const launchers = Boolean(process.env.BENCH_LAUNCHER);
const variants = { base: process.argv[3], new: process.argv[4] ?? (launchers ? join(ROOT, 'toride') : PRODUCT) };
/** Variant `v`'s `toride serve` of `model` (port 0: any free one; null: its default). */
const start = (v, model, port = 0) => (launchers ? serveWithLauncher(variants[v], model, port) : serve(model, [], variants[v], port));
const only = process.env.BENCH_CASES?.split(',');
const work = mkdtempSync(join(tmpdir(), 'toride-bench-'));
const models = {};
for (const n of [1000, 10000]) {
    models[n] = join(work, `bench-${n}.toride`);
    const gen = spawnSync('python3', [join(ROOT, 'releng/scripts/generate-model.py'), String(n), models[n]], { encoding: 'utf8' });
    if (gen.status !== 0) throw new Error(gen.stderr);
}
const cases = [
    { name: '1000 network', model: 1000, view: 'network' },
    { name: '1000 dataflow', model: 1000, view: 'dataflow' },
    { name: '10000 overview', model: 10000, view: 'network' }
].filter(c => !only || only.includes(c.name.split(' ')[1]) || only.includes(c.name));

const browser = await launchBrowser();
const profiles = {};
if (process.env.BENCH_PROFILE) {
    for (const v of Object.keys(variants)) {
        profiles[v] = await launchBrowserWithProfile();
    }
}
if (process.env.BENCH_COLD) {
    // as the browser test 'first paint' does: a fresh `toride serve` of the 1,000 assets (BENCH_COLD_MODEL=10000:
    // of the 10,000, which open as the zone overview) per round and build, its network view opened first (the
    // server's first request, in a cold JVM), then its data-flow view
    const coldModel = models[Number(process.env.BENCH_COLD_MODEL ?? 1000)];
    const cold = {};
    const port = process.env.BENCH_PROFILE ? null : 0;
    if (process.env.BENCH_PROFILE) {
        for (const v of Object.keys(variants)) {
            const server = await start(v, coldModel, port);
            for (let i = 0; i < 3; i++) console.log(`warm-up ${v}: ${JSON.stringify(await load(v, server.url))}`);
            await server.stop();
        }
    }
    for (let r = 0; r < rounds; r++) {
        const order = r % 2 === 0 ? Object.keys(variants) : Object.keys(variants).reverse();
        for (const v of order) {
            const launched = Date.now();
            const server = await start(v, coldModel, port);
            // how long `toride serve` takes to print its URL (the new one waits for its warm-up there)
            (cold[`url|${v}`] ??= []).push(Date.now() - launched);
            // BENCH_COLD_PAUSE=MS: the first page opened that long after the URL appears, as a person clicks it
            await new Promise(r => setTimeout(r, Number(process.env.BENCH_COLD_PAUSE ?? 0)));
            for (const view of ['network', 'dataflow']) {
                const t = await load(v, urlOf(server, view));
                (cold[`${view}|${v}`] ??= []).push(t.paint);
                console.log(`cold round ${r} ${v} ${view}: ${JSON.stringify(t)}`);
            }
            await server.stop();
        }
    }
    const med = xs => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
    for (const [k, xs] of Object.entries(cold)) console.log(`cold ${k}: median ${med(xs)} of ${JSON.stringify(xs)}`);
    for (const p of Object.values(profiles)) await p.close();
    await browser.close();
    process.exit(0);
}
const servers = {};
for (const v of Object.keys(variants)) {
    servers[v] = {};
    for (const n of new Set(cases.map(c => c.model))) {
        servers[v][n] = await start(v, models[n]);
    }
}

function urlOf(server, view) {
    const u = new URL(server.url);
    u.searchParams.set('view', view);
    return u.toString();
}

/** Opens `url` in variant `v`'s browser: its page's timings, and when and how often app.js was fetched. */
async function load(v, url) {
    const context = profiles[v] ?? (await browser.newContext({ viewport: { width: 1530, height: 850 } }));
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', e => errors.push(e.message));
    await page.goto(url);
    await page.evaluate(() => window.torideDiagram.ready);
    const r = await page.evaluate(() => {
        const js = performance.getEntriesByType('resource').find(e => /app\.js/.test(e.name));
        const t = { ...window.torideDiagram.timings, paint: window.torideDiagram.firstPaintMs };
        t.jsFetches = performance.getEntriesByType('resource').filter(e => /app\.js/.test(e.name)).length;
        if (js) {
            t.jsStart = Math.round(js.startTime);
            t.jsEnd = Math.round(js.responseEnd);
        }
        return t;
    });
    await (profiles[v] ? page.close() : context.close());
    if (errors.length) console.log(v, new URL(url).searchParams.get('view'), 'page errors', errors);
    return r;
}

const results = {};
for (const c of cases) for (const v of Object.keys(variants)) {
    for (let i = 0; i < (process.env.BENCH_PROFILE ? 3 : 1); i++) {
        const warm = await load(v, urlOf(servers[v][c.model], c.view));
        console.log(`warm-up ${v} ${c.name}: ${JSON.stringify(warm)}`);
    }
    results[`${c.name}|${v}`] = [];
}
const names = Object.keys(variants);
for (let r = 0; r < rounds; r++) {
    const order = r % 2 === 0 ? [...names, ...names.slice().reverse()] : [...names.slice().reverse(), ...names];
    for (const c of cases) for (const v of order) {
        const t = await load(v, urlOf(servers[v][c.model], c.view));
        results[`${c.name}|${v}`].push(t);
        console.log(`round ${r} ${v} ${c.name}: ${JSON.stringify(t)}`);
    }
}
const median = xs => {
    const s = xs.filter(x => Number.isFinite(x)).sort((a, b) => a - b);
    return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : Math.round((s[s.length / 2 - 1] + s[s.length / 2]) / 2)) : NaN;
};
console.log('\nmedians (ms from navigation start):');
for (const c of cases) {
    const line = {};
    for (const v of names) {
        const rs = results[`${c.name}|${v}`];
        const keys = [...new Set(rs.flatMap(Object.keys))];
        line[v] = Object.fromEntries(keys.map(k => [k, median(rs.map(x => x[k]))]));
    }
    const ratio = names.length > 1 ? (line[names[1]].paint / line[names[0]].paint).toFixed(2) : '';
    for (const v of names) console.log(`  ${c.name} ${v}: ${JSON.stringify(line[v])}`);
    console.log(`  ${c.name}: paint new/base ${ratio}`);
}
await browser.close();
for (const p of Object.values(profiles)) await p.close();
for (const v of Object.values(servers)) for (const s of Object.values(v)) await s.stop();
