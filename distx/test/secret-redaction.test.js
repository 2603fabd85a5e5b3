import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { runCli } from './support/cli.js';
// Fake values in real formats; each must appear in no output, in no reporter.
const SECRETS = ['sk-proj-4f9QbX2rLm8TzK1vWc7NpY3hJd6GsE0aUoRiBt5', 'q7Vn2Lw9Xe4Rt8Yp', 'ghp_Zq8Lm3Nw7Rt2Yp6Vx1Kc9Bd4Hf0Js5Ga8Ue2Wo', 'Tr0ub4dor-horse-9'];
const project = mkdtempSync(join(tmpdir(), 'ah-redact-'));
writeFileSync(join(project, 'main.py'), `from openai import OpenAI\n\nclient = OpenAI(api_key="${SECRETS[0]}")\nJWT_SECRET = "${SECRETS[1]}"\n`);
writeFileSync(join(project, 'server.ts'), `const headers = { Authorization: 'token ${SECRETS[2]}' };\nexport default headers;\n`);
writeFileSync(join(project, '.env'), `OPENAI_API_KEY=${SECRETS[0]}\nDB_PASSWORD=${SECRETS[3]}\n`);
writeFileSync(join(project, 'Dockerfile'), `FROM python:3.12-slim\nENV GITHUB_TOKEN=${SECRETS[2]} JWT_SECRET=${SECRETS[1]}\nUSER 10001\n`);
after(() => rmSync(project, { recursive: true, force: true }));
describe('secret findings never carry the secret', () => {
    for (const format of ['json', 'sarif', 'text', 'github']) {
        test(format, () => {
            const run = runCli(['audit', '.', '--format', format, '--fail-on', 'none'], { cwd: project });
            assert.equal(run.stderr, '');
            for (const secret of SECRETS)
                assert.ok(!run.stdout.includes(secret), `${format} output contains ${secret.slice(0, 4)}…`);
            if (format === 'json') {
                const ids = new Set(JSON.parse(run.stdout).findings.map((finding) => finding.ruleId));
                for (const id of ['hardcoded-secret', 'env-file-committed', 'secret-in-dockerfile'])
                    assert.ok(ids.has(id), `no ${id} finding to check`);
            }
        });
    }
});
