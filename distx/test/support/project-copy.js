import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadPythonParser, parsePython, firstSyntaxError } from '../../src/languages/python/parser.js';
import { REPO_ROOT } from './paths.js';
import { scratchDir } from './scratch.js';
/** A temp copy of a fixture project; TS projects see this repository's node_modules so tsc finds real typings. */
export function copyFixture(source) {
    const dir = scratchDir('project');
    cpSync(source, dir, { recursive: true });
    try {
        statSync(join(dir, 'package.json'));
        symlinkSync(join(REPO_ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    }
    catch {
        // A Python project: no node_modules needed.
    }
    return dir;
}
/** Every file's bytes by relative path (node_modules excluded), to compare trees. */
export function snapshot(dir) {
    const files = new Map();
    const walk = (current) => {
        for (const name of readdirSync(current).sort()) {
            if (name === 'node_modules')
                continue;
            const path = join(current, name);
            if (statSync(path).isDirectory())
                walk(path);
            else
                files.set(relative(dir, path), readFileSync(path, 'latin1'));
        }
    };
    walk(dir);
    return files;
}
/** `tsc --noEmit` over the project; returns the compiler output when it fails. */
export function typeCheck(dir) {
    const result = spawnSync(process.execPath, [join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '-p', dir], { encoding: 'utf8', timeout: 120_000 });
    return result.status === 0 ? undefined : `${result.stdout}${result.stderr}`;
}
/** Each Python file must parse with tree-sitter and compile with `python3 -m py_compile`. */
export async function checkPython(dir, files) {
    const parser = await loadPythonParser();
    for (const file of files) {
        const tree = parsePython(parser, readFileSync(join(dir, file), 'utf8'));
        const error = firstSyntaxError(tree);
        if (error)
            return `${file}:${error.row + 1}: tree-sitter: ${error.message}`;
    }
    if (files.length === 0)
        return undefined;
    // Bytecode goes to a temp prefix, never beside the checked files (fixtures stay clean).
    const result = spawnSync('python3', ['-m', 'py_compile', ...files], { cwd: dir, encoding: 'utf8', env: { ...process.env, PYTHONPYCACHEPREFIX: scratchDir('pycache') } });
    if (result.error)
        return `python3 is required for this test: ${result.error.message}`;
    return result.status === 0 ? undefined : result.stderr;
}
