import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { audit } from './audit.js';
import { createBaseline } from './baseline.js';
import { assignFingerprints, compareFindings } from './finalize.js';
import { changedLinesSince, renamesSince, resolveCommit, withWorktree } from './git.js';
import { loadRules } from './registry.js';
/**
 * A baseline made by auditing `ref` in a temporary worktree with the same
 * config. Files renamed since then carry their old findings to the new path
 * (fingerprints recomputed there), so moved code stays quiet.
 */
export async function baselineAtRef(ref, options) {
    const commit = resolveCommit(ref, options.cwd, '--baseline-ref');
    const old = await withWorktree(commit, options.cwd, (oldCwd, toOld) => audit({ paths: options.paths, cwd: oldCwd, maxFileSize: options.maxFileSize, inlineIgnores: options.inlineIgnores, config: { ...options.config, baseDir: toOld(options.config.baseDir) } }));
    const renames = renamesSince(commit, options.cwd);
    const moved = old.findings.map((finding) => {
        const file = renames.get(finding.location.file);
        return file ? { ...finding, location: { ...finding.location, file } } : finding;
    });
    moved.sort(compareFindings);
    assignFingerprints(moved);
    return createBaseline(moved);
}
/** The nearest directory at or above `file` with a manifest, as the engine groups units; else the scan root. */
function unitOf(file, cwd) {
    for (let dir = dirname(file);; dir = dirname(dir)) {
        if (['package.json', 'pyproject.toml', 'requirements.txt'].some((name) => existsSync(resolve(cwd, dir, name))))
            return dir;
        if (dir === '.' || dir === '/' || dir === dirname(dir))
            return '.';
    }
}
/**
 * Keeps the findings a change since `ref` is responsible for: for line rules,
 * findings that overlap a changed line; for project rules (decided per app),
 * findings whose unit has any changed file.
 */
export async function limitToChangedSince(result, ref, cwd) {
    const commit = resolveCommit(ref, cwd, '--changed-since');
    const changed = changedLinesSince(commit, cwd);
    const projectRules = new Set((await loadRules()).filter((rule) => rule.finish).map((rule) => rule.id));
    const changedUnits = new Set([...changed.keys()].map((file) => unitOf(file, cwd)));
    return result.findings.filter((finding) => {
        if (projectRules.has(finding.ruleId))
            return changedUnits.has(unitOf(finding.location.file, cwd));
        const lines = changed.get(finding.location.file);
        if (!lines)
            return false;
        if (lines === 'all')
            return true;
        for (let line = finding.location.line; line <= finding.location.endLine; line++)
            if (lines.has(line))
                return true;
        return false;
    });
}
