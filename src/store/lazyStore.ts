// A store whose code is loaded the first time it is asked for anything: the PostgreSQL store
// and its driver are a bundle of their own (index.ts), which a command on a file never loads.
import type { ItemQuery } from './query.js';
import type { StoreData } from './format.js';
import type { ActionStore, Actor, LogSize, StoreTransaction } from './interface.js';

export class LazyStore implements ActionStore {
  private loaded: Promise<ActionStore> | undefined;

  constructor(
    readonly location: string,
    private readonly load: () => Promise<ActionStore>,
  ) {}

  private get store(): Promise<ActionStore> {
    return (this.loaded ??= this.load());
  }

  init = async () => (await this.store).init();
  view = async (query?: ItemQuery) => (await this.store).view(query);
  item = async (id: string) => (await this.store).item(id);
  journal = async () => (await this.store).journal();
  read = async () => (await this.store).read();
  readIfPresent = async () => (await this.store).readIfPresent();
  transact = async <T>(command: string, actor: Actor, change: (tx: StoreTransaction) => Promise<T>) =>
    (await this.store).transact(command, actor, change);
  undo = async (actor: Actor) => (await this.store).undo(actor);
  replaceWith = async (data: StoreData, refuse: (existing: LogSize) => Error | null) =>
    (await this.store).replaceWith(data, refuse);
  inspect = async () => (await this.store).inspect();
  restoreKeptVersion = async (now: Date) => (await this.store).restoreKeptVersion(now);

  async close(): Promise<void> {
    const store = await this.loaded?.catch(() => null);
    await store?.close();
  }
}
