const ID_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;
/**
 * Declares a rule. Author mistakes (bad id, empty summary, a summary ending in a
 * period) throw at load time so tests catch them before users do.
 */
export function defineRule(definition) {
    if (!ID_PATTERN.test(definition.id))
        throw new TypeError(`rule id "${definition.id}" is not kebab-case`);
    if (!definition.summary || definition.summary.endsWith('.')) {
        throw new TypeError(`rule ${definition.id}: summary must be one line without a final period`);
    }
    if (Object.keys(definition.messages).length === 0)
        throw new TypeError(`rule ${definition.id}: no messages`);
    const languages = [];
    if (definition.python)
        languages.push('python');
    if (definition.typescript)
        languages.push('typescript');
    if (definition.text)
        languages.push('text');
    return { ...definition, languages };
}
/**
 * Fills `{{name}}` placeholders; an unknown placeholder is an author mistake. Messages are one line, so
 * source text quoted into one is folded: a member chain wrapped before its `.` (`openai`, a line break,
 * `.chat.completions.create`) is joined, any other line break becomes a space.
 */
export function interpolate(template, data, ruleId) {
    return template.replace(PLACEHOLDER, (_, key) => {
        if (!(key in data))
            throw new TypeError(`rule ${ruleId}: message needs data "${key}"`);
        return data[key].replace(/\s*\n\s*(?=\??\.)/g, '').replace(/\s*\n\s*/g, ' ');
    });
}
