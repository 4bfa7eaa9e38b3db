// The words a clerk reads: a committee's "short name" (never "slug"), and "category" for what
// a resolution asks for (never "kind"), explained once in `actionlog --help`.
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Command } from 'commander';
import { buildProgram } from '../../src/cli.js';
import { actionlog, seededStore } from './cli.js';

/** Every command's help, examples and all, as the full program prints it (in-process: thirty binaries would take half a minute). */
async function everyHelp(): Promise<[string, string][]> {
  const helps: [string, string][] = [];
  const walk = (command: Command, path: string[]) => {
    let text = '';
    command.configureOutput({ writeOut: (chunk) => (text += chunk) });
    command.outputHelp();
    helps.push([path.join(' '), text]);
    for (const sub of command.commands) walk(sub, [...path, sub.name()]);
  };
  walk(await buildProgram(), []);
  return helps;
}

describe('the words in help and messages', () => {
  it('no help says "slug" or "kind"', async () => {
    const helps = await everyHelp();
    expect(helps.length).toBeGreaterThan(20);
    for (const [path, help] of helps)
      expect([path, help]).not.toEqual([path, expect.stringMatching(/\bslugs?\b|\bkind\b/i)]);
    // The binary's own: the root help is worked out at build time, the others as the program above.
    const { data: file } = seededStore();
    for (const path of [[], ['committee', 'add']])
      expect(actionlog(file, [...path, '--help']).stdout).not.toMatch(/\bslugs?\b|\bkind\b/i);
  });

  it('actionlog --help explains short name, category and type once', () => {
    const { data: file } = seededStore();
    const help = actionlog(file, ['--help']).stdout;
    expect(help).toMatch(/Words:\n {2}short name {2}how commands name a committee: llr-jhsc/);
    expect(help).toMatch(/ {2}category {4}what a resolution asks for\. An action/);
    expect(help).toMatch(/ {2}type {8}action or work-programme: follows from the category/);
    expect(actionlog(file, ['add', '--help']).stdout).toMatch(
      /--category <category>\s+what the resolution asks for: action,[\s\S]*see Words in actionlog --help/,
    );
  });

  it('messages and tables say short name', () => {
    const { data: file } = seededStore();
    const refused = actionlog(file, ['committee', 'add', 'Health Panel', '--name', 'Health Scrutiny Panel']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(
      /"Health Panel" cannot be a committee's short name; use lower-case letters, digits and hyphens/,
    );
    expect(actionlog(file, ['committee', 'list']).stdout).toMatch(/^Short name {2}Name\n/);
    expect(actionlog(file, ['add', 'x', '-c', 'nope', '-m', '2025-06-16']).stderr).toMatch(
      /no committee "nope"; known committees: jhsc/,
    );
  });

  it('the import proposal calls it Category', () => {
    const { data: file, dir } = seededStore();
    const minutes = `${dir}/minutes.txt`;
    writeFileSync(
      minutes,
      'Minutes of the meeting held on 16 June 2025\n\n53. ICB UPDATE\n\nRESOLVED:\n(a) That the ICB be asked to circulate the blueprint to members.\n',
    );
    const proposal = actionlog(file, ['import', minutes, '-c', 'jhsc', '--dry-run']).stdout;
    expect(proposal).toMatch(/#\s+Minute\s+Item\s+Category\s+Owner/);
    expect(proposal).not.toMatch(/\bKind\b/);
  });
});
