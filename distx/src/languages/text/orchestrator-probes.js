import { readYamlDocuments } from './yaml-config.js';
const PROBE_KEYS = new Set(['livenessProbe', 'readinessProbe', 'startupProbe']);
const PROBE_LINE = /^\s*-?\s*(?:livenessProbe|readinessProbe|startupProbe)\s*:/m;
function hasProbeKey(value, depth = 0) {
    if (depth > 40 || value === null || typeof value !== 'object')
        return false;
    if (Array.isArray(value))
        return value.some((item) => hasProbeKey(item, depth + 1));
    return Object.entries(value).some(([key, child]) => (PROBE_KEYS.has(key) && child) || hasProbeKey(child, depth + 1));
}
function composeHealthcheck(document) {
    const services = document?.services;
    if (!services || typeof services !== 'object')
        return false;
    return Object.values(services).some((service) => {
        const check = service?.healthcheck;
        if (!check || check.disable === true)
            return false;
        return !(Array.isArray(check.test) && check.test[0] === 'NONE');
    });
}
/**
 * Whether a compose file declares a service `healthcheck`, or a Kubernetes
 * manifest a liveness/readiness/startup probe: either replaces a Dockerfile
 * `HEALTHCHECK` (catalog reading on dockerfile-missing-healthcheck). Helm
 * templates are not YAML until rendered, so they are read line by line.
 */
export function declaresOrchestratorProbe(kind, text) {
    const documents = readYamlDocuments(text);
    if (kind === 'compose')
        return documents.some(composeHealthcheck);
    return documents.some((document) => hasProbeKey(document)) || (text.includes('{{') && PROBE_LINE.test(text));
}
