// esbuild plugins that do at build time what the CLI would otherwise do at every start:
// - the store's TypeBox schema check is compiled ahead of time (src/store/storeCheck.ts);
// - the list of commands for `actionlog --help` is worked out once (src/helpIndex.ts),
//   and checked against launch.ts's table, so a command cannot be left unreachable.
import { build } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const ENTRY = `
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { StoreSchema } from './src/store/schema.ts';
import { summariesOf } from './src/helpIndex.ts';
import { buildProgram } from './src/cli.ts';
import { LOADERS } from './src/launch.ts';
export const checkCode = TypeCompiler.Code(StoreSchema, [], { language: 'javascript' });
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

export async function buildTimePlugins() {
  const { checkCode, summaries, loaderNames } = await evaluateSources();

  // The generated code calls these only for custom kinds, formats and uniqueItems, which the
  // schema does not use; if it ever does, stop rather than guess.
  if (/\b(kind|format|hash)\(/.test(checkCode)) throw new Error('the store schema now needs TypeBox registries; precompiling it is no longer safe');
  const storeCheck = `const check = (function () { ${checkCode} })();\nexport function isValidStore(data) { return check(data); }\n`;

  const names = summaries.map((s) => s.name);
  const unreachable = names.filter((n) => !loaderNames.includes(n));
  const unknown = loaderNames.filter((n) => !names.includes(n));
  if (unreachable.length || unknown.length) {
    throw new Error(`src/launch.ts LOADERS and src/cli.ts COMMANDS disagree: missing from LOADERS: ${unreachable.join(', ') || 'none'}; not in COMMANDS: ${unknown.join(', ') || 'none'}`);
  }
  const helpIndex = `export async function commandSummaries() { return ${JSON.stringify(summaries)}; }\n`;

  return [
    replaceModule('precompiled-store-check', /\/storeCheck\.js$/, storeCheck),
    replaceModule('precomputed-help-index', /\/helpIndex\.js$/, helpIndex),
  ];
}
