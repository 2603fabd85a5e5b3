import { existsSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { UsageError } from '../core/errors.js';
function inside(root, target) {
    const rel = relative(root, target);
    return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}
/**
 * The absolute path of `path` under `root`, refusing anything that would land
 * outside it: absolute paths, `..` segments, or a symlinked directory on the way out.
 */
export function resolveInside(root, path) {
    if (path === '' || isAbsolute(path) || path.split(/[\\/]/).includes('..'))
        throw new UsageError(`refusing path ${JSON.stringify(path)}: scaffold writes only inside the project`);
    const target = resolve(root, path);
    if (!inside(resolve(root), target))
        throw new UsageError(`refusing path ${JSON.stringify(path)}: it is outside the project`);
    // The nearest existing ancestor decides where a write would really land.
    let existing = target;
    while (!existsSync(existing) && dirname(existing) !== existing)
        existing = dirname(existing);
    if (!inside(realpathSync(root), realpathSync(existing)))
        throw new UsageError(`refusing path ${JSON.stringify(path)}: a symlink leads outside the project`);
    return target;
}
