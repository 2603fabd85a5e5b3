import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import v8 from 'node:v8';
import vm from 'node:vm';
import { createFileAnalyser } from '../../src/engine/file-analysis.js';
import { loadRules } from '../../src/engine/registry.js';
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc');
function heapUsed() {
    collectGarbage();
    collectGarbage();
    return process.memoryUsage().heapUsed;
}
// A large file (a long comment above a small service) whose analysis keeps findings, facts, an app and a route, each
// with names, paths and snippets cut from the text.
function serviceFile(index) {
    return [
        `// ${'Generated notes about this service. '.repeat(5_600)}`,
        "import express from 'express';",
        "import OpenAI from 'openai';",
        'const app = express();',
        `const openaiApiKeyForTenant${index} = 'sk-proj-${'a1B2c3D4e5'.repeat(4)}${index}';`,
        `const client = new OpenAI({ apiKey: openaiApiKeyForTenant${index} });`,
        `const inMemoryOrdersByCustomer${index} = new Map();`,
        `app.post('/tenants/${index}/orders/summarise', async (req, res) => {`,
        `  inMemoryOrdersByCustomer${index}.set(req.body.customerIdentifier, req.body);`,
        "  const completion = await client.chat.completions.create({ model: 'gpt-4o', messages: req.body.messages });",
        '  res.json(completion);',
        '});',
        'app.listen(3000);',
    ].join('\n');
}
// What a file's analysis keeps past the file must not keep the file's text with it: V8 keeps a substring as a view of
// the string it was cut from (see src/util/own-string.ts). Forty files of about 200 KB each are analysed and their
// outcomes kept, as the audit keeps them to the end; the heap may grow by what the outcomes say (0.2–1 MB,
// JIT code included), not by the texts (it grew by more than the texts when snippets and names were views of them).
test('outcomes and name memos keep no file text alive', async () => {
    const rules = await loadRules();
    const analyse = await createFileAnalyser({
        active: rules.map((rule) => ({ rule, options: rule.options?.defaults ?? {} })),
        kinds: new Set(['typescript']),
        roots: ['.'],
        knownRuleIds: new Set(rules.map((rule) => rule.id)),
    });
    const dir = mkdtempSync(join(tmpdir(), 'agent-harden-retention-'));
    const write = (name, text) => {
        writeFileSync(join(dir, name), text);
        return { absolutePath: join(dir, name), path: name, kind: 'typescript', size: Buffer.byteLength(text), root: dir };
    };
    try {
        analyse([write('warm-up.ts', serviceFile(-1))]);
        const files = Array.from({ length: 40 }, (_, index) => write(`service-${index}.ts`, serviceFile(index)));
        const textBytes = files.reduce((sum, file) => sum + file.size, 0);
        const before = heapUsed();
        const outcomes = analyse(files);
        const grown = heapUsed() - before;
        assert.ok(outcomes.every((outcome) => outcome.findings.length > 0 && outcome.facts.length > 0 && outcome.routes.length > 0), 'every file reported findings, facts and a route');
        assert.ok(textBytes > 8_000_000, `the texts are only ${textBytes} bytes`);
        assert.ok(grown < textBytes / 2, `the heap grew by ${grown} bytes keeping the outcomes of ${textBytes} bytes of text`);
    }
    finally {
        rmSync(dir, { recursive: true, force: true });
    }
});
