// Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
// The review pack of a change (`toride review`) as a reviewer opens it in Chromium: the change listed, the new and
// resolved findings, both versions' diagrams with the added flow green, the removed one red and the changed one
// outlined, a sign-off block; a hostile element name shows as text and runs nothing. The screenshot goes to
// target/screenshots/ (docs/images/ holds the reviewed copy).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, launchBrowser, newPage, runCli } from '../lib/support.mjs';

const work = mkdtempSync(join(tmpdir(), 'toride-review-'));
const base = join(work, 'approved.toride');
const next = join(work, 'water-utility.toride');
const pack = join(work, 'review.html');
const hostile = '</style><script>window.hacked=1</script>';
let browser;

before(async () => {
    copyFileSync(join(ROOT, 'examples/water-utility.toride'), base);
    let xml = readFileSync(base, 'utf8');
    const billing = xml.split('\n').find(l => l.includes('id="flow-branch-billing"'));
    const exported = billing.replace('id="flow-branch-billing"', 'id="flow-branch-export"')
        .replace(/name="[^"]*"/, `name="Export ${hostile.replaceAll('<', '&lt;').replaceAll('>', '&gt;')}"`);
    xml = xml.replace(billing, `${billing.replace('encrypted="false"', 'encrypted="true"')}\n${exported}`);
    xml = xml.split('\n').filter(l => !l.includes('id="flow-wq-chlorine-plc"')).join('\n');
    writeFileSync(next, xml);
    browser = await launchBrowser();
});

after(async () => {
    await browser?.close();
    if (!process.env.TORIDE_TEST_KEEP) {
        rmSync(work, { recursive: true, force: true });
    }
});

describe('the review pack', () => {
    test('shows the change, its findings and both diagrams with the change drawn over them', async () => {
        const run = runCli('review', base, next, '-o', pack, '--today', '2026-11-27');
        assert.equal(run.status, 0, run.stderr);
        assert.match(run.stderr, /1 added, 1 removed, 1 changed, 0 moved/);

        const page = await newPage(browser, { viewport: { width: 1600, height: 1000 } });
        await page.goto(pathToFileURL(pack).toString());
        assert.equal(await page.locator('h1').textContent(), 'Security-by-design review of a change');
        assert.match(await page.locator('table.rv-new').textContent(), /CRY-01.*flow-branch-export/s);
        assert.match(await page.locator('table.rv-absent').textContent(), /CRY-01.*flow-branch-billing/s);
        assert.equal(await page.locator('figure.rv-base svg').count(), 2);
        assert.equal(await page.locator('figure.rv-next svg').count(), 2);
        const stroke = selector => page.evaluate(s => {
            const e = document.querySelector(s);
            return e ? getComputedStyle(e).stroke : null;
        }, selector);
        assert.equal(await stroke('figure.rv-next [id="flow-branch-export"]'), 'rgb(30, 142, 62)', 'added: green');
        assert.equal(await stroke('figure.rv-base [id="flow-wq-chlorine-plc"]'), 'rgb(192, 57, 43)', 'removed: red');
        assert.equal(await stroke('figure.rv-next [id="flow-branch-billing"]'), 'rgb(224, 138, 0)', 'changed: outlined');
        assert.equal(await stroke('figure.rv-base [id="flow-branch-export"]'), null, 'not in the base');
        assert.match(await page.locator('table.rv-signoff').textContent(), /Reviewer.*Signature/s);

        // A hostile name is text, and nothing it holds ran.
        assert.ok((await page.content()).includes('&lt;/style&gt;&lt;script&gt;'));
        assert.equal(await page.evaluate(() => window.hacked), undefined);
        assert.deepEqual(page.errors, []);

        // Both versions side by side.
        const [before, after] = await Promise.all(['figure.rv-base', 'figure.rv-next'].map(f => page.locator(f).first().boundingBox()));
        assert.ok(Math.abs(before.y - after.y) < 1 && after.x > before.x + before.width, 'before and after side by side');

        const shots = join(ROOT, 'tests/org.toride.diagram.browser.tests/target/screenshots');
        mkdirSync(shots, { recursive: true });
        await page.screenshot({ path: join(shots, 'review-pack.png') });
        // Each version at full size in its own scrolling pane, here scrolled to the change.
        await page.evaluate(() => {
            [...document.querySelectorAll('h3')].find(h => h.textContent === 'Data flows').scrollIntoView();
            const panes = document.querySelectorAll('.rv-diagrams')[1].querySelectorAll('figure');
            panes[0].querySelector('[id="flow-branch-billing"]').scrollIntoView({ block: 'center', inline: 'center' });
            panes[1].querySelector('[id="flow-branch-export"]').scrollIntoView({ block: 'center', inline: 'center' });
            [...document.querySelectorAll('h3')].find(h => h.textContent === 'Data flows').scrollIntoView();
        });
        await page.screenshot({ path: join(shots, 'review-pack-diagrams.png') });
        await page.context().close();
    });

    test('in Japanese, with an approval recorded in the model', async () => {
        const approved = join(work, 'approved-copy.toride');
        copyFileSync(next, approved);
        const run = runCli('review', base, approved, '-o', join(work, 'review.ja.html'), '--lang', 'ja', '--approve',
            '--reviewer', '佐藤 花子', '--outcome', 'passed', '--today', '2026-11-27');
        assert.equal(run.status, 0, run.stderr);
        const page = await newPage(browser);
        await page.goto(pathToFileURL(join(work, 'review.ja.html')).toString());
        assert.equal(await page.locator('h1').textContent(), '変更のセキュリティ・バイ・デザイン審査');
        assert.match(await page.locator('table.rv-signoff').textContent(), /佐藤 花子.*合格.*[0-9a-f]{64}/s);
        assert.match(readFileSync(approved, 'utf8'), /kind="SECURITY_DESIGN_REVIEW"[^>]*outcome="PASSED"|outcome="PASSED"[^>]*kind="SECURITY_DESIGN_REVIEW"/);
        assert.deepEqual(page.errors, []);
        await page.context().close();
    });
});
