// Where the first paint's time goes: websocket messages with their times, and a CPU profile summary per phase.
//   node bench/profile.mjs MODEL_ASSETS VIEW [PRODUCT]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, PRODUCT, ROOT, serve } from '../lib/support.mjs';

const n = Number(process.argv[2] ?? 1000);
const view = process.argv[3] ?? 'network';
const product = process.argv[4] ?? PRODUCT;
const work = mkdtempSync(join(tmpdir(), 'toride-prof-'));
const model = join(work, `m-${n}.toride`);
spawnSync('python3', [join(ROOT, 'releng/scripts/generate-model.py'), String(n), model]);
const server = await serve(model, process.env.BENCH_JVM ? process.env.BENCH_JVM.split(" ") : [], product);
const browser = await launchBrowser();
const u = new URL(server.url);
u.searchParams.set('view', view);
for (let i = 0; i < 3; i++) {
    const context = await browser.newContext({ viewport: { width: 1530, height: 850 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
        window.wsLog = [];
        const send = WebSocket.prototype.send;
        WebSocket.prototype.send = function (d) {
            window.wsLog.push([Math.round(performance.now()), 'out', String(d).slice(0, 150), String(d).length]);
            return send.call(this, d);
        };
        const Orig = window.WebSocket;
        window.WebSocket = function (...a) {
            const ws = new Orig(...a);
            window.wsLog.push([Math.round(performance.now()), 'new', '', 0]);
            ws.addEventListener('open', () => window.wsLog.push([Math.round(performance.now()), 'open', '', 0]));
            ws.addEventListener('message', e => window.wsLog.push([Math.round(performance.now()), 'in', String(e.data).slice(0, 120), String(e.data).length]));
            return ws;
        };
        window.WebSocket.prototype = Orig.prototype;
        Object.assign(window.WebSocket, { OPEN: 1, CLOSED: 3, CONNECTING: 0, CLOSING: 2 });
    });
    const cdp = await context.newCDPSession(page);
    const last = i === 2;
    if (last) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
        await cdp.send('Profiler.start');
    }
    await page.goto(u.toString());
    await page.evaluate(() => window.torideDiagram.ready);
    const r = await page.evaluate(() => ({ t: window.torideDiagram.timings, p: window.torideDiagram.firstPaintMs, ws: window.wsLog,
        nav: performance.getEntriesByType('navigation')[0].toJSON(), res: performance.getEntriesByType('resource').map(e => [e.name.split('?')[0].split('/').pop(), Math.round(e.startTime), Math.round(e.responseEnd)]) }));
    console.log(JSON.stringify(r.t), r.p, JSON.stringify(r.res));
    for (const w of r.ws) console.log('  ', w.join(' | '));
    if (last) {
        const { profile } = await cdp.send('Profiler.stop');
        writeFileSync('/tmp/i12p/profile.cpuprofile', JSON.stringify(profile));
        // self time by function, and by phase
        const byId = new Map(profile.nodes.map(x => [x.id, x]));
        const self = new Map();
        let t = profile.startTime;
        const navStart = r.nav ? 0 : 0;
        for (let k = 0; k < profile.samples.length; k++) {
            t += profile.timeDeltas[k];
            const node = byId.get(profile.samples[k]);
            const cf = node.callFrame;
            const key = `${cf.functionName || '(anon)'} ${cf.url.split('/').pop().split('?')[0]}:${cf.lineNumber}:${cf.columnNumber}`;
            self.set(key, (self.get(key) ?? 0) + profile.timeDeltas[k] / 1000);
        }
        const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40);
        for (const [k, v] of top) console.log(v.toFixed(1).padStart(8), k);
    }
    await context.close();
}
await browser.close();
await server.stop();
