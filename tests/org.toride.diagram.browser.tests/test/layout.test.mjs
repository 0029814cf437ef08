// Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
// What a user sees when a diagram opens, measured from the DOM in a 1440×900 window (issue 18): names legible (or
// the minimap shown), the legend and the palette closed and remembered, nothing of the page's over the diagram,
// edges drawn as rounded routes, a selected node's edges on top, boxes apart and edges round them.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { absoluteBounds, openWith } from '../lib/contract.mjs';
import { edgeEnds, measure } from '../lib/layout-probe.mjs';
import { domId, openDiagram, servedExampleCopy } from '../lib/support.mjs';

const session = servedExampleCopy('layout');
const ends = edgeEnds(readFileSync(session.model, 'utf8'));
const VIEWS = ['network', 'dataflow'];

async function open(view, context) {
    const ctx = context ?? (await session.browser.newContext({ viewport: { width: 1440, height: 900 } }));
    const page = await ctx.newPage();
    page.errors = [];
    page.on('pageerror', e => page.errors.push(e.message));
    await openDiagram(page, session.server.viewUrl(view));
    return page;
}

/** The diagram's transform (scroll and zoom) as drawn. */
const viewportOf = page => page.evaluate(() => document.querySelector('#toride-diagram svg.sprotty-graph > g').getAttribute('transform'));

describe('legibility when the diagram opens', () => {
    for (const view of VIEWS) {
        test(`${view}: every zone and asset name in view is at least 10 px; what is out of view is in the minimap`, async () => {
            const page = await open(view);
            const m = await measure(page, ends);
            console.log(`${view} at open: ${m.names.count} names in view of ${m.names.total} drawn, smallest font ` +
                `${m.names.minFontPx.toFixed(1)} px ("${m.names.smallest}"), smallest box ${m.names.minRectHeight.toFixed(1)} px, ` +
                `minimap ${m.minimapShown ? 'shown' : 'hidden'}`);
            assert.ok(m.names.count > 0, 'names are in view');
            assert.ok(m.names.minFontPx >= 10 - 1e-6, `smallest name ${m.names.minFontPx} px ("${m.names.smallest}")`);
            assert.ok(m.names.minRectHeight >= 10, `smallest name box ${m.names.minRectHeight} px`);
            // the whole diagram in view, or the minimap to find the rest
            const whole = m.names.count === m.names.total && (await page.evaluate(() => {
                const canvas = document.getElementById('toride-diagram').getBoundingClientRect();
                return [...document.querySelectorAll('#toride-diagram .zone-body, #toride-diagram .asset-body')].every(b => {
                    const r = b.getBoundingClientRect();
                    return r.left >= canvas.left - 1 && r.top >= canvas.top - 1 && r.right <= canvas.right + 1 && r.bottom <= canvas.bottom + 1;
                });
            }));
            assert.ok(whole || m.minimapShown, 'part of the diagram is out of view and no minimap shows');
            if (m.minimapShown) {
                // a click in the minimap moves the view there
                const before = await viewportOf(page);
                const box = await page.locator('#toride-minimap').boundingBox();
                await page.mouse.click(box.x + 12, box.y + 12);
                await page.waitForFunction(b => document.querySelector('#toride-diagram svg.sprotty-graph > g').getAttribute('transform') !== b, before);
                assert.notEqual(await viewportOf(page), before, 'the view moved');
            }
            assert.deepEqual(page.errors, []);
            await page.context().close();
        });
    }
});

describe('a selection from the host', () => {
    test('brings elements that are all out of view into view, at the same zoom; leaves the view alone otherwise', async () => {
        const page = await open('network');
        const canvasHolds = id => page.evaluate(domIdOf => {
            const canvas = document.getElementById('toride-diagram').getBoundingClientRect();
            const body = document.getElementById(domIdOf)?.querySelector(':scope > .zone-body, :scope > .asset-body');
            const r = body?.getBoundingClientRect();
            return !!r && r.left >= canvas.left && r.right <= canvas.right && r.top >= canvas.top && r.bottom <= canvas.bottom;
        }, `toride-diagram_${id}`);
        const zoomOf = transform => /scale\(([\d.]+)\)/.exec(transform)[1];
        const before = await viewportOf(page);
        const far = 'zone-internet';
        assert.equal(await canvasHolds(far), false, 'the Internet zone lies out of view at open (1440×900, legible zoom)');
        // a node already in view: nothing moves
        await page.evaluate(() => window.torideDiagram.select(['ot-scada-main']));
        await page.waitForTimeout(700);
        assert.equal(await viewportOf(page), before, 'selecting what is in view does not move the view');
        await page.evaluate(id => window.torideDiagram.select([id]), far);
        await page.waitForFunction(id => document.getElementById(`toride-diagram_${id}`)?.classList.contains('selected'), far);
        await page.waitForTimeout(900);
        assert.ok(await canvasHolds(far), 'the selected zone is brought into view');
        assert.equal(zoomOf(await viewportOf(page)), zoomOf(before), 'at the same zoom');
        assert.deepEqual(page.errors, []);
        await page.context().close();
    });
});

