// @ts-check
// esbuild plugins for scripts/build.mjs:
// - the list of commands for `actionlog --help`, and that help itself, are worked out once
//   (src/helpIndex.ts), so that the help needs none of the commands' code, and the plain
//   `actionlog --help` none of commander's; the command modules come from the registry;
// - each command module becomes an entry of its own (cmd-<module>.js, see src/commandLine.ts);
// - modules that a command loads with import() only when it needs them (the lock, the
//   schema's explanations, prompts, the importer) become bundles of their own, lazy-*.js;
// - src/errors.ts, src/timing.ts and src/packageImport.ts are one file, shared.js, that every
//   bundle imports;
// - node-postgres is bundled without its check for Cloudflare Workers (see below).
import { build } from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Loaded with import() by the importer only; they ship their own workers and assets. */
export const EXTERNAL = ['mammoth', 'pdfjs-dist', 'html-to-text'];

const SOURCE = path.resolve('src') + path.sep;

const FACTS = `
import { rootHelpOf, summariesOf } from './src/helpIndex.ts';
import { buildProgram } from './src/cli.ts';
import { COMMAND_MODULE_NAMES } from './src/commands/registry.ts';
export const summaries = summariesOf(await buildProgram());
export const rootHelp = rootHelpOf(await buildProgram());
export const commandModules = COMMAND_MODULE_NAMES;
`;

/**
 * @typedef {{ name: string, term: string, description: string }} CommandSummary
 * @typedef {{ summaries: CommandSummary[], rootHelp: { bare: string, full: string }, commandModules: string[] }} BuildFacts
 */

/**
 * The help and the command modules, computed by bundling the sources above and loading them.
 * @returns {Promise<BuildFacts>}
 */
export async function buildFacts() {
  const dir = path.resolve('node_modules/.cache/actionlog-build');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `facts-${process.pid}.mjs`);
  const bundled = await build({
    stdin: { contents: FACTS, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'warning',
    external: EXTERNAL,
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
  });
  writeFileSync(file, bundled.outputFiles[0].text);
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(file, { force: true });
  }
}

/**
 * src/helpIndex.ts replaced by the same answers, worked out at build time.
 * @param {BuildFacts} facts
 * @returns {import('esbuild').Plugin}
 */
export function precomputedHelpIndex({ summaries, rootHelp }) {
  const contents = [
    `export async function commandSummaries() { return ${JSON.stringify(summaries)}; }`,
    `export async function rootHelp() { return ${JSON.stringify(rootHelp)}; }`,
  ].join('\n');
  return {
    name: 'precomputed-help-index',
    setup(builder) {
      builder.onResolve({ filter: /\/helpIndex\.[jt]s$/ }, (args) => ({
        path: args.path,
        namespace: 'precomputed-help-index',
      }));
      builder.onLoad({ filter: /.*/, namespace: 'precomputed-help-index' }, () => ({ contents, loader: 'js' }));
    },
  };
}

const SHARED = new Set([
  path.join(SOURCE, 'errors.ts'),
  path.join(SOURCE, 'timing.ts'),
  path.join(SOURCE, 'packageImport.ts'),
]);

/**
 * Every bundle imports src/errors.ts, src/timing.ts and src/packageImport.ts from dist/shared.js, so
 * that each is one per process (and packageImport's import() is Node's own).
 * @type {import('esbuild').Plugin}
 */
export const sharedModules = {
  name: 'shared-modules',
  setup(builder) {
    builder.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (!args.importer.startsWith(SOURCE)) return undefined;
      const target = path.resolve(path.dirname(args.importer), args.path).replace(/\.js$/, '.ts');
      return SHARED.has(target) ? { path: './shared.js', external: true } : undefined;
    });
  },
};

/**
 * node-postgres asks, as it loads, whether it runs in a Cloudflare Worker, by making a `new
 * Response()`: on Node 20 that loads Node's whole fetch implementation (undici), 40–60 ms of
 * every PostgreSQL command's start. The built CLI runs on Node only, so the answer is no;
 * the build fails if a new version of the driver no longer has the check to answer.
 * @type {import('esbuild').Plugin}
 */
