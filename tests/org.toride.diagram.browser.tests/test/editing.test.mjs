// Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
// Editing in the diagram, proven on disk: reparent by drag, rename in place, resize, reconnect, host selection,
// toolbar (layout all + undo, zoom). Own copy of the example and own `toride serve`, so the other file's edits
// do not matter here.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { attributesOf, centreOf, domId, emptySpotIn, grabPointOf, newPage, openDiagram, servedExampleCopy, waitForFile } from '../lib/support.mjs';

const session = servedExampleCopy('editing');
const { model, notation } = session;

const read = file => (existsSync(file) ? readFileSync(file, 'utf8') : '');
const layoutOf = (view, id) => JSON.parse(read(notation) || '{}')?.[view]?.[id];

async function open(view) {
    const page = await newPage(session.browser);
    await openDiagram(page, session.server.viewUrl(view));
    await page.click('#toride-tool-fit');
    await page.waitForTimeout(600);
    return page;
}

/** Drags with the left button from a to b in small steps, as a hand would. */
async function drag(page, a, b, steps = 10) {
    await page.mouse.move(a.x, a.y);
    await page.mouse.down();
    for (let i = 1; i <= steps; i++) {
        await page.mouse.move(a.x + ((b.x - a.x) * i) / steps, a.y + ((b.y - a.y) * i) / steps);
    }
    await page.mouse.up();
}

/** Current zoom of the diagram (screen px per model unit), from a zone's drawn width and its model width. */
async function zoomOf(page, zoneId) {
    return page.locator(`${domId(zoneId)} > .zone-body`).evaluate(r => r.getBoundingClientRect().width / Number(r.getAttribute('width')));
}

