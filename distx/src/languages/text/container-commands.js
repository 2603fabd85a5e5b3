import { parseYaml } from './yaml-config.js';
// Set from the shared parse before the helpers below run.
let yaml;
// The order the runtime joins them: compose `entrypoint` + `command`, Kubernetes `command` + `args`.
const COMPOSE_KEYS = ['entrypoint', 'command'];
const KUBERNETES_KEYS = ['command', 'args'];
const CONTAINER_LISTS = new Set(['containers', 'initContainers', 'ephemeralContainers']);
const COMMAND_KEY = /^(\s*)(?:-\s+)?(?:command|args|entrypoint)\s*:/;
/** A scalar's text, or a sequence's scalars joined by spaces (exec form); anything else has no command words. */
function commandWords(value) {
    const { isScalar, isSeq } = yaml;
    if (isScalar(value))
        return value.value === null || value.value === undefined ? undefined : String(value.value);
    if (isSeq(value))
        return value.items.map((item) => (isScalar(item) ? String(item.value ?? '') : '')).join(' ');
    return undefined;
}
function fieldsOf(map, keys, text, lines) {
    const fields = [];
    for (const key of keys) {
        const pair = map.items.find((item) => yaml.isScalar(item.key) && item.key.value === key);
        const words = pair && commandWords(pair.value);
        const keyRange = pair?.key?.range;
        const valueRange = pair?.value?.range;
        if (words === undefined || !keyRange || !valueRange)
            continue;
        // A block value's range runs to the start of the next line: the last line is the one before it.
        const end = text.slice(0, valueRange[1]).trimEnd().length;
        fields.push({ text: words, line: lines.linePos(keyRange[0]).line, endLine: lines.linePos(Math.max(keyRange[0], end - 1)).line });
    }
    return fields;
}
function composeServices(document, text, lines) {
    const services = yaml.isMap(document.contents) ? document.contents.get('services', true) : undefined;
    if (!yaml.isMap(services))
        return [];
    return services.items.flatMap((item) => (yaml.isMap(item.value) ? [{ name: yaml.isScalar(item.key) ? String(item.key.value) : undefined, fields: fieldsOf(item.value, COMPOSE_KEYS, text, lines) }] : []));
}
/** Containers anywhere in a manifest (Pod, Deployment and Job templates, CronJob, Knative): every `containers`-style list. */
function kubernetesContainers(node, text, lines, depth = 0) {
    const { isMap, isSeq, isScalar } = yaml;
    if (depth > 40)
        return [];
    if (isSeq(node))
        return node.items.flatMap((item) => kubernetesContainers(item, text, lines, depth + 1));
    if (!isMap(node))
        return [];
    return node.items.flatMap((item) => {
        if (isScalar(item.key) && CONTAINER_LISTS.has(String(item.key.value)) && isSeq(item.value)) {
            return item.value.items.flatMap((container) => (isMap(container) ? [{ name: container.get('name')?.toString(), fields: fieldsOf(container, KUBERNETES_KEYS, text, lines) }] : []));
        }
        return kubernetesContainers(item.value, text, lines, depth + 1);
    });
}
/**
 * Lines of a file that is not YAML until rendered (a Helm template): each
 * `command:`/`args:`/`entrypoint:` key with the block under it (deeper lines, or
 * list items at the key's indent), so values elsewhere (`env:`) are never read.
 */
function templateCommands(text) {
    const rows = text.split('\n');
    const commands = [];
    for (let index = 0; index < rows.length; index++) {
        const match = COMMAND_KEY.exec(rows[index]);
        if (!match || rows[index].trim().startsWith('#'))
            continue;
        const indent = match[1].length + (rows[index].trimStart().startsWith('-') ? 2 : 0);
        const block = [rows[index].slice(rows[index].indexOf(':') + 1)];
        let last = index;
        for (let next = index + 1; next < rows.length; next++) {
            const row = rows[next];
            if (row.trim() === '' || row.trim().startsWith('#'))
                continue;
            const rowIndent = row.length - row.trimStart().length;
            if (rowIndent > indent || (rowIndent === indent && row.trimStart().startsWith('- '))) {
                block.push(row.trimStart().replace(/^-\s+/, ''));
                last = next;
            }
            else
                break;
        }
        commands.push({ fields: [{ text: block.join(' ').replace(/["'[\],]/g, ' '), line: index + 1, endLine: last + 1 }] });
        index = last;
    }
    return commands;
}
/**
 * The commands a compose file's services or a Kubernetes manifest's containers
 * run, read from the YAML structure: only `entrypoint`/`command` (compose) and
 * `command`/`args` (Kubernetes), in string or list form.
 */
export function containerCommands(kind, text) {
    const parsed = parseYaml(text);
    yaml = parsed.yaml;
    const { documents, lines } = parsed;
    // The parser's ranges stop at the first error, so a template is read whole, line by line.
    if (documents.some((document) => document.errors.length > 0))
        return kind === 'kubernetes' ? templateCommands(text) : [];
    return documents.flatMap((document) => (kind === 'compose' ? composeServices(document, text, lines) : kubernetesContainers(document.contents, text, lines)));
}
