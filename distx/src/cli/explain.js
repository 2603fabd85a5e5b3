import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../core/errors.js';
import { describeRule, loadRules } from '../engine/registry.js';
import { closest } from '../util/closest.js';
import { packageRoot } from '../util/package-root.js';
export function registerExplain(program) {
    program
        .command('explain')
        .description('explain a rule offline: why it matters, what it flags, examples and how to fix')
        .argument('<rule-id>', 'the rule to explain (see `agent-harden rules`)')
        .action(async (id) => {
        const rules = await loadRules();
        const rule = rules.find((candidate) => candidate.id === id);
        if (!rule) {
            const suggestions = closest(id, rules.map((candidate) => candidate.id));
            const hint = suggestions.length > 0 ? `; did you mean ${suggestions.join(', ')}?` : '; run `agent-harden rules` to list them';
            throw new UsageError(`unknown rule "${id}"${hint}`);
        }
        const meta = describeRule(rule);
        const page = readFileSync(join(packageRoot(), 'rules', `${id}.md`), 'utf8');
        const header = [
            `${meta.id} — ${meta.summary}`,
            `category: ${meta.category}   severity: ${meta.severity}   confidence: ${meta.confidence}   languages: ${meta.languages.join(', ')}`,
            `seeds: ${meta.seeds.join(', ') || 'none'}   fixable by \`agent-harden fix\`: ${rule.fixable ? 'yes' : 'no'}`,
            `fix: ${meta.fixHint}`,
        ];
        // The page repeats the id and summary in its first lines; print it from "Why it matters" on.
        const body = page.slice(page.indexOf('## '));
        process.stdout.write(`${header.join('\n')}\n\n${body.trimEnd()}\n`);
    });
}
