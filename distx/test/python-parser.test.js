import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadPythonParser, sameNodes } from '../src/languages/python/parser.js';
import { FIXTURES } from './support/paths.js';
function pythonFiles(dir) {
    return readdirSync(dir)
        .sort()
        .flatMap((name) => {
        const path = join(dir, name);
        if (statSync(path).isDirectory())
            return name === 'node_modules' ? [] : pythonFiles(path);
        return name.endsWith('.py') ? [path] : [];
    });
}
// The audit copies trees through wasm exports, not web-tree-sitter's public cursor (see cursor.ts):
// on the web-tree-sitter this package locks, that fast path must be the one taken, and copy the same tree.
test('Python trees are copied with the direct cursor on the locked web-tree-sitter', async () => {
    assert.equal((await loadPythonParser()).cursor, 'direct');
});
test('the direct cursor copies every fixture exactly as the public cursor does', async () => {
    const parser = await loadPythonParser();
    const files = pythonFiles(FIXTURES);
    assert.ok(files.length > 50, `expected the fixture projects' Python files, found ${files.length}`);
    for (const file of files) {
        const text = readFileSync(file, 'utf8');
        assert.ok(sameNodes(parser.parse(text), parser.parseWithPublicCursor(text)), file);
    }
});
test('the direct cursor agrees on broken, deeply nested and non-ASCII code', async () => {
    const parser = await loadPythonParser();
    const samples = [
        `x = ${'['.repeat(300)}1${']'.repeat(300)}\n`,
        'def f(:\n    return "ünïcödé 🎉" + g(\n',
        'class A:\n    def b(self):\n        if x:\n            try:\n                pass\n            except E as e:\n                raise\n',
        '',
        '\u0000\u00ff\ud83d',
    ];
    for (const text of samples) {
        const direct = parser.parse(text);
        assert.ok(sameNodes(direct, parser.parseWithPublicCursor(text)), JSON.stringify(text.slice(0, 40)));
        assert.equal(direct.rootNode.endIndex <= text.length, true);
    }
});
// The copy files named nodes by grammar symbol as it goes; a type name may span several symbols (aliases),
// and ERROR nodes carry a symbol past the grammar's table. Every answer must equal a filter over the tree.
test('namedOfType lists exactly the named nodes of each type, in source order', async () => {
    const parser = await loadPythonParser();
    const texts = [...pythonFiles(FIXTURES).map((file) => readFileSync(file, 'utf8')), 'def f(:\n    return [x for x in y if\nclass A(B):\n    c = d(e=1, **f)\n'];
    let errorNodes = 0;
    for (const text of texts) {
        const tree = parser.parse(text);
        const types = new Set(tree.nodes.filter((node) => node.isNamed).map((node) => node.type));
        types.add('no_such_type');
        for (const type of types) {
            const expected = tree.nodes.filter((node) => node.isNamed && node.type === type);
            assert.deepEqual(tree.namedOfType(type).map((node) => node.order), expected.map((node) => node.order), `${type} in ${JSON.stringify(text.slice(0, 30))}`);
        }
        errorNodes += tree.namedOfType('ERROR').length;
    }
    assert.ok(errorNodes > 0, 'the broken sample has ERROR nodes to list');
});
// Rules key maps by node id across a whole audit: ids derive from each tree's first id and preorder number.
test('node ids are unique across trees, and error marks reach every ancestor of an ERROR or MISSING node', async () => {
    const parser = await loadPythonParser();
    const trees = ['x = 1\n', 'def f(:\n    return g(\n', 'class A:\n    pass\n'].map((text) => parser.parse(text));
    const ids = trees.flatMap((tree) => tree.nodes.map((node) => node.id));
    assert.equal(new Set(ids).size, ids.length);
    const broken = trees[1];
    const errors = broken.nodes.filter((node) => node.type === 'ERROR' || node.isMissing);
    assert.ok(errors.length > 0);
    for (const node of broken.nodes) {
        const holdsError = broken.nodes.some((other) => (other.type === 'ERROR' || other.isMissing) && other.order >= node.order && other.order <= node.last);
        assert.equal(node.hasError, holdsError, `${node.type} at ${node.startIndex}`);
    }
    assert.ok(trees[0].nodes.every((node) => !node.hasError && !node.isMissing));
});
