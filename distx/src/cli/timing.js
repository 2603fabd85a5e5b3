/**
 * `AGENT_HARDEN_TIMING=1` (or a row count, or `all`) prints where an audit's
 * time went to stderr, slowest first: rules, framework detectors and the
 * engine's own phases in parentheses. Unset or `0` turns it off.
 */
export function timingRows(value) {
    if (!value || value === '0' || value === 'false')
        return undefined;
    if (value === 'all')
        return Number.POSITIVE_INFINITY;
    const count = Number(value);
    return Number.isInteger(count) && count > 1 ? count : 10;
}
export function formatTimings(timings, rows) {
    const all = timings.slowest();
    const total = all.reduce((sum, entry) => sum + entry.ms, 0) || 1;
    const shown = all.slice(0, rows);
    const width = Math.max(4, ...shown.map((entry) => entry.label.length));
    const lines = [`${'Rule'.padEnd(width)} | Time (ms) | Relative`, `${'-'.repeat(width)}-|-----------|---------`];
    for (const { label, ms } of shown)
        lines.push(`${label.padEnd(width)} | ${ms.toFixed(1).padStart(9)} | ${((100 * ms) / total).toFixed(1).padStart(7)}%`);
    return `${lines.join('\n')}\n`;
}
