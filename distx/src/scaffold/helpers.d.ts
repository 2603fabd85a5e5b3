import type HandlebarsNamespace from 'handlebars';
/**
 * The only helpers templates may use. Values reach templates already validated
 * by zod; `json` still renders every string as a quoted literal, valid in
 * Python, TypeScript and YAML alike, so no value can become code.
 */
export declare function registerHelpers(handlebars: typeof HandlebarsNamespace): void;
