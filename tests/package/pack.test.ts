// What `npm pack` (and so `npm publish`) ships: the launcher, the built CLI, the README, the
// licence and package.json — never the sources, tests, scripts or the demo's sample log.
// `prepack` builds dist/ first; here the scripts are skipped, as `npm test` has just built it.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMAND_MODULE_NAMES } from '../../src/commands/registry.js';

const ROOT = path.resolve(__dirname, '../..');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

describe('the package', () => {
  it('builds before it is packed, and declares the Node versions its dependencies need', () => {
    expect(pkg.scripts.prepack).toBe('npm run build');
    expect(pkg.engines.node).toBe('^20.19 || >=22.13');
    expect(pkg.license).toBe('MIT');
  });

  it('ships the built CLI and nothing of the sources', () => {
    expect(existsSync(path.join(ROOT, 'dist/main.js')), 'dist/ is built by `npm test` (or `npm run build`)').toBe(true);
    const [packed] = JSON.parse(
      execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' }),
    );
    const files: string[] = packed.files.map((f: { path: string }) => f.path);
    expect(files).toEqual(
      expect.arrayContaining([
        'package.json',
        'README.md',
        'LICENSE',
        'bin/actionlog.js',
        'dist/main.js',
        'dist/shared.js',
        'dist/cmd-help.js',
        'dist/cmd-all.js',
        'dist/cmd-list.js',
      ]),
    );
    expect(files.filter((file) => !/^(bin|dist)\/|^(package\.json|README\.md|LICENSE)$/.test(file))).toEqual([]);
    // A bundle for every command in the registry.
    expect(files).toEqual(expect.arrayContaining(COMMAND_MODULE_NAMES.map((name) => `dist/cmd-${name}.js`)));
  });
});
