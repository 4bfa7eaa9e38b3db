// Bundles the CLI into dist/ so that start-up reads one small file; commands that need
// heavy modules (prompts, file importers) load them as separate chunks only when run.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: { main: 'src/main.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
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
