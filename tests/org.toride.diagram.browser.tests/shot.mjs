import { serve, launchBrowser, newPage, openDiagram, ROOT } from './test/support.mjs';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const work = mkdtempSync(join(tmpdir(), 'tk-shot-'));
const model = join(work, 'examples-copy.toride');
copyFileSync(join(ROOT, 'examples/water-utility.toride'), model);
const s = await serve(model);
console.log('url', s.url);
const b = await launchBrowser();
try {
  for (const view of ['network', 'dataflow']) {
    const p = await newPage(b);
    p.on('console', m => { if (m.type() !== 'log' && m.type() !== 'debug') console.log('[page]', m.type(), m.text()); });
    p.goto(s.viewUrl(view));
    try { await p.waitForFunction(() => window.torideDiagram && !Number.isNaN(window.torideDiagram.firstPaintMs), null, { timeout: 30000 }); } catch (e) { console.log('not ready', e.message); }
    console.log(view, 'firstPaint', await p.evaluate(() => window.torideDiagram?.firstPaintMs), 'errors', p.errors);
    await p.click('#toride-tool-fit').catch(() => {});
    await p.waitForTimeout(800);
    await p.screenshot({ path: `/tmp/shot-${view}.png` });
    await p.context().close();
  }
} finally { await b.close(); await s.stop(); console.log(s.stderr().slice(-2000)); }
