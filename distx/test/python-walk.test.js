import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadPythonParser } from '../src/languages/python/parser.js';
import { walkPython } from '../src/languages/python/walk.js';
const SOURCE = 'def f(a):\n    return g(a, h(1))\n\nclass C:\n    def m(self):\n        x = f(2)\n';
function visitors(types, seen, phase) {
    const ctx = {};
    return new Map(types.map((type) => [type, [{ owner: 'test', ctx, visit: (node) => seen.push(`${phase} ${node.type} ${node.text.split('\n')[0]}`) }]]));
}
// Without exit visitors the walk reads the copy's preorder list; with them it walks the tree: both must enter in the same order.
test('walkPython enters named nodes in source order, exits after their subtree', async () => {
    const tree = (await loadPythonParser()).parse(SOURCE);
    const types = ['function_definition', 'call', 'class_definition'];
    const enterOnly = [];
    walkPython(tree, visitors(types, enterOnly, 'enter'), new Map(), assert.fail);
    assert.deepEqual(enterOnly, [
        'enter function_definition def f(a):',
        'enter call g(a, h(1))',
        'enter call h(1)',
        'enter class_definition class C:',
        'enter function_definition def m(self):',
        'enter call f(2)',
    ]);
    const both = [];
    walkPython(tree, visitors(types, both, 'enter'), visitors(types, both, 'exit'), assert.fail);
    assert.deepEqual(both.filter((line) => line.startsWith('enter')), enterOnly);
    assert.deepEqual(both.slice(0, 6), ['enter function_definition def f(a):', 'enter call g(a, h(1))', 'enter call h(1)', 'exit call h(1)', 'exit call g(a, h(1))', 'exit function_definition def f(a):']);
    assert.equal(both.at(-1), 'exit class_definition class C:');
});
test('a visitor that throws is reported with its owner and the walk goes on', async () => {
    const tree = (await loadPythonParser()).parse(SOURCE);
    const errors = [];
    let calls = 0;
    const ctx = {};
    const enter = new Map([['call', [{ owner: 'thrower', ctx, visit: () => { calls += 1; throw new Error('boom'); } }]]]);
    walkPython(tree, enter, new Map(), (owner, error) => errors.push(`${owner}: ${error.message}`));
    assert.equal(calls, 3);
    assert.deepEqual(errors, ['thrower: boom', 'thrower: boom', 'thrower: boom']);
});
