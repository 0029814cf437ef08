// Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
// The page's language: `lang=ja` in the address gives Japanese palette, legend, toolbar and new names (the server's
// words and the client's own, client/src/texts.ts); an English browser without `lang` keeps everything English.
// Own copy of the example and own `toride serve`, so the other files' edits do not matter here.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { attributesOf, checkedFindingLines, domId, emptySpotIn, hoverFirstMarker, idsOf, newPage, openDiagram, openPalette, servedExampleCopy, waitForFile } from '../lib/support.mjs';

const session = servedExampleCopy('i18n');
const { model } = session;

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]/;
const decode = s => s.replace(/&#(x?)([0-9a-f]+);/gi, (_, x, n) => String.fromCodePoint(parseInt(n, x ? 16 : 10)));

/** What the page shows of itself: html lang, toolbar, palette and legend texts, the Fit button's title. */
async function pageTexts(page) {
    await openPalette(page);
    await page.click('#toride-tool-legend');
    await page.locator('#toride-legend').waitFor({ timeout: 10_000 });
    return page.evaluate(() => ({
        lang: document.documentElement.lang,
        toolbar: document.querySelector('#toride-toolbar').textContent,
        fitTitle: document.querySelector('#toride-tool-fit').title,
        palette: document.querySelector('.tool-palette').textContent,
        legend: document.querySelector('#toride-legend').textContent
    }));
}

async function zoneHeaders(page) {
    return page.evaluate(() => [...document.querySelectorAll('#toride-diagram g.toride-zone')].map(g => g.textContent).join('|'));
}

describe('page language', () => {
    test('lang=ja: Japanese palette, legend and toolbar; a new asset is named in Japanese', async () => {
        // an English browser: the address decides
        const page = await newPage(session.browser, { locale: 'en-US' });
        await openDiagram(page, `${session.server.viewUrl('network')}&lang=ja`);
        // a finding's popup, sent by the server on hover, shows the same lines as in English
        const hovered = await hoverFirstMarker(page);
        const checked = checkedFindingLines(model)[hovered.elementId] ?? [];
        assert.ok(hovered.lines.length > 0 && hovered.lines.every(line => checked.includes(line)),
            `${JSON.stringify(hovered.lines)} are findings of ${hovered.elementId}: ${JSON.stringify(checked)}`);
        await page.mouse.move(0, 0);
        const texts = await pageTexts(page);
        assert.equal(texts.lang, 'ja');
        assert.match(texts.palette, /情報システム/, 'the palette (server) is Japanese');
        assert.match(texts.palette, /パレット/, "the palette's header (client) is Japanese");
        assert.match(texts.legend, /情報システム/);
        assert.match(texts.legend, /信頼ゾーン/);
        assert.match(texts.toolbar, /凡例/, "the legend's button");
        assert.doesNotMatch(texts.legend, /Trusted|Legend|Information/);
        assert.equal(texts.fitTitle, '画面に合わせる');
        assert.match(texts.toolbar, /ネットワーク構成図/);
        // zone kinds in the headers are named as the model editor names them in Japanese
        const headers = await zoneHeaders(page);
        assert.match(headers, /制御系 · SL-T 3/);
        assert.doesNotMatch(headers, /CONTROL|CORPORATE/);
        // the Japanese legend fits: no entry wraps, nothing scrolls sideways, inside the window
        const fit = await page.evaluate(() => {
            const legend = document.querySelector('#toride-legend');
            const r = legend.getBoundingClientRect();
            return {
                overflow: legend.scrollWidth - legend.clientWidth,
                right: r.right,
                wrapped: [...legend.querySelectorAll('li')].filter(li => li.getBoundingClientRect().height > 24).map(li => li.textContent)
            };
        });
        assert.ok(fit.overflow <= 0, `the legend does not scroll sideways (${fit.overflow} px)`);
        assert.ok(fit.right < 1530 / 2, `the legend stays narrow (right edge at ${fit.right})`);
        assert.deepEqual(fit.wrapped, [], 'no legend entry wraps');
        if (process.env.TORIDE_TEST_SCREENSHOT) {
            await page.screenshot({ path: process.env.TORIDE_TEST_SCREENSHOT });
        }
        // create an information system in the DMZ from the palette
        await page.click('#toride-tool-fit');
        await page.waitForTimeout(600);
        const before = idsOf(readFileSync(model, 'utf8'), 'assets');
        await page.locator('.tool-palette .tool-group#assets .tool-button', { hasText: '情報システム' }).click();
        const spot = await emptySpotIn(page, 'zone-dmz');
        await page.mouse.click(spot.x, spot.y);
        const added = await waitForFile(model, xml => {
            const ids = idsOf(xml, 'assets').filter(id => !before.includes(id));
            return ids.length ? ids : undefined;
        }, 'a new asset');
        assert.equal(added.length, 1, 'one asset is added');
        const attrs = attributesOf(readFileSync(model, 'utf8'), added[0]);
        assert.equal(attrs.zone, 'zone-dmz');
        assert.match(decode(attrs.name ?? ''), /^情報システム \d+$/, `the new asset's name (${attrs.name})`);
        await page.locator(domId(added[0])).waitFor({ timeout: 5000 });
        assert.deepEqual(page.errors, []);
        await page.context().close();
    });

    test('without lang on an English browser everything stays English', async () => {
        const page = await newPage(session.browser, { locale: 'en-US' });
        await openDiagram(page, session.server.viewUrl('network'));
        const texts = await pageTexts(page);
        assert.equal(texts.lang, 'en');
        assert.match(texts.palette, /Information system/);
        assert.match(texts.palette, /Palette/);
        assert.match(texts.legend, /Information system/);
        assert.match(texts.legend, /Trusted zone/);
        assert.equal(texts.fitTitle, 'Fit to window');
        assert.match(texts.toolbar, /Network/);
        assert.match(await zoneHeaders(page), /CONTROL · SL-T 3/);
        for (const [what, text] of Object.entries(texts)) {
            assert.doesNotMatch(text, JAPANESE, `${what} has no Japanese`);
        }
        assert.deepEqual(page.errors, []);
        await page.context().close();
    });
});
