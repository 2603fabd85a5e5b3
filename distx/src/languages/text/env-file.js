const ENTRY = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/;
/** Reads KEY=VALUE lines of a dotenv file; quotes are removed, comments skipped. */
export function readEnvFile(text) {
    const entries = [];
    text.split(/\r?\n/).forEach((raw, index) => {
        if (raw.trim().startsWith('#'))
            return;
        const match = ENTRY.exec(raw);
        if (!match)
            return;
        let value = match[2].trim();
        const quote = value[0];
        if ((quote === '"' || quote === "'") && value.lastIndexOf(quote) > 0) {
            value = value.slice(1, value.lastIndexOf(quote));
        }
        else {
            value = value.replace(/\s+#.*$/, '');
        }
        entries.push({ key: match[1], value, line: index + 1, valueColumn: raw.indexOf(match[2]) + 1 });
    });
    return entries;
}
