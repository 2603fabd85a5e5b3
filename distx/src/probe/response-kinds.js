export function isSuccess(response) {
    return response.status >= 200 && response.status < 300;
}
export function isJsonResponse(response) {
    return /\bjson\b|\+json\b/i.test(response.headers['content-type'] ?? '');
}
export function isHtmlResponse(response) {
    return /text\/html/i.test(response.headers['content-type'] ?? '');
}
/** The body as JSON, or undefined when it is not (or was cut at the size cap). */
export function jsonBody(response) {
    if (response.truncated || !response.body)
        return undefined;
    try {
        return JSON.parse(response.body);
    }
    catch {
        return undefined;
    }
}
export function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The path part of a response URL, for messages. */
export function pathOf(url) {
    const parsed = new URL(url);
    return `${parsed.pathname}${parsed.search}`;
}
/** Answers in this set mean "no such route here", so a check moves on to its next candidate. */
export const NOT_FOUND_STATUSES = new Set([404, 405, 501]);
