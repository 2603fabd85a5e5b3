import { test } from 'node:test';
import { runLiveSuite } from './support/live-suite.js';
import { prepareTypescriptServer } from './support/typescript-server.js';
test('scaffold server --lang typescript: the generated server holds up live', { timeout: 240_000 }, async (t) => {
    await runLiveSuite(t, prepareTypescriptServer());
});
