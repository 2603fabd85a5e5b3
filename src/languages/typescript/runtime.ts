import type * as TypeScript from 'typescript';

/**
 * The TypeScript module, loaded on first use so commands and scans without TS/JS
 * files never pay its start-up cost. This is a live binding: read it only after
 * `loadTypeScript()` resolved (the engine does that before any TS visitor runs).
 */
export let ts: typeof TypeScript;

export async function loadTypeScript(): Promise<typeof TypeScript> {
  if (!ts) {
    const module = await import('typescript');
    ts = (module.default ?? module) as typeof TypeScript;
  }
  return ts;
}
