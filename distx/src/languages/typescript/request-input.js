import { memoSlot } from '../file-memo.js';
import { ts } from './runtime.js';
import { enclosingHandler } from './semantics.js';
// A Map, not an object literal: `req.constructor` or `req.toString()` must not find Object.prototype's members.
const KIND_OF_MEMBER = new Map(Object.entries({
    body: 'request body', json: 'request body', parseBody: 'request body', formData: 'request body', text: 'request body', valid: 'request body',
    query: 'query parameter', queries: 'query parameter', searchParams: 'query parameter',
    params: 'path parameter', param: 'path parameter',
    headers: 'header', header: 'header', get: 'header',
    cookies: 'cookie', cookie: 'cookie',
}));
/** The members a client value starts from (`req.<member>`): a file that names none of them holds no client value. */
export const CLIENT_VALUE_MEMBERS = [...KIND_OF_MEMBER.keys()];
function requestParamNames(handler) {
    const names = new Set();
    const first = handler.parameters[0];
    if (first && ts.isIdentifier(first.name))
        names.add(first.name.text);
    return names;
}
/** Walks `req.body.url`, `c.req.query('u')`, `request.headers.get('x')` down to its root identifier. */
function chainFromRequest(node, requestNames, file) {
    const members = [];
    let current = node;
    for (;;) {
        current = file.unwrap(current) ?? current;
        if (ts.isAwaitExpression(current)) {
            current = current.expression;
            continue;
        }
        if (ts.isCallExpression(current)) {
            const callee = current.expression;
            if (ts.isPropertyAccessExpression(callee)) {
                members.unshift({ name: callee.name.text, arg: file.stringValue(current.arguments[0]) });
                current = callee.expression;
                continue;
            }
            return undefined;
        }
        if (ts.isPropertyAccessExpression(current)) {
            members.unshift({ name: current.name.text });
            current = current.expression;
            continue;
        }
        if (ts.isElementAccessExpression(current)) {
            members.unshift({ name: '[]', arg: file.stringValue(current.argumentExpression) });
            current = current.expression;
            continue;
        }
        break;
    }
    if (!ts.isIdentifier(current))
        return undefined;
    const root = current.text;
    // Hono passes the context `c`; its request is `c.req`. Koa's `ctx.request`/`ctx.query`.
    let rest = members;
    if (!requestNames.has(root) && !/^(?:req|request)$/.test(root))
        return undefined;
    if (rest[0]?.name === 'req' || rest[0]?.name === 'request')
        rest = rest.slice(1);
    if (rest[0]?.name === 'nextUrl')
        rest = rest.slice(1);
    const head = rest[0];
    if (!head)
        return undefined;
    const kind = KIND_OF_MEMBER.get(head.name);
    if (!kind || (head.name === 'get' && head.arg === undefined))
        return undefined;
    const field = head.arg ?? rest.slice(1).find((m) => m.name !== 'get' || m.arg)?.arg ?? rest[1]?.name;
    const fieldName = field && field !== '[]' ? field : undefined;
    return { source: kind === 'header' && fieldName ? `header "${fieldName}"` : fieldName ? `${kind} field "${fieldName}"` : kind, field: fieldName };
}
const BOUND_NAMES = memoSlot('client-value names per handler');
function boundNames(handler, file) {
    const byHandler = file.memos.map(BOUND_NAMES);
    let names = byHandler.get(handler);
    if (names)
        return names;
    names = new Map();
    byHandler.set(handler, names);
    const requestNames = requestParamNames(handler);
    // Destructured handler parameters: Fastify/Next `({ body }, reply)` is rare; Next.js `{ params }` second arg.
    const declarations = handler.body ? file.descendants(handler.body, ts.isVariableDeclaration, true) : [];
    for (let pass = 0; pass < 2; pass++) {
        for (const declaration of declarations) {
            if (!declaration.initializer)
                continue;
            const value = valueOf(declaration.initializer, requestNames, names, file);
            if (!value)
                continue;
            if (ts.isIdentifier(declaration.name))
                names.set(declaration.name.text, value);
            else if (ts.isObjectBindingPattern(declaration.name)) {
                for (const element of declaration.name.elements) {
                    if (!ts.isIdentifier(element.name))
                        continue;
                    const key = element.propertyName && ts.isIdentifier(element.propertyName) ? element.propertyName.text : element.name.text;
                    names.set(element.name.text, { source: value.source.startsWith('header "') ? value.source : `${value.source.replace(/ field ".*"$/, '')} field "${key}"`, field: key });
                }
            }
        }
    }
    return names;
}
function valueOf(node, requestNames, names, file) {
    const expression = file.unwrap(node) ?? node;
    if (ts.isIdentifier(expression))
        return names.get(expression.text);
    if (ts.isCallExpression(expression) && ts.isIdentifier(expression.expression) && expression.expression.text === 'String' && expression.arguments[0]) {
        return valueOf(expression.arguments[0], requestNames, names, file);
    }
    if (ts.isNewExpression(expression) && ts.isIdentifier(expression.expression) && expression.expression.text === 'URL' && expression.arguments?.[0]) {
        return valueOf(expression.arguments[0], requestNames, names, file);
    }
    const direct = chainFromRequest(expression, requestNames, file);
    if (direct)
        return direct;
    // `body.url`, `body['url']`, `params.get('url')` on a value already known to be the client's.
    let current = expression;
    let field;
    for (;;) {
        current = file.unwrap(current) ?? current;
        if (ts.isAwaitExpression(current))
            current = current.expression;
        else if (ts.isPropertyAccessExpression(current)) {
            field ??= current.name.text;
            current = current.expression;
        }
        else if (ts.isElementAccessExpression(current)) {
            field ??= file.stringValue(current.argumentExpression);
            current = current.expression;
        }
        else if (ts.isCallExpression(current) && ts.isPropertyAccessExpression(current.expression) && ['get', 'trim', 'toLowerCase', 'toString'].includes(current.expression.name.text)) {
            field ??= file.stringValue(current.arguments[0]);
            current = current.expression.expression;
        }
        else if (ts.isCallExpression(current) && ts.isIdentifier(current.expression) && current.expression.text === 'String' && current.arguments[0]) {
            current = current.arguments[0];
        }
        else
            break;
    }
    if (current === expression || !ts.isIdentifier(current))
        return undefined;
    const base = names.get(current.text);
    if (!base)
        return undefined;
    return field ? { source: base.source.startsWith('header "') ? base.source : `${base.source.replace(/ field ".*"$/, '')} field "${field}"`, field } : base;
}
/** What client-controlled value `node` is, when it is one (see the module comment). */
export function clientValue(node, file, path) {
    const handler = enclosingHandler(node, file, path);
    if (!handler)
        return undefined;
    return valueOf(node, requestParamNames(handler), boundNames(handler, file), file);
}
/** For string building (`${base}/x`, `base + '/x'`): the client value that starts the string, if any. */
export function clientValuePrefix(node, file, path) {
    const expression = file.unwrap(node) ?? node;
    if (ts.isTemplateExpression(expression))
        return expression.head.text === '' ? clientValue(expression.templateSpans[0].expression, file, path) : undefined;
    if (ts.isBinaryExpression(expression) && expression.operatorToken.kind === ts.SyntaxKind.PlusToken)
        return clientValuePrefix(expression.left, file, path);
    return clientValue(expression, file, path);
}
