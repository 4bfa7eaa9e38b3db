// Loading the built CLI's bundles (dist/cmd-*.js, dist/lazy-*.js) with V8's code cache. Node 20
// keeps no compiled code between runs of a program (module.enableCompileCache came in Node 22),
// so every command used to parse and compile its bundle, and then each function the first time
// it ran, afresh. The bundles are CommonJS (scripts/build.mjs); each is compiled here as a
// vm.Script given the code V8 compiled for it in an earlier run, kept in dist/v8-cache/, and
// after a run that had none (or whose cache V8 refused: another Node, other flags) the code
// compiled meanwhile — the functions the command ran, not only the file's top level — is
// saved for the next. The build empties dist/, cache and all, and a cache is named after its
// bundle's time of change as well as Node's version, so a cache never outlives its bundle (V8
// itself checks its own version, its flags and the source's length); where dist/ cannot be
// written (an install owned by another user), nothing is saved and each run compiles as
// before. ACTIONLOG_CODE_CACHE=0 leaves the cache alone.
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import * as errors from './errors.js';
import * as packageImport from './packageImport.js';
import * as timing from './timing.js';

// This module is part of dist/main.js, beside the bundles.
const DIST = fileURLToPath(new URL('.', import.meta.url));
const CACHE = `${DIST}v8-cache/`;
const requireFromNode = createRequire(import.meta.url);
// dist/shared.js, which main.js has loaded already: one error type and one list of marks per process.
const SHARED = { ...errors, ...timing, ...packageImport };
// CommonJS's wrapper, on a line of its own (the script's lines start at -1, so the bundle's are its own).
const WRAPPER = ['(function (exports, require, module, __filename, __dirname) {\n', '\n})'];

const loaded = new Map<string, { exports: unknown }>();
const unsaved: { script: Script; file: string }[] = [];
const useCache = process.env.ACTIONLOG_CODE_CACHE !== '0';

/** A bundle's exports, `name` as the bundles ask for it ("./cmd-list.js"); loaded once per process. */
export function requireBundle<T>(name: string): T {
  const known = loaded.get(name);
  if (known) return known.exports as T;
  const file = DIST + name.slice(2);
  const cacheFile = useCache
    ? `${CACHE}${name.slice(2, -3)}-${process.version}-${process.arch}-${Math.trunc(statSync(file).mtimeMs)}.bin`
    : '';
  const cachedData = useCache ? readIfThere(cacheFile) : undefined;
  const script = new Script(WRAPPER[0] + readFileSync(file, 'utf8') + WRAPPER[1], {
    filename: file,
    lineOffset: -1,
    cachedData,
  });
  if (useCache && (cachedData === undefined || script.cachedDataRejected)) unsaved.push({ script, file: cacheFile });
  const module = { exports: {} };
  loaded.set(name, module);
  (script.runInThisContext() as (...args: unknown[]) => void)(
    module.exports,
    bundleRequire,
    module,
    file,
    DIST.slice(0, -1),
  );
  return module.exports as T;
}

/** What `require` is inside a bundle: the other bundles through the cache, anything else as Node would. */
function bundleRequire(specifier: string): unknown {
  if (specifier === './shared.js') return SHARED;
  if (specifier.startsWith('./')) return requireBundle(specifier);
  return requireFromNode(specifier);
}

/**
 * Saves the code compiled for the bundles that had no cache: called once the command is done,
 * so that it holds every function the command ran. Written to a temporary file and renamed, so
 * that commands run at once never read half a cache; a failure only means no cache.
 */
export function saveCodeCache(): void {
  if (unsaved.length === 0) return;
  try {
    mkdirSync(CACHE, { recursive: true });
  } catch {
    return; // Not ours to write (a shared install): every run compiles as this one did.
  }
  for (const { script, file } of unsaved) {
    const temporary = `${file}.${process.pid}`;
    try {
      writeFileSync(temporary, script.createCachedData());
      renameSync(temporary, file);
    } catch {
      // A full disk: the next run compiles as this one did, and no half-written file is left.
      rmSync(temporary, { force: true });
    }
  }
}

function readIfThere(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}
