export const TABLE_START = '<!-- rules-table:start -->';
export const TABLE_END = '<!-- rules-table:end -->';
/** The README rules table, generated from rule metadata (never edited by hand). */
export function renderRulesTable(rules) {
    const rows = [...rules]
        .sort((a, b) => a.category.localeCompare(b.category) || a.id.localeCompare(b.id))
        .map((rule) => `| [\`${rule.id}\`](rules/${rule.id}.md) | ${rule.category} | ${rule.severity} | ${rule.confidence} | ${rule.languages.join(', ')} | ${rule.summary} |`);
    return [`${rules.length} rules. \`agent-harden explain <id>\` shows each one offline.`, '', '| rule | category | severity | confidence | reads | summary |', '|---|---|---|---|---|---|', ...rows].join('\n');
}
export function replaceRulesTable(readme, table) {
    const start = readme.indexOf(TABLE_START);
    const end = readme.indexOf(TABLE_END);
    if (start < 0 || end < start)
        throw new Error('README has no rules-table markers');
    return `${readme.slice(0, start + TABLE_START.length)}\n${table}\n${readme.slice(end)}`;
}
