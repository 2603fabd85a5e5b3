import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_FILE_NAMES } from '../core/config.js';
import { CONFIG_SCHEMA_URL } from '../core/config-schema.js';
import { UsageError } from '../core/errors.js';
import { readPackageJson, readPyproject, readRequirements } from '../languages/text/manifest.js';
import { writeFileAtomic } from './output.js';
// Dependency name → what the starter config calls the stack. Python names are normalised (`_` → `-`).
const STACKS = {
    fastapi: 'FastAPI', flask: 'Flask', quart: 'Quart', starlette: 'Starlette', 'google-adk': 'Google ADK', 'a2a-sdk': 'A2A',
    express: 'Express', fastify: 'Fastify', hono: 'Hono', koa: 'Koa', next: 'Next.js',
};
function manifests(dir) {
    const readers = [
        ['requirements.txt', readRequirements],
        ['pyproject.toml', readPyproject],
        ['package.json', readPackageJson],
    ];
    return readers.flatMap(([name, read]) => {
        const file = join(dir, name);
        if (!existsSync(file))
            return [];
        try {
            return [read(readFileSync(file, 'utf8'))];
        }
        catch {
            return [];
        }
    });
}
/** The starter config: every key commented, the gate at its defaults, test code left out for the detected languages. */
export function starterConfig(dir) {
    const found = manifests(dir);
    const languages = new Set(found.map((manifest) => manifest.language));
    const stacks = [...new Set(found.flatMap((manifest) => [...manifest.dependencies].filter((dep) => dep in STACKS).map((dep) => STACKS[dep])))];
    const detected = [
        languages.has('python') ? 'Python' : '',
        languages.has('typescript') ? 'TypeScript/JavaScript' : '',
    ].filter(Boolean);
    const ignores = [
        ...(languages.has('python') ? ['tests/', 'test_*.py'] : []),
        ...(languages.has('typescript') ? ['**/*.test.ts', '**/*.spec.ts', '__tests__/'] : []),
    ];
    return [
        `# agent-harden config. Detected: ${detected.length ? detected.join(', ') : 'no manifest (requirements.txt, pyproject.toml, package.json)'}${stacks.length ? ` with ${stacks.join(', ')}` : ''}.`,
        '# Editors that read $schema complete and check every key.',
        `$schema: ${CONFIG_SCHEMA_URL}`,
        '',
        '# Exit 1 when a finding is at or above this severity: critical, high, medium, low, info, none.',
        'failOn: high',
        '# Only findings at least this sure fail the gate: high, medium, low.',
        'minConfidence: medium',
        '# Exit 1 when the readiness score (0-100) is below this.',
        '# minScore: 70',
        '',
        '# Paths not to scan (gitignore syntax, relative to this file). Test code is not served in production.',
        ignores.length ? `ignore:\n${ignores.map((glob) => `  - "${glob}"`).join('\n')}` : 'ignore: []',
        '',
        '# Per rule: off, a severity (critical … info), or { enabled, severity, options }. `agent-harden rules` lists them.',
        'rules: {}',
        '#  missing-dockerfile: off',
        '#  cors-wildcard: critical',
        '',
    ].join('\n');
}
/** `init`'s work; imported only when it runs, so --version/--help do not load the config schema (zod) or TOML. */
export function initAction(flags) {
    const existing = CONFIG_FILE_NAMES.find((name) => existsSync(name));
    if (existing && !flags.force)
        throw new UsageError(`${existing} already exists; edit it, or run init --force to replace it`);
    const file = 'agent-harden.config.yaml';
    writeFileAtomic(file, starterConfig(process.cwd()));
    process.stderr.write(`agent-harden: wrote ${file}\n`);
}
