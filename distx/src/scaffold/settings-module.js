import { z } from 'zod';
import { toolVersion } from '../core/tool-info.js';
import { siblingModule } from './attach.js';
import { METADATA_FILE, readMetadata } from './metadata.js';
/** The module `scaffold config` writes beside the entry file; other generated modules read their settings from it. */
export const SETTINGS_MODULE = 'settings';
// A module path the generated code imports: dotted identifiers (Python) or a relative specifier (TS); never code.
const specifierSchema = z.string().regex(/^(?:\.?[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*|\.\/[A-Za-z0-9_-]+(?:\.js)?)$/);
/**
 * How a generated module beside the entry imports the validated settings, when
 * `scaffold config` wrote them (recorded in the metadata file, still present);
 * undefined otherwise, and the module reads the environment itself.
 */
export async function generatedSettingsImport(project, target) {
    const module = await siblingModule(project, target, SETTINGS_MODULE);
    if (project.text(module.path) === undefined)
        return undefined;
    const metadata = readMetadata(project.text(METADATA_FILE), toolVersion());
    if (metadata.files[module.path]?.generator !== 'config')
        return undefined;
    return specifierSchema.parse(module.specifier);
}
