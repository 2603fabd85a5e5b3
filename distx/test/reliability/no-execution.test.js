import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { runCli } from '../support/cli.js';
const scratch = mkdtempSync(join(tmpdir(), 'ah-noexec-'));
after(() => rmSync(scratch, { recursive: true, force: true }));
test('scanning never imports or runs the scanned code', () => {
    const project = join(scratch, 'project');
    const markers = join(scratch, 'markers');
    mkdirSync(join(project, 'pkg'), { recursive: true });
    mkdirSync(markers);
    const py = (name) => `open(${JSON.stringify(join(markers, name))}, "w").write("ran")\n`;
    const js = (name) => `require('fs').writeFileSync(${JSON.stringify(join(markers, name))}, 'ran');\n`;
    const files = {
        'setup.py': py('setup.py'),
        'conftest.py': py('conftest.py'),
        'sitecustomize.py': py('sitecustomize.py'),
        'pkg/__init__.py': py('init.py'),
        'evil.pth': `import os; ${py('pth')}`,
        'index.js': js('index.js'),
        'server.mjs': `import { writeFileSync } from 'node:fs'; writeFileSync(${JSON.stringify(join(markers, 'server.mjs'))}, 'ran');\n`,
        'package.json': JSON.stringify({
            name: 'evil',
            scripts: { preinstall: `touch ${join(markers, 'preinstall')}`, prepare: `touch ${join(markers, 'prepare')}`, start: `touch ${join(markers, 'start')}` },
        }),
        'agent-harden.config.json': '{}',
    };
    for (const [file, content] of Object.entries(files))
        writeFileSync(join(project, file), content);
    const run = runCli(['audit', '.', '--format', 'json', '--fail-on', 'none'], { cwd: project, env: { PYTHONSTARTUP: join(project, 'setup.py') } });
    assert.equal(run.status, 0, run.stderr);
    assert.ok(JSON.parse(run.stdout).summary.filesScanned >= 7);
    assert.deepEqual(readdirSync(markers), [], 'no scanned file ran');
    assert.ok(!existsSync(join(project, 'node_modules')));
});
