// @ts-check
// Bundles the CLI into dist/ so that start-up reads as little as it can, in as few files:
// - dist/main.js, a few lines that answer --version and the plain --help (its text worked out
//   at build time) and pick the bundle for the command line (src/commandLine.ts);
// - dist/cmd-<module>.js, one per module in src/commands/registry.ts, holding that command,
//   the command line (src/launch.ts) and all they need: one file to load, as Node's module
//   loader costs a clerk more per file than per byte (esbuild's code splitting made a command
//   load some twenty files, and cost it 15–30 ms); cmd-help.js lists the commands, cmd-all.js
//   holds every one, so that commander can name a mistyped one and suggest the nearest;
// - dist/lazy-<path>.js, what a command loads with import() (in the bundle, a require() that
//   main.js answers) only when it needs it: the lock
//   (writes only), the schema's explanations (a broken store only), prompts, the importer;
// - dist/shared.js, the modules that must be one per process, whichever bundle uses them:
//   the error type (src/errors.ts) and the timing marks (src/timing.ts), and the import() of
//   the packages left outside the bundles (src/packageImport.ts);
// - dist/v8-cache/, made by the commands as they run: the code V8 compiled for each bundle
//   (src/bundles.ts), thrown away with the rest of dist/ by the next build.
// Other shared code is repeated in each bundle; that costs disk, not time. Minified, because
// Node parses every byte it loads; the linked source maps keep stack traces readable.
//
//   node scripts/build.mjs [--outdir <dir>] [--analyze]
//
// --analyze prints what each output file is made of (esbuild's metafile), largest first.
import { build } from 'esbuild';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  buildFacts,
  bundleEntries,
  EXTERNAL,
  lazyModules,
  nodePostgresOnNode,
  precomputedHelpIndex,
  sharedModules,
  virtualEntries,
} from './lib/build-plugins.mjs';

const { values } = parseArgs({
  options: { outdir: { type: 'string', default: 'dist' }, analyze: { type: 'boolean', default: false } },
});

/** @type {import('esbuild').BuildOptions} */
const common = {
  outdir: values.outdir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  minify: true,
  sourcemap: 'linked',
  metafile: values.analyze,
  external: EXTERNAL,
  logLevel: 'warning',
};
// main.js and shared.js are ES modules, loaded by Node from bin/actionlog.js.
/** @type {import('esbuild').BuildOptions} */
const entry = {
  ...common,
  format: 'esm',
  // Bundled CommonJS dependencies call require() for Node's built-ins and read __filename.
  banner: {
    js: [
      "import { createRequire as __createRequire } from 'node:module';",
      "import { fileURLToPath as __fileURLToPath } from 'node:url';",
      'const require = __createRequire(import.meta.url);',
      'const __filename = __fileURLToPath(import.meta.url);',
      "const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));",
    ].join(' '),
  },
};
// The bundles are CommonJS, compiled by main.js with V8's code cache (src/bundles.ts), which
// reads each file itself and gives it its require, __filename and __dirname: Node never loads
// them as modules, so their .js names (which package.json's "type" makes ES modules to Node)
// do not matter. import.meta.url is the file's URL.
/** @type {import('esbuild').BuildOptions} */
const bundle = {
  ...common,
  format: 'cjs',
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
};

rmSync(values.outdir, { recursive: true, force: true });
const facts = await buildFacts();
const plugins = [precomputedHelpIndex(facts), sharedModules, nodePostgresOnNode];
const sources = bundleEntries(facts.commandModules);
const entryPoints = Object.fromEntries(Object.keys(sources).map((name) => [name, `virtual-entry:${name}`]));
// The entry, the shared modules and the command bundles, then the lazy modules they load, then those the lazy modules load.
/** @type {Map<string, string>} */
const lazy = new Map();
const [entries, bundles] = [
  ['main', 'shared'],
  Object.keys(sources).filter((name) => !['main', 'shared'].includes(name)),
];
const pick = (/** @type {string[]} */ names) => Object.fromEntries(names.map((name) => [name, entryPoints[name]]));
const results = [
  await build({
    ...entry,
    entryPoints: pick(entries),
    plugins: [...plugins, virtualEntries(sources), lazyModules(lazy)],
  }),
  await build({
    ...bundle,
    entryPoints: pick(bundles),
    plugins: [...plugins, virtualEntries(sources), lazyModules(lazy)],
  }),
];
for (const built = new Set(); lazy.size > built.size;) {
  const next = Object.fromEntries([...lazy].filter(([name]) => !built.has(name)));
  for (const name of Object.keys(next)) built.add(name);
  results.push(await build({ ...bundle, entryPoints: next, plugins: [...plugins, lazyModules(lazy)] }));
}

// An import() left in a bundle would fail when it runs: main.js compiles the bundles itself,
// with no module loader behind import() (src/bundles.ts; packages use packageImport.ts).
for (const name of readdirSync(values.outdir).filter((file) => /^(cmd|lazy)-.*\.js$/.test(file))) {
  if (/\bimport\(/.test(readFileSync(`${values.outdir}/${name}`, 'utf8')))
    throw new Error(
      `${name} calls import(): load a package through src/packageImport.ts, a module with import() as usual`,
    );
}

if (values.analyze) {
  const outputs = results
    .flatMap((result) => Object.entries(result.metafile?.outputs ?? {}))
    .filter(([file]) => !file.endsWith('.map'));
  for (const [file, output] of outputs.sort((a, b) => b[1].bytes - a[1].bytes)) {
    const byPackage = new Map();
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const name = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1] ?? 'src';
      byPackage.set(name, (byPackage.get(name) ?? 0) + bytesInOutput);
    }
    const parts = [...byPackage]
      .sort((a, b) => b[1] - a[1])
      .map(([name, bytes]) => `${name} ${(bytes / 1024).toFixed(1)}K`);
    console.log(`${file} ${(output.bytes / 1024).toFixed(1)} KB: ${parts.join(', ')}`);
  }
}
