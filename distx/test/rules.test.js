import assert from 'node:assert/strict';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { audit } from '../src/engine/audit.js';
import { loadRules } from '../src/engine/registry.js';
import { readAnnotations } from './support/annotations.js';
import { FIXTURES } from './support/paths.js';
const RULE_FIXTURES = join(FIXTURES, 'rules');
const rules = await loadRules();
const ruleIds = new Set(rules.map((rule) => rule.id));
function languageOf(file) {
    if (/\.pyi?$/.test(file))
        return 'python';
    if (/\.[cm]?[jt]sx?$/.test(file))
        return 'typescript';
    return 'text';
}
/**
 * A rule folder's cases: its top-level files audited together, and each
 * subfolder audited on its own (a whole small project, for project rules).
 */
function casesOf(dir) {
    const entries = readdirSync(dir).sort();
    const cases = entries.filter((name) => statSync(join(dir, name)).isDirectory()).map((name) => join(dir, name));
    if (entries.some((name) => statSync(join(dir, name)).isFile()))
        cases.unshift(dir);
    return cases;
}
async function checkCase(ruleId, caseDir, isRoot) {
    const result = await audit({ paths: isRoot ? readdirSync(caseDir).filter((name) => statSync(join(caseDir, name)).isFile()) : ['.'], cwd: caseDir, onlyRules: [ruleId] });
    const { annotations, errors: problems } = readAnnotations(caseDir);
    const scoped = isRoot ? annotations.filter((a) => !a.file.includes('/')) : annotations;
    for (const note of result.summary.ruleErrors)
        problems.push(`rule error in ${note.file}: ${note.message}`);
    const findings = result.findings.filter((finding) => finding.ruleId === ruleId);
    const at = (annotation) => findings.filter((f) => f.location.file === annotation.file && f.location.line === annotation.line && (!annotation.messageId || f.messageId === annotation.messageId));
    for (const annotation of scoped) {
        const where = `${annotation.file}:${annotation.line}`;
        if (!ruleIds.has(annotation.ruleId))
            problems.push(`${where}: unknown rule id "${annotation.ruleId}" in annotation`);
        else if (annotation.ruleId !== ruleId)
            problems.push(`${where}: annotation for ${annotation.ruleId} inside the ${ruleId} fixtures`);
        const hits = at(annotation);
        if (annotation.kind === 'ruleid' && hits.length === 0)
            problems.push(`${where}: expected ${ruleId}${annotation.messageId ? ` (${annotation.messageId})` : ''}, got nothing`);
        if (annotation.kind === 'ok' && hits.length > 0)
            problems.push(`${where}: expected no ${ruleId}, got "${hits[0].message}"`);
        if (annotation.kind === 'todoruleid' && hits.length > 0)
            problems.push(`${where}: known false negative now found; promote "todoruleid" to "ruleid"`);
        if (annotation.kind === 'todook' && hits.length === 0)
            problems.push(`${where}: known false positive gone; promote "todook" to "ok"`);
    }
    for (const finding of findings) {
        if (finding.message.includes('\n'))
            problems.push(`${finding.location.file}:${finding.location.line}: message spans lines: ${JSON.stringify(finding.message)}`);
        const annotated = scoped.some((a) => (a.kind === 'ruleid' || a.kind === 'todook') && a.file === finding.location.file && a.line === finding.location.line);
        if (!annotated)
            problems.push(`${finding.location.file}:${finding.location.line}: unannotated finding "${finding.message}" (${finding.messageId})`);
    }
    return { annotations: scoped, problems };
}
describe('rule fixtures (annotated files)', () => {
    test('every rule has a fixture folder', () => {
        const missing = rules.filter((rule) => !existsSync(join(RULE_FIXTURES, rule.id))).map((rule) => rule.id);
        assert.deepEqual(missing, [], `rules without fixtures/rules/<id>/: ${missing.join(', ')}`);
    });
    for (const rule of rules) {
        const dir = join(RULE_FIXTURES, rule.id);
        if (!existsSync(dir))
            continue;
        test(rule.id, async () => {
            const problems = [];
            const all = [];
            for (const caseDir of casesOf(dir)) {
                const outcome = await checkCase(rule.id, caseDir, caseDir === dir);
                const prefix = caseDir === dir ? '' : `${caseDir.slice(dir.length + 1)}/`;
                problems.push(...outcome.problems.map((problem) => `${prefix}${problem}`));
                all.push(...outcome.annotations);
            }
            for (const language of rule.languages) {
                const inLanguage = all.filter((a) => languageOf(a.file) === language);
                const needed = language === 'text' ? 1 : 2;
                const flagged = inLanguage.filter((a) => a.kind === 'ruleid').length;
                const passing = inLanguage.filter((a) => a.kind === 'ok').length;
                if (flagged < needed || passing < needed) {
                    problems.push(`${language}: needs at least ${needed} "ruleid" and ${needed} "ok" annotations, has ${flagged} and ${passing}`);
                }
            }
            assert.deepEqual(problems, [], `\n${problems.join('\n')}`);
        });
    }
});
