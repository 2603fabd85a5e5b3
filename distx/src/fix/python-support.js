import { importInsertionOffset } from '../scaffold/python-source.js';
import { lineEndAfter } from '../scaffold/text-edits.js';
const LOGGER_NAMES = ['logger', 'log', 'LOGGER', 'LOG', '_logger', '_log'];
/**
 * The module-level logger to call, plus the edits that create one when the
 * module has none: `import logging` and `logger = logging.getLogger(__name__)`
 * after the imports.
 */
export function moduleLogger(tree, file, text) {
    const existing = LOGGER_NAMES.find((name) => {
        const value = file.moduleAssignments.get(name);
        return value?.type === 'call' && /getLogger|get_logger/.test(file.calleeName(value) ?? value.text);
    });
    if (existing)
        return { name: existing, edits: [] };
    const at = importInsertionOffset(tree, text);
    const importLine = file.imports.get('logging') === 'logging' ? '' : 'import logging\n';
    const separator = at > 0 && !text.slice(0, at).endsWith('\n\n') ? '\n' : '';
    return { name: 'logger', edits: [{ start: at, end: at, text: `${importLine}${separator}logger = logging.getLogger(__name__)\n` }] };
}
/** `import os` at the import block unless `os` is already bound. */
export function ensureImport(tree, file, text, module) {
    if (file.imports.get(module) === module)
        return [];
    const at = importInsertionOffset(tree, text);
    return [{ start: at, end: at, text: `import ${module}\n` }];
}
/** The first statement of a block, for inserting a line before it at its indentation. */
export function blockStart(block, text) {
    const first = block.namedChildren.find((child) => !!child);
    const lineStart = text.lastIndexOf('\n', first.startIndex - 1) + 1;
    return { offset: lineStart, indent: text.slice(lineStart, first.startIndex) };
}
export { lineEndAfter };
