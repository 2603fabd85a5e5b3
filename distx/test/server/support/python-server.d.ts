import type { ServerUnderTest } from './live-suite.js';
/** Scaffolds the Python server inside the trixie root and runs it there with chroot. */
export declare function preparePythonServer(): ServerUnderTest;
