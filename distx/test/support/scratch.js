import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// The test runner gives each test file its own process, so one root per process removed at exit
// keeps /tmp clean even when an assertion fails half-way through a test.
let root;
/** A fresh directory that is removed when this test process exits. */
export function scratchDir(prefix) {
    if (!root) {
        const created = mkdtempSync(join(tmpdir(), 'agent-harden-test-'));
        process.on('exit', () => rmSync(created, { recursive: true, force: true }));
        root = created;
    }
    return mkdtempSync(join(root, `${prefix}-`));
}
