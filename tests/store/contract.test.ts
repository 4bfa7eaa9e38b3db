import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStore } from '../../src/store/index.js';
import { storeContract } from './contract.js';

storeContract('the JSON file', async () => {
  const store = openStore(path.join(mkdtempSync(path.join(tmpdir(), 'actionlog-contract-')), 'log.json'));
  await store.init();
  return store;
});
