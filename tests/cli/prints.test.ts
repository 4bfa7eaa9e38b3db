// Every command declares what it prints (commands/prints.ts), so that --format is refused
// where it cannot be honoured and the help offers only what works. A command that writes a
// file or folder (--output) prints more than a message and JSON, so it must declare it: a
// new one that forgot would have every --format but the default refused.
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli.js';
import { commandWords, formatsOf, MESSAGE, printsOf } from '../../src/commands/prints.js';

async function leaves(): Promise<Command[]> {
  const found: Command[] = [];
  const walk = (command: Command) =>
    command.commands.length === 0 ? found.push(command) : command.commands.forEach(walk);
  walk(await buildProgram());
  return found;
}

describe('what each command prints', () => {
  it('every command with --output declares its formats', async () => {
    const writers = (await leaves()).filter((command) => command.options.some((option) => option.long === '--output'));
    expect(writers.map(commandWords).sort()).toEqual([
      'calendar',
      'carry-forward',
      'chase',
      'list',
      'overdue',
      'report',
    ]);
    for (const command of writers)
      expect([commandWords(command), printsOf(command)]).not.toEqual([commandWords(command), MESSAGE]);
  });

  it('declares the formats the papers are written in (issue 13) beside those printed', async () => {
    const declared = Object.fromEntries(
      (await leaves()).map((command) => [commandWords(command), formatsOf(printsOf(command))]),
    );
    expect(declared).toMatchObject({
      list: ['table', 'json', 'csv', 'md', 'html', 'xlsx'],
      overdue: ['table', 'json', 'csv', 'md', 'html', 'docx', 'xlsx'],
      'carry-forward': ['table', 'json', 'csv', 'md', 'html', 'docx', 'xlsx'],
      report: ['table', 'json', 'csv', 'md', 'html', 'docx', 'xlsx'],
      calendar: ['ics', 'json'],
      chase: ['eml', 'docx', 'md'],
      'owner list': ['table', 'json', 'csv', 'md'],
      'owner set': ['table', 'json'],
      'committee set': ['table', 'json'],
      apply: ['table', 'json'],
    });
  });
});
