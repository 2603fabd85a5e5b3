import { posix, resolve } from 'node:path';
import { audit } from '../engine/audit.js';
import { isCodeKind } from '../engine/file-kinds.js';
import { loadRules } from '../engine/registry.js';
import { UsageError } from '../core/errors.js';
import { firstSyntaxError as firstPythonError, loadPythonParser, parsePython } from '../languages/python/parser.js';
import { firstSyntaxError as firstTypeScriptError, parseTypeScript } from '../languages/typescript/parser.js';
import { loadTypeScript } from '../languages/typescript/runtime.js';
import { resolvePlan } from '../scaffold/plan.js';
import { resolveInside } from '../scaffold/paths.js';
import { lineFeedStarts } from '../util/line-starts.js';
import { applyEdits } from '../scaffold/text-edits.js';
import { readFileSync, existsSync } from 'node:fs';
import { recoverInterruptedApply } from '../scaffold/apply.js';
import { METADATA_FILE, readMetadata } from '../scaffold/metadata.js';
import { toolVersion } from '../core/tool-info.js';
import { PYTHON_FIXERS } from './python-fixers.js';
import { PYTHON_HARDENING_FIXERS } from './python-hardening-fixers.js';
import { PYTHON_IDEMPOTENCY_FIXERS } from './python-idempotency.js';
import { PYTHON_REQUEST_LIMIT_FIXERS } from './python-request-limits.js';
import { TYPESCRIPT_FIXERS } from './typescript-fixers.js';
import { TYPESCRIPT_HARDENING_FIXERS } from './typescript-hardening-fixers.js';
import { TYPESCRIPT_REQUEST_LIMIT_FIXERS } from './typescript-request-limits.js';
export const FIXERS = [...PYTHON_FIXERS, ...PYTHON_HARDENING_FIXERS, ...PYTHON_REQUEST_LIMIT_FIXERS, ...PYTHON_IDEMPOTENCY_FIXERS, ...TYPESCRIPT_FIXERS, ...TYPESCRIPT_HARDENING_FIXERS, ...TYPESCRIPT_REQUEST_LIMIT_FIXERS];
/** The rule `fix` repairs outside source files: env files get ignored in `.gitignore`. */
export const ENV_RULE = 'env-file-committed';
const ENV_IGNORE_LINES = ['.env', '.env.*', '!.env.example'];
/** `.gitignore` with the env-file patterns appended (lines it already has are not repeated). */
function ignoreEnvFiles(text) {
    const present = new Set((text ?? '').split(/\r?\n/).map((line) => line.trim()));
    const missing = ENV_IGNORE_LINES.filter((line) => !present.has(line));
    if (missing.length === 0)
        return text;
    const prefix = text === undefined || text === '' ? '' : text.endsWith('\n') ? `${text}\n` : `${text}\n\n`;
    return `${prefix}# Local environment files hold secrets (added by agent-harden fix).\n${missing.join('\n')}\n`;
}
/** Drops identical edits (two repairs that both add `import os`). */
function uniqueEdits(edits) {
    const seen = new Set();
    return edits.filter((edit) => {
        const key = `${edit.start}:${edit.end}:${edit.text}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
/** Line numbers after `edits`, for a line of the text before them. */
function lineShift(text, edits) {
    const lineStarts = lineFeedStarts(text);
    return (line) => {
        const offset = lineStarts[line - 1] ?? text.length;
        let added = 0;
        for (const edit of edits) {
            if (edit.end <= offset && !(edit.start === edit.end && edit.start === offset && !edit.text.endsWith('\n'))) {
                added += (edit.text.match(/\n/g)?.length ?? 0) - (text.slice(edit.start, edit.end).match(/\n/g)?.length ?? 0);
            }
        }
        return line + added;
    };
}
async function parsesCleanly(path, text, language) {
    if (language === 'python') {
        return !firstPythonError(parsePython(await loadPythonParser(), text));
    }
    await loadTypeScript();
    return !firstTypeScriptError(parseTypeScript(path, text));
}
/** The files scaffold generators wrote that are still there, as the scaffold metadata records them (none without it). */
function generatedFiles(root) {
    const metadataPath = resolveInside(root, METADATA_FILE);
    if (!existsSync(metadataPath))
        return [];
    return Object.entries(readMetadata(readFileSync(metadataPath, 'utf8'), toolVersion()).files).filter(([path]) => existsSync(resolveInside(root, path)));
}
/** The TypeScript logger `scaffold logging` wrote (and still there). */
function generatedTsLogger(files) {
    return files.find(([path, record]) => record.generator === 'logging' && /\.[cm]?ts$/.test(path))?.[0];
}
/** The Python module `scaffold idempotency` wrote, when it holds the ADK tool decorator (written for ADK projects only). */
function generatedIdempotencyModule(root, files) {
    const path = files.find(([file, record]) => record.generator === 'idempotency' && file.endsWith('.py') && readFileSync(resolveInside(root, file), 'utf8').includes('\ndef idempotent_tool('))?.[0];
    return path ? { path, inPackage: existsSync(resolveInside(root, posix.join(posix.dirname(path), '__init__.py'))) } : undefined;
}
/**
 * Audits the project, runs every fixer over its Python and TS files, keeps
 * the repairs on lines the audit flagged (every repair when the rule is not
 * in this build), and returns the patches under the scaffold file policy.
 */
export async function planFix(options) {
    const root = resolve(options.dir ?? '.');
    if (!existsSync(root))
        throw new UsageError(`project directory ${root} does not exist; pass --dir <path>`);
    const known = new Set([...FIXERS.map((fixer) => fixer.ruleId), ENV_RULE]);
    for (const id of options.rules ?? [])
        if (!known.has(id))
            throw new UsageError(`no fix for rule "${id}"; fixable rules: ${[...known].sort().join(', ')}`);
    const recovered = recoverInterruptedApply(root);
    const registered = new Set((await loadRules()).map((rule) => rule.id));
    // The scaffold metadata is read once for the modules the fixers build on.
    const generated = generatedFiles(root);
    const loggerModule = generatedTsLogger(generated);
    const idempotencyModule = generatedIdempotencyModule(root, generated);
    let model;
    const result = await audit({ paths: ['.'], cwd: root, onProject: (project) => (model = project) });
    const scope = (options.paths ?? []).map((path) => path.replace(/\\/g, '/').replace(/^\.\/|\/$/g, ''));
    const files = model.files.filter((file) => isCodeKind(file.kind) && (scope.length === 0 || scope.some((prefix) => prefix === '.' || file.path === prefix || file.path.startsWith(`${prefix}/`))));
    const fixers = FIXERS.filter((fixer) => !options.rules || options.rules.includes(fixer.ruleId));
    const flagged = (ruleId, file) => new Set(result.findings.filter((finding) => finding.ruleId === ruleId && finding.location.file === file).map((finding) => finding.location.line));
    const actions = [];
    const repairs = [];
    const unconfirmed = new Set();
    for (const file of files) {
        const original = readFileSync(resolveInside(root, file.path), 'utf8');
        let text = original;
        let toCurrent = (line) => line;
        const fileRepairs = [];
        for (const fixer of fixers.filter((candidate) => candidate.language === file.kind)) {
            const confirmed = registered.has(fixer.ruleId);
            const lines = new Set([...flagged(fixer.ruleId, file.path)].map(toCurrent));
            const kept = (await fixer.find({ path: file.path, text, loggerModule, idempotencyModule })).filter((repair) => !confirmed || lines.has(repair.line));
            if (kept.length === 0)
                continue;
            if (!confirmed)
                unconfirmed.add(fixer.ruleId);
            const edits = uniqueEdits(kept.flatMap((repair) => repair.edits));
            const shift = lineShift(text, edits);
            const previous = toCurrent;
            toCurrent = (line) => shift(previous(line));
            text = applyEdits(text, edits);
            fileRepairs.push(...kept.map((repair) => ({ file: file.path, line: repair.line, ruleId: fixer.ruleId, description: repair.description })));
        }
        if (text === original)
            continue;
        // A fix that would leave the file unparsable is dropped whole: the user's code stays as it was.
        if (!(await parsesCleanly(file.path, text, file.kind)))
            continue;
        actions.push({ kind: 'patch', path: file.path, before: original, after: text, reason: [...new Set(fileRepairs.map((repair) => repair.ruleId))].join(', ') });
        repairs.push(...fileRepairs);
    }
    if (!options.rules || options.rules.includes(ENV_RULE)) {
        const envFiles = result.findings.filter((finding) => finding.ruleId === ENV_RULE).map((finding) => finding.location.file);
        const gitignore = existsSync(resolveInside(root, '.gitignore')) ? readFileSync(resolveInside(root, '.gitignore'), 'utf8') : undefined;
        const after = envFiles.length > 0 ? ignoreEnvFiles(gitignore) : gitignore;
        if (after !== undefined && after !== gitignore) {
            actions.push({ kind: 'patch', path: '.gitignore', before: gitignore, after, reason: `${ENV_RULE}; the values were committed: rotate them and \`git rm --cached\` the file` });
            repairs.push(...envFiles.map((file) => ({ file, line: 1, ruleId: ENV_RULE, description: 'ignored by .gitignore (rotate the secrets it held)' })));
        }
    }
    return { ...resolvePlan('fix', actions, (path) => { const absolute = resolveInside(root, path); return existsSync(absolute) ? readFileSync(absolute, 'utf8') : undefined; }, false), root, repairs, before: result.findings, unconfirmed: [...unconfirmed].sort(), recovered };
}
