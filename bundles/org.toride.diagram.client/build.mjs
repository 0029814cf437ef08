// Bundles the diagram client into one folder served by the diagram server: diagram.html, app.js and app.css (with
// the codicon font inlined). Output: target/classes/web (inside the bundle's jar as web/), or the folder given as argument.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(here, process.argv[2] ?? 'target/classes/web');
const started = Date.now();
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const result = await build({
    entryPoints: { app: join(here, 'client/src/app.ts') },
    outdir: out,
    bundle: true,
    minify: true,
    sourcemap: false,
    format: 'iife',
    target: ['chrome100', 'safari15'],
    platform: 'browser',
    // fonts inside app.css: the server wants the token on every request, and url() in CSS cannot add it
    loader: { '.ttf': 'dataurl', '.woff': 'dataurl', '.woff2': 'dataurl', '.svg': 'dataurl' },
    jsx: 'transform',
    jsxFactory: 'svg',
    legalComments: 'none',
    logLevel: 'warning',
    metafile: true
});
copyFileSync(join(here, 'client/app/diagram.html'), join(out, 'diagram.html'));
const sizes = Object.entries(result.metafile.outputs).map(([f, o]) => `${f.split('/').pop()} ${(o.bytes / 1024).toFixed(0)} KB`);
console.log(`diagram client built into ${out} in ${Date.now() - started} ms: ${sizes.join(', ')}`);
