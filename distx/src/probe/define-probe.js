const ID_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
/** Declares a probe check; author mistakes throw at load time so tests catch them. */
export function defineProbe(definition) {
    if (!ID_PATTERN.test(definition.id))
        throw new TypeError(`probe id "${definition.id}" is not kebab-case`);
    if (!definition.summary || definition.summary.endsWith('.'))
        throw new TypeError(`probe ${definition.id}: summary must be one line without a final period`);
    if (Object.keys(definition.messages).length === 0)
        throw new TypeError(`probe ${definition.id}: no messages`);
    return definition;
}
export function maxRequestsOf(definition, options) {
    return typeof definition.maxRequests === 'function' ? definition.maxRequests(options) : definition.maxRequests;
}
