import type { Config } from './config-validation.js';
export type { Config, RuleSetting } from './config-validation.js';
export declare const CONFIG_FILE_NAMES: readonly ["agent-harden.config.json", "agent-harden.config.yaml", "agent-harden.config.yml"];
/** The config when there is no config file: what `configSchema` makes of `{}` (a test holds them equal). */
export declare function defaultConfig(): Config;
export interface LoadedConfig {
    config: Config;
    /** Absolute path of the file it came from, if any. */
    file?: string;
    /** Directory the config's relative paths are resolved against. */
    baseDir: string;
}
export declare function readConfigFile(file: string, knownRuleIds: ReadonlySet<string>): Promise<Config>;
/** The nearest config file at or above `start` (a file or directory). */
export declare function findConfigFile(start: string): string | undefined;
export declare function loadConfig(options: {
    explicitFile?: string;
    scanRoot: string;
    knownRuleIds: ReadonlySet<string>;
}): Promise<LoadedConfig>;