describe('editing in the network view', () => {
    test('dragging an asset into another zone changes its zone; undo puts it back', async () => {
        const page = await open('network');
        const id = 'sys-billing';
        assert.equal(attributesOf(read(model), id).zone, 'zone-corp-server');
        const from = await grabPointOf(page, id);
        const centre = await centreOf(page, `${domId(id)} > .asset-body`);
        // drop the asset's centre on a free spot of the DMZ (found in the page: the layout decides where that is);
        // the pointer holds the asset where it was grabbed, which need not be its centre
        const spot = await emptySpotIn(page, 'zone-dmz');
        const to = { x: spot.x + from.x - centre.x, y: spot.y + from.y - centre.y };
        await drag(page, from, to);
        await waitForFile(model, xml => attributesOf(xml, id)?.zone === 'zone-dmz', `${id} in zone-dmz`);
        await page.locator(`${domId('zone-dmz')} ${domId(id).replace('#toride-diagram ', '')}`).waitFor({ timeout: 5000 });
        assert.ok(layoutOf('network', id), 'the new place is in the notation');
        await page.click('#toride-tool-undo');
        await waitForFile(model, xml => attributesOf(xml, id)?.zone === 'zone-corp-server', `${id} back in its zone`);
        assert.deepEqual(page.errors, []);
        await page.context().close();
    });

    test('renames a node in place (double-click, F2); an empty name is refused with a message', async () => {
        const page = await open('network');
        const id = 'ot-historian';
        const name = page.locator(domId(`${id}_name`));
        await name.dblclick();
        const input = page.locator('.label-edit input');
        await input.waitFor({ state: 'visible', timeout: 5000 });
        await input.fill('Historian Renamed');
        await input.press('Enter');
        await waitForFile(model, xml => attributesOf(xml, id)?.name === 'Historian Renamed', 'the new name');
        await page.waitForFunction(sel => document.querySelector(sel)?.textContent === 'Historian Renamed', domId(`${id}_name`));
        // F2 on the selected node, then an empty name. Selected by a point that hits it: a fixed corner of its box
        // lay under a flow's line in some layouts, where the click selected nothing.
        const spot = await grabPointOf(page, id);
        await page.mouse.click(spot.x, spot.y);
        await page.waitForFunction(sel => document.querySelector(sel)?.classList.contains('selected'), domId(id));
        await page.keyboard.press('F2');
        await input.waitFor({ state: 'visible', timeout: 5000 });
        await input.fill('');
        await input.press('Enter');
        const box = page.locator('.label-edit.validation-error');
        await box.waitFor({ timeout: 5000 });
        const message = await box.evaluate(e => getComputedStyle(e, '::after').content);
        assert.match(message, /cannot be empty/, 'the reason is shown beside the field');
        assert.ok(await input.isVisible(), 'the editor stays open');
        await input.press('Escape');
        await page.waitForTimeout(300);
        assert.equal(attributesOf(read(model), id).name, 'Historian Renamed', 'the empty name was not applied');
        assert.deepEqual(page.errors, []);
        await page.context().close();
    });

    test('resizing a zone with its handle changes the notation only', async () => {
        const page = await open('network');
        const id = 'zone-internet'; // small enough for its bottom-right corner to be in the window after Fit
        const modelBefore = read(model);
        const header = await page.locator(`${domId(id)} > .zone-header`).boundingBox();
        await page.mouse.click(header.x + header.width * 0.6, header.y + header.height / 2);
        await page.waitForFunction(sel => document.querySelector(sel)?.classList.contains('selected'), domId(id));
        const handle = page.locator(`${domId(id)} > .sprotty-resize-handle[data-kind="bottom-right"]`);
        await handle.waitFor({ timeout: 5000 });
        const corner = await centreOf(page, `${domId(id)} > .sprotty-resize-handle[data-kind="bottom-right"]`);
        const width = Number(await page.locator(`${domId(id)} > .zone-body`).getAttribute('width'));
        const height = Number(await page.locator(`${domId(id)} > .zone-body`).getAttribute('height'));
        const zoom = await zoomOf(page, id);
        await drag(page, corner, { x: corner.x + 80, y: corner.y + 50 });
        const bounds = await waitForFile(notation, () => {
            const b = layoutOf('network', id);
            return b && b.width > width + 10 ? b : undefined;
        }, `the new size of ${id}`);
        // GLSP may snap the dragged corner to another element's edge (helper lines), so not to the exact pixel
        assert.ok(bounds.width >= width + 40 / zoom && bounds.height >= height + 25 / zoom,
            `new size ${JSON.stringify(bounds)} from ${width}×${height} + (80, 50) px at zoom ${zoom}`);
        assert.ok(Math.abs(Number(await page.locator(`${domId(id)} > .zone-body`).getAttribute('width')) - bounds.width) < 1,
            'the zone is drawn at its new size');
        assert.equal(read(model), modelBefore, 'the model file is unchanged');
        assert.deepEqual(page.errors, []);
        await page.context().close();
    });

    test('the host selects a node; zoom buttons zoom; Layout all changes the notation and undoes', async () => {
        const page = await open('network');
        await page.evaluate(() => window.torideDiagram.select(['zone-dmz']));
        await page.waitForFunction(sel => document.querySelector(sel)?.classList.contains('selected'), domId('zone-dmz'));
        await page.evaluate(() => window.torideDiagram.select(['ot-scada-main']));
        await page.waitForFunction(sel => document.querySelector(sel)?.classList.contains('selected')
            && !document.querySelector('#toride-diagram #toride-diagram_zone-dmz').classList.contains('selected'), domId('ot-scada-main'));

        const z0 = await zoomOf(page, 'zone-dmz');
        await page.click('#toride-tool-zoom-in');
        await page.waitForTimeout(600);
        const z1 = await zoomOf(page, 'zone-dmz');
        assert.ok(z1 > z0 * 1.15, `zoom in (${z0} → ${z1})`);
        await page.click('#toride-tool-zoom-out');
        await page.waitForTimeout(600);
        assert.ok(Math.abs((await zoomOf(page, 'zone-dmz')) - z0) < z0 * 0.05, 'zoom out returns');

        // give one zone a place of its own, so Layout all has something to change
        const before = read(notation);
        const header = await page.locator(`${domId('zone-internet')} > .zone-header`).boundingBox();
        const grab = { x: header.x + header.width * 0.6, y: header.y + header.height / 2 };
        await drag(page, grab, { x: grab.x + 30, y: grab.y + 25 });
        const moved = await waitForFile(notation, text => text !== before && layoutOf('network', 'zone-internet'), 'moved zone-internet');
        await page.click('#toride-tool-layout');
        const laidOut = await waitForFile(notation, () => {
            const b = layoutOf('network', 'zone-internet');
            return b && (b.x !== moved.x || b.y !== moved.y) ? b : undefined;
        }, 'zone-internet laid out again');
        assert.notDeepEqual(laidOut, moved);
        await page.click('#toride-tool-undo');
        await waitForFile(notation, () => {
            const b = layoutOf('network', 'zone-internet');
            return b && b.x === moved.x && b.y === moved.y;
        }, 'undo of Layout all restores the moved zone');
        assert.deepEqual(page.errors, []);
        await page.context().close();
    });
});

