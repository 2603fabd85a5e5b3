import { type Render } from '../reporters/load.js';
/** The renderer a `--format` value names, loading that reporter only; any other name is a usage error. */
export declare function rendererFor(format: string): Promise<Render>;
