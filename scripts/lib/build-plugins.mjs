// esbuild plugins for scripts/build.mjs:
// - the list of commands for `actionlog --help` is worked out once (src/helpIndex.ts), and
//   checked against commandWords.ts's table, so that a command cannot be left unreachable;
// - each command module becomes an entry of its own (cmd-<module>.js, see commandWords.ts);
// - modules that a command loads with import() only when it needs them (the lock, the
//   schema's explanations, prompts, the importer) become bundles of their own, lazy-*.js;
// - commander gets node:child_process only if it ever needs it.
import { build } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const ENTRY = `
import { rootHelpOf, summariesOf } from './src/helpIndex.ts';
import { buildProgram } from './src/cli.ts';
import { COMMAND_MODULES } from './src/commandWords.ts';
export const summaries = summariesOf(buildProgram());
export const rootHelp = rootHelpOf(buildProgram());
export const commandWords = Object.keys(COMMAND_MODULES);
export const commandModules = [...new Set(Object.values(COMMAND_MODULES))];
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
  const { summaries, rootHelp, commandWords, commandModules } = await evaluateSources();

  const names = summaries.map((s) => s.name);
  const unreachable = names.filter((n) => !commandWords.includes(n));
  const unknown = commandWords.filter((n) => !names.includes(n));
  if (unreachable.length || unknown.length) {
    throw new Error(`src/commandWords.ts COMMAND_MODULES and src/cli.ts COMMANDS disagree: missing from COMMAND_MODULES: ${unreachable.join(', ') || 'none'}; not in COMMANDS: ${unknown.join(', ') || 'none'}`);
  }
  const helpIndex = [
    `export async function commandSummaries() { return ${JSON.stringify(summaries)}; }`,
    `export async function rootHelp() { return ${JSON.stringify(rootHelp)}; }`,
  ].join('\n');

  return { commandModules, plugins: [replaceModule('precomputed-help-index', /\/helpIndex\.[jt]s$/, helpIndex), lazyChildProcess] };
}

/** The source of each bundle's entry: a command module, the help list, or every command. */
export function bundleEntries(commandModules) {
  const entries = {
    help: "export { launchHelp as run } from './src/launchCommand.ts';",
    all: "export { launch as run } from './src/launch.ts';",
  };
  for (const name of commandModules) {
    entries[name] = [
      "import { launchCommand } from './src/launchCommand.ts';",
      `import { register } from './src/commands/${name}.ts';`,
      'export const run = (argv) => launchCommand([register], argv);',
    ].join('\n');
  }
  return entries;
}

/** Entry points named `cmd-<name>` whose source is given, not read from a file. */
export const virtualEntries = (sources) => ({
  name: 'virtual-entries',
  setup(builder) {
    builder.onResolve({ filter: /^virtual-entry:/ }, (args) => ({ path: args.path.slice('virtual-entry:'.length), namespace: 'virtual-entry' }));
    builder.onLoad({ filter: /.*/, namespace: 'virtual-entry' }, (args) => ({ contents: sources[args.path], loader: 'js', resolveDir: process.cwd() }));
  },
});

/**
 * A module loaded with import() from src/ becomes a bundle of its own, `lazy-<path>.js`, left
 * for the importing bundle to load when the code runs; `found` collects them to be built.
 */
export const lazyModules = (found) => ({
  name: 'lazy-modules',
  setup(builder) {
    builder.onResolve({ filter: /^\.\.?\//, namespace: 'file' }, (args) => {
      if (args.kind !== 'dynamic-import' || !args.importer.startsWith(SOURCE)) return undefined;
      const target = path.resolve(path.dirname(args.importer), args.path).replace(/\.js$/, '.ts');
      const name = `lazy-${path.relative(SOURCE, target).replace(/\.ts$/, '').split(path.sep).join('-')}`;
      found.set(name, target);
      return { path: `./${name}.js`, external: true };
    });
  },
});

const SOURCE = path.resolve('src') + path.sep;
