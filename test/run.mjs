// Runs every compiled test file with node's test runner (Node 20 has no --test globs).
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function collect(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? collect(path) : name.endsWith('.test.js') ? [path] : [];
    });
}

const filter = process.argv[2];
const files = collect('dist/test').filter((file) => !filter || file.includes(filter));
// `node --test` with no files would run every test file it finds: a filter that matches nothing is a mistake.
if (files.length === 0) {
  console.error(`test/run.mjs: no compiled test file under dist/test matches "${filter}" (run npm run build first, or check the name)`);
  process.exit(2);
}
const result = spawnSync(process.execPath, ['--test', '--test-concurrency=2', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
