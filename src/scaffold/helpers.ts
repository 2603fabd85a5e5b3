import type HandlebarsNamespace from 'handlebars';

/**
 * The only helpers templates may use. Values reach templates already validated
 * by zod; `json` still renders every string as a quoted literal, valid in
 * Python, TypeScript and YAML alike, so no value can become code.
 */
export function registerHelpers(handlebars: typeof HandlebarsNamespace): void {
  handlebars.registerHelper('json', (value: unknown) => JSON.stringify(value));
  handlebars.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  handlebars.registerHelper('includes', (list: unknown, value: unknown) => Array.isArray(list) && list.includes(value));
}
