import { flaskBodyLimitValue, modelFields } from '../languages/python/field-bounds.js';
import { constantNumber } from '../languages/python/semantics.js';
import { importInsertionOffset, withPythonTree } from '../scaffold/python-source.js';
import { defineFixer } from './define-fixer.js';
import { fieldLimit, LIMITS_SUMMARY, limitLiteral } from './request-field-limits.js';
// Field constructors that take `max_length` (pydantic v1/v2, SQLModel).
const FIELD_FUNCTIONS = /^(?:pydantic(?:\.fields)?|sqlmodel)\.Field$/;
const MIB = 1024 * 1024;
/** How the file spells pydantic's `Field`, or the edit that imports it (joining an existing `from pydantic import …`). */
function fieldName(tree, file, text) {
    for (const [local, qualified] of file.imports)
        if (FIELD_FUNCTIONS.test(qualified))
            return { name: local, edits: [] };
    for (const [local, qualified] of file.imports)
        if (qualified === 'pydantic')
            return { name: `${local}.Field`, edits: [] };
    // `Field` already means something else here: no safe spelling.
    if (file.imports.has('Field') || file.moduleAssignments.has('Field'))
        return undefined;
    const fromPydantic = tree.rootNode.namedChildren.find((child) => child?.type === 'import_from_statement' && child.childForFieldName('module_name')?.text === 'pydantic' && !child.namedChildren.some((name) => name?.type === 'wildcard_import'));
    const names = fromPydantic?.childrenForFieldName('name').filter((child) => !!child) ?? [];
    if (names.length > 0) {
        const last = names[names.length - 1];
        return { name: 'Field', edits: [{ start: last.endIndex, end: last.endIndex, text: ', Field' }] };
    }
    const at = importInsertionOffset(tree, text);
    return { name: 'Field', edits: [{ start: at, end: at, text: 'from pydantic import Field\n' }] };
}
/** pydantic v1 spells a list's bound `max_items`; v2 takes `max_length` for strings and lists alike. */
function usesPydanticV1(file) {
    const qualified = [...file.imports.values()];
    return qualified.some((name) => name.startsWith('pydantic.v1') || name === 'pydantic.validator' || name === 'pydantic.root_validator') && !qualified.includes('pydantic.field_validator');
}
/** The `Field(...)` call holding a field's settings: its default, or inside `Annotated[...]`. */
function fieldCall(field, file) {
    const value = field.assignment.childForFieldName('right');
    if (value?.type === 'call' && FIELD_FUNCTIONS.test(file.calleeName(value) ?? ''))
        return value;
    const type = field.assignment.childForFieldName('type');
    return type?.descendantsOfType('call').find((call) => !!call && FIELD_FUNCTIONS.test(file.calleeName(call) ?? ''));
}
function limitOf(field) {
    return fieldLimit(field.name, field.shape === 'list' ? 'list' : 'string');
}
/** The edit that bounds one field, keeping its default and any `Field(...)` arguments it has. */
function boundField(field, file, spelling, keyword) {
    const bound = `${keyword}=${limitLiteral(limitOf(field))}`;
    const call = fieldCall(field, file);
    if (call) {
        if (file.hasSplatKeywords(call))
            return undefined;
        const argumentList = call.childForFieldName('arguments');
        const last = argumentList.namedChildren.filter((child) => !!child && child.type !== 'comment').pop();
        return last ? { start: last.endIndex, end: last.endIndex, text: `, ${bound}` } : { start: argumentList.endIndex - 1, end: argumentList.endIndex - 1, text: bound };
    }
    const value = field.assignment.childForFieldName('right');
    if (value)
        return { start: value.startIndex, end: value.endIndex, text: `${spelling}(default=${value.text}, ${bound})` };
    const type = field.assignment.childForFieldName('type');
    return { start: type.endIndex, end: type.endIndex, text: ` = ${spelling}(${bound})` };
}
export const pythonRequestFieldLimits = defineFixer({
    id: 'python-request-field-limits',
    ruleId: 'unbounded-request-input',
    language: 'python',
    summary: `request body model field without a size bound → \`Field(max_length=…)\` (${LIMITS_SUMMARY}), default and Field arguments kept`,
    async find({ text }) {
        return withPythonTree(text, (tree, file) => {
            const repairs = [];
            const spelling = fieldName(tree, file, text);
            if (!spelling)
                return repairs;
            const listKeyword = usesPydanticV1(file) ? 'max_items' : 'max_length';
            for (const definition of tree.rootNode.descendantsOfType('class_definition')) {
                if (!definition || !definition.childForFieldName('superclasses'))
                    continue;
                const edits = [];
                const bounded = [];
                for (const field of modelFields(definition, file)) {
                    if (!field.shape || field.bounded)
                        continue;
                    const edit = boundField(field, file, spelling.name, field.shape === 'list' ? listKeyword : 'max_length');
                    if (!edit)
                        continue;
                    edits.push(edit);
                    bounded.push(`${field.name} ≤ ${limitOf(field)}${field.shape === 'list' ? ' items' : ''}`);
                }
                if (edits.length === 0)
                    continue;
                // The finding points at the class (its decorator line when decorated).
                const anchor = file.definitionAnchor(definition);
                const needsImport = edits.some((edit) => edit.text.includes(`${spelling.name}(`));
                repairs.push({ line: anchor.startPosition.row + 1, description: `size limits: ${bounded.join(', ')}`, edits: [...edits, ...(needsImport ? spelling.edits : [])] });
            }
            return repairs;
        });
    },
});
export const pythonFlaskBodyLimit = defineFixer({
    id: 'python-flask-body-limit',
    ruleId: 'unbounded-request-input',
    language: 'python',
    summary: 'Flask `MAX_CONTENT_LENGTH` above 1 MiB → `1024 * 1024` (raise it only on an app that takes uploads)',
    async find({ text }) {
        return withPythonTree(text, (tree, file) => {
            const repairs = [];
            for (const node of [...tree.rootNode.descendantsOfType('assignment'), ...tree.rootNode.descendantsOfType('call')]) {
                const value = node && flaskBodyLimitValue(node, file);
                const bytes = value ? constantNumber(value, file) : undefined;
                if (!node || !value || bytes === undefined || bytes <= MIB)
                    continue;
                repairs.push({ line: node.startPosition.row + 1, description: 'MAX_CONTENT_LENGTH back to 1 MiB', edits: [{ start: value.startIndex, end: value.endIndex, text: '1024 * 1024' }] });
            }
            return repairs;
        });
    },
});
export const PYTHON_REQUEST_LIMIT_FIXERS = [pythonRequestFieldLimits, pythonFlaskBodyLimit];
