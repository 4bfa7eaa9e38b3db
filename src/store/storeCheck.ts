// The store's schema check (schema.ts's StoreSchema), compiled to a plain function. Run
// from source (tests, tsx), TypeBox compiles it on first use. The build (scripts/build.mjs)
// replaces this module with the same generated code compiled ahead of time, so the CLI
// neither ships TypeBox nor builds the schema on every command.
import { TypeCompiler, type TypeCheck } from '@sinclair/typebox/compiler';
import { StoreSchema } from './schema.js';

let compiled: TypeCheck<typeof StoreSchema> | undefined;

export function isValidStore(data: unknown): boolean {
  compiled ??= TypeCompiler.Compile(StoreSchema);
  return compiled.Check(data);
}
