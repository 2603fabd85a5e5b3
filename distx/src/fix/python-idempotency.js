import { posix } from 'node:path';
import { moneyActionOfName } from '../languages/money-actions.js';
import { importInsertionOffset, withPythonTree } from '../scaffold/python-source.js';
import { defineFixer } from './define-fixer.js';
const DECORATOR = 'idempotent_tool';
/**
 * How `path` imports the generated module: relatively from the same package, by its dotted
 * path from another one, and as a top-level module when its directory is not a package.
 */
function moduleSpecifier(path, module) {
    const name = posix.basename(module.path, '.py');
    if (!module.inPackage)
        return name;
    if (posix.dirname(path) === posix.dirname(module.path))
        return `.${name}`;
    return module.path.replace(/\.py$/, '').split('/').join('.');
}
/** The `from … import idempotent_tool` edit, or none when the name is already imported. */
function decoratorImport(path, module, file, tree, text) {
    const bound = file.imports.get(DECORATOR);
    if (bound !== undefined)
        return bound.endsWith(`.${DECORATOR}`) ? [] : undefined;
    const at = importInsertionOffset(tree, text);
    return [{ start: at, end: at, text: `from ${moduleSpecifier(path, module)} import ${DECORATOR}\n` }];
}
export const pythonIdempotentTool = defineFixer({
    id: 'python-idempotent-tool',
    ruleId: 'missing-idempotency',
    language: 'python',
    summary: '`scaffold idempotency` first; an ADK agent tool that pays or orders → `@idempotent_tool`: a repeated call in the same session with the same arguments returns the first result',
    async find({ path, text, idempotencyModule }) {
        if (!idempotencyModule || idempotencyModule.path === path)
            return [];
        return withPythonTree(text, (tree, file) => {
            const repairs = [];
            const imports = decoratorImport(path, idempotencyModule, file, tree, text);
            // `idempotent_tool` bound to something else: no safe edit.
            if (!imports)
                return repairs;
            for (const statement of tree.rootNode.namedChildren) {
                const definition = statement?.type === 'function_definition' ? statement : statement?.type === 'decorated_definition' ? statement.namedChildren.find((child) => child?.type === 'function_definition') : undefined;
                const name = definition?.childForFieldName('name')?.text;
                if (!definition || !name || !moneyActionOfName(name))
                    continue;
                if (file.decorators(definition).some((decorator) => (decorator.type === 'call' ? decorator.childForFieldName('function') : decorator)?.text === DECORATOR))
                    continue;
                // Innermost, right above `def`: a framework decorator above it (`@tool`) then wraps the deduplicated function.
                const lineStart = text.lastIndexOf('\n', definition.startIndex - 1) + 1;
                repairs.push({
                    line: file.definitionAnchor(definition).startPosition.row + 1,
                    description: `${name}: repeated calls with the same arguments in a session return the first result`,
                    edits: [{ start: lineStart, end: lineStart, text: `@${DECORATOR}\n` }, ...imports],
                });
            }
            return repairs;
        });
    },
});
export const PYTHON_IDEMPOTENCY_FIXERS = [pythonIdempotentTool];