describe('editing in the data-flow view', () => {
    test('dragging the end of a selected flow onto another asset changes its target', async () => {
        const page = await open('dataflow');
        const id = 'flow-plc-filter-scada'; // one without a flow back, which would be drawn on the same line
        const attrs = attributesOf(read(model), id);
        assert.equal(attrs.target, 'ot-scada-main');
        const newTarget = 'ot-historian';
        assert.equal(await page.locator(domId(newTarget)).count(), 1, `${newTarget} is drawn in the data-flow view`);
        // select the flow by clicking its line
        const path = page.locator(`${domId(id)} > path`).first();
        const point = await path.evaluate(p => {
            const l = p.getTotalLength();
            const q = p.getPointAtLength(l * 0.4);
            const m = p.getScreenCTM();
            return { x: q.x * m.a + q.y * m.c + m.e, y: q.x * m.b + q.y * m.d + m.f };
        });
        await page.mouse.click(point.x, point.y);
        await page.waitForFunction(sel => document.querySelector(sel)?.classList.contains('selected'), domId(id));
        const handles = page.locator(`${domId(id)} .sprotty-routing-handle`);
        await handles.first().waitFor({ timeout: 5000 });
        const target = await centreOf(page, `${domId('ot-scada-main')} > .asset-body`);
        let end;
        for (const h of await handles.all()) {
            const b = await h.boundingBox();
            const c = { x: b.x + b.width / 2, y: b.y + b.height / 2 };
            if (!end || Math.hypot(c.x - target.x, c.y - target.y) < Math.hypot(end.x - target.x, end.y - target.y)) {
                end = c;
            }
        }
        const other = await centreOf(page, `${domId(newTarget)} > .asset-body`);
        await drag(page, end, other, 12);
        await waitForFile(model, xml => attributesOf(xml, id)?.target === newTarget, `${id} now ends at ${newTarget}`);
        assert.equal(attributesOf(read(model), id).source, attrs.source, 'the source stays');
        assert.deepEqual(page.errors, []);
        await page.context().close();
    });
});

describe('when the model cannot be saved', () => {
    test('the page says so, the edit stays in the diagram, and the next edit that can be saved saves both', async () => {
        const page = await open('network');
        const aside = `${model}.aside`;
        const rename = async (id, to) => {
            const input = page.locator('.label-edit input');
            // A second double-click if no editor shows, as a user would: in one CI run the editor did not show
            // after the double-click that followed the failed save (its input was there, hidden), and the same
            // build passed when run again; the cause was not found.
            for (let attempt = 1; ; attempt++) {
                await page.locator(domId(`${id}_name`)).dblclick();
                try {
                    await input.waitFor({ state: 'visible', timeout: 2500 });
                    break;
                } catch (e) {
                    if (attempt === 2) throw e;
                }
            }
            await input.fill(to);
            await input.press('Enter');
        };
        // the model file's place is taken by a directory, as when a disk is full or a mount is lost
        renameSync(model, aside);
        mkdirSync(join(model, 'in-the-way'), { recursive: true });
        try {
            await rename('ot-historian', 'Historian (unsaved)');
            const status = page.locator('#toride-status.toride-status-warning');
            await status.waitFor({ state: 'visible', timeout: 5000 });
            assert.match(await status.textContent(), /^Not saved: .*cannot save: Is a directory\. Your edits are kept/);
            await page.waitForFunction(sel => document.querySelector(sel)?.textContent === 'Historian (unsaved)',
                domId('ot-historian_name'));
        } finally {
            rmSync(model, { recursive: true, force: true });
        }
        await rename('sys-web', 'Web (saved)');
        await waitForFile(model, xml => attributesOf(xml, 'ot-historian')?.name === 'Historian (unsaved)'
            && attributesOf(xml, 'sys-web')?.name === 'Web (saved)', 'both edits on disk');
        await page.locator('#toride-status').waitFor({ state: 'hidden', timeout: 5000 });
        rmSync(aside);
        assert.deepEqual(page.errors, []);
        await page.context().close();
    });
});
