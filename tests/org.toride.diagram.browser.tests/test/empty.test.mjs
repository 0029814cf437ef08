// Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
// A model just begun (one zone, no assets, no flows): each view says what to do first instead of a blank canvas,
// in the page's language, and the hint goes once there is something to show.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { attributesOf, emptySpotIn, idsOf, newPage, openDiagram, openPalette, servedModel, waitForFile } from '../lib/support.mjs';

const begun = servedModel('plant', `<?xml version="1.0" encoding="UTF-8"?>
<toride:SecurityModel xmlns:toride="http://www.toride.org/model/1.0" id="model-plant" name="Plant">
  <zones id="zone-office" name="Office" kind="CORPORATE"/>
</toride:SecurityModel>
`);
const blank = servedModel('blank', `<?xml version="1.0" encoding="UTF-8"?>
<toride:SecurityModel xmlns:toride="http://www.toride.org/model/1.0" id="model-blank" name="Blank"/>
`);
const model = begun.model;

const hint = page => page.locator('#toride-diagram .toride-empty-hint');

describe('an empty view', () => {
    test('the data-flow view of a model without flows says how to start, in Japanese too', async () => {
        const page = await newPage(begun.browser);
        await openDiagram(page, begun.server.viewUrl('dataflow'));
        assert.match(await hint(page).textContent(), /No data flows yet\..*Data flow/);
        const ja = await newPage(begun.browser);
        await openDiagram(ja, `${begun.server.viewUrl('dataflow')}&lang=ja`);
        assert.match(await hint(ja).textContent(), /データフローはまだありません/);
        assert.deepEqual([...page.errors, ...ja.errors], []);
        await page.context().close();
        await ja.context().close();
    });

    test('the network view of a blank model starts with a zone', async () => {
        const page = await newPage(blank.browser);
        await openDiagram(page, blank.server.viewUrl('network'));
        assert.match(await hint(page).textContent(), /Nothing drawn yet\..*Pick Zone in the palette/);
        assert.deepEqual(page.errors, []);
        await page.context().close();
    });

    test('with a zone, the network view asks for assets, and the hint goes with the first one', async () => {
        const page = await newPage(begun.browser);
        await openDiagram(page, begun.server.viewUrl('network'));
        assert.match(await hint(page).textContent(), /No assets yet\..*click inside a zone/);
        // the hint takes no clicks: an asset created by clicking in the zone lands there
        await openPalette(page);
        await page.locator('.tool-palette .tool-button', { hasText: 'Information system' }).click();
        const spot = await emptySpotIn(page, 'zone-office');
        await page.mouse.click(spot.x, spot.y);
        await waitForFile(model, xml => idsOf(xml, 'assets').some(id => attributesOf(xml, id)?.zone === 'zone-office'),
            'a new asset in the office zone');
        await hint(page).waitFor({ state: 'detached', timeout: 5000 });
        assert.deepEqual(page.errors, []);
        await page.context().close();
    });
});
