/** Where the published schema lives; `$schema` in a config file may point here for editor completion. */
export declare const CONFIG_SCHEMA_URL = "https://raw.githubusercontent.com/agent-harden/agent-harden/main/docs/config.schema.json";
/**
 * The JSON Schema of the config file, generated from the zod schema the loader
 * validates with, so the published file cannot disagree with what is accepted.
 * `io: 'input'` describes what a user writes (defaults make keys optional).
 */
export declare function configJsonSchema(): Record<string, unknown>;
export declare function renderConfigJsonSchema(): string;
