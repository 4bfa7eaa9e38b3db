// The one rule for colour (render/colour.ts), case by case.
import { describe, expect, it } from 'vitest';
import { colourChoice } from '../../src/render/colour.js';

describe('colourChoice', () => {
  const cases: [string, { flag?: boolean; env?: Record<string, string>; terminal: boolean }, number | null][] = [
    ['a terminal', { terminal: true, env: { TERM: 'xterm-256color' } }, 1],
    ['a pipe', { terminal: false }, null],
    ['--no-color on a terminal', { flag: true, terminal: true }, null],
    ['--no-color beats FORCE_COLOR', { flag: true, env: { FORCE_COLOR: '1' }, terminal: true }, null],
    ['NO_COLOR=1 on a terminal', { env: { NO_COLOR: '1' }, terminal: true }, null],
    ['NO_COLOR=0 still counts: any value', { env: { NO_COLOR: '0' }, terminal: true }, null],
    ['NO_COLOR empty does not count', { env: { NO_COLOR: '' }, terminal: true }, 1],
    ['FORCE_COLOR=1 into a pipe', { env: { FORCE_COLOR: '1' }, terminal: false }, 1],
    ['FORCE_COLOR=true into a pipe', { env: { FORCE_COLOR: 'true' }, terminal: false }, 1],
    ['FORCE_COLOR=3', { env: { FORCE_COLOR: '3' }, terminal: false }, 3],
    ['FORCE_COLOR=2', { env: { FORCE_COLOR: '2' }, terminal: true }, 2],
    ['FORCE_COLOR beats NO_COLOR', { env: { FORCE_COLOR: '1', NO_COLOR: '1' }, terminal: false }, 1],
    ['FORCE_COLOR=0 turns it off on a terminal', { env: { FORCE_COLOR: '0' }, terminal: true }, null],
    ['FORCE_COLOR=false turns it off', { env: { FORCE_COLOR: 'false' }, terminal: true }, null],
    ['FORCE_COLOR empty does not count', { env: { FORCE_COLOR: '' }, terminal: false }, null],
    ['a dumb terminal', { env: { TERM: 'dumb' }, terminal: true }, null],
    ['a dumb terminal, forced', { env: { TERM: 'dumb', FORCE_COLOR: '1' }, terminal: true }, 1],
  ];
  it.each(cases)('%s', (_name, { flag = false, env = {}, terminal }, expected) => {
    expect(colourChoice({ noColorFlag: flag, env, terminal })).toBe(expected);
  });
});
