import { z } from 'zod';
import { configSchema } from './config-validation.js';
/** Where the published schema lives; `$schema` in a config file may point here for editor completion. */
export const CONFIG_SCHEMA_URL = 'https://raw.githubusercontent.com/agent-harden/agent-harden/main/docs/config.schema.json';
/**
 * The JSON Schema of the config file, generated from the zod schema the loader
 * validates with, so the published file cannot disagree with what is accepted.
 * `io: 'input'` describes what a user writes (defaults make keys optional).
 */
export function configJsonSchema() {
    const generated = z.toJSONSchema(configSchema, { io: 'input', target: 'draft-2020-12' });
    return { ...generated, $id: CONFIG_SCHEMA_URL, title: 'agent-harden config (agent-harden.config.json / .yaml)' };
}
export function renderConfigJsonSchema() {
    return `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
}
