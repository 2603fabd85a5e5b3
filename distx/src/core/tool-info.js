import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../util/package-root.js';
let version;
export const TOOL_NAME = 'agent-harden';
export const TOOL_URI = 'https://github.com/agent-harden/agent-harden';
export function toolVersion() {
    version ??= JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')).version;
    return version;
}
