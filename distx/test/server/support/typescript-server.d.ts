import type { ServerUnderTest } from './live-suite.js';
/** Scaffolds the TypeScript server with the built CLI, installs its pinned deps and compiles it. */
export declare function prepareTypescriptServer(): ServerUnderTest;
