import { openStore } from '../../src/store/index.js';
import { BACKENDS } from '../backends.js';
import { storeContract } from './contract.js';

for (const backend of BACKENDS) {
  storeContract(backend.title, backend.skipReason, async () => {
    const store = openStore(backend.newLog().data);
    await store.init();
    return store;
  });
}
