import { EXIT, UsageError } from '../core/errors.js';
import { audit } from '../engine/audit.js';
import { unifiedDiff } from '../scaffold/diff.js';
import { applyChanges } from '../scaffold/apply.js';
import { conflictMessage } from '../scaffold/run.js';
import { planFix } from '../fix/run.js';
import { confirm } from './scaffold-action.js';
export async function runFixCommand(paths, flags) {
    const plan = await planFix({ dir: flags.dir, paths, rules: flags.rule });
    if (plan.recovered)
        process.stderr.write(`fix: ${plan.recovered}\n`);
    if (plan.conflicts.length > 0)
        throw new UsageError(conflictMessage(plan));
    if (plan.changes.length === 0) {
        process.stdout.write('fix: nothing to fix safely.\n');
        return EXIT.ok;
    }
    const lines = plan.repairs.map((repair) => `  ${repair.file}:${repair.line}  ${repair.ruleId}: ${repair.description}\n`).join('');
    process.stdout.write(`fix: ${plan.repairs.length} repair(s) in ${plan.changes.length} file(s):\n${lines}\n${await unifiedDiff(plan.changes)}`);
    if (plan.unconfirmed.length > 0)
        process.stdout.write(`\nnote: ${plan.unconfirmed.join(', ')} not in this build; those repairs target every matching call, not audit findings.\n`);
    if (flags.dryRun) {
        process.stdout.write('\n--dry-run: nothing was written.\n');
        return EXIT.ok;
    }
    if (!(await confirm('Apply these fixes?', flags.yes))) {
        process.stdout.write('Nothing was written.\n');
        return EXIT.ok;
    }
    applyChanges(plan.root, plan.changes);
    const after = await audit({ paths: ['.'], cwd: plan.root });
    const fixedIds = new Set(plan.repairs.map((repair) => repair.ruleId));
    const remaining = after.findings.filter((finding) => fixedIds.has(finding.ruleId)).length;
    process.stdout.write(`\nWrote ${plan.changes.length} file(s). Re-audit: ${plan.before.length} → ${after.findings.length} finding(s); ${remaining} left for the fixed rules. Score ${after.score.overall ?? 'n/a'}.\n`);
    return EXIT.ok;
}
