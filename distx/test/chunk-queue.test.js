import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ChunkQueue } from '../src/engine/chunk-queue.js';
function file(path, kind, size) {
    return { absolutePath: `/repo/${path}`, path, kind, size, root: '.' };
}
// 40 Python files of 4 KiB (160 KiB), 100 TypeScript files of 2 KiB (200 KiB), 3 manifests.
const files = [
    ...Array.from({ length: 40 }, (_, index) => file(`svc/app_${index}.py`, 'python', 4096)),
    ...Array.from({ length: 100 }, (_, index) => file(`web/route-${index}.ts`, 'typescript', 2048)),
    file('svc/requirements.txt', 'requirements', 300),
    file('web/package.json', 'package-json', 900),
    file('web/Dockerfile', 'dockerfile', 400),
];
const lane = (index) => (files[index].kind === 'python' ? 'python' : files[index].kind === 'typescript' ? 'typescript' : 'text');
test('each thread keeps to its language while it lasts, then takes what is left, every file once', () => {
    const queue = new ChunkQueue(files);
    const taken = [];
    // Threads take in turn, as if equally fast: 0 and 2 keep to TypeScript (the most bytes), 1 to Python.
    for (let turn = 0;; turn++) {
        const thread = turn % 3;
        const chunk = queue.take(thread);
        if (chunk.length === 0)
            break;
        taken.push({ thread, lanes: new Set(chunk.map(lane)), chunk });
    }
    for (const { chunk, lanes } of taken)
        assert.equal(lanes.size, 1, `chunk ${chunk} mixes lanes`);
    const handedOut = taken.flatMap(({ chunk }) => chunk).sort((a, b) => a - b);
    assert.deepEqual(handedOut, files.map((_, index) => index));
    const firstPython = taken.findIndex(({ lanes }) => lanes.has('python'));
    assert.equal(taken[firstPython].thread, 1);
    const pythonLeft = (position) => taken.slice(position).some(({ lanes }) => lanes.has('python'));
    const typeScriptLeft = (position) => taken.slice(position).some(({ lanes }) => lanes.has('typescript'));
    taken.forEach(({ thread, lanes }, position) => {
        if (thread === 1 && pythonLeft(position + 1))
            assert.ok(lanes.has('python'), `thread 1 left Python at chunk ${position}`);
        if (thread !== 1 && typeScriptLeft(position + 1))
            assert.ok(lanes.has('typescript'), `thread ${thread} left TypeScript at chunk ${position}`);
    });
    // Chunks stay small: no more than 32 files or 64 KiB past one file.
    for (const { chunk } of taken)
        assert.ok(chunk.length <= 32 && chunk.reduce((bytes, index) => bytes + files[index].size, 0) < 64 * 1024 + 4096);
});
test('largest files go first in each lane, and a chunk given back is handed out next', () => {
    const sized = [file('a.ts', 'typescript', 10), file('b.ts', 'typescript', 900_000), file('c.ts', 'typescript', 500), file('d.py', 'python', 70_000)];
    const queue = new ChunkQueue(sized);
    assert.deepEqual(queue.take(0), [1]);
    assert.deepEqual(queue.take(0), [2, 0]);
    // A worker died holding c.ts: the next thread to ask gets it, whatever its lane.
    queue.giveBack([2]);
    assert.deepEqual(queue.take(1), [2]);
    // Thread 0's lane is empty: it takes the Python file rather than nothing.
    assert.deepEqual(queue.take(0), [3]);
    assert.deepEqual(queue.take(1), []);
});
test('with one language every thread shares its lane', () => {
    const queue = new ChunkQueue(files.filter((entry) => entry.kind === 'typescript'));
    const first = queue.take(0);
    const second = queue.take(1);
    assert.equal(first.length + second.length, 64);
    assert.ok(first.every((index) => !second.includes(index)));
});
