import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isWithin } from '../src/engine/contexts.js';
import { PathSet } from '../src/engine/path-set.js';
// A seeded generator (mulberry32), so a failure names a case that comes back.
function generator(seed) {
    let state = seed;
    return (count) => {
        state = (state + 0x6d2b79f5) | 0;
        let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
        mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
        return ((mixed ^ (mixed >>> 14)) >>> 0) % count;
    };
}
// The set answers what a pass over its members with `isWithin` answers, for paths that share prefixes, look alike
// (`svc` and `svc-1`), sit at the root (`.` and '') or are empty.
test('a PathSet answers as isWithin over every member would', () => {
    const next = generator(7);
    const segments = ['a', 'ab', 'svc', 'svc-1', 'x'];
    const path = () => {
        const kind = next(8);
        if (kind === 0)
            return '.';
        if (kind === 1)
            return '';
        return Array.from({ length: 1 + next(4) }, () => segments[next(segments.length)]).join('/');
    };
    let questions = 0;
    for (let round = 0; round < 3_000; round++) {
        const members = Array.from({ length: next(5) }, path);
        const set = new PathSet(members);
        for (let ask = 0; ask < 10; ask++) {
            const asked = path();
            questions += 1;
            assert.equal(set.anyWithin(asked), members.some((member) => isWithin(member, asked)), `anyWithin(${JSON.stringify(asked)}) of ${JSON.stringify(members)}`);
            assert.equal(set.anyEnclosing(asked), members.some((member) => isWithin(asked, member)), `anyEnclosing(${JSON.stringify(asked)}) of ${JSON.stringify(members)}`);
            assert.equal(set.has(asked), members.includes(asked));
        }
    }
    assert.equal(questions, 30_000);
});
