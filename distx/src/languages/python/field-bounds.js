/**
 * Python request-size bounds: which fields of a pydantic-style class carry
 * strings or lists with no size bound, and where Flask's body limit is set.
 * The analysis behind unbounded-request-input, shared with the fixers that add
 * the bounds so both judge alike.
 */
// Anything in a field's annotation or default that caps its size.
const BOUND = /\bmax_length\b|\bmax_items\b|\bmax_len\b|\bMaxLen\(|\bLen\(|\bconstr\([^)]*max_length|\bconlist\([^)]*max_(?:length|items)/;
const WRAPPER = /^(?:typing\.)?(?:Optional|Annotated|Union|Required|NotRequired)\[(.*)\]$/s;
const STRING = /^(?:str|bytes|Text|AnyStr|SecretStr|SecretBytes|constr\(.*\))$/s;
const LIST = /^(?:list|List|Sequence|set|Set|frozenset|FrozenSet|Iterable|conlist\(.*\))(?:\[.*\])?$|^(?:tuple|Tuple)\[.*,\s*\.\.\.\]$/s;
/** Top-level `,` or `|` splits of a type expression (`dict[str, int] | None` → two parts for `|`). */
function splitTopLevel(text, separator) {
    const parts = [];
    let depth = 0;
    let start = 0;
    for (let index = 0; index < text.length; index++) {
        const char = text[index];
        if (char === '[' || char === '(')
            depth++;
        else if (char === ']' || char === ')')
            depth--;
        else if (char === separator && depth === 0) {
            parts.push(text.slice(start, index).trim());
            start = index + 1;
        }
    }
    parts.push(text.slice(start).trim());
    return parts;
}
/** `str`, `list`, or undefined, for the value a field holds once Optional/Annotated/`| None` are peeled. */
function fieldShape(annotation) {
    const options = splitTopLevel(annotation, '|').filter((part) => part !== 'None');
    for (const option of options) {
        const wrapped = WRAPPER.exec(option);
        if (wrapped) {
            // Annotated[T, ...] holds T; Optional[T] and Union[A, B] hold their arguments.
            const inner = /^(?:typing\.)?Annotated\[/.test(option) ? [splitTopLevel(wrapped[1], ',')[0]] : splitTopLevel(wrapped[1], ',');
            const shape = inner.filter((part) => part !== 'None').map(fieldShape).find(Boolean);
            if (shape)
                return shape;
        }
        else if (STRING.test(option))
            return 'str';
        else if (LIST.test(option))
            return 'list';
    }
    return undefined;
}
/** Replaces module-level aliases (`Prompt = Annotated[str, Field(max_length=4000)]`) by their definition, one level deep. */
function resolveAliases(text, file) {
    return text.replace(/\b[A-Za-z_][A-Za-z0-9_]*\b/g, (name) => {
        const assigned = file.moduleAssignments.get(name);
        return assigned && /^(?:subscript|call)$/.test(assigned.type) && assigned.text.length < 400 ? assigned.text : name;
    });
}
function validatedFieldNames(definition, file) {
    const names = new Set();
    for (const decorator of file.decorators(definition)) {
        if (decorator.type !== 'call' || !/(?:^|\.)(?:field_validator|validator)$/.test(file.calleeName(decorator) ?? ''))
            continue;
        for (const argument of file.positionalArguments(decorator)) {
            const name = file.stringValue(argument);
            if (name)
                names.add(name);
        }
    }
    return names;
}
/** The annotated fields of a class body, each with its shape and whether something bounds its size. */
export function modelFields(classDefinition, file) {
    const body = classDefinition.childForFieldName('body');
    if (!body)
        return [];
    let stringsBounded = false;
    const validated = new Set();
    const fields = [];
    for (const statement of body.namedChildren) {
        if (!statement)
            continue;
        if (statement.type === 'decorated_definition') {
            const inner = statement.namedChildren.find((child) => child?.type === 'function_definition');
            if (inner)
                for (const field of validatedFieldNames(inner, file))
                    validated.add(field);
            continue;
        }
        // pydantic v1 `class Config: max_anystr_length = 4000`
        if (statement.type === 'class_definition' && /\bmax_anystr_length\b/.test(statement.text))
            stringsBounded = true;
        const assignment = statement.type === 'expression_statement' ? statement.namedChild(0) : undefined;
        if (!assignment || assignment.type !== 'assignment')
            continue;
        const left = assignment.childForFieldName('left')?.text ?? '';
        const value = assignment.childForFieldName('right')?.text ?? '';
        // pydantic v2 `model_config = ConfigDict(str_max_length=4000)`
        if (left === 'model_config' && /\bstr_max_length\b/.test(value))
            stringsBounded = true;
        const type = assignment.childForFieldName('type');
        if (!type || left.startsWith('_') || /\bClassVar\b/.test(type.text))
            continue;
        fields.push({ name: left, assignment, annotation: resolveAliases(type.text, file) });
    }
    return fields.map((field) => {
        const shape = fieldShape(field.annotation);
        const value = field.assignment.childForFieldName('right')?.text ?? '';
        const bounded = validated.has(field.name) || BOUND.test(`${field.annotation} ${value}`) || (shape === 'str' && stringsBounded);
        return { ...field, shape, bounded };
    });
}
/** The value node of Flask's `app.config["MAX_CONTENT_LENGTH"] = …` or `app.config.update(MAX_CONTENT_LENGTH=…)`. */
export function flaskBodyLimitValue(node, file) {
    if (node.type === 'assignment') {
        const left = node.childForFieldName('left');
        if (left?.type !== 'subscript' || !/\.config$/.test(left.childForFieldName('value')?.text ?? '') || file.stringValue(left.childForFieldName('subscript')) !== 'MAX_CONTENT_LENGTH')
            return undefined;
        return node.childForFieldName('right') ?? undefined;
    }
    if (node.type === 'call' && /\.config\.update$/.test(node.childForFieldName('function')?.text ?? ''))
        return file.keywordArgument(node, 'MAX_CONTENT_LENGTH') ?? undefined;
    return undefined;
}
