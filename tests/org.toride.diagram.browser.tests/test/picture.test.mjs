// Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
// The picture the server writes into the diagram page (PagePicture.java, picture.ts): shown before app.js has drawn
// the diagram, where the live diagram then opens, and gone once it has.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { domId, newPage, openDiagram, ROOT, serve, servedExampleCopy } from '../lib/support.mjs';

const session = servedExampleCopy('picture-example');
let big;

before(async () => {
    const model = join(session.work, 'picture-1000.toride');
    const gen = spawnSync('python3', [join(ROOT, 'releng/scripts/generate-model.py'), '1000', model], { encoding: 'utf8' });
    assert.equal(gen.status, 0, gen.stderr);
    big = await serve(model);
});

after(async () => {
    await big?.stop();
});

/** The picture of `url` as a page shows it when app.js never comes: the screen boxes of its zones, by id. */
async function pictureOnly(url) {
    const page = await newPage(session.browser);
    await page.route(/\/app\.js$/, route => route.abort());
    await page.goto(url);
    await page.waitForFunction(() => window.torideDiagram.timings.picture > 0, null, { timeout: 20_000 });
    const shown = await page.evaluate(() => {
        const picture = document.getElementById('toride-picture');
        const boxes = {};
        for (const body of picture.querySelectorAll('[data-id].toride-zone > .zone-body')) {
            const r = body.getBoundingClientRect();
            boxes[body.parentElement.getAttribute('data-id')] = [r.x, r.y, r.width, r.height];
        }
        const parts = document.getElementById('toride-picture-parts').content;
        return {
            visibility: getComputedStyle(picture).visibility,
            boxes,
            zones: [...parts.querySelectorAll('.toride-zone')].map(z => z.getAttribute('data-id')),
            assets: picture.querySelectorAll('.toride-asset').length,
            allAssets: parts.querySelectorAll('.toride-asset').length,
            edges: picture.querySelectorAll('.toride-edge').length,
            fill: getComputedStyle(picture.querySelector('.toride-zone > .zone-body')).fill
        };
    });
    await page.context().close();
    return shown;
}

/** The zones' screen boxes once the live diagram has opened, and whether the picture is gone. */
async function live(url, ids) {
    const page = await newPage(session.browser);
    await openDiagram(page, url);
    const boxes = {};
    for (const id of ids) {
        const body = page.locator(`${domId(id)} > .zone-body`);
        if (await body.count()) {
            const r = await body.boundingBox();
            boxes[id] = [r.x, r.y, r.width, r.height];
        }
    }
    const pictureLeft = await page.locator('#toride-picture').count();
    const timings = await page.evaluate(() => window.torideDiagram.timings);
    assert.deepEqual(page.errors, []);
    await page.context().close();
    return { boxes, pictureLeft, timings };
}

/**
 * Asserts that every zone on screen in the live diagram is in the picture, in the same place (within 2 px), and
 * that there are some.
 */
function samePlace(picture, shown, what) {
    let compared = 0;
    for (const [id, box] of Object.entries(shown.boxes)) {
        const drawn = picture.boxes[id];
        assert.ok(drawn, `${what}: zone ${id} of the live diagram is in the picture`);
        // only what is on screen: sprotty leaves out what lies outside the canvas
        if (box[0] + box[2] < 0 || box[1] + box[3] < 0 || box[0] > 1530 || box[1] > 850) continue;
        for (let i = 0; i < 4; i++) {
            assert.ok(Math.abs(drawn[i] - box[i]) <= 2, `${what}: zone ${id} at ${drawn} in the picture, ${box} live`);
        }
        compared++;
    }
    assert.ok(compared >= 3, `${what}: ${compared} zones compared`);
}

describe('the picture before the script', () => {
    test('the example: shown with the live views\' style, where the live diagram opens, then gone', async () => {
        for (const view of ['network', 'dataflow']) {
            const url = session.server.viewUrl(view);
            const picture = await pictureOnly(url);
            assert.equal(picture.visibility, 'visible', `${view}: shown without app.js`);
            assert.ok(picture.zones.length >= 10 && picture.assets >= 10 && picture.edges >= 5,
                `${view}: zones, assets and routes: ${JSON.stringify({ ...picture, boxes: Object.keys(picture.boxes) })}`);
            assert.notEqual(picture.fill, 'rgb(0, 0, 0)', `${view}: drawn by the style sheet, not in SVG's default black`);
            const shown = await live(url, picture.zones);
            assert.equal(shown.pictureLeft, 0, `${view}: the live diagram replaced the picture`);
            assert.ok(shown.timings.picture > 0 && shown.timings.picture <= shown.timings.fitted + 50,
                `${view}: the picture came first: ${JSON.stringify(shown.timings)}`);
            samePlace(picture, shown, view);
        }
    });

    test('1,000 assets: opened at a legible zoom on the critical zones, in the picture as live', async () => {
        const url = big.viewUrl('network');
        const picture = await pictureOnly(url);
        assert.ok(picture.allAssets >= 1000, `every asset is sent (${picture.allAssets})`);
        assert.ok(picture.assets > 20 && picture.assets < 500, `those in view are drawn (${picture.assets})`);
        const shown = await live(url, picture.zones);
        samePlace(picture, shown, '1,000 assets');
        console.log(`picture of 1,000 assets: ${JSON.stringify(shown.timings)}`);
    });
});
