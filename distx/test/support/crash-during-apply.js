// Preloaded with `node --import` by the crash test: SIGKILLs the CLI at an exact point of an
// apply, deterministically (no timing). AGENT_HARDEN_CRASH names the point: `stage:N` after the
// Nth temp file is written, `rename:N` after the Nth target is renamed into place.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
const [phase, count] = (process.env.AGENT_HARDEN_CRASH ?? '').split(':');
const limit = Number(count);
// Temps beside targets; the apply journal's own writes are not counted.
const isTargetTemp = (path) => /\.agent-harden-\d+\.tmp$/.test(String(path));
let seen = 0;
const { writeFileSync, renameSync } = fs;
if (phase === 'stage') {
    fs.writeFileSync = ((path, ...rest) => {
        writeFileSync(path, ...rest);
        if (isTargetTemp(path) && ++seen === limit)
            process.kill(process.pid, 'SIGKILL');
    });
}
else if (phase === 'rename') {
    fs.renameSync = ((from, to) => {
        renameSync(from, to);
        if (isTargetTemp(from) && ++seen === limit)
            process.kill(process.pid, 'SIGKILL');
    });
}
syncBuiltinESMExports();
