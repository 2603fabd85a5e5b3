/** A reporter that builds its text whole, as one piece. */
const whole = (reporter) => (result, options) => [reporter(result, options)];
// One module per format, loaded when asked: an audit writes one or two formats, and chalk comes in with `text` alone.
// JSON is written in pieces, so a huge report is never held whole in memory.
const RENDERERS = {
    text: async () => whole((await import('./text.js')).text),
    json: async () => (await import('./json.js')).jsonChunks,
    sarif: async () => whole((await import('./sarif.js')).sarif),
    github: async () => whole((await import('./github.js')).github),
    junit: async () => whole((await import('./junit.js')).junit),
    markdown: async () => whole((await import('./markdown.js')).markdown),
};
/** The renderer of one format, loading that format's module only. */
export function loadRenderer(format) {
    return RENDERERS[format]();
}
