import { toolVersion } from '../core/tool-info.js';
import { METADATA_FILE, readMetadata, renderMetadata, sha256 } from './metadata.js';
/**
 * Applies the three-state file policy to a generator's actions: create when
 * absent, skip when identical, refuse when the file is the user's (or ours but
 * edited since) unless `force`. Reads only; the metadata update is one more change.
 */
export function resolvePlan(generator, actions, read, force) {
    const metadataText = read(METADATA_FILE);
    const metadata = readMetadata(metadataText, toolVersion());
    const changes = [];
    const conflicts = [];
    const unchanged = [];
    let metadataChanged = false;
    for (const action of actions) {
        const current = read(action.path);
        if (action.kind === 'patch') {
            if (current !== action.before) {
                conflicts.push({ path: action.path, reason: 'changed while the plan was made; run again' });
            }
            else if (action.after === action.before) {
                unchanged.push(action.path);
            }
            else {
                changes.push({ path: action.path, status: current === undefined ? 'create' : 'patch', before: current, after: action.after, reason: action.reason });
            }
            continue;
        }
        const record = metadata.files[action.path];
        const owner = action.owner ?? generator;
        if (current === action.content) {
            unchanged.push(action.path);
            if (!record || record.sha256 !== sha256(current) || record.generator !== owner) {
                metadata.files[action.path] = { generator: owner, sha256: sha256(current) };
                metadataChanged = true;
            }
            continue;
        }
        if (current !== undefined && !force) {
            const ours = record !== undefined && record.sha256 === sha256(current);
            if (!ours) {
                conflicts.push({ path: action.path, reason: record ? 'generated earlier, then edited by hand; --force overwrites your edits' : 'exists and was not written by agent-harden; --force replaces it' });
                continue;
            }
        }
        changes.push({ path: action.path, status: current === undefined ? 'create' : 'update', before: current, after: action.content, reason: current === undefined ? 'new file' : 'regenerated' });
        metadata.files[action.path] = { generator: owner, sha256: sha256(action.content) };
        metadataChanged = true;
    }
    if (metadataChanged && conflicts.length === 0) {
        metadata.version = toolVersion();
        changes.push({ path: METADATA_FILE, status: metadataText === undefined ? 'create' : 'update', before: metadataText, after: renderMetadata(metadata), reason: 'records generated files and their hashes' });
    }
    return { changes, conflicts, unchanged };
}
