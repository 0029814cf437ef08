// Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
// Helpers of the browser tests: start the built product's `toride serve`, drive Debian's Chromium, watch files.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';

export const ROOT = resolve(process.env.TORIDE_ROOT ?? join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..'));
export const PRODUCT = join(ROOT, 'releng/org.toride.product/target/products/org.toride.product/linux/gtk/x86_64');
export const CHROMIUM = process.env.TORIDE_CHROMIUM ?? '/usr/bin/chromium';

/** The JVM the `toride` script would pick: $TORIDE_JAVA or the first JDK >= 21 under /usr/lib/jvm. */
function findJava() {
    if (process.env.TORIDE_JAVA) {
        return process.env.TORIDE_JAVA;
    }
    for (const jdk of readdirSync('/usr/lib/jvm').sort()) {
        try {
            const release = readFileSync(join('/usr/lib/jvm', jdk, 'release'), 'utf8');
            const major = Number(/^JAVA_VERSION="(\d+)/m.exec(release)?.[1]);
            if (major >= 21 && existsSync(join('/usr/lib/jvm', jdk, 'bin/java'))) {
                return join('/usr/lib/jvm', jdk, 'bin/java');
            }
        } catch {
            // not a JDK
        }
    }
    throw new Error('no Java 21 or newer under /usr/lib/jvm (set TORIDE_JAVA)');
}

/**
 * Runs `toride serve MODEL --port 0` the way the ./toride script runs headless commands, but without its
 * build-if-stale step (inside the Maven reactor that would start a second build). Resolves with the URL printed
 * as the first line of stdout and the process.
 */
/**
 * Starts `toride serve` of `model` on `port`: 0 (any free port) unless given; null for none on the command line (the
 * command's own default).
 */
export async function serve(model, jvmFlags = [], product = PRODUCT, port = 0) {
    const portArgs = port === null ? [] : ['--port', String(port)];
    const child = spawn(findJava(), cliArgs(['serve', model, ...portArgs], jvmFlags, product), { stdio: ['ignore', 'pipe', 'pipe'] });
    return served(child);
}

/**
 * `toride serve` started through a launcher script (`./toride` of a checkout): the user's path, on the plain class
 * path with the caches the script prepares, not inside OSGi as serve() runs it.
 */
export async function serveWithLauncher(launcher, model, port = 0) {
    const portArgs = port === null ? [] : ['--port', String(port)];
    return served(spawn(launcher, ['serve', model, ...portArgs], { stdio: ['ignore', 'pipe', 'pipe'] }));
}

/** The JVM arguments that run a headless command of the built product (as ./toride does, without building). */
function cliArgs(command, jvmFlags = [], product = PRODUCT) {
    const plugins = join(product, 'plugins');
    if (!existsSync(plugins)) {
        throw new Error(`no product at ${product}: build it first (./mvnw verify, or ./toride --help once)`);
    }
    const launcher = readdirSync(plugins).find(f => /^org\.eclipse\.equinox\.launcher_.*\.jar$/.test(f));
    const java = findJava();
    const major = Number(/version "(\d+)/.exec(spawnSync(java, ['-version'], { encoding: 'utf8' }).stderr)?.[1]);
    const flags = ['-Dfile.encoding=UTF-8', '-Dstdout.encoding=UTF-8', '-Dstderr.encoding=UTF-8', ...jvmFlags];
    if (major >= 24) {
        flags.push('--sun-misc-unsafe-memory-access=allow');
    }
    return [...flags, '-jar', join(plugins, launcher), '-nosplash', '-data', '@none', '-configuration',
        join(product, 'configuration'), '-application', 'org.toride.cli.app', ...command];
}

/** Runs a headless command of the built product to its end: { status, stdout, stderr }. */
export function runCli(...command) {
    const run = spawnSync(findJava(), cliArgs(command), { encoding: 'utf8', timeout: 180_000 });
    return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

async function served(child) {
    let stderr = '';
    child.stderr.on('data', d => {
        stderr += d;
        if (process.env.TORIDE_TEST_VERBOSE) {
            process.stderr.write(d);
        }
    });
    const lines = createInterface({ input: child.stdout });
    const url = await new Promise((resolvePromise, reject) => {
        const timer = setTimeout(() => reject(new Error(`toride serve printed no URL within 60 s; stderr:\n${stderr}`)), 60_000);
        lines.once('line', line => {
            clearTimeout(timer);
            const match = /https?:\/\/\S+/.exec(line);
            match ? resolvePromise(match[0]) : reject(new Error(`first line of toride serve is not a URL: ${line}\n${stderr}`));
        });
        child.once('exit', code => {
            clearTimeout(timer);
            reject(new Error(`toride serve exited with ${code}; stderr:\n${stderr}`));
        });
    });
    lines.on('line', line => process.env.TORIDE_TEST_VERBOSE && console.log('[serve]', line));
    return {
        url,
        process: child,
        stderr: () => stderr,
        /** The diagram URL of another view (network or dataflow). */
        viewUrl(view) {
            const u = new URL(url);
            u.searchParams.set('view', view);
            return u.toString();
        },
        async stop() {
            if (child.exitCode === null) {
                child.kill('SIGTERM');
                await new Promise(r => {
                    const t = setTimeout(() => {
                        child.kill('SIGKILL');
                        r();
                    }, 5000);
                    child.once('exit', () => {
                        clearTimeout(t);
                        r();
                    });
                });
            }
        }
    };
}

const BROWSER_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function launchBrowser() {
    return chromium.launch({ executablePath: CHROMIUM, args: BROWSER_ARGS });
}

/**
 * A browser with a profile of its own on disk (a temporary folder, removed by `close()`), as a user's browser that
 * keeps what it has loaded: its pages are 1530×850. `close()` closes the browser.
 */
export async function launchBrowserWithProfile() {
    const profile = mkdtempSync(join(tmpdir(), 'toride-profile-'));
    const context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        viewport: { width: 1530, height: 850 },
        args: BROWSER_ARGS
    });
    // removed once the browser has exited: its 'close' event comes while it still writes the profile
    const close = context.close.bind(context);
    context.close = async options => {
        await close(options);
        rmSync(profile, { recursive: true, force: true });
    };
    return context;
}

/**
 * A page of 1530×850 that records page errors and the selections reported to window.torideHost; options go to
 * the browser context (such as `locale`).
 */
export async function newPage(browser, options = {}) {
    const context = await browser.newContext({ viewport: { width: 1530, height: 850 }, acceptDownloads: true, ...options });
    const page = await context.newPage();
    page.errors = [];
    page.on('pageerror', e => page.errors.push(e.message));
    page.on('console', m => process.env.TORIDE_TEST_VERBOSE && console.log('[page]', m.type(), m.text()));
    await page.addInitScript(() => {
        window.hostSelections = [];
        window.torideHost = { selectionChanged: ids => window.hostSelections.push(ids) };
    });
    return page;
}

/**
 * Makes `page` open its GLSP socket itself, as a browser without workers does (diagram.html), for a test that
 * stands between page and server: Playwright's routeWebSocket sees the page's sockets, not a worker's.
 */
export async function socketInPage(page) {
    await page.addInitScript(() => {
        delete window.Worker;
    });
}

/** Opens a diagram page and waits for the first rendered model (window.torideDiagram.ready). */
export async function openDiagram(page, url) {
    await page.goto(url);
    await page.evaluate(() => window.torideDiagram.ready);
    return page.evaluate(() => window.torideDiagram.firstPaintMs);
}

/** Opens the tool palette (it starts closed, as a button in the toolbar strip) unless it is open already. */
export async function openPalette(page) {
    await page.locator('.tool-palette').waitFor({ state: 'attached', timeout: 10_000 });
    if (!(await page.locator('.tool-palette.toride-panel-open').count())) {
        await page.click('#toride-tool-palette');
    }
    await page.locator('.tool-palette .tool-button').first().waitFor({ timeout: 10_000 });
}

/** The DOM element of a GModel element (sprotty ids are `<baseDiv>_<id>`). */
export function domId(id) {
    return `#toride-diagram #${CSS_escape(`toride-diagram_${id}`)}`; // not the copy in the hidden div
}

function CSS_escape(s) {
    return s.replace(/[^a-zA-Z0-9_-]/g, c => `\\${c}`);
}

/** Polls until check(content of file) is truthy; returns that value. */
export async function waitForFile(file, check, what, timeoutMs = 10_000) {
    const until = Date.now() + timeoutMs;
    let last = '';
    for (;;) {
        last = existsSync(file) ? readFileSync(file, 'utf8') : '';
        const result = check(last);
        if (result) {
            return result;
        }
        if (Date.now() > until) {
            throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} in ${file}`);
        }
        await new Promise(r => setTimeout(r, 100));
    }
}

/** Ids of elements written as `<tag ... id="X"` in a model file. */
export function idsOf(xml, tag) {
    return [...xml.matchAll(new RegExp(`<${tag}\\b[^>]*?\\bid="([^"]+)"`, 'g'))].map(m => m[1]);
}

/** Attributes of the element with this id (`<tag ... id="X" ...>`), or undefined. */
export function attributesOf(xml, id) {
    const m = new RegExp(`<\\w+\\b[^>]*?\\bid="${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>`).exec(xml);
    if (!m) {
        return undefined;
    }
    return Object.fromEntries([...m[0].matchAll(/([\w:]+)="([^"]*)"/g)].map(a => [a[1], a[2]]));
}

/** Centre of an element's bounding box in page coordinates. */
export async function centreOf(page, selector) {
    const box = await page.locator(selector).first().boundingBox();
    if (!box) {
        throw new Error(`${selector} is not rendered`);
    }
    return { x: box.x + box.width / 2, y: box.y + box.height / 2, box };
}

/**
 * A point inside the zone with this model id where a click lands on the zone itself: not on one of its assets or
 * nested zones, not under the palette, toolbar or legend, inside the window. Fixed offsets broke whenever the
 * layout or the zoom moved the zone under an overlay.
 */
export async function emptySpotIn(page, zoneId) {
    const spot = await page.evaluate(id => {
        const zone = document.getElementById(`toride-diagram_${id}`);
        if (!zone) return null;
        const r = zone.getBoundingClientRect();
        const left = Math.max(r.left + 4, 4), right = Math.min(r.right - 4, innerWidth - 4);
        const top = Math.max(r.top + 4, 4), bottom = Math.min(r.bottom - 4, innerHeight - 4);
        for (let y = bottom; y >= top; y -= 4) {
            for (let x = right; x >= left; x -= 4) {
                const hit = document.elementFromPoint(x, y);
                const owner = hit && hit.closest('[id^="toride-diagram_"]');
                if (owner === zone && !hit.closest('.sprotty-label, text')) return { x, y };
            }
        }
        return null;
    }, zoneId);
    if (!spot) {
        throw new Error(`no free spot inside zone ${zoneId} on screen`);
    }
    return spot;
}

/**
 * A point on the node with this model id where a press lands on the node itself (an edge may run over its centre),
 * the nearest such point to its centre. Taken once the node stands still: after an edit the server's update is
 * animated (a renamed node shrinks and moves for a quarter second), and a point of a box in mid-move can be on its
 * neighbour by the time of the click.
 */
export async function grabPointOf(page, id) {
    const spot = await page.evaluate(async elementId => {
        const node = () => document.getElementById(`toride-diagram_${elementId}`);
        const frame = () => new Promise(resolve => requestAnimationFrame(resolve));
        const key = () => JSON.stringify(node()?.getBoundingClientRect());
        let last = key(), still = 0;
        for (const start = performance.now(); still < 6 && performance.now() - start < 5000;) {
            await frame();
            const now = key();
            still = now === last ? still + 1 : 0;
            last = now;
        }
        const n = node();
        if (!n) return null;
        const r = n.getBoundingClientRect();
        const cx = r.left + r.width / 2, cy = r.top + r.height / 2;
        const candidates = [];
        for (let dx = -r.width / 2 + 3; dx <= r.width / 2 - 3; dx += 3) {
            for (let dy = -r.height / 2 + 3; dy <= r.height / 2 - 3; dy += 3) candidates.push([cx + dx, cy + dy]);
        }
        candidates.sort((a, b) => Math.hypot(a[0] - cx, a[1] - cy) - Math.hypot(b[0] - cx, b[1] - cy));
        for (const [x, y] of [[cx, cy], ...candidates]) {
            const hit = document.elementFromPoint(x, y);
            if (hit && hit.closest('[id^="toride-diagram_"]') === n) return { x, y };
        }
        return null;
    }, id);
    if (!spot) {
        throw new Error(`node ${id} is covered everywhere on screen`);
    }
    return spot;
}

/**
 * A copy of the example model in its own temporary folder, served by `toride serve`, and a browser: started
 * before the test file's tests and stopped after them (the folder is kept with TORIDE_TEST_KEEP). The returned
 * session's `server` and `browser` are set once the tests run.
 */
export function servedExampleCopy(name) {
    return servedFile(name, model => copyFileSync(join(ROOT, 'examples/water-utility.toride'), model));
}

/** As {@link servedExampleCopy}, for a model given as its XML text (a model just begun, a blank one). */
export function servedModel(name, xml) {
    return servedFile(name, model => writeFileSync(model, xml));
}

function servedFile(name, write) {
    const work = mkdtempSync(join(tmpdir(), `toride-${name}-`));
    const model = join(work, `${name}.toride`);
    write(model);
    const session = { work, model, notation: `${model}.layout`, server: undefined, browser: undefined };
    before(async () => {
        [session.server, session.browser] = await Promise.all([serve(model), launchBrowser()]);
    });
    after(async () => {
        await session.browser?.close();
        await session.server?.stop();
        if (!process.env.TORIDE_TEST_KEEP) {
            rmSync(work, { recursive: true, force: true });
        }
    });
    return session;
}

/**
 * Hovers the first finding marker of the page and returns its element's id and the lines of its popup
 * (`SEVERITY: [REQ-ID] message`), which the server sends on hover (the model carries no finding texts).
 */
export async function hoverFirstMarker(page) {
    const marker = page.locator('#toride-diagram .sprotty-issue').first();
    const domIdOfMarker = await marker.evaluate(e => e.closest('[id$="_marker"]')?.id ?? e.id);
    await marker.hover();
    const popup = page.locator('.sprotty-popup');
    await popup.waitFor({ state: 'visible', timeout: 5000 });
    await popup.locator('li').first().waitFor({ timeout: 5000 });
    const lines = await popup.locator('li').allTextContents();
    const elementId = domIdOfMarker.replace(/^toride-diagram_/, '').replace(/_marker$/, '');
    return { elementId, lines, html: await popup.innerHTML() };
}

/** The lines `toride check --format json` gives the findings of each element, as the marker popups show them. */
export function checkedFindingLines(model) {
    const run = runCli('check', model, '--format', 'json');
    const report = JSON.parse(run.stdout);
    const byElement = {};
    for (const f of report.findings) {
        (byElement[f.element] ??= []).push(`${f.severity.toUpperCase()}: [${f.requirement}] ${f.message}`);
    }
    return byElement;
}
