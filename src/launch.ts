// What the bundle runs. Start-up is most of the time a clerk waits at committee scale, so
// only the module of the command being run is loaded: `actionlog list` does not parse the
// reports, the prompts or the other commands. `actionlog --help` needs only each command's
// name and one line, which come from helpIndex.ts (worked out at build time).
import { Help, type Command } from 'commander';
import { commandSummaries } from './helpIndex.js';
import { rootProgram, runProgram } from './program.js';
import { mark } from './timing.js';

type Loader = () => Promise<{ register(program: Command): void }>;

const update: Loader = () => import('./commands/update.js');

/** Every top-level command, by the word typed, and the module that registers it (cli.ts lists the same). */
export const LOADERS: Record<string, Loader> = {
  init: () => import('./commands/init.js'),
  committee: () => import('./commands/committee.js'),
  meeting: () => import('./commands/meeting.js'),
  add: () => import('./commands/add.js'),
  record: () => import('./commands/record.js'),
  import: () => import('./commands/import.js'),
  list: () => import('./commands/list.js'),
  show: () => import('./commands/show.js'),
  update,
  done: update,
  drop: update,
  defer: update,
  overdue: () => import('./commands/overdue.js'),
  'carry-forward': () => import('./commands/carryForward.js'),
  'sign-off': () => import('./commands/signOff.js'),
  report: () => import('./commands/report.js'),
  history: () => import('./commands/history.js'),
  undo: () => import('./commands/undo.js'),
  recover: () => import('./commands/recover.js'),
};

/** Global options that take a value, so that the value is not taken for the command. */
const VALUE_OPTIONS = new Set(['--data', '--as-of', '-f', '--format', '--by']);

export async function launch(argv: string[] = process.argv): Promise<number> {
  const [first, second] = operands(argv.slice(2));
  const program = rootProgram();
  const known = (name: string | undefined): name is string => name !== undefined && Object.hasOwn(LOADERS, name);
  if (first === undefined || (first === 'help' && second === undefined)) await addSummaries(program);
  else if (first === 'help' && known(second)) (await LOADERS[second]()).register(program);
  else if (known(first)) (await LOADERS[first]()).register(program);
  // Not a command: register them all, so that commander names the mistake and suggests the nearest.
  else for (const loader of new Set(Object.values(LOADERS))) (await loader()).register(program);
  mark('command registered');
  return runProgram(program, argv);
}

/** The first two words that are not options or their values. */
function operands(args: string[]): (string | undefined)[] {
  const found: string[] = [];
  for (let i = 0; i < args.length && found.length < 2; i++) {
    const arg = args[i];
    if (arg === '--') {
      found.push(...args.slice(i + 1, i + 3));
      break;
    }
    if (arg.startsWith('-') && arg.length > 1) {
      if (VALUE_OPTIONS.has(arg)) i++;
      continue;
    }
    found.push(arg);
  }
  return [found[0], found[1]];
}

/** Each command as a stub with the name, usage and description the real one shows in help. */
async function addSummaries(program: Command): Promise<void> {
  const summaries = await commandSummaries();
  const byName = new Map(summaries.map((s) => [s.name, s]));
  for (const summary of summaries) program.command(summary.name).description(summary.description);
  program.configureHelp({
    ...program.configureHelp(),
    subcommandTerm: (command) => byName.get(command.name())?.term ?? new Help().subcommandTerm(command),
    subcommandDescription: (command) => byName.get(command.name())?.description ?? command.description(),
  });
}
