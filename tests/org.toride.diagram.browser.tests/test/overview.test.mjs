// Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
// The page's side of the zone overview, flow bundles and the service filter (docs/diagrams.md): the test stands
// between page and server (Playwright's routeWebSocket), gives the models the server sends the overview's args and
// types as the contract has them, declares the page's new actions as the server's, and catches what the page sends.
// It checks the drawing and the actions, not the server's answer to them (that server is tested in Java). The last
// suite then opens generated models against the real server, end to end.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { find, openWith } from '../lib/contract.mjs';
import { domId, newPage, openDiagram, ROOT, serve, servedExampleCopy } from '../lib/support.mjs';

const session = servedExampleCopy('overview');

describe('zone overview', () => {
    test('closed zones show their counts and findings, conduits their number; double-clicks and the toolbar ask the server', async () => {
        const { page, sent } = await openWith(session, 'network', root => {
            root.args = { ...(root.args ?? {}), overview: true };
            for (const zone of root.children.filter(c => c.type === 'node:zone')) {
                zone.args = { ...zone.args, collapsed: zone.id !== 'zone-corp' };
            }
            const dmz = find(root, 'zone-dmz');
            dmz.children = dmz.children.filter(c => c.type !== 'node:asset');
            Object.assign(dmz.args, { assetCount: 5, counts: '5 assets: 3 information systems, 2 devices', findings: 3 });
            dmz.cssClasses = [...(dmz.cssClasses ?? []), 'zone-has-findings'];
            const conduit = root.children.find(c => c.id === 'conduit-inet-dmz');
            conduit.args = { ...conduit.args, count: 3 };
        });
        await shoot(page, 'overview-network');
        assert.equal(await page.locator('#toride-tool-overview').textContent(), 'Detail', 'in the overview the button offers the detail');
        const dmz = page.locator(domId('zone-dmz'));
        assert.equal(await dmz.locator(':scope > .zone-counts').textContent(), '5 assets: 3 information systems, 2 devices');
        assert.equal(await dmz.locator(':scope > .zone-findings text').textContent(), '3');
        const conduit = page.locator(domId('conduit-inet-dmz'));
        assert.equal(await conduit.locator('.count-badge text').textContent(), '3');
        const width = l => l.evaluate(e => parseFloat(getComputedStyle(e).strokeWidth));
        const plain = page.locator('#toride-diagram .toride-conduit:not(.tk-aggregated) > path:first-child').first();
        assert.ok((await width(conduit.locator(':scope > path').first())) > (await width(plain)), 'several conduits draw thicker');

        // a double-click on the body of a closed zone opens it; the name is not edited
        const body = await dmz.locator(':scope > .zone-body').boundingBox();
        await page.mouse.dblclick(body.x + body.width / 2, body.y + body.height - 8);
        await waitFor(() => sent.length > 0);
        assert.deepEqual(sent.at(-1), { kind: 'torideToggleZone', zoneId: 'zone-dmz', expand: true });
        assert.equal(await page.locator('.label-edit input').isVisible().catch(() => false), false, 'no name editor');
        // an open zone of the overview closes
        const corp = await page.locator(`${domId('zone-corp')} > .zone-body`).boundingBox();
        const before = sent.length;
        await page.mouse.dblclick(corp.x + corp.width - 6, corp.y + corp.height - 6);
        await waitFor(() => sent.length > before);
        assert.deepEqual(sent.at(-1), { kind: 'torideToggleZone', zoneId: 'zone-corp', expand: false });
        // the toolbar switches to the detail
        await page.click('#toride-tool-overview');
        await waitFor(() => sent.some(a => a.kind === 'torideOverview'));
        assert.deepEqual(sent.at(-1), { kind: 'torideOverview', overview: false });
        assert.deepEqual(page.errors, []);
        await page.context().close();
    });

    test('without the overview args the page shows no overview controls', async () => {
        const { page } = await openWith(session, 'network', root => {
            // a server from before the overview
            delete root.args?.overview;
            delete root.args?.services;
        });
        assert.equal(await page.locator('#toride-tool-overview').count(), 0);
        assert.equal(await page.locator('#toride-service-filter').count(), 0);
        await page.context().close();
    });
});

