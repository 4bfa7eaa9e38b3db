// The command line with only the command being run loaded, from source: what each bundle
// does (see commandWords.ts and launchCommand.ts), in one function for tests and for the
// bundle that must know every command (a mistyped one, to suggest the nearest).
import type { Command } from 'commander';
import { bundleFor, COMMAND_MODULES } from './commandWords.js';
import { launchCommand, launchHelp } from './launchCommand.js';

type Loader = () => Promise<{ register(program: Command): void }>;

/** Each command module, by the name commandWords.ts gives it. */
export const LOADERS: Record<string, Loader> = {
  init: () => import('./commands/init.js'),
  committee: () => import('./commands/committee.js'),
  meeting: () => import('./commands/meeting.js'),
  add: () => import('./commands/add.js'),
  record: () => import('./commands/record.js'),
  import: () => import('./commands/import.js'),
  list: () => import('./commands/list.js'),
  show: () => import('./commands/show.js'),
  update: () => import('./commands/update.js'),
  overdue: () => import('./commands/overdue.js'),
  carryForward: () => import('./commands/carryForward.js'),
  signOff: () => import('./commands/signOff.js'),
  report: () => import('./commands/report.js'),
  history: () => import('./commands/history.js'),
  undo: () => import('./commands/undo.js'),
  recover: () => import('./commands/recover.js'),
};

export async function launch(argv: string[] = process.argv): Promise<number> {
  const bundle = bundleFor(argv.slice(2));
  if (bundle === 'help') return launchHelp(argv);
  if (bundle !== 'all') return launchCommand([(await LOADERS[bundle]()).register], argv);
  const modules = [...new Set(Object.values(COMMAND_MODULES))];
  return launchCommand(await Promise.all(modules.map(async (name) => (await LOADERS[name]()).register)), argv);
}
