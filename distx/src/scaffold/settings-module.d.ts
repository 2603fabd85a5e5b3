import { type AppTarget } from './attach.js';
import type { ProjectInfo } from './project.js';
/** The module `scaffold config` writes beside the entry file; other generated modules read their settings from it. */
export declare const SETTINGS_MODULE = "settings";
/**
 * How a generated module beside the entry imports the validated settings, when
 * `scaffold config` wrote them (recorded in the metadata file, still present);
 * undefined otherwise, and the module reads the environment itself.
 */
export declare function generatedSettingsImport(project: ProjectInfo, target: AppTarget): Promise<string | undefined>;
