import { loadPythonParser, parsePython } from '../languages/python/parser.js';
import { PythonFile } from '../languages/python/file.js';
import { applyEdits, indentAt, lineEndAfter } from './text-edits.js';
const IMPORT_TYPES = new Set(['import_statement', 'import_from_statement', 'future_import_statement']);
/** Parses Python text and hands the tree and its query object to `use`. */
export async function withPythonTree(text, use) {
    const parser = await loadPythonParser();
    const tree = parsePython(parser, text);
    return use(tree, new PythonFile(tree, text));
}
/** The statement (direct child of the module or of a block) that holds the 1-based line. */
export function statementAtLine(tree, line, column = 1) {
    let node = tree.rootNode.descendantForPosition({ row: line - 1, column: column - 1 });
    while (node && node.parent && node.parent.type !== 'module' && node.parent.type !== 'block')
        node = node.parent;
    return node && node.type !== 'module' ? node : undefined;
}
/** Where a new top-level import goes: after the last module-level import, else after the docstring. */
export function importInsertionOffset(tree, text) {
    const statements = tree.rootNode.namedChildren.filter((child) => !!child);
    const imports = statements.filter((child) => IMPORT_TYPES.has(child.type));
    if (imports.length > 0)
        return lineEndAfter(text, imports[imports.length - 1].endIndex);
    const first = statements[0];
    if (first?.type === 'expression_statement' && first.firstNamedChild?.type === 'string')
        return lineEndAfter(text, first.endIndex);
    return 0;
}
/** Whether a statement with exactly this text sits in the same block as `anchor` (the idempotency guard). */
export function blockHasStatement(anchor, statement) {
    const block = anchor.parent;
    return !!block && block.namedChildren.some((child) => child?.text.trim() === statement.trim());
}
/** Adds imports and statements after the app constructor; returns the text unchanged when already attached. */
export async function attachToPythonApp(text, appLine, appColumn, attachment) {
    return withPythonTree(text, (tree, file) => {
        const anchor = statementAtLine(tree, appLine, appColumn);
        if (!anchor)
            throw new Error(`no statement at line ${appLine}`);
        const edits = [];
        const importLines = attachment.imports.filter((entry) => !file.imports.has(entry.binds)).map((entry) => `${entry.line}\n`);
        if (importLines.length > 0)
            edits.push({ start: importInsertionOffset(tree, text), end: importInsertionOffset(tree, text), text: importLines.join('') });
        const indent = indentAt(text, anchor.startIndex);
        const missing = attachment.statements.filter((statement) => !blockHasStatement(anchor, statement));
        if (missing.length > 0) {
            const at = lineEndAfter(text, anchor.endIndex);
            edits.push({ start: at, end: at, text: missing.map((statement) => `${indent}${statement}\n`).join('') });
        }
        return applyEdits(text, edits);
    });
}
/**
 * How the entry file should import a sibling module, judged from its own
 * imports: relative inside a package that imports relatively, package-qualified
 * when it imports its package by name, else a plain top-level module.
 */
export async function siblingImport(entryText, moduleName, packagePath) {
    return withPythonTree(entryText, (tree) => {
        const froms = tree.rootNode.namedChildren.filter((child) => child?.type === 'import_from_statement');
        const modules = froms.map((statement) => statement.childForFieldName('module_name')).filter((node) => !!node);
        if (packagePath !== undefined && modules.some((node) => node.type === 'relative_import'))
            return `.${moduleName}`;
        if (packagePath && modules.some((node) => node.text.startsWith(`${packagePath}.`)))
            return `${packagePath}.${moduleName}`;
        return moduleName;
    });
}
/**
 * An A2A SDK app is served by what `<server>.build()` returns: the
 * Starlette/FastAPI app to attach to is the variable assigned from that call
 * in the constructor's block.
 */
export async function builtA2aApp(text, serverName, line, column) {
    return withPythonTree(text, (tree) => {
        const anchor = statementAtLine(tree, line, column);
        const block = anchor?.parent;
        if (!anchor || !block)
            return undefined;
        for (const statement of block.namedChildren) {
            if (!statement || statement.startIndex <= anchor.startIndex || statement.type !== 'expression_statement')
                continue;
            const assignment = statement.firstNamedChild;
            const right = assignment?.type === 'assignment' ? assignment.childForFieldName('right') : undefined;
            const callee = right?.type === 'call' ? right.childForFieldName('function') : undefined;
            const left = assignment?.childForFieldName('left');
            if (callee?.type === 'attribute' && callee.childForFieldName('object')?.text === serverName && callee.childForFieldName('attribute')?.text === 'build' && left?.type === 'identifier') {
                return { name: left.text, line: statement.startPosition.row + 1, column: statement.startPosition.column + 1 };
            }
        }
        return undefined;
    });
}
/** Whether the statement at a line sits at module level (not inside a function such as `main()`). */
export async function isModuleLevel(text, line, column) {
    return withPythonTree(text, (tree) => statementAtLine(tree, line, column)?.parent?.type === 'module');
}
