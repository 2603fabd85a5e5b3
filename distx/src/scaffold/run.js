import { resolve } from 'node:path';
import { UsageError } from '../core/errors.js';
import { applyChanges, recoverInterruptedApply } from './apply.js';
import { findGenerator, GENERATORS } from './generators/index.js';
import { resolvePlan } from './plan.js';
import { detectProject } from './project.js';
function flattenIssues(error) {
    return error.issues.map((issue) => `${issue.path.map(String).join('.') || 'value'}: ${issue.message}`).join('; ');
}
/** Detects the project and computes the generator's plan under the file policy; writes nothing. */
export async function planScaffold(options) {
    const generator = findGenerator(options.generator);
    if (!generator)
        throw new UsageError(`unknown generator "${options.generator}"; run \`agent-harden scaffold list\` (one of ${GENERATORS.map((g) => g.id).join(', ')})`);
    const recovered = recoverInterruptedApply(resolve(options.dir ?? '.'));
    const project = await detectProject({ dir: resolve(options.dir ?? '.'), framework: options.framework, entry: options.entry });
    const parsed = generator.answers.safeParse(options.answers ?? {});
    if (!parsed.success)
        throw new UsageError(`invalid option for scaffold ${generator.id}: ${flattenIssues(parsed.error)}`);
    const actions = await generator.plan(parsed.data, project);
    return { ...resolvePlan(generator.id, actions, project.text, options.force ?? false), generator, project, recovered };
}
/** Applies a plan's changes all or nothing. */
export function applyScaffold(plan, fs) {
    if (plan.conflicts.length > 0)
        throw new UsageError(conflictMessage(plan));
    applyChanges(plan.project.root, plan.changes, fs);
}
export function conflictMessage(plan) {
    return `refusing to overwrite ${plan.conflicts.map((conflict) => `${conflict.path} (${conflict.reason})`).join(', ')}; nothing was written`;
}
