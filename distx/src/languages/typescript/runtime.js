import { createRequire } from 'node:module';
import { requireWithCodeCache } from '../../util/code-cache.js';
const require = createRequire(import.meta.url);
/**
 * The TypeScript module, loaded on first use so commands and scans without TS/JS
 * files never pay its start-up cost. This is a live binding: read it only after
 * `loadTypeScript()` resolved (the engine does that before any TS visitor runs).
 */
export let ts;
export async function loadTypeScript() {
    // require, not import(): importing the CommonJS build from ESM first scans its
    // 9 MB with cjs-module-lexer for export names, ≈ 0.4 s per process.
    ts ??= requireWithCodeCache(require, 'typescript');
    return ts;
}