describe('data-flow bundles and the service filter', () => {
    test('a bundle is a thick flow with its count; a double-click opens it; the drop-down filters to a service', async () => {
        const { page, sent } = await openWith(session, 'dataflow', root => {
            root.args = {
                ...(root.args ?? {}),
                services: JSON.stringify([{ id: 'svc-water', name: '水道水の供給' }, { id: 'svc-billing', name: '料金収納' }])
            };
            const zones = root.children.filter(c => c.type === 'node:zone');
            const [a, b] = zones;
            root.children.push({
                id: 'bundle-test',
                type: 'edge:flowbundle',
                sourceId: a.id,
                targetId: b.id,
                args: { count: 4, data: 'telemetry, setpoints' },
                children: [{ id: 'bundle-test_label', type: 'label:edge', text: '4 flows: telemetry, setpoints',
                    edgePlacement: { position: 0.5, side: 'on', offset: 4, rotate: false } }]
            });
        });
        const bundle = page.locator(domId('bundle-test'));
        await bundle.waitFor();
        await shoot(page, 'overview-dataflow');
        assert.ok(await bundle.evaluate(g => g.classList.contains('toride-flow') && g.classList.contains('toride-bundle')));
        assert.equal(await bundle.locator('.count-badge text').textContent(), '4');
        assert.equal(await bundle.locator(':scope > .arrow-head').count(), 1, 'a bundle has an arrow head');
        assert.match(await bundle.textContent(), /4 flows: telemetry, setpoints/);
        const width = await bundle.locator(':scope > path').first().evaluate(e => parseFloat(getComputedStyle(e).strokeWidth));
        assert.ok(width >= 4, `a bundle draws thick (${width})`);

        // the injected bundle has no route from the server: its straight line may run under boxes, so the
        // double-click goes to the badge itself rather than to where the pointer would hit
        await bundle.locator('.count-badge').dispatchEvent('dblclick');
        await waitFor(() => sent.length > 0);
        assert.deepEqual(sent.at(-1), { kind: 'torideToggleBundle', bundleId: 'bundle-test', expand: true });

        const select = page.locator('#toride-service-filter');
        assert.deepEqual(await select.locator('option').allTextContents(), ['All services', '水道水の供給', '料金収納']);
        await select.selectOption('svc-billing');
        await waitFor(() => sent.some(a => a.kind === 'torideFilterService'));
        assert.deepEqual(sent.at(-1), { kind: 'torideFilterService', serviceId: 'svc-billing' });
        await select.selectOption('');
        await waitFor(() => sent.filter(a => a.kind === 'torideFilterService').length === 2);
        assert.deepEqual(sent.at(-1), { kind: 'torideFilterService' }, 'all services: no serviceId');
        assert.deepEqual(page.errors, []);
        await page.context().close();
    });
});

