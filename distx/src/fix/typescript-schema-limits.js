import { JSON_STRING_BOUNDS, ZOD_BOUNDED_FORMATS, ZOD_BOUNDS, ZOD_OBJECTS } from '../languages/request-size.js';
import { tsSourceFile } from '../scaffold/ts-source.js';
import { defineFixer } from './define-fixer.js';
import { fieldLimit, LIMITS_SUMMARY, limitLiteral } from './request-field-limits.js';
const MAX_DEPTH = 5;
/** The name `z` (or a namespace) is bound to from 'zod' in this file. */
function zodNames(file) {
    const names = new Set();
    for (const declaration of file.getImportDeclarations()) {
        if (!/^zod(?:\/v[34])?$/.test(declaration.getModuleSpecifierValue()))
            continue;
        for (const named of declaration.getNamedImports())
            if (named.getName() === 'z')
                names.add(named.getAliasNode()?.getText() ?? 'z');
        const namespace = declaration.getNamespaceImport() ?? declaration.getDefaultImport();
        if (namespace)
            names.add(namespace.getText());
    }
    return names;
}
/** `z.string().min(1).optional()` → its calls from the root outwards: [`z.string()`, `.min(1)`, `.optional()`]. */
function zodChain(expression, zod, morph) {
    const calls = [];
    let current = expression;
    while (morph.Node.isCallExpression(current)) {
        calls.unshift(current);
        const callee = current.getExpression();
        if (!morph.Node.isPropertyAccessExpression(callee))
            return undefined;
        const receiver = callee.getExpression();
        if (morph.Node.isIdentifier(receiver) && zod.has(receiver.getText()))
            return { kind: callee.getName(), calls };
        current = receiver;
    }
    return undefined;
}
function memberName(call, morph) {
    const callee = call.getExpression();
    return morph.Node.isPropertyAccessExpression(callee) ? callee.getName() : '';
}
/** Edits adding `.max(…)` to every unbounded string and array of a zod schema, recursing into objects and elements. */
function zodEdits(expression, name, zod, morph, depth) {
    const chain = depth <= MAX_DEPTH ? zodChain(expression, zod, morph) : undefined;
    if (!chain)
        return [];
    const [root, ...members] = chain.calls;
    if (ZOD_OBJECTS.has(chain.kind)) {
        const shape = root.getArguments()[0];
        if (!shape || !morph.Node.isObjectLiteralExpression(shape))
            return [];
        return shape.getProperties().flatMap((property) => {
            if (!morph.Node.isPropertyAssignment(property))
                return [];
            return zodEdits(property.getInitializerOrThrow(), property.getName().replace(/^['"]|['"]$/g, ''), zod, morph, depth + 1);
        });
    }
    const edits = [];
    if (chain.kind === 'array' && root.getArguments()[0])
        edits.push(...zodEdits(root.getArguments()[0], name, zod, morph, depth + 1));
    if (chain.kind !== 'string' && chain.kind !== 'array')
        return edits;
    // Each segment runs from a shape-setting call (the root, or `.array()`) to the next; one without a bound gets `.max()` right after that call.
    let shape = chain.kind === 'string' ? 'string' : 'list';
    let start = root;
    let bounded = false;
    const close = () => {
        if (!bounded)
            edits.push({ start: start.getEnd(), end: start.getEnd(), text: `.max(${limitLiteral(fieldLimit(name, shape))})` });
    };
    for (const call of members) {
        const member = memberName(call, morph);
        if (member === 'array') {
            close();
            shape = 'list';
            start = call;
            bounded = false;
        }
        else if (ZOD_BOUNDS.has(member) || (shape === 'string' && ZOD_BOUNDED_FORMATS.has(member)))
            bounded = true;
    }
    close();
    return edits;
}
/** A top-level `const` object literal for an identifier (`schema: feedbackSchema`), `as const` peeled. */
function resolveObject(node, file, morph) {
    let current = node;
    for (let hops = 0; current && hops < 3; hops++) {
        if (morph.Node.isAsExpression(current) || morph.Node.isSatisfiesExpression(current) || morph.Node.isParenthesizedExpression(current))
            current = current.getExpression();
        else if (morph.Node.isIdentifier(current))
            current = file.getVariableDeclaration(current.getText())?.getInitializer();
        else
            break;
    }
    if (current && (morph.Node.isAsExpression(current) || morph.Node.isSatisfiesExpression(current)))
        current = current.getExpression();
    return current && morph.Node.isObjectLiteralExpression(current) ? current : undefined;
}
function literalProperty(object, name, morph) {
    const property = object.getProperty(name);
    const value = property && morph.Node.isPropertyAssignment(property) ? property.getInitializer() : undefined;
    return value && (morph.Node.isStringLiteral(value) || morph.Node.isNoSubstitutionTemplateLiteral(value)) ? value.getLiteralText() : undefined;
}
/** `{ a: 1 }` → the edit adding `key: value` as its last property. */
function addProperty(object, text) {
    const properties = object.getProperties();
    if (properties.length === 0)
        return { start: object.getStart() + 1, end: object.getEnd() - 1, text: ` ${text} ` };
    const last = properties[properties.length - 1];
    return { start: last.getEnd(), end: last.getEnd(), text: `, ${text}` };
}
/** JSON schema (`{ type: 'string' }`) and TypeBox (`Type.String()`) request bodies: `maxLength`/`maxItems` where missing. */
function jsonSchemaEdits(node, name, file, morph, depth) {
    if (!node || depth > MAX_DEPTH)
        return [];
    if (morph.Node.isCallExpression(node)) {
        const callee = node.getExpression();
        if (!morph.Node.isPropertyAccessExpression(callee) || callee.getExpression().getText() !== 'Type')
            return [];
        const [first, second] = node.getArguments();
        switch (callee.getName()) {
            case 'Object': {
                const shape = first && morph.Node.isObjectLiteralExpression(first) ? first : undefined;
                return shape ? shape.getProperties().flatMap((property) => (morph.Node.isPropertyAssignment(property) ? jsonSchemaEdits(property.getInitializer(), property.getName().replace(/^['"]|['"]$/g, ''), file, morph, depth + 1) : [])) : [];
            }
            case 'Optional':
                return jsonSchemaEdits(first, name, file, morph, depth + 1);
            case 'String': {
                const limit = `maxLength: ${limitLiteral(fieldLimit(name, 'string'))}`;
                if (!first)
                    return [{ start: node.getEnd() - 1, end: node.getEnd() - 1, text: `{ ${limit} }` }];
                return morph.Node.isObjectLiteralExpression(first) && !first.getProperty('maxLength') && !first.getProperty('format') ? [addProperty(first, limit)] : [];
            }
            case 'Array': {
                const edits = jsonSchemaEdits(first, name, file, morph, depth + 1);
                const limit = `maxItems: ${limitLiteral(fieldLimit(name, 'list'))}`;
                if (!second)
                    edits.push({ start: first.getEnd(), end: first.getEnd(), text: `, { ${limit} }` });
                else if (morph.Node.isObjectLiteralExpression(second) && !second.getProperty('maxItems'))
                    edits.push(addProperty(second, limit));
                return edits;
            }
            default:
                return [];
        }
    }
    const schema = morph.Node.isObjectLiteralExpression(node) ? node : undefined;
    if (!schema)
        return [];
    const type = literalProperty(schema, 'type', morph);
    if (type === 'string')
        return JSON_STRING_BOUNDS.some((key) => schema.getProperty(key)) ? [] : [addProperty(schema, `maxLength: ${limitLiteral(fieldLimit(name, 'string'))}`)];
    if (type === 'array') {
        const items = schema.getProperty('items');
        const edits = items && morph.Node.isPropertyAssignment(items) ? jsonSchemaEdits(items.getInitializer(), name, file, morph, depth + 1) : [];
        if (!schema.getProperty('maxItems'))
            edits.push(addProperty(schema, `maxItems: ${limitLiteral(fieldLimit(name, 'list'))}`));
        return edits;
    }
    const properties = schema.getProperty('properties');
    const shape = properties && morph.Node.isPropertyAssignment(properties) ? properties.getInitializer() : undefined;
    if (!shape || !morph.Node.isObjectLiteralExpression(shape))
        return [];
    return shape.getProperties().flatMap((property) => (morph.Node.isPropertyAssignment(property) ? jsonSchemaEdits(property.getInitializer(), property.getName().replace(/^['"]|['"]$/g, ''), file, morph, depth + 1) : []));
}
export const typescriptSchemaLimits = defineFixer({
    id: 'typescript-request-schema-limits',
    ruleId: 'unbounded-request-input',
    language: 'typescript',
    summary: `zod request schema (\`z.string()\`, \`z.array()\`) → \`.max(…)\`; Fastify JSON schema / TypeBox body → \`maxLength\`/\`maxItems\` (${LIMITS_SUMMARY})`,
    async find({ path, text }) {
        const { file, morph } = await tsSourceFile(path, text);
        const repairs = [];
        const line = (node) => file.getLineAndColumnAtPos(node.getStart()).line;
        const zod = zodNames(file);
        if (zod.size > 0) {
            // The audit flags the schema's declaration when a request body is parsed with it.
            for (const declaration of file.getVariableDeclarations()) {
                const initializer = declaration.getInitializer();
                const edits = initializer ? zodEdits(initializer, declaration.getName(), zod, morph, 0) : [];
                if (edits.length > 0)
                    repairs.push({ line: line(declaration), description: `${declaration.getName()}: .max() on unbounded strings and arrays`, edits });
            }
        }
        // Fastify routes: `app.post(path, { schema: { body } }, handler)`; the audit flags the route call.
        for (const call of file.getDescendantsOfKind(morph.SyntaxKind.CallExpression)) {
            const options = call.getArguments().map((argument) => resolveObject(argument, file, morph)).find((object) => object?.getProperty('schema'));
            const schemaProperty = options?.getProperty('schema');
            const schema = schemaProperty && morph.Node.isPropertyAssignment(schemaProperty) ? resolveObject(schemaProperty.getInitializer(), file, morph) : undefined;
            const bodyProperty = schema?.getProperty('body');
            const body = bodyProperty && morph.Node.isPropertyAssignment(bodyProperty) ? bodyProperty.getInitializer() : undefined;
            const edits = jsonSchemaEdits(body && (morph.Node.isIdentifier(body) ? resolveObject(body, file, morph) : body), 'body', file, morph, 0);
            if (edits.length > 0)
                repairs.push({ line: line(call), description: 'request body schema: maxLength/maxItems on unbounded fields', edits });
        }
        return repairs;
    },
});
