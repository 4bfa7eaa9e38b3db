// Bundles the CLI into dist/ so that start-up reads as little as it can: dist/main.js is a
// few lines that answer --version and load launch.ts, which loads only the chunk of the
// command being run (and heavy modules such as prompts and importers only when needed).
// Minified, because Node parses every byte it loads; the linked source map keeps stack
// traces readable. See scripts/lib/build-plugins.mjs for what is worked out at build time.
//
//   node scripts/build.mjs [--outdir <dir>] [--analyze]
//
// --analyze prints what each output file is made of (esbuild's metafile), largest first.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildTimePlugins } from './lib/build-plugins.mjs';

const { values } = parseArgs({ options: { outdir: { type: 'string', default: 'dist' }, analyze: { type: 'boolean', default: false } } });

rmSync(values.outdir, { recursive: true, force: true });
const result = await build({
  entryPoints: { main: 'src/main.ts' },
  outdir: values.outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  sourcemap: 'linked',
  metafile: values.analyze,
  plugins: await buildTimePlugins(),
  // Loaded with import() by the importer only; they ship their own workers and assets.
  external: ['mammoth', 'pdfjs-dist', 'html-to-text'],
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
  logLevel: 'warning',
});

if (values.analyze) {
  for (const [file, output] of Object.entries(result.metafile.outputs)) {
    if (file.endsWith('.map')) continue;
    const byPackage = new Map();
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const name = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1] ?? 'src';
      byPackage.set(name, (byPackage.get(name) ?? 0) + bytesInOutput);
    }
    const parts = [...byPackage].sort((a, b) => b[1] - a[1]).map(([name, bytes]) => `${name} ${(bytes / 1024).toFixed(1)}K`);
    console.log(`${file} ${(output.bytes / 1024).toFixed(1)} KB: ${parts.join(', ')}`);
  }
}