// The same against the real server: a generated model above the overview's threshold, and one below it opened with
// a lower threshold, as a user of each would see them. Prints the first paint of both (docs/performance.md).
describe('zone overview against the server', () => {
    const figures = [];
    after(() => {
        for (const f of figures) {
            console.log(`first paint, overview of ${f.name}: ${f.ms} ms (${f.zones} zones in view)`);
        }
    });

    for (const [assets, flags] of [[10_000, []], [1_000, ['-Dtoride.diagram.overviewThreshold=500']]]) {
        test(`${assets.toLocaleString('en')} assets open as the zone overview; a double-click opens a zone in place`, async () => {
            const big = join(session.work, `overview-${assets}.toride`);
            const gen = spawnSync('python3', [join(ROOT, 'releng/scripts/generate-model.py'), String(assets), big], { encoding: 'utf8' });
            assert.equal(gen.status, 0, gen.stderr);
            const server = await serve(big, flags);
            try {
                const page = await newPage(session.browser);
                const ms = await openDiagram(page, server.viewUrl('network'));
                assert.equal(await page.locator('#toride-tool-overview').textContent(), 'Detail', 'the view opened as the overview');
                assert.equal(await page.locator('#toride-diagram .toride-asset').count(), 0, 'closed zones draw no assets');
                const zones = page.locator('#toride-diagram .toride-zone');
                const zoneCount = await zones.count();
                // sprotty draws only what is in view: of a big overview, some of the zones
                assert.ok(zoneCount > 0, 'zones are drawn');
                figures.push({ name: `${assets.toLocaleString('en')} assets`, ms, zones: zoneCount });

                // a closed zone in view, its counts under its name; a double-click on its body opens it
                const viewport = page.viewportSize();
                let target;
                for (let i = 0; i < zoneCount && !target; i++) {
                    const box = await zones.nth(i).locator(':scope > .zone-body').boundingBox();
                    if (box && box.x > 0 && box.y > 60 && box.x + box.width < viewport.width - 220
                            && box.y + box.height < viewport.height - 160) {
                        target = { zone: zones.nth(i), box };
                    }
                }
                assert.ok(target, 'a closed zone is in view');
                const id = (await target.zone.getAttribute('id')).replace(/^toride-diagram_/, '');
                const counts = target.zone.locator(':scope > .zone-counts');
                assert.match(await counts.textContent(), /\d/);
                const line = await counts.boundingBox();
                assert.ok(line.x >= target.box.x && line.x + line.width <= target.box.x + target.box.width + 1,
                    `the counts stay inside their zone (${JSON.stringify(line)} in ${JSON.stringify(target.box)})`);
                assert.equal(await page.locator('.toride-empty-hint').count(), 0, 'closed zones are not an empty view');
                await page.mouse.dblclick(target.box.x + target.box.width / 2, target.box.y + target.box.height - 6);
                await page.waitForFunction(
                    id => document.querySelectorAll(`#toride-diagram [id="toride-diagram_${id}"] .toride-asset`).length > 0,
                    id, { timeout: 30_000 });
                const shown = await page.locator(`${domId(id)} .toride-asset`).count();
                assert.ok(shown >= 40, `the opened zone shows its assets (${shown})`);
                assert.equal(await page.locator('#toride-diagram .toride-asset').count(), shown, 'only that zone opened');

                if (assets <= 1_000) {
                    // the toolbar switches to the detail, which still offers the way back
                    await page.click('#toride-tool-overview');
                    await page.locator('#toride-tool-overview', { hasText: 'Overview' }).waitFor({ timeout: 30_000 });
                    assert.ok(await page.locator('#toride-diagram .toride-asset').count() > shown, 'the detail draws every zone\'s assets');
                    await page.click('#toride-tool-overview');
                    await page.locator('#toride-tool-overview', { hasText: 'Detail' }).waitFor({ timeout: 30_000 });
                }
                assert.deepEqual(page.errors, []);
                await page.context().close();
            } finally {
                await server.stop();
            }
        });
    }
});

/** A screenshot to look at, when TORIDE_TEST_SCREENSHOT_DIR names a folder. */
async function shoot(page, name) {
    if (process.env.TORIDE_TEST_SCREENSHOT_DIR) {
        await page.screenshot({ path: `${process.env.TORIDE_TEST_SCREENSHOT_DIR}/${name}.png` });
    }
}

async function waitFor(check, timeoutMs = 5000) {
    const until = Date.now() + timeoutMs;
    while (!check()) {
        if (Date.now() > until) {
            throw new Error('timed out');
        }
        await new Promise(r => setTimeout(r, 50));
    }
}
