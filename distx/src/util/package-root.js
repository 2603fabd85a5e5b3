import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
let cached;
/** The directory holding agent-harden's own package.json (dist/ has none, so the first one up is ours). */
export function packageRoot() {
    if (cached)
        return cached;
    let dir = dirname(fileURLToPath(import.meta.url));
    while (!existsSync(join(dir, 'package.json'))) {
        const parent = dirname(dir);
        if (parent === dir)
            throw new Error('agent-harden package root not found');
        dir = parent;
    }
    cached = dir;
    return dir;
}
