// Bundles the diagram client into one folder served by the diagram server: diagram.html, and app.js and app.css (with
// the codicon font inlined) under static/<hash of their hashes>/, which the server hands out without the token and
// browsers may keep for good (a new build is a new folder). Output: target/classes/web (inside the bundle's jar as
// web/), or the folder given as argument.
import { createHash } from 'node:crypto';
import { build } from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, 'package.json'));

// @eclipse-glsp/client is CommonJS: its index require()s every feature, and esbuild keeps whatever is required. The
// page imports the index through a stand-in that re-exports the same modules but those of GLSP features that no module
// of the page's container loads (none is in DEFAULT_MODULES or STANDALONE_MODULES, and di.config.ts adds none):
// accessibility (keyboard grid, search and tool palettes, toasts), debug, grid and helper lines. A GLSP module that
// needs one of them require()s it by its own path and still gets it; an import of one of their names by the page's
// sources fails the build here (a CommonJS re-export would be undefined at run time, silently).
const glspIndex = require.resolve('@eclipse-glsp/client');
const dropped = /^\.\/features\/(accessibility|debug|grid|helper-lines)\//;
const glspModules = [...readFileSync(glspIndex, 'utf8').matchAll(/__exportStar\(require\("([^"]+)"\)/g)].map(m => m[1]);
const droppedNames = new Set(
    glspModules
        .filter(m => dropped.test(m))
        .flatMap(m => [...readFileSync(join(dirname(glspIndex), m + '.js'), 'utf8').matchAll(/exports\.(\w+) = /g)].map(x => x[1]))
);
const srcDir = join(here, 'client/src');
for (const f of readdirSync(srcDir)) {
    for (const m of readFileSync(join(srcDir, f), 'utf8').matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+'@eclipse-glsp\/client'/g)) {
        for (const name of m[1].split(',').map(n => n.trim().replace(/^type\s+/, '').split(/\s+as\s+/)[0]).filter(Boolean)) {
            if (droppedNames.has(name)) throw new Error(`client/src/${f} imports ${name}, which build.mjs leaves out of the bundle`);
        }
    }
}
const glspStandIn = glspModules.filter(m => !dropped.test(m)).map(m => `export * from '@eclipse-glsp/client/lib/${m.slice(2)}';`).join('\n');
const lodashKept = ['debounce'];

// sprotty's index, require()d by three modules of @eclipse-glsp/sprotty for eight names (the rest of sprotty GLSP
// requires by deep paths), would add all of sprotty's features: each name comes from the module that defines it
const sprottyIndex = require.resolve('sprotty');
const sprottyModules = [...readFileSync(sprottyIndex, 'utf8').matchAll(/__exportStar\(require\("([^"]+)"\)/g)].map(m => m[1]);
const sprottyDefiner = new Map();
for (const m of sprottyModules) {
    for (const x of readFileSync(join(dirname(sprottyIndex), m + '.js'), 'utf8').matchAll(/exports\.(\w+) = /g)) {
        if (!sprottyDefiner.has(x[1])) sprottyDefiner.set(x[1], `sprotty/lib/${m.slice(2)}`);
    }
}
const slimImports = {
    name: 'toride-slim-imports',
    setup(b) {
        b.onResolve({ filter: /^@eclipse-glsp\/client$/ }, () => ({ path: 'glsp-client', namespace: 'toride' }));
        b.onLoad({ filter: /^glsp-client$/, namespace: 'toride' }, () => ({ contents: glspStandIn, resolveDir: here, loader: 'js' }));
        // lodash whole (73 KB) for the one function the kept GLSP modules use: each importer's uses are checked
        b.onResolve({ filter: /^lodash$/ }, args => {
            const used = new Set([...readFileSync(args.importer, 'utf8').matchAll(/lodash_1\.(\w+)/g)].map(m => m[1]));
            const missing = [...used].filter(n => !lodashKept.includes(n));
            if (missing.length > 0 || used.size === 0) throw new Error(`${args.importer} uses lodash's ${[...used]}; build.mjs bundles only ${lodashKept}`);
            return { path: 'lodash', namespace: 'toride' };
        });
        b.onLoad({ filter: /^lodash$/, namespace: 'toride' }, () => ({
            contents: lodashKept.map(n => `exports.${n} = require('lodash/${n}');`).join('\n'),
            resolveDir: here,
            loader: 'js'
        }));
        b.onResolve({ filter: /^sprotty$/ }, args => {
            const used = [...readFileSync(args.importer, 'utf8').matchAll(/sprotty_1\.(\w+)/g)].map(m => m[1]);
            const unknown = used.filter(n => !sprottyDefiner.has(n) || n === 'default');
            if (unknown.length > 0 || used.length === 0) throw new Error(`${args.importer} uses sprotty's ${unknown}, not mapped by build.mjs`);
            return { path: `sprotty:${[...new Set(used)].sort()}`, namespace: 'toride' };
        });
        b.onLoad({ filter: /^sprotty:/, namespace: 'toride' }, args => ({
            contents: args.path.slice('sprotty:'.length).split(',').map(n => `Object.defineProperty(exports, '${n}', { enumerable: true, get: () => require('${sprottyDefiner.get(n)}').${n} });`).join('\n'),
            resolveDir: here,
            loader: 'js'
        }));
        // one inversify: GLSP and sprotty require() its CommonJS build, the page's `import` would add its ES build
        b.onResolve({ filter: /^inversify$/ }, () => ({ path: require.resolve('inversify') }));
    }
};
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
    // fonts inside app.css: one request, and one file in the static folder's hash
    loader: { '.ttf': 'dataurl', '.woff': 'dataurl', '.woff2': 'dataurl', '.svg': 'dataurl' },
    jsx: 'transform',
    jsxFactory: 'svg',
    legalComments: 'none',
    // V8 (Chrome 136 on) then compiles every function while the script streams in, on a thread of its own, instead of
    // each on the page's thread when first called: most are called while the page starts (docs/performance.md)
    banner: { js: '//# allFunctionsCalledOnLoad' },
    logLevel: 'warning',
    metafile: true,
    plugins: [slimImports]
});
if (process.env.TORIDE_METAFILE) writeFileSync(process.env.TORIDE_METAFILE, JSON.stringify(result.metafile));
// diagram.html names the files' hashes (subresource integrity: a browser runs a kept or served app.js only if it is
// this one) and their folder, named by those hashes: a browser that has the folder's files runs app.js from its cache
const integrity = f => `sha384-${createHash('sha384').update(readFileSync(join(out, f))).digest('base64')}`;
const js = integrity('app.js');
const css = integrity('app.css');
const folder = `static/${createHash('sha256').update(js + css).digest('hex').slice(0, 16)}`;
mkdirSync(join(out, folder), { recursive: true });
for (const f of ['app.js', 'app.css']) renameSync(join(out, f), join(out, folder, f));
// the picture's fit (picture.ts) runs before app.js, inline in the page: small, and no GLSP in it
const picture = await build({
    entryPoints: [join(here, 'client/src/picture.ts')],
    bundle: true,
    minify: true,
    write: false,
    format: 'iife',
    target: ['chrome100', 'safari15'],
    platform: 'browser',
    legalComments: 'none',
    logLevel: 'warning'
});
const pictureJs = picture.outputFiles[0].text.trim();
if (/@eclipse-glsp|inversify|snabbdom/.test(pictureJs) || pictureJs.length > 8192) {
    throw new Error(`picture.ts must stay small and free of GLSP (${pictureJs.length} bytes)`);
}
if (pictureJs.includes('</')) throw new Error('picture.ts compiles to text that would end its inline <script>');
const fill = { '@STATIC@': folder, '@APP_JS_SRI@': js, '@APP_CSS_SRI@': css, '@PICTURE_JS@': pictureJs };
let page = readFileSync(join(here, 'client/app/diagram.html'), 'utf8');
for (const [mark, value] of Object.entries(fill)) {
    if (!page.includes(mark)) throw new Error(`client/app/diagram.html does not name ${mark}`);
    page = page.replaceAll(mark, () => value); // a function: the minified script may hold $& and the like
}
writeFileSync(join(out, 'diagram.html'), page);
const sizes = Object.entries(result.metafile.outputs).map(([f, o]) => `${f.split('/').pop()} ${(o.bytes / 1024).toFixed(0)} KB`);
console.log(`diagram client built into ${out} in ${Date.now() - started} ms: ${sizes.join(', ')}`);
