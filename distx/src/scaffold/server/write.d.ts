import { ServerOptions } from './options.js';
import { type RenderedFile } from './render.js';
export interface ServerScaffold {
    dir: string;
    files: RenderedFile[];
}
/**
 * Writes the reference server into `dir` (default `./<name>`, relative to `cwd`).
 * A non-empty target is refused unless `force`; with `force` the generated files
 * replace their namesakes and other files are left alone.
 */
export declare function scaffoldServer(input: ServerOptions, cwd?: string): Promise<ServerScaffold>;