describe("the page's panels", () => {
    test('legend and palette start closed, as buttons in the toolbar strip, and nothing covers the diagram', async () => {
        for (const view of VIEWS) {
            const page = await open(view);
            await page.locator('.tool-palette').waitFor({ state: 'attached' });
            assert.equal(await page.locator('#toride-legend').isVisible(), false, 'the legend is closed');
            assert.equal(await page.locator('.tool-palette').isVisible(), false, 'the palette is closed');
            assert.ok(await page.locator('#toride-tool-legend').isVisible());
            assert.ok(await page.locator('#toride-tool-palette').isVisible());
            assert.deepEqual((await measure(page, ends)).overlaysOverContent, [], `${view}: nothing over the diagram at open`);
            // opened, they take room from the diagram; Fit leaves it to them
            await page.click('#toride-tool-legend');
            await page.click('#toride-tool-palette');
            await page.locator('.tool-palette .tool-button').first().waitFor();
            await page.click('#toride-tool-fit');
            await page.waitForTimeout(700);
            assert.deepEqual((await measure(page, ends)).overlaysOverContent, [], `${view}: nothing over the diagram after Fit with both open`);
            assert.deepEqual(page.errors, []);
            await page.context().close();
        }
    });

    test('their state is remembered after a reload', async () => {
        const context = await session.browser.newContext({ viewport: { width: 1440, height: 900 } });
        let page = await open('network', context);
        await page.click('#toride-tool-legend');
        await page.click('#toride-tool-palette');
        await page.reload();
        await page.evaluate(() => window.torideDiagram.ready);
        await page.locator('.tool-palette .tool-button').first().waitFor({ timeout: 10_000 });
        assert.ok(await page.locator('#toride-legend').isVisible(), 'the legend is open again');
        assert.equal(await page.locator('#toride-tool-palette').getAttribute('aria-expanded'), 'true');
        // closed again, closed after the next reload (and in the other view)
        await page.click('#toride-tool-legend');
        await page.click('#toride-tool-palette');
        await page.close();
        page = await open('dataflow', context);
        await page.locator('.tool-palette').waitFor({ state: 'attached' });
        assert.equal(await page.locator('#toride-legend').isVisible(), false);
        assert.equal(await page.locator('.tool-palette').isVisible(), false);
        assert.deepEqual(page.errors, []);
        await context.close();
    });
});

