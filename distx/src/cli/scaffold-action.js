import { createInterface } from 'node:readline/promises';
import { UsageError } from '../core/errors.js';
import { unifiedDiff } from '../scaffold/diff.js';
import { GENERATORS } from '../scaffold/generators/index.js';
import { applyScaffold, conflictMessage, planScaffold } from '../scaffold/run.js';
function listGenerators() {
    const width = Math.max(...GENERATORS.map((generator) => generator.id.length));
    return GENERATORS.map((generator) => {
        const repairs = generator.repairs.length > 0 ? ` (repairs: ${generator.repairs.join(', ')})` : '';
        const frameworks = generator.frameworks.length > 0 ? ` [${generator.frameworks.join(', ')}]` : '';
        return `${generator.id.padEnd(width)}  ${generator.summary}${frameworks}${repairs}\n`;
    }).join('');
}
export function describeChanges(changes) {
    return changes.map((change) => `  ${change.status.padEnd(6)} ${change.path}  (${change.reason})\n`).join('');
}
/** Asks on a terminal; `--yes` or a non-TTY stdin (CI) answers yes. */
export async function confirm(question, yes) {
    if (yes || !process.stdin.isTTY)
        return true;
    const prompt = createInterface({ input: process.stdin, output: process.stdout });
    try {
        return /^y(es)?$/i.test((await prompt.question(`${question} [y/N] `)).trim());
    }
    finally {
        prompt.close();
    }
}
export async function runScaffoldCommand(id, flags) {
    if (id === 'list') {
        process.stdout.write(listGenerators());
        return;
    }
    const answers = {};
    if (flags.port !== undefined)
        answers.port = flags.port;
    if (flags.origin !== undefined)
        answers.origins = flags.origin;
    if (flags.name !== undefined)
        answers.name = flags.name;
    if (flags.image !== undefined)
        answers.image = flags.image;
    const plan = await planScaffold({ generator: id, dir: flags.dir, framework: flags.framework, entry: flags.entry, force: flags.force, answers });
    if (plan.recovered)
        process.stderr.write(`scaffold: ${plan.recovered}\n`);
    if (plan.conflicts.length > 0)
        throw new UsageError(`${conflictMessage(plan)}. Re-run with --force to replace them.`);
    if (plan.changes.length === 0) {
        process.stdout.write(`scaffold ${id}: nothing to do; the project already has it.\n`);
        return;
    }
    const where = plan.project.framework ? `${plan.project.framework} app in ${plan.project.entry}` : plan.project.language;
    process.stdout.write(`scaffold ${id} for the ${where}:\n${describeChanges(plan.changes)}\n${await unifiedDiff(plan.changes)}`);
    if (flags.dryRun) {
        process.stdout.write('\n--dry-run: nothing was written.\n');
        return;
    }
    if (!(await confirm('Apply these changes?', flags.yes))) {
        process.stdout.write('Nothing was written.\n');
        return;
    }
    applyScaffold(plan);
    process.stdout.write(`\nWrote ${plan.changes.length} file(s). Install any new dependencies, then run \`agent-harden audit\` to confirm.\n`);
}
