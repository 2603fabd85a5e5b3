import { importInsertionOffset, statementAtLine, withPythonTree } from './python-source.js';
import { applyEdits } from './text-edits.js';
function argumentsOf(list) {
    return list.namedChildren.filter((child) => !!child && child.type !== 'comment');
}
/** The call an app statement makes: `app = FastAPI(...)` → the `FastAPI(...)` call node. */
export function assignedCall(statement) {
    const assignment = statement?.type === 'expression_statement' ? statement.firstNamedChild : undefined;
    const right = assignment?.type === 'assignment' ? assignment.childForFieldName('right') : undefined;
    return right?.type === 'call' ? right : undefined;
}
/** Inserts `text` as a new last item of an argument list or list literal, right after the last item so a multi-line call keeps its layout. */
export function appendItemEdit(list, text) {
    const last = argumentsOf(list).pop();
    if (last)
        return { start: last.endIndex, end: last.endIndex, text: `, ${text}` };
    const closing = list.endIndex - 1;
    return { start: closing, end: closing, text };
}
/**
 * `from module import name`: joined to an existing module-level `from module
 * import …` when there is one, else a new line after the imports; nothing when
 * the name is already bound to it.
 */
export function fromImportEdits(file, text, module, name) {
    if (file.imports.get(name) === `${module.replace(/^\.+/, '')}.${name}`)
        return [];
    const existing = file.root.namedChildren.find((child) => child?.type === 'import_from_statement' && child.childForFieldName('module_name')?.text === module && !child.namedChildren.some((part) => part?.type === 'wildcard_import'));
    const names = existing?.childrenForFieldName('name').filter((child) => !!child) ?? [];
    if (names.length > 0)
        return [{ start: names[names.length - 1].endIndex, end: names[names.length - 1].endIndex, text: `, ${name}` }];
    const at = importInsertionOffset(file.tree, text);
    return [{ start: at, end: at, text: `from ${module} import ${name}\n` }];
}
/**
 * Adds `element` to the list passed as `keyword=` to the constructor call of the
 * app's statement, creating the keyword when absent. Undefined when the
 * statement is not `name = Call(...)`, the call takes `**kwargs`, or the keyword
 * holds something other than a list literal; the text unchanged when the element is there.
 */
export async function addToConstructorList(text, line, column, edit) {
    return withPythonTree(text, (tree, file) => {
        const call = assignedCall(statementAtLine(tree, line, column));
        if (!call || file.hasSplatKeywords(call))
            return undefined;
        const value = file.keywordArgument(call, edit.keyword);
        if (value && value.type !== 'list')
            return undefined;
        if (value && argumentsOf(value).some((item) => item.text === edit.element))
            return text;
        const edits = [value ? appendItemEdit(value, edit.element) : appendItemEdit(call.childForFieldName('arguments'), `${edit.keyword}=[${edit.element}]`)];
        for (const needed of edit.imports)
            edits.push(...fromImportEdits(file, text, needed.module, needed.name));
        return applyEdits(text, edits);
    });
}
/** The qualified callee of the app statement's constructor call: `fastapi.FastAPI` for `app = FastAPI(...)`. */
export async function constructorCallee(text, line, column) {
    return withPythonTree(text, (tree, file) => {
        const call = assignedCall(statementAtLine(tree, line, column));
        return call ? file.calleeName(call) : undefined;
    });
}
