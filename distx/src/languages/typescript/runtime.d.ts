import type * as TypeScript from 'typescript';
/**
 * The TypeScript module, loaded on first use so commands and scans without TS/JS
 * files never pay its start-up cost. This is a live binding: read it only after
 * `loadTypeScript()` resolved (the engine does that before any TS visitor runs).
 */
export declare let ts: typeof TypeScript;
export declare function loadTypeScript(): Promise<typeof TypeScript>;
