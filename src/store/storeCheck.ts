// The store's compiled schema check. Run from source (tests, tsx), TypeBox compiles it on
// first use. The build (scripts/build.mjs) replaces this module with the same generated
// code compiled ahead of time, so the CLI neither ships TypeBox's compiler nor compiles
// the schema on every command.
import type { TSchema } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';

export function compileCheck(schema: TSchema): (data: unknown) => boolean {
  const compiled = TypeCompiler.Compile(schema);
  return (data) => compiled.Check(data);
}
