import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useWorkers } from '../src/engine/parallel.js';
const MiB = 1024 * 1024;
/** `count` files of one kind sharing `bytes` between them. */
function files(kind, count, bytes) {
    return Array.from({ length: count }, (_, index) => ({ absolutePath: `/repo/${kind}/${index}`, path: `${kind}/${index}`, kind, size: bytes / count, root: '.' }));
}
test('threads by default only for as much code as repays their start-up, each language weighed by its own cost', () => {
    assert.equal(useWorkers(files('python', 300, 3 * MiB), 2, false), false);
    assert.equal(useWorkers(files('python', 500, 5 * MiB), 2, false), true);
    // TypeScript is parsed faster per byte, and a worker compiles its parser again: it takes more of it.
    assert.equal(useWorkers(files('typescript', 2000, 20 * MiB), 2, false), false);
    assert.equal(useWorkers(files('typescript', 3000, 30 * MiB), 2, false), true);
    // Languages add up: over half of each break-even together is enough, under half of each is not.
    assert.equal(useWorkers([...files('python', 200, 2.2 * MiB), ...files('typescript', 1200, 13.2 * MiB)], 2, false), true);
    assert.equal(useWorkers([...files('python', 200, 1.8 * MiB), ...files('typescript', 1200, 10.8 * MiB)], 2, false), false);
    // Manifests and Dockerfiles weigh nothing.
    assert.equal(useWorkers(files('package-json', 5000, 60 * MiB), 2, false), false);
});
test('--jobs given is obeyed, and one job or one file is one thread', () => {
    assert.equal(useWorkers(files('python', 10, 10_000), 2, true), true);
    assert.equal(useWorkers(files('typescript', 3000, 30 * MiB), 1, false), false);
    assert.equal(useWorkers(files('typescript', 1, 30 * MiB), 4, true), false);
});
