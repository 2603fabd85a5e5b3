/**
 * The only helpers templates may use. Values reach templates already validated
 * by zod; `json` still renders every string as a quoted literal, valid in
 * Python, TypeScript and YAML alike, so no value can become code.
 */
export function registerHelpers(handlebars) {
    handlebars.registerHelper('json', (value) => JSON.stringify(value));
    handlebars.registerHelper('eq', (a, b) => a === b);
    handlebars.registerHelper('includes', (list, value) => Array.isArray(list) && list.includes(value));
}
