import type { Generator } from '../../src/scaffold/define-generator.js';
export declare function findingIds(dir: string): Promise<string[]>;
/**
 * Copies `fixture`, runs `scaffold <generator>` through the built CLI, checks the
 * result compiles (tsc --noEmit; tree-sitter + py_compile), re-audits (every
 * repaired rule in the build gone, nothing new), and plans again expecting nothing.
 * `mustFire` asserts the repaired rules fired before, so the repair is really shown.
 * Returns the scaffolded copy.
 */
export declare function scaffoldRoundTrip(generator: Pick<Generator, 'id' | 'repairs'>, fixture: string, options?: {
    mustFire?: boolean;
}): Promise<string>;
