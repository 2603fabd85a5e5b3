import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { z } from 'zod';
import { audit } from '../src/engine/audit.js';
import { REPORTERS } from '../src/reporters/index.js';
import { runCli } from './support/cli.js';
import { FIXTURES } from './support/paths.js';
import { sarifErrors } from './support/sarif.js';
const PROJECTS = join(FIXTURES, 'projects');
const location = z.strictObject({
    file: z.string().regex(/^[^\\]+$/, 'POSIX path').refine((file) => !file.startsWith('/'), 'relative path'),
    line: z.number().int().min(1),
    column: z.number().int().min(1),
    endLine: z.number().int().min(1),
    endColumn: z.number().int().min(1),
});
// The contract documented in docs/json-report.md; extra keys would be a documentation bug.
const jsonReport = z.strictObject({
    schemaVersion: z.literal(1),
    tool: z.strictObject({ name: z.literal('agent-harden'), version: z.string().regex(/^\d+\.\d+\.\d+/) }),
    kind: z.literal('audit'),
    findings: z.array(z.strictObject({
        ruleId: z.string().regex(/^[a-z0-9-]+$/),
        messageId: z.string(),
        severity: z.enum(['critical', 'high', 'medium', 'low', 'info']),
        confidence: z.enum(['high', 'medium', 'low']),
        category: z.enum(['security', 'reliability', 'observability', 'operations']),
        message: z.string().min(1),
        location,
        snippet: z.string(),
        fingerprint: z.string().regex(/^[0-9a-f]{32}$/),
        fixHint: z.string().min(1),
        fixable: z.boolean(),
        source: z.literal('audit'),
        data: z.record(z.string(), z.string()),
    })),
    score: z.strictObject({
        overall: z.number().min(0).max(100).nullable(),
        categories: z.strictObject({
            security: z.number().min(0).max(100).nullable(),
            reliability: z.number().min(0).max(100).nullable(),
            observability: z.number().min(0).max(100).nullable(),
            operations: z.number().min(0).max(100).nullable(),
        }),
    }),
    checks: z.record(z.string(), z.enum(['pass', 'fail', 'not-applicable'])),
    summary: z.strictObject({
        filesScanned: z.number().int().min(0),
        filesSkipped: z.array(z.strictObject({ file: z.string(), reason: z.string(), detail: z.string().optional() })),
        parseErrors: z.array(z.strictObject({ file: z.string(), line: z.number(), column: z.number(), message: z.string() })),
        ruleErrors: z.array(z.strictObject({ ruleId: z.string(), file: z.string(), message: z.string() })),
        suppressionProblems: z.array(z.strictObject({ file: z.string(), line: z.number(), kind: z.string(), ruleId: z.string(), message: z.string() })),
        suppressed: z.number().int().min(0),
        durationMs: z.number().min(0),
    }),
    rules: z.array(z.strictObject({
        id: z.string().regex(/^[a-z0-9-]+$/),
        category: z.enum(['security', 'reliability', 'observability', 'operations']),
        severity: z.enum(['critical', 'high', 'medium', 'low', 'info']),
        confidence: z.enum(['high', 'medium', 'low']),
        summary: z.string().min(1),
        fixHint: z.string().min(1),
        seeds: z.array(z.string()),
        languages: z.array(z.enum(['python', 'typescript', 'text'])),
        helpUri: z.string().url(),
    })),
});
const results = {};
for (const sample of ['insecure-fastapi-adk', 'insecure-express-agent', 'insecure-a2a-starlette', 'hardened-fastify-agent']) {
    results[sample] = await audit({ paths: ['.'], cwd: join(PROJECTS, sample) });
}
describe('reporters', () => {
    test('sarif output validates against the official SARIF 2.1.0 schema', () => {
        for (const [sample, result] of Object.entries(results)) {
            const document = JSON.parse(REPORTERS.sarif(result, { color: false }));
            assert.deepEqual(sarifErrors(document), [], sample);
            const { rules } = document.runs[0].tool.driver;
            assert.ok(rules.length > 0);
            for (const rule of rules) {
                assert.ok(rule.helpUri && rule.help.text, 'every rule carries help');
                const tags = rule.properties.tags;
                assert.equal('security-severity' in rule.properties, tags.includes('security'), 'security-severity only on security rules');
            }
            assert.equal(document.runs[0].results.length, result.findings.length);
        }
    });
    test('a document with a broken result fails the schema (the validator is live)', () => {
        const document = JSON.parse(REPORTERS.sarif(results['insecure-express-agent'], { color: false }));
        document.runs[0].results[0].level = 'fatal';
        assert.notDeepEqual(sarifErrors(document), []);
    });
    test('json output matches the documented contract', () => {
        for (const [sample, result] of Object.entries(results)) {
            const parsed = jsonReport.safeParse(JSON.parse(REPORTERS.json(result, { color: false })));
            assert.ok(parsed.success, `${sample}: ${parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))}`);
        }
    });
    test('json output, written piece by piece, is exactly the document JSON.stringify would print', () => {
        const empty = { ...results['hardened-fastify-agent'], findings: [] };
        // Findings are written a few hundred at a time: counts on either side of a piece's end.
        const insecure = results['insecure-express-agent'];
        const repeated = [256, 257, 513].map((count) => ({ ...insecure, findings: Array.from({ length: count }, (_, index) => insecure.findings[index % insecure.findings.length]) }));
        for (const result of [...Object.values(results), empty, ...repeated]) {
            const text = REPORTERS.json(result, { color: false });
            assert.equal(text, `${JSON.stringify(JSON.parse(text), null, 2)}\n`);
            assert.equal(JSON.parse(text).findings.length, result.findings.length);
        }
        const cwd = join(PROJECTS, 'insecure-express-agent');
        const dir = mkdtempSync(join(tmpdir(), 'ah-json-'));
        try {
            // Two runs differ only in how long they took.
            const timeless = (text) => text.replace(/"durationMs": \d+/, '"durationMs": 0');
            const stdout = timeless(runCli(['audit', '.', '--format', 'json'], { cwd }).stdout);
            runCli(['audit', '.', '--format', 'json', '--output', join(dir, 'out.json'), '--json-output', join(dir, 'extra.json')], { cwd });
            assert.equal(timeless(readFileSync(join(dir, 'out.json'), 'utf8')), stdout);
            assert.equal(timeless(readFileSync(join(dir, 'extra.json'), 'utf8')), stdout);
        }
        finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });
    test('github annotations escape properties and data', () => {
        const output = REPORTERS.github(results['insecure-express-agent'], { color: false });
        const all = output.trim().split('\n');
        // Past GitHub's cap of 10 per type, one closing notice counts the findings left out.
        const summary = /^::notice title=agent-harden::(\d+) more findings? not annotated/.exec(all.at(-1));
        const lines = summary ? all.slice(0, -1) : all;
        assert.equal(lines.length + Number(summary?.[1] ?? 0), results['insecure-express-agent'].findings.length);
        for (const line of lines)
            assert.match(line, /^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,endLine=\d+,.*title=[^:]+::[^\n]+$/);
    });
    test('text output has no colour codes when colour is off, and a summary line', () => {
        const output = REPORTERS.text(results['insecure-fastapi-adk'], { color: false });
        assert.doesNotMatch(output, /\x1b\[/);
        assert.match(output, /✖ \d+ findings? \(.*\) in \d+ files · readiness score \d+\/100/);
        const coloured = REPORTERS.text(results['insecure-fastapi-adk'], { color: true });
        assert.match(coloured, /\x1b\[/);
    });
    test('text code frames show at most three lines of a long span and say where it ends', () => {
        const result = results['insecure-fastapi-adk'];
        const route = result.findings.find((finding) => finding.ruleId === 'missing-auth');
        assert.ok(route.location.endLine > route.location.line + 2, 'the route finding spans its handler');
        const output = REPORTERS.text({ ...result, findings: [route] }, { color: false });
        const frame = output.split('\n').filter((line) => /^ {4}(\d+| +) \|/.test(line));
        assert.equal(frame.filter((line) => /^ {4}\d+ \|/.test(line)).length, 3);
        assert.equal(frame.at(-1).trim(), `| … through line ${route.location.endLine}`);
    });
    test('the CLI writes a SARIF file that validates, and nothing on stdout', () => {
        const dir = join(PROJECTS, 'insecure-express-agent');
        const output = join(process.env.TMPDIR ?? '/tmp', `ah-sarif-${process.pid}.json`);
        const run = runCli(['audit', dir, '--format', 'sarif', '--output', output]);
        assert.equal(run.status, 1);
        assert.equal(run.stdout, '');
        return import('node:fs').then(({ readFileSync, rmSync }) => {
            const document = JSON.parse(readFileSync(output, 'utf8'));
            rmSync(output);
            assert.deepEqual(sarifErrors(document), []);
        });
    });
});
