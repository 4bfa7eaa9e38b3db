// An esbuild plugin that compiles the store's TypeBox schema ahead of time: it replaces
// src/store/storeCheck.ts with TypeBox's own generated check code, so the CLI neither
// loads TypeBox's compiler nor compiles the schema at each start.
import { build } from 'esbuild';
import { Buffer } from 'node:buffer';

const ENTRY = `
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { StoreSchema } from './src/store/schema.ts';
export default TypeCompiler.Code(StoreSchema, [], { language: 'javascript' });
`;

export async function precompiledStoreCheck() {
  const bundled = await build({
    stdin: { contents: ENTRY, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'warning',
  });
  const module = await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`);
  const code = module.default;
  // The generated code calls these only for custom kinds, formats and uniqueItems, which the
  // schema does not use; if it ever does, compile at run time again rather than guess.
  if (/\b(kind|format|hash)\(/.test(code)) throw new Error('the store schema now needs TypeBox registries; precompiling it is no longer safe');
  const contents = `const check = (function () { ${code} })();\nexport function compileCheck() { return check; }\n`;
  return {
    name: 'precompiled-store-check',
    setup(builder) {
      builder.onResolve({ filter: /\/storeCheck\.js$/ }, (args) => ({ path: args.path, namespace: 'precompiled-store-check' }));
      builder.onLoad({ filter: /.*/, namespace: 'precompiled-store-check' }, () => ({ contents, loader: 'js' }));
    },
  };
}