describe('edges', () => {
    test('are drawn as rounded routes: no zero-length pieces, the hit path on the same route, arrows along the last piece', async () => {
        const page = await open('dataflow');
        await page.click('#toride-tool-fit');
        await page.waitForTimeout(700);
        const edges = await page.evaluate(() =>
            [...document.querySelectorAll('#toride-diagram .toride-edge')].map(g => ({
                id: g.id,
                d: g.querySelector(':scope > path').getAttribute('d'),
                handle: g.querySelector(':scope > path.mouse-handle')?.getAttribute('d'),
                arrow: g.querySelector(':scope > .arrow-head')?.getAttribute('transform')
            }))
        );
        assert.ok(edges.length > 10);
        let bends = 0;
        for (const e of edges) {
            assert.equal(e.handle, e.d, `${e.id}: the hit path follows the route`);
            const points = [...e.d.matchAll(/[-\d.]+,[-\d.]+/g)].map(m => m[0].split(',').map(Number));
            for (let i = 1; i < points.length; i++) {
                const [a, b] = [points[i - 1], points[i]];
                assert.ok(Math.hypot(b[0] - a[0], b[1] - a[1]) > 0.4, `${e.id}: a zero-length piece in ${e.d}`);
            }
            bends += (e.d.match(/ Q /g) ?? []).length;
            // the arrow head points along the last piece of the route
            const [tx, ty, angle] = /translate\(([-\d.e]+), ([-\d.e]+)\) rotate\(([-\d.e]+)\)/.exec(e.arrow).slice(1).map(Number);
            const [p, q] = points.slice(-2);
            assert.ok(Math.hypot(q[0] - tx, q[1] - ty) < 0.6, `${e.id}: the arrow sits at the end`);
            const along = (Math.atan2(q[1] - p[1], q[0] - p[0]) * 180) / Math.PI;
            assert.ok(Math.abs(((along - angle + 540) % 360) - 180) < 1, `${e.id}: arrow at ${angle}°, last piece at ${along}°`);
        }
        // the example's flows and their reverses are kept apart by a bend: rounded
        assert.ok(bends > 0, 'some routes bend, with a rounded corner');
        console.log(`${edges.length} flows drawn, ${bends} rounded bends`);
        assert.deepEqual(page.errors, []);
        await page.context().close();
    });

    test('a complete orthogonal route from the server (ends on the boxes) is drawn as it is, rounded', async () => {
        // what the server's orthogonal router sends (issue 18): every point, the first on the source's border and
        // the last on the target's, in diagram coordinates
        let route;
        const { page } = await openWith(session, 'dataflow', root => {
            const flow = root.children.find(c => c.id === 'flow-scada-plc-chlorine');
            const s = absoluteBounds(root, flow.sourceId);
            const t = absoluteBounds(root, flow.targetId);
            const down = t.y > s.y + s.height;
            const start = { x: s.x + s.width / 2, y: down ? s.y + s.height : s.y };
            const end = { x: t.x + t.width / 2, y: down ? t.y : t.y + t.height };
            const midY = (start.y + end.y) / 2;
            route = [start, { x: start.x, y: midY }, { x: end.x, y: midY }, end];
            flow.routingPoints = route;
        });
        const drawn = await page.evaluate(id => {
            const g = document.getElementById(`toride-diagram_${id}`);
            // edges belong to the graph's root: their path is in diagram coordinates
            return { d: g.querySelector(':scope > path').getAttribute('d'), arrow: g.querySelector(':scope > .arrow-head').getAttribute('transform') };
        }, 'flow-scada-plc-chlorine');
        const p = [...drawn.d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map(m => ({ x: Number(m[1]), y: Number(m[2]) }));
        const near = (a, b) => Math.hypot(a.x - b.x, a.y - b.y) < 0.6;
        assert.ok(near(p[0], route[0]) && near(p.at(-1), route.at(-1)), `drawn from ${JSON.stringify(route[0])} to ${JSON.stringify(route.at(-1))}: ${drawn.d}`);
        assert.equal((drawn.d.match(/ Q /g) ?? []).length, 2, `two rounded bends: ${drawn.d}`);
        for (let i = 1; i < p.length; i++) {
            assert.ok(!near(p[i], p[i - 1]), `no zero-length piece: ${drawn.d}`);
        }
        const angle = Number(/rotate\(([-\d.e]+)\)/.exec(drawn.arrow)[1]);
        assert.equal(Math.round(angle), route.at(-1).y > route.at(-2).y ? 90 : -90, 'the arrow points along the last, vertical, piece');
        assert.deepEqual(page.errors, []);
        await page.context().close();
    });

    test("a selected node's edges are painted over the others", async () => {
        const page = await open('dataflow');
        await page.evaluate(() => window.torideDiagram.select(['ot-scada-main']));
        await page.waitForFunction(() => document.querySelector('#toride-diagram svg.toride-graph.tk-focus'));
        const order = await page.evaluate(() =>
            [...document.querySelectorAll('#toride-diagram svg.sprotty-graph > g > .toride-edge')].map(g => g.classList.contains('tk-related'))
        );
        const firstRelated = order.indexOf(true);
        assert.ok(firstRelated >= 0, 'the SCADA server has flows');
        assert.ok(order.slice(firstRelated).every(r => r), `related edges come last (${order.map(r => (r ? 'R' : '.')).join('')})`);
        assert.ok(await page.locator(domId('ot-scada-main')).count());
        await page.context().close();
    });
});

describe('layout rules in the DOM', () => {
    for (const view of VIEWS) {
        test(`${view}: sibling boxes do not overlap and nested boxes stay inside their zone`, async () => {
            const page = await open(view);
            await page.click('#toride-tool-fit');
            await page.waitForTimeout(700);
            const m = await measure(page, ends);
            console.log(`${view}: ${m.overlaps.length} overlapping siblings, ${m.outside.length} outside their zone, ` +
                `${m.edgeCrossings.length} edges through boxes they do not connect`);
            assert.deepEqual(m.overlaps, []);
            assert.deepEqual(m.outside, []);
            await page.context().close();
        });

        // The server routes every edge orthogonally round the boxes it does not connect (OrthogonalRouter).
        test(`${view}: no edge passes through a box it does not connect`, async () => {
            const page = await open(view);
            await page.click('#toride-tool-fit');
            await page.waitForTimeout(700);
            const m = await measure(page, ends);
            await page.context().close();
            assert.deepEqual(m.edgeCrossings, []);
        });
    }
});
