import { UsageError } from '../core/errors.js';
import { describeRule, loadRules } from '../engine/registry.js';
export function rulesTable(rules) {
    const rows = rules.map((rule) => [rule.id, rule.category, rule.severity, rule.confidence, rule.summary]);
    const header = ['id', 'category', 'severity', 'confidence', 'summary'];
    const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
    const line = (cells) => cells.map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column]))).join('  ');
    return `${[line(header), ...rows.map(line)].join('\n')}\n`;
}
export function registerRules(program) {
    program
        .command('rules')
        .description('list every rule with its category, severity, confidence and summary')
        .option('-f, --format <name>', 'text or json', 'text')
        .action(async (flags) => {
        if (flags.format !== 'text' && flags.format !== 'json')
            throw new UsageError(`unknown format "${flags.format}"; use text or json`);
        const rules = (await loadRules()).map(describeRule);
        process.stdout.write(flags.format === 'json' ? `${JSON.stringify(rules, null, 2)}\n` : rulesTable(rules));
    });
}
