// Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
// The client's pure geometry without a browser: rounded routes (routes.ts) and where a fit puts the view
// (viewport.ts). The TypeScript is bundled with the client's own esbuild and imported from memory.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { ROOT } from '../lib/support.mjs';

const CLIENT = join(ROOT, 'bundles/org.toride.diagram.client');
const { build } = createRequire(join(CLIENT, 'package.json'))('esbuild');

/** The module's exports, bundled from TypeScript (modules that import GLSP only for its types). */
async function load(file) {
    const out = await build({
        stdin: { contents: `export * from './${file}';`, resolveDir: join(CLIENT, 'client/src'), loader: 'ts' },
        bundle: true, write: false, format: 'esm', platform: 'node', logLevel: 'silent',
        external: ['@eclipse-glsp/client']
    });
    return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}

const routes = await load('routes.ts');
const { fitViewport: fit } = await load('viewport.ts');
const points = d => [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map(m => ({ x: Number(m[1]), y: Number(m[2]) }));

describe('rounded routes', () => {
    test('an orthogonal route gets a 6 px rounded corner at each bend', () => {
        const d = routes.roundedPath([{ x: 0, y: 0 }, { x: 100, y: 0 }, { x: 100, y: 50 }]);
        assert.equal(d, 'M 0,0 L 94,0 Q 100,0 100,6 L 100,50');
    });

    test('the radius is at most half the shorter neighbouring segment', () => {
        const d = routes.roundedPath([{ x: 0, y: 0 }, { x: 100, y: 0 }, { x: 100, y: 4 }, { x: 200, y: 4 }]);
        // the two bends meet halfway: no zero-length straight piece between them
        assert.equal(d, 'M 0,0 L 98,0 Q 100,0 100,2 Q 100,4 102,4 L 200,4');
    });

    test("zero-length segments (sprotty's anchors on the server's ends) and straight-through points are dropped", () => {
        const route = [{ x: 0, y: 0 }, { x: 0, y: 0 }, { x: 50, y: 0 }, { x: 100, y: 0 }, { x: 100, y: 80 }, { x: 100, y: 80.2 }];
        assert.deepEqual(routes.cleanRoute(route), [{ x: 0, y: 0 }, { x: 100, y: 0 }, { x: 100, y: 80 }]);
        const d = routes.roundedPath(route);
        const p = points(d);
        for (let i = 1; i < p.length; i++) {
            assert.ok(Math.hypot(p[i].x - p[i - 1].x, p[i].y - p[i - 1].y) > 0, `no zero-length piece in ${d}`);
        }
        assert.deepEqual(routes.lastSegment(route), [{ x: 100, y: 0 }, { x: 100, y: 80 }], 'the arrow lies along the last real segment');
    });

    test("today's straight edges with one bend and plain straight edges still draw", () => {
        assert.equal(routes.roundedPath([{ x: 0, y: 0 }, { x: 30, y: 40 }]), 'M 0,0 L 30,40');
        const d = routes.roundedPath([{ x: 0, y: 0 }, { x: 30, y: 40 }, { x: 60, y: 0 }]);
        assert.match(d, /^M 0,0 L [\d.]+,[\d.]+ Q 30,40 [\d.]+,[\d.]+ L 60,0$/);
        assert.equal(routes.roundedPath([]), '');
    });

    test('midway is half the length along the route', () => {
        const m = routes.midway([{ x: 0, y: 0 }, { x: 100, y: 0 }, { x: 100, y: 100 }, { x: 200, y: 100 }]);
        assert.deepEqual(m, { at: { x: 100, y: 50 }, angle: 90 });
    });
});

describe('fit', () => {
    const canvas = { width: 1440, height: 862 };
    const none = { left: 0, right: 0 };

    test('a diagram that fits legibly is shown whole and centred, never above 100 %', () => {
        const v = fit({ diagram: { x: 0, y: 0, width: 600, height: 300 }, canvas, insets: none, maxZoom: 1, legibleZoom: 0.8 });
        assert.equal(v.zoom, 1);
        assert.ok(v.whole);
        assert.deepEqual(v.scroll, { x: 300 - 720, y: 150 - 431 });
    });

    test('one too big for that opens at the legible zoom on the focus', () => {
        const diagram = { x: 0, y: 0, width: 4000, height: 3000 };
        const focus = { x: 2000, y: 1500, width: 400, height: 200 };
        const v = fit({ diagram, canvas, insets: none, maxZoom: 1, legibleZoom: 0.8, focus });
        assert.equal(v.zoom, 0.8);
        assert.equal(v.whole, false);
        // the focus's centre is in the middle of the canvas
        assert.ok(Math.abs((2200 - v.scroll.x) * v.zoom - 720) < 1 && Math.abs((1600 - v.scroll.y) * v.zoom - 431) < 1, JSON.stringify(v));
    });

    test('a tall diagram whose width fits legibly is shown across its width, scrolled to the focus', () => {
        const diagram = { x: 0, y: 0, width: 1600, height: 5000 };
        const focus = { x: 100, y: 3000, width: 300, height: 200 };
        const v = fit({ diagram, canvas, insets: none, maxZoom: 1, legibleZoom: 0.8, focus });
        assert.equal(v.whole, false);
        assert.ok(Math.abs(v.zoom - (1440 - 48) / 1600) < 1e-9, `zoom ${v.zoom}: the width fills the window`);
        assert.ok(Math.abs((800 - v.scroll.x) * v.zoom - 720) < 1, 'centred across');
        assert.ok(Math.abs((3100 - v.scroll.y) * v.zoom - 431) < 1, 'the focus in the middle vertically');
    });

    test('open panels take room at their side', () => {
        const diagram = { x: 0, y: 0, width: 1000, height: 400 };
        const plain = fit({ diagram, canvas, insets: none, maxZoom: 1, legibleZoom: 0 });
        const squeezed = fit({ diagram, canvas, insets: { left: 300, right: 250 }, maxZoom: 1, legibleZoom: 0 });
        assert.ok(squeezed.zoom < plain.zoom);
        // the diagram's left edge lies right of the left panel
        assert.ok((0 - squeezed.scroll.x) * squeezed.zoom >= 300, JSON.stringify(squeezed));
        assert.ok((1000 - squeezed.scroll.x) * squeezed.zoom <= 1440 - 250, JSON.stringify(squeezed));
    });
});
