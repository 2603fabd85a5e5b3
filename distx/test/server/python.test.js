import { test } from 'node:test';
import { runLiveSuite } from './support/live-suite.js';
import { preparePythonServer } from './support/python-server.js';
test('scaffold server --lang python: the generated server holds up live (Debian trixie root)', { timeout: 240_000 }, async (t) => {
    await runLiveSuite(t, preparePythonServer());
});