export const nodePostgresOnNode = {
  name: 'node-postgres-on-node',
  setup(builder) {
    // The driver's password hashing (md5, SCRAM) loads node:crypto and its Web Crypto as the
    // driver loads: 30–40 ms of every PostgreSQL command, though a server that trusts the
    // connection (a socket, a certificate) never asks for a password. The module is bundled
    // as it is, but run the first time one of its functions is called.
    builder.onLoad({ filter: /[\\/]node_modules[\\/]pg[\\/]lib[\\/]crypto[\\/]utils\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const exported = /module\.exports = \{([^}]*)\}/.exec(source);
      if (!exported || !source.startsWith("const nodeCrypto = require('crypto')"))
        throw new Error(
          `${args.path} no longer loads node:crypto as it did: look again at the nodePostgresOnNode build plugin`,
        );
      const names = exported[1]
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean);
      const contents = [
        'let loaded;',
        'const real = () => (loaded ??= (() => { const module = { exports: {} };',
        `(function (module, exports) {\n${source}\n})(module, module.exports);`,
        'return module.exports; })());',
        `module.exports = { ${names.map((name) => `${name}: (...args) => real().${name}(...args)`).join(', ')} };`,
      ].join('\n');
      return { contents, loader: 'js', resolveDir: path.dirname(args.path) };
    });
    builder.onLoad({ filter: /[\\/]node_modules[\\/]pg[\\/]lib[\\/]stream\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const check = 'if (isCloudflareRuntime()) {';
      if (!source.includes(check))
        throw new Error(`${args.path} no longer has "${check}": look again at the nodePostgresOnNode build plugin`);
      return { contents: source.replace(check, 'if (false) {'), loader: 'js' };
    });
  },
};

/**
 * The source of each entry: main.js, shared.js, a command module's bundle, the help list, or every command.
 * @param {string[]} commandModules
 * @returns {Record<string, string>}
 */
export function bundleEntries(commandModules) {
  /** @type {Record<string, string>} */
  const entries = {
    main: "import './src/main.ts';",
    shared: "export * from './src/errors.ts'; export * from './src/timing.ts'; export * from './src/packageImport.ts';",
    'cmd-help': "export { launch as run } from './src/launch.ts';",
    'cmd-all': "export { launch as run } from './src/launch.ts';",
  };
  for (const name of commandModules) {
    entries[`cmd-${name}`] = [
      "import { launch } from './src/launch.ts';",
      `import * as command from './src/commands/${name}.ts';`,
      'export const run = (argv) => launch(argv, command);',
    ].join('\n');
  }
  return entries;
}

/**
 * Entry points whose source is given, not read from a file.
 * @param {Record<string, string>} sources
 * @returns {import('esbuild').Plugin}
 */
export const virtualEntries = (sources) => ({
  name: 'virtual-entries',
  setup(builder) {
    builder.onResolve({ filter: /^virtual-entry:/ }, (args) => ({
      path: args.path.slice('virtual-entry:'.length),
      namespace: 'virtual-entry',
    }));
    builder.onLoad({ filter: /.*/, namespace: 'virtual-entry' }, (args) => ({
      contents: sources[args.path],
      loader: 'js',
      resolveDir: process.cwd(),
    }));
  },
});

/**
 * A module loaded with import() from src/ becomes a bundle of its own, `lazy-<path>.js`, left
 * for the importing bundle to load when the code runs; `found` collects them to be built. In
 * the CommonJS bundles the import() becomes a require() of that bundle, which main.js's
 * loader answers (src/bundles.ts), so that it is compiled with the code cache too.
 * @param {Map<string, string>} found
 * @returns {import('esbuild').Plugin}
 */
export const lazyModules = (found) => ({
  name: 'lazy-modules',
  setup(builder) {
    const commonJs = builder.initialOptions.format === 'cjs';
    builder.onResolve({ filter: /^\.\.?\//, namespace: 'file' }, (args) => {
      if (args.kind !== 'dynamic-import' || !args.importer.startsWith(SOURCE)) return undefined;
      const target = path.resolve(path.dirname(args.importer), args.path).replace(/\.js$/, '.ts');
      const name = `lazy-${path.relative(SOURCE, target).replace(/\.ts$/, '').split(path.sep).join('-')}`;
      found.set(name, target);
      return commonJs ? { path: `./${name}.js`, namespace: 'lazy-bundle' } : { path: `./${name}.js`, external: true };
    });
    builder.onLoad({ filter: /.*/, namespace: 'lazy-bundle' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(args.path)});`,
      loader: 'js',
    }));
    builder.onResolve({ filter: /.*/, namespace: 'lazy-bundle' }, (args) => ({ path: args.path, external: true }));
  },
});
