import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import { audit } from '../src/engine/audit.js';
import { loadRules } from '../src/engine/registry.js';
import { ENV_RULE, FIXERS } from '../src/fix/run.js';
import { GENERATORS } from '../src/scaffold/generators/index.js';
import { REPO_ROOT } from './support/paths.js';
const HEADINGS = ['## Why it matters', '## What it flags', '## Examples', '### Flagged', '### Not flagged', '## How to fix', '## Options', '## When not to use it', '## References'];
// Info string → file name the example is audited as; "```dockerfile Dockerfile.prod" names it explicitly.
const DEFAULT_FILE = {
    python: 'main.py',
    py: 'main.py',
    ts: 'server.ts',
    typescript: 'server.ts',
    js: 'server.js',
    javascript: 'server.js',
    dockerfile: 'Dockerfile',
    dotenv: '.env',
    toml: 'pyproject.toml',
    json: 'package.json',
    yaml: 'compose.yaml',
};
function examplesOf(markdown) {
    const examples = [];
    let section;
    const lines = markdown.split('\n');
    for (let index = 0; index < lines.length; index++) {
        const line = lines[index];
        if (line.startsWith('## '))
            section = undefined;
        if (line === '### Flagged')
            section = 'Flagged';
        if (line === '### Not flagged')
            section = 'Not flagged';
        const fence = /^```(\S+)(?:\s+(\S+))?$/.exec(line);
        if (!fence || !section)
            continue;
        const start = index;
        const body = [];
        for (index++; index < lines.length && lines[index] !== '```'; index++)
            body.push(lines[index]);
        const file = fence[2] ?? DEFAULT_FILE[fence[1]];
        if (!file)
            throw new Error(`line ${start + 1}: fence "${fence[1]}" needs a file name ("\`\`\`${fence[1]} <file>")`);
        const code = `${body.join('\n')}\n`;
        // Named blocks separated only by blank lines form one multi-file example (a Dockerfile beside its .env).
        const previous = examples.at(-1);
        const adjacent = previous && previous.section === section && previous.named && fence[2] && lines.slice(previous.endLine + 1, start).every((text) => text.trim() === '');
        if (adjacent) {
            previous.files.push({ file, code });
            previous.endLine = index;
        }
        else {
            examples.push({ section, files: [{ file, code }], line: start + 1, named: !!fence[2], endLine: index });
        }
    }
    return examples;
}
const rules = await loadRules();
describe('rule docs', () => {
    for (const rule of rules) {
        test(rule.id, async () => {
            const page = join(REPO_ROOT, 'rules', `${rule.id}.md`);
            assert.ok(existsSync(page), `rules/${rule.id}.md is missing`);
            const markdown = readFileSync(page, 'utf8');
            const lines = markdown.split('\n');
            assert.equal(lines[0], `# ${rule.id}`, 'first line must be "# <id>"');
            assert.equal(lines[2], rule.summary, 'third line must be the rule summary');
            let last = -1;
            for (const heading of HEADINGS) {
                const at = lines.indexOf(heading);
                assert.ok(at > last, `heading "${heading}" missing or out of order`);
                last = at;
            }
            if (!rule.options)
                assert.match(markdown, /## Options\n\nThis rule has no options\./);
            for (const seed of rule.seeds)
                assert.ok(markdown.includes(seed), `"Why it matters" should cite seed ${seed}`);
            const examples = examplesOf(markdown);
            for (const section of ['Flagged', 'Not flagged']) {
                assert.ok(examples.some((e) => e.section === section), `no ${section} example`);
            }
            for (const example of examples) {
                const dir = mkdtempSync(join(tmpdir(), 'ah-doc-'));
                try {
                    for (const { file, code } of example.files) {
                        mkdirSync(dirname(join(dir, file)), { recursive: true });
                        writeFileSync(join(dir, file), code);
                    }
                    const result = await audit({ paths: ['.'], cwd: dir, onlyRules: [rule.id] });
                    const hits = result.findings.filter((f) => f.ruleId === rule.id);
                    if (example.section === 'Flagged')
                        assert.ok(hits.length > 0, `Flagged example at line ${example.line} produces no ${rule.id}`);
                    else
                        assert.deepEqual(hits.map((f) => f.message), [], `Not flagged example at line ${example.line} produces ${rule.id}`);
                }
                finally {
                    rmSync(dir, { recursive: true, force: true });
                }
            }
        });
    }
});
/** The "How to fix" section of a rule page, whitespace collapsed so a command may wrap across lines. */
function howToFix(markdown) {
    const section = /^## How to fix\n([\s\S]*?)^## /m.exec(markdown)?.[1] ?? '';
    return section.replace(/\s+/g, ' ');
}
// What the rule pages said before the generators and fixers existed: "not yet", "when available",
// "no automatic fix", "`agent-harden fix` does not rewrite print calls".
const NO_REPAIR_CLAIM = /\b(?:yet|when available)\b|no automatic fix|no `scaffold`\/`fix`/i;
const DENIED_COMMAND = /`(agent-harden (?:fix|scaffold))` (?:does|do) not/g;
describe('rule docs name the scaffold generator and fix that repair them', () => {
    const commands = new Map();
    const need = (ruleId, command) => commands.set(ruleId, (commands.get(ruleId) ?? new Set()).add(command));
    for (const generator of GENERATORS)
        for (const ruleId of generator.repairs)
            need(ruleId, `agent-harden scaffold ${generator.id}`);
    // `agent-harden fix --rule <id>` or a plain `agent-harden fix`: either names the command.
    for (const ruleId of [...FIXERS.map((fixer) => fixer.ruleId), ENV_RULE])
        need(ruleId, 'agent-harden fix');
    for (const rule of rules) {
        const wanted = commands.get(rule.id);
        if (!wanted)
            continue;
        test(rule.id, () => {
            const section = howToFix(readFileSync(join(REPO_ROOT, 'rules', `${rule.id}.md`), 'utf8'));
            const missing = [...wanted].filter((command) => !section.includes(command));
            assert.deepEqual(missing, [], `rules/${rule.id}.md "How to fix" should say what these do and leave: ${missing.join(', ')}`);
            assert.doesNotMatch(section, NO_REPAIR_CLAIM, `rules/${rule.id}.md "How to fix" still says there is no repair`);
            const denied = [...section.matchAll(DENIED_COMMAND)].map((match) => match[1]).filter((command) => [...wanted].some((needed) => needed.startsWith(command)));
            assert.deepEqual(denied, [], `rules/${rule.id}.md "How to fix" says ${denied.join(', ')} does not repair it`);
        });
    }
});
