import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, test } from 'node:test';
import { CLI, FIXTURES } from './support/paths.js';
// Heavy dependencies that only the commands using them may load (issue 7, cold start).
const HEAVY = ['typescript', 'ts-morph', 'web-tree-sitter', 'tree-sitter-python', 'undici', 'handlebars', 'zod', 'yaml', 'ajv'];
const hooks = mkdtempSync(join(tmpdir(), 'ah-startup-'));
after(() => rmSync(hooks, { recursive: true, force: true }));
writeFileSync(join(hooks, 'hooks.mjs'), "export async function load(url, context, next) { process.stderr.write(`LOADED ${url}\\n`); return next(url, context); }\n");
writeFileSync(join(hooks, 'register.mjs'), `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(join(hooks, 'hooks.mjs')).href)});\n`);
/** The packages a CLI run loaded, seen through a module loader hook (ESM and CommonJS through ESM). */
function loadedPackages(args, cwd) {
    const run = spawnSync(process.execPath, ['--import', pathToFileURL(join(hooks, 'register.mjs')).href, CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    assert.ok(run.status === 0 || run.status === 1, run.stderr);
    const packages = new Set();
    for (const match of run.stderr.matchAll(/^LOADED .*\/node_modules\/((?:@[^/]+\/)?[^/]+)\//gm))
        packages.add(match[1]);
    return packages;
}
describe('start-up loads only what the command needs', () => {
    for (const args of [['--version'], ['--help'], ['audit', '--help'], ['probe', '--help'], ['scaffold', '--help']]) {
        test(`${args.join(' ')} loads no heavy dependency`, () => {
            const heavy = [...loadedPackages(args)].filter((name) => HEAVY.includes(name));
            assert.deepEqual(heavy, []);
        });
    }
    test('an audit loads its parsers and nothing of probe or scaffold', () => {
        const loaded = loadedPackages(['audit', '.', '--format', 'json'], join(FIXTURES, 'rules', 'cors-wildcard'));
        assert.ok(loaded.has('web-tree-sitter'), 'the Python parser is loaded');
        assert.ok(!loaded.has('ts-morph') && !loaded.has('undici') && !loaded.has('handlebars'), [...loaded].join(', '));
        // zod validates config files and baselines; a tree without either runs on defaults.
        assert.ok(!loaded.has('zod'), [...loaded].join(', '));
    });
});
