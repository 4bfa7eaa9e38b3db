// An esbuild plugin that does at build time what the CLI would otherwise do at every start:
// the list of commands for `actionlog --help` is worked out once (src/helpIndex.ts), and
// checked against launch.ts's table, so that a command cannot be left unreachable.
import { build } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const ENTRY = `
import { summariesOf } from './src/helpIndex.ts';
import { buildProgram } from './src/cli.ts';
import { LOADERS } from './src/launch.ts';
export const summaries = summariesOf(buildProgram());
export const loaderNames = Object.keys(LOADERS);
`;

/** Bundles the sources above and loads them, to read what they compute. */
async function evaluateSources() {
  const dir = path.resolve('node_modules/.cache/actionlog-build');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `facts-${process.pid}.mjs`);
  const bundled = await build({
    stdin: { contents: ENTRY, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'warning',
    external: ['mammoth', 'pdfjs-dist', 'html-to-text'],
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
  writeFileSync(file, bundled.outputFiles[0].text);
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(file, { force: true });
  }
}

const replaceModule = (name, filter, contents) => ({
  name,
  setup(builder) {
    builder.onResolve({ filter }, (args) => ({ path: args.path, namespace: name }));
    builder.onLoad({ filter: /.*/, namespace: name }, () => ({ contents, loader: 'js' }));
  },
});

// commander requires node:child_process at load, for subcommands run as separate programs,
// which actionlog has none of; loading it (with net, dgram and streams) costs every command
// several milliseconds. commander gets a stand-in that requires it on first use instead.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(builder) {
    builder.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy-child-process' } : undefined,
    );
    builder.onLoad({ filter: /.*/, namespace: 'lazy-child-process' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
      loader: 'js',
    }));
  },
};

export async function buildTimePlugins() {
  const { summaries, loaderNames } = await evaluateSources();

  const names = summaries.map((s) => s.name);
  const unreachable = names.filter((n) => !loaderNames.includes(n));
  const unknown = loaderNames.filter((n) => !names.includes(n));
  if (unreachable.length || unknown.length) {
    throw new Error(`src/launch.ts LOADERS and src/cli.ts COMMANDS disagree: missing from LOADERS: ${unreachable.join(', ') || 'none'}; not in COMMANDS: ${unknown.join(', ') || 'none'}`);
  }
  const helpIndex = `export async function commandSummaries() { return ${JSON.stringify(summaries)}; }\n`;

  return [replaceModule('precomputed-help-index', /\/helpIndex\.js$/, helpIndex), lazyChildProcess];
}
