/**
 * Whether an environment variable names a setting the server cannot run
 * without — a secret, a service URL, a cloud project or resource id — judged by
 * its words (`OPENAI_API_KEY`, `DATABASE_URL`, `GOOGLE_CLOUD_PROJECT`,
 * `ASSISTANT_ID`). Flags, levels, ports and limits are optional by nature and
 * are not judged. Language-neutral; shared by rules about configuration.
 */
export type RequiredSettingKind = 'secret' | 'service URL' | 'resource id';
/** `openaiApiKey` → `OPENAI_API_KEY`, so camelCase property names read like env names. */
export declare function settingKey(name: string): string;
export declare const requiredSettingKind: (name: string) => RequiredSettingKind | undefined;
/** One spelling for matching a check to a read: `OPENAI_API_KEY`, `openai_api_key` and `openaiApiKey` are one setting. */
export declare function settingMatchKey(name: string): string;
