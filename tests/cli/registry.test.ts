// The registry is the one list of commands: every word it names is registered by its module,
// every module registers only the words listed, every command module in src/commands is
// listed, and the command line picks the listed module for each word.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli.js';
import { commandFor } from '../../src/commands/registry.js';
import { COMMAND_MODULE_NAMES, COMMANDS } from '../../src/commands/registry.js';

const COMMANDS_DIR = path.resolve(__dirname, '../../src/commands');

describe('the command registry', () => {
  it.each(COMMAND_MODULE_NAMES)(
    '%s: its loader loads src/commands/<name>.ts, which registers exactly the words listed',
    async (name) => {
      const loaded = await COMMANDS[name].load();
      expect(loaded).toBe(await import(/* @vite-ignore */ path.join(COMMANDS_DIR, `${name}.ts`)));
      const program = new Command();
      loaded.register(program);
      expect(program.commands.map((c) => c.name())).toEqual([...COMMANDS[name].words]);
    },
  );

  it('lists every module in src/commands that registers a command', () => {
    const registering = readdirSync(COMMANDS_DIR)
      .filter(
        (file) =>
          file.endsWith('.ts') &&
          /export function register\(/.test(readFileSync(path.join(COMMANDS_DIR, file), 'utf8')),
      )
      .map((file) => file.replace(/\.ts$/, ''));
    expect(registering.sort()).toEqual([...COMMAND_MODULE_NAMES].sort());
  });

  it('gives each word to one module, and the command line picks that module for it', () => {
    const words = COMMAND_MODULE_NAMES.flatMap((name) => COMMANDS[name].words.map((word) => [word, name] as const));
    expect(new Set(words.map(([word]) => word)).size).toBe(words.length);
    for (const [word, name] of words) {
      expect(commandFor([word])).toBe(name);
      expect(commandFor(['help', word])).toBe(name);
      expect(commandFor(['--data', 'x.json', word, '--json'])).toBe(name);
    }
  });

  it('is what the full program offers, in the order help lists it', async () => {
    const program = await buildProgram();
    expect(program.commands.map((c) => c.name())).toEqual(COMMAND_MODULE_NAMES.flatMap((name) => COMMANDS[name].words));
  });
});
