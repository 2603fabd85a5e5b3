import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
function findRepoRoot() {
    let dir = dirname(fileURLToPath(import.meta.url));
    while (!existsSync(join(dir, 'package.json'))) {
        const parent = dirname(dir);
        if (parent === dir)
            throw new Error('repository root not found');
        dir = parent;
    }
    return dir;
}
/** The repository root, whether tests run from dist/test or from test/. */
export const REPO_ROOT = findRepoRoot();
export const FIXTURES = join(REPO_ROOT, 'fixtures');
export const CLI = join(REPO_ROOT, 'dist', 'bin', 'main.js');
