import { memoSlot } from '../file-memo.js';
import { enclosingHandler } from './semantics.js';
const REQUEST_NAMES = new Set(['request', 'req', 'flask.request', 'quart.request']);
const HEADER_ATTRS = new Set(['headers']);
const QUERY_ATTRS = new Set(['query_params', 'args', 'values']);
const BODY_ATTRS = new Set(['json', 'form', 'data', 'files', 'get_json', 'body', 'stream']);
const COOKIE_ATTRS = new Set(['cookies']);
const PATH_ATTRS = new Set(['path_params', 'view_args']);
// FastAPI parameters that are not client data: the request itself, injected dependencies, framework objects.
const NON_INPUT_ANNOTATION = /\b(?:Request|WebSocket|Response|BackgroundTasks|HTTPConnection|Session|AsyncSession|RequestContext|EventQueue)\b/;
const DERIVING_METHODS = new Set(['get', 'getlist', 'strip', 'lower', 'upper', 'pop', 'decode', 'lstrip', 'rstrip', 'casefold']);
const DERIVING_FUNCTIONS = new Set(['str', 'int', 'UUID', 'uuid.UUID']);
function attributeKind(attribute) {
    if (HEADER_ATTRS.has(attribute))
        return 'header';
    if (QUERY_ATTRS.has(attribute))
        return 'query parameter';
    if (BODY_ATTRS.has(attribute))
        return 'request body';
    if (COOKIE_ATTRS.has(attribute))
        return 'cookie';
    if (PATH_ATTRS.has(attribute))
        return 'path parameter';
    return undefined;
}
/** The key of `x["key"]` or `x.get("key")` right above `node`, when it is a literal. */
function keyAbove(node, file) {
    const parent = node.parent;
    if (parent?.type === 'subscript' && parent.childForFieldName('value')?.id === node.id)
        return file.stringValue(parent.childForFieldName('subscript'));
    if (parent?.type === 'attribute' && parent.childForFieldName('object')?.id === node.id) {
        const call = parent.parent;
        if (call?.type === 'call' && /^(?:get|getlist)$/.test(parent.childForFieldName('attribute')?.text ?? ''))
            return file.stringValue(file.positionalArguments(call)[0]);
        if (call?.type !== 'call')
            return parent.childForFieldName('attribute')?.text;
    }
    return undefined;
}
const HANDLER_INPUTS = memoSlot('client inputs per handler');
const DEPENDENCY_CALL = /\b(?:Depends|Security)\(/;
// Annotated aliases FastAPI's docs teach (`CurrentUser = Annotated[User, Depends(get_current_user)]`),
// judged by name or by the module they come from when they are defined in another file.
const DEPENDENCY_ALIAS_NAME = /(?:Dep|Deps|Dependency)$|^(?:Current|Auth|Authenticated|Verified|Authorized|Logged(?:In)?)[A-Z]\w*$|Principal$|Claims$|Identity$/;
const DEPENDENCY_MODULE = /(?:^|[._])(?:auth\w*|deps|dependencies|dependency|security|identity|principal|permissions?|guards?)(?:$|[._])/;
// Request models kept beside auth code (`from .auth import LoginRequest`) are still the client's body.
const BODY_MODEL_NAME = /(?:Request|Body|Payload|Input|In|Create|Update|Form|Model|Params|Query|Message)$/;
const LIBRARY_MODULE = /^(?:typing|typing_extensions|pydantic|fastapi|starlette|datetime|uuid|enum|collections|decimal)(?:\.|$)/;
/**
 * True when FastAPI fills the parameter through dependency injection, not from the
 * request: `Depends(...)`/`Security(...)` as default or inside `Annotated[...]`, or an
 * annotation that is such an `Annotated` alias, defined in this file or imported from
 * an auth/deps module (or named like one: `CurrentUser`, `Principal`, `SessionDep`).
 */
export function isInjectedParameter(param, file) {
    const annotation = param.annotation;
    if (DEPENDENCY_CALL.test(`${param.default?.text ?? ''} ${annotation?.text ?? ''}`))
        return true;
    if (!annotation || (annotation.type !== 'identifier' && annotation.type !== 'attribute' && annotation.type !== 'type'))
        return false;
    const name = annotation.text.trim();
    if (!/^[A-Za-z_][\w.]*$/.test(name))
        return false;
    const local = file.moduleAssignments.get(name) ?? typeAlias(name, file);
    if (local)
        return DEPENDENCY_CALL.test(local.text);
    const qualified = file.qualifiedName(annotation.type === 'type' ? annotation.namedChild(0) : annotation) ?? name;
    if (qualified === name || LIBRARY_MODULE.test(qualified))
        return false;
    const module = qualified.slice(0, qualified.lastIndexOf('.'));
    const bare = name.split('.').at(-1);
    return DEPENDENCY_ALIAS_NAME.test(bare) || (DEPENDENCY_MODULE.test(module) && !BODY_MODEL_NAME.test(bare));
}
const TYPE_ALIASES = memoSlot('module-level type aliases');
/** Python 3.12 `type Principal = Annotated[str, Depends(...)]`: the module's first type alias statement of that name. */
function typeAlias(name, file) {
    // Asked for each annotated parameter: the module's aliases are listed once.
    return file.memos.get(TYPE_ALIASES, () => {
        const aliases = new Map();
        for (const statement of file.root.namedChildren) {
            const alias = statement?.type === 'type_alias_statement' ? statement.namedChild(0)?.text : undefined;
            if (alias !== undefined && !aliases.has(alias))
                aliases.set(alias, statement);
        }
        return aliases;
    }).get(name);
}
/** Parameters of a route handler that FastAPI fills from the request. */
function parameterInputs(handler, file) {
    const names = new Map();
    if (!file.routeDecorator(handler) || !file.importsModule('fastapi'))
        return names;
    for (const param of file.parameters(handler)) {
        if (param.name === 'self' || param.name === 'cls')
            continue;
        const annotation = param.annotation?.text ?? '';
        const fallback = param.default?.text ?? '';
        if (NON_INPUT_ANNOTATION.test(annotation) || isInjectedParameter(param, file))
            continue;
        const kind = /Header\(/.test(fallback + annotation) ? 'header' : /Cookie\(/.test(fallback + annotation) ? 'cookie' : /Query\(/.test(fallback + annotation) ? 'query parameter' : 'request parameter';
        names.set(param.name, { source: kind === 'header' ? `header "${param.name.replace(/_/g, '-')}"` : `${kind} ${param.name}`, field: param.name });
    }
    return names;
}
function inputsOf(handler, file) {
    const byHandler = file.memos.map(HANDLER_INPUTS);
    const cached = byHandler.get(handler.id);
    if (cached)
        return cached;
    const inputs = { names: parameterInputs(handler, file) };
    byHandler.set(handler.id, inputs);
    const body = handler.childForFieldName('body');
    if (body) {
        const assignments = file.descendants(body, new Set(['assignment']), true);
        // Two passes reach values assigned from values assigned earlier (`data = await request.json(); url = data["url"]`).
        for (let pass = 0; pass < 2; pass++) {
            for (const assignment of assignments) {
                const left = assignment.childForFieldName('left');
                const right = assignment.childForFieldName('right');
                if (left?.type !== 'identifier' || !right || inputs.names.has(left.text))
                    continue;
                const value = clientValueIn(right, handler, file, inputs);
                if (value)
                    inputs.names.set(left.text, value);
            }
        }
    }
    return inputs;
}
function clientValueIn(node, handler, file, inputs) {
    switch (node.type) {
        case 'identifier': {
            const known = inputs.names.get(node.text);
            if (known)
                return known;
            return undefined;
        }
        case 'await':
        case 'parenthesized_expression':
            return node.namedChild(0) ? clientValueIn(node.namedChild(0), handler, file, inputs) : undefined;
        case 'attribute': {
            const object = node.childForFieldName('object');
            const attribute = node.childForFieldName('attribute')?.text ?? '';
            if (!object)
                return undefined;
            // A body model named `request` (`async def chat(request: ChatRequest)`) is a parameter, not Starlette's Request.
            const known = object.type === 'identifier' ? inputs.names.get(object.text) : undefined;
            if (known)
                return { source: known.source.startsWith('request parameter') ? `request body field "${attribute}"` : known.source, field: attribute };
            const root = file.qualifiedName(object);
            if (root && REQUEST_NAMES.has(root)) {
                const kind = attributeKind(attribute);
                if (!kind)
                    return undefined;
                const field = keyAbove(node, file);
                return { source: kind === 'header' && field ? `header "${field}"` : field ? `${kind} field "${field}"` : kind, field };
            }
            // A2A: the client chooses context_id, task_id and the message.
            if (attribute === 'context_id' || attribute === 'task_id' || attribute === 'message') {
                if (object.type === 'identifier' && /^(?:context|request_context|ctx)$/.test(object.text) && isExecutorMethod(handler, file))
                    return { source: `A2A ${attribute}`, field: attribute };
            }
            const inner = clientValueIn(object, handler, file, inputs);
            return inner ? { source: inner.source, field: attribute } : undefined;
        }
        case 'subscript': {
            const value = node.childForFieldName('value');
            const key = file.stringValue(node.childForFieldName('subscript'));
            // A2A: `context.call_context.state["headers"]` holds the HTTP request's headers.
            if (key === 'headers' && /\.call_context\.state$/.test(value?.text ?? ''))
                return { source: 'header' };
            const inner = value && clientValueIn(value, handler, file, inputs);
            return inner ? { source: inner.field && inner.source.startsWith('header') ? inner.source : key && !inner.source.includes('"') ? `${inner.source} field "${key}"` : inner.source, field: key ?? inner.field } : undefined;
        }
        case 'call': {
            const fn = node.childForFieldName('function');
            const callee = file.calleeName(node) ?? '';
            if (fn?.type === 'attribute') {
                const member = fn.childForFieldName('attribute')?.text ?? '';
                const receiver = fn.childForFieldName('object');
                const root = receiver ? file.qualifiedName(receiver) : undefined;
                // request.json(), request.form(), request.body(), request.get_json()
                if (root && REQUEST_NAMES.has(root) && attributeKind(member))
                    return { source: attributeKind(member) };
                if (member === 'get_user_input' && isExecutorMethod(handler, file))
                    return { source: 'A2A message text' };
                if (DERIVING_METHODS.has(member) && receiver) {
                    const inner = clientValueIn(receiver, handler, file, inputs);
                    if (!inner)
                        return undefined;
                    const key = member === 'get' || member === 'getlist' ? file.stringValue(file.positionalArguments(node)[0]) : undefined;
                    if (!key)
                        return inner;
                    return { source: inner.source === 'header' ? `header "${key}"` : `${inner.source} field "${key}"`, field: key };
                }
            }
            if (DERIVING_FUNCTIONS.has(callee)) {
                const arg = file.positionalArguments(node)[0];
                return arg ? clientValueIn(arg, handler, file, inputs) : undefined;
            }
            return undefined;
        }
        default:
            return undefined;
    }
}
function isExecutorMethod(handler, file) {
    const owner = file.enclosingClass(handler);
    return !!owner && file.baseClasses(owner).some((base) => /(?:^|\.)AgentExecutor$/.test(base));
}
/**
 * What client-controlled value `node` is, when it is one: read straight from the
 * request, a FastAPI handler parameter (or its field), the A2A request context,
 * or a local variable assigned from one of those in the same handler.
 */
export function clientValue(node, file) {
    const handler = enclosingHandler(node, file);
    if (!handler)
        return undefined;
    return clientValueIn(node, handler, file, inputsOf(handler, file));
}
/** For string building (`f"{base}/x"`, `base + "/x"`): the client value that starts the string, if any. */
export function clientValuePrefix(node, file) {
    if (node.type === 'string') {
        const first = node.namedChildren.find((child) => child?.type === 'string_content' || child?.type === 'interpolation');
        return first?.type === 'interpolation' && first.childForFieldName('expression') ? clientValue(first.childForFieldName('expression'), file) : undefined;
    }
    if (node.type === 'binary_operator') {
        const left = node.childForFieldName('left');
        return left ? clientValuePrefix(left, file) ?? clientValue(left, file) : undefined;
    }
    return clientValue(node, file);
}
// Parameter markers that read something other than the JSON body, and typing words that are not model names.
const NON_BODY_MARKER = /\b(?:Query|Path|Header|Cookie|Depends|Security|File|Form|UploadFile)\(/;
const TYPING_WORDS = new Set(['list', 'List', 'Optional', 'Annotated', 'Union', 'dict', 'Dict', 'Sequence', 'set', 'Set', 'tuple', 'Tuple', 'Any', 'None', 'Body', 'str', 'int', 'float', 'bool', 'bytes', 'typing', 'fastapi', 'embed', 'True', 'False', 'Literal']);
/**
 * Type names in the annotations of route handler parameters that FastAPI (and
 * django-ninja, flask-pydantic) fill from the JSON body: `body: ChatRequest`, `items: list[Item]`,
 * `Annotated[ChatRequest, Body(embed=True)]`. Framework objects, dependencies
 * and query/path/header/form parameters are left out; whether a name is a
 * pydantic model is for the caller to decide.
 */
export function bodyParameterTypes(handler, file) {
    const names = [];
    // No FastAPI-import test: routers imported from another module, django-ninja and flask-pydantic read bodies the same way.
    for (const param of file.parameters(handler)) {
        const annotation = param.annotation;
        if (!annotation || param.name === 'self' || param.name === 'cls')
            continue;
        const text = `${annotation.text} ${param.default?.text ?? ''}`;
        if (NON_INPUT_ANNOTATION.test(annotation.text) || NON_BODY_MARKER.test(text) || isInjectedParameter(param, file))
            continue;
        for (const identifier of [annotation, ...file.descendants(annotation, IDENTIFIERS)]) {
            if (identifier.type !== 'identifier' || TYPING_WORDS.has(identifier.text))
                continue;
            // `models.ChatRequest` → `ChatRequest`; `from .models import ChatRequest as Req` → `ChatRequest`.
            if (identifier.parent?.type === 'attribute' && identifier.parent.childForFieldName('object')?.id === identifier.id)
                continue;
            names.push((file.qualifiedName(identifier) ?? identifier.text).split('.').at(-1));
        }
    }
    return names;
}
const IDENTIFIERS = new Set(['identifier']);
