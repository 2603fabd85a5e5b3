import { defineRule, pySemantics, ts, tsSemantics } from '../src/rule-kit/index.js';
// Calls whose arguments become the response body: FastAPI/Starlette exceptions and responses, Flask helpers.
const PY_RESPONSE_CALLEE = /(?:^|\.)(?:HTTPException|JSONResponse|PlainTextResponse|HTMLResponse|ORJSONResponse|UJSONResponse|Response|StreamingResponse|jsonify|make_response|abort)$/;
// A2A executors send these events to the calling client.
const A2A_CLIENT_EVENTS = new Set(['enqueue_event', 'failed', 'reject', 'update_status', 'add_artifact']);
const TRACEBACK_CALLS = new Set(['traceback.format_exc', 'traceback.format_exception', 'traceback.format_tb', 'traceback.format_exception_only']);
const PY_TEXT_OF = new Set(['str', 'repr', 'format']);
const TS_RESPONSE_MEMBERS = new Set(['json', 'send', 'end', 'write', 'text', 'html', 'body']);
const TS_RESPONSE_PREFILTER = { names: [...TS_RESPONSE_MEMBERS, 'Response', 'NextResponse', 'require'], modules: ['Response', 'NextResponse'] };
const TS_ERROR_HANDLER_REGISTRARS = ['setErrorHandler', 'onError', 'use'];
const TS_RESPONSE_RECEIVER = /(?:^|\.)(?:res|response|reply|c|ctx|context|NextResponse|Response|h)(?:\.(?:status|code)\(\))?$/;
/** The first sub-expression that turns the exception `name` into text: `str(e)`, `f"{e}"`, `e.args`, `traceback.format_exc()`. */
function pythonLeak(root, name, ctx) {
    const nodes = [root, ...ctx.file.descendants(root, new Set(['call', 'interpolation', 'attribute', 'binary_operator']))];
    for (const node of nodes) {
        if (node.type === 'call') {
            const callee = ctx.file.calleeName(node) ?? '';
            if (TRACEBACK_CALLS.has(callee))
                return node;
            const args = ctx.file.positionalArguments(node);
            if (PY_TEXT_OF.has(callee) && args.some((arg) => arg.type === 'identifier' && arg.text === name))
                return node;
            if (ctx.file.calleeMember(node) === 'format' && args.some((arg) => arg.type === 'identifier' && arg.text === name))
                return node;
        }
        else if (node.type === 'interpolation') {
            if (node.childForFieldName('expression')?.text === name)
                return node.parent ?? node;
        }
        else if (node.type === 'attribute') {
            const object = node.childForFieldName('object');
            if (object?.type === 'identifier' && object.text === name && /^(?:args|message|msg|detail|__traceback__)$/.test(node.childForFieldName('attribute')?.text ?? ''))
                return node;
        }
        else if (node.type === 'binary_operator' && node.namedChildren.some((child) => child?.type === 'identifier' && child.text === name)) {
            return node;
        }
    }
    return undefined;
}
/** A literal 4xx status in the call or tuple: a deliberate client-error message, not a leak. */
function pyClientErrorStatus(node, ctx) {
    const candidates = [];
    if (node.type === 'call') {
        const status = ctx.file.keywordArgument(node, 'status_code') ?? ctx.file.keywordArgument(node, 'status') ?? ctx.file.keywordArgument(node, 'code');
        if (status)
            candidates.push(status);
        const first = ctx.file.positionalArguments(node)[0];
        if (first)
            candidates.push(first);
        const second = ctx.file.positionalArguments(node)[1];
        if (second)
            candidates.push(second);
    }
    else if (node.type === 'expression_list' || node.type === 'tuple') {
        candidates.push(...node.namedChildren.filter((child) => !!child));
    }
    return candidates.some((candidate) => {
        const value = ctx.file.literal(candidate);
        const code = typeof value === 'number' ? value : Number(/HTTP_(\d{3})/.exec(candidate.text)?.[1]);
        return code >= 400 && code < 500;
    });
}
// Errors whose text is chosen for the client: a framework's HTTP exception (its `detail`) and request validation
// errors, and a rate limiter's "limit exceeded" (slowapi's, or a project's own of that name).
const PY_CLIENT_FACING_ERRORS = /^(?:(?:fastapi|starlette|werkzeug)\.(?:[\w.]+\.)?(?:HTTPException|RequestValidationError)|(?:[\w.]+\.)?RateLimitExceeded)$/;
/**
 * An exception class whose messages are written for clients: one the app defines, here or in its own
 * package (`from .errors import AppError`), or a web framework's HTTP or validation error.
 */
function pyIsClientFacingError(node, file) {
    if (node.type !== 'identifier' && node.type !== 'attribute')
        return false;
    if (PY_CLIENT_FACING_ERRORS.test(file.qualifiedName(node) ?? ''))
        return true;
    if (node.type !== 'identifier')
        return false;
    return file.relativeImports.has(node.text) || !!file.moduleDefinition(node.text, 'class_definition');
}
function checkPythonScope(scope, name, ctx, isHandler) {
    const inExecutor = (node) => {
        const fn = ctx.file.enclosingFunction(node);
        const owner = fn && ctx.file.enclosingClass(fn);
        return !!owner && ctx.file.baseClasses(owner).some((base) => /(?:^|\.)AgentExecutor$/.test(base));
    };
    for (const node of ctx.file.descendants(scope, new Set(['call', 'return_statement']))) {
        let payload;
        if (node.type === 'call') {
            const callee = ctx.file.calleeName(node) ?? '';
            const isResponse = PY_RESPONSE_CALLEE.test(callee);
            const isClientEvent = A2A_CLIENT_EVENTS.has(ctx.file.calleeMember(node) ?? '') && inExecutor(node);
            if ((!isResponse && !isClientEvent) || pyClientErrorStatus(node, ctx))
                continue;
            payload = node.childForFieldName('arguments') ?? undefined;
        }
        else if (isHandler || pySemantics.enclosingHandler(node, ctx.file)) {
            const value = node.namedChild(0);
            if (!value || pyClientErrorStatus(value, ctx) || (value.type === 'call' && pyClientErrorStatus(value, ctx)))
                continue;
            payload = value;
        }
        const leak = payload && pythonLeak(payload, name, ctx);
        // `str(exc) if settings.DEBUG else "An unexpected error occurred"`: the text reaches clients in development only.
        if (leak && !pySemantics.isEnvironmentGuarded(leak, scope))
            ctx.report({ node: leak, messageId: 'exceptionText', data: { name } });
    }
}
/** `err.message`, `err.stack`, `String(err)`, `${err}`, `err.toString()` inside `root`. */
function tsLeak(root, name) {
    let found;
    const isName = (node) => ts.isIdentifier(node) && node.text === name;
    const visit = (node) => {
        if (found)
            return;
        const inner = ts.isAsExpression(node) || ts.isParenthesizedExpression(node) || ts.isNonNullExpression(node) ? node.expression : node;
        if (ts.isPropertyAccessExpression(inner) && isName(unwrap(inner.expression)) && ['message', 'stack', 'cause'].includes(inner.name.text))
            found = inner;
        else if (ts.isCallExpression(inner) && ts.isIdentifier(inner.expression) && inner.expression.text === 'String' && inner.arguments.some((arg) => isName(unwrap(arg))))
            found = inner;
        else if (ts.isCallExpression(inner) && ts.isPropertyAccessExpression(inner.expression) && inner.expression.name.text === 'toString' && isName(unwrap(inner.expression.expression)))
            found = inner;
        else if (ts.isTemplateSpan(node) && isName(unwrap(node.expression)))
            found = node.parent;
        else
            ts.forEachChild(node, visit);
    };
    visit(root);
    return found;
}
function unwrap(node) {
    let current = node;
    while (ts.isAsExpression(current) || ts.isParenthesizedExpression(current) || ts.isNonNullExpression(current))
        current = current.expression;
    return current;
}
/** `res.status(400).json(…)`, `c.json(body, 400)`, `NextResponse.json(body, { status: 422 })`. */
function tsClientErrorStatus(call, ctx) {
    const codes = [];
    let current = call.expression;
    while (ts.isPropertyAccessExpression(current) && ts.isCallExpression(current.expression)) {
        const inner = current.expression;
        if (ts.isPropertyAccessExpression(inner.expression) && ['status', 'code'].includes(inner.expression.name.text))
            codes.push(ctx.file.literal(inner.arguments[0]));
        current = inner.expression;
    }
    for (const arg of call.arguments.slice(1)) {
        codes.push(ctx.file.literal(arg));
        codes.push(ctx.file.literal(ctx.file.property(arg, 'status')));
    }
    return codes.some((code) => typeof code === 'number' && code >= 400 && code < 500);
}
// Besides the app's own error classes, the HTTP exceptions of web frameworks carry messages written for clients.
const HTTP_ERROR_MODULES = new Set(['hono/http-exception', 'http-errors']);
/** An error class the app defines (here, or imported by a relative or alias path), or a framework's HTTP exception. */
function tsIsClientFacingError(node, file) {
    const expression = unwrap(node);
    if (!ts.isIdentifier(expression))
        return false;
    const binding = file.imports.get(expression.text);
    if (binding)
        return /^(?:\.{1,2}\/|[@~#]\/)/.test(binding.module) || HTTP_ERROR_MODULES.has(binding.module);
    return file.source.statements.some((statement) => ts.isClassDeclaration(statement) && statement.name?.text === expression.text);
}
/** `err instanceof AppError`: in that branch the message is one the app wrote for its clients. */
function tsNarrowsToClientFacingError(condition, name, file) {
    const expression = unwrap(condition);
    if (!ts.isBinaryExpression(expression) || expression.operatorToken.kind !== ts.SyntaxKind.InstanceOfKeyword)
        return false;
    const subject = unwrap(expression.left);
    return ts.isIdentifier(subject) && subject.text === name && tsIsClientFacingError(expression.right, file);
}
function checkTsScope(scope, name, ctx) {
    const visit = (node) => {
        if (ts.isIfStatement(node) && tsNarrowsToClientFacingError(node.expression, name, ctx.file)) {
            if (node.elseStatement)
                visit(node.elseStatement);
            return;
        }
        if (ts.isConditionalExpression(node) && tsNarrowsToClientFacingError(node.condition, name, ctx.file)) {
            visit(node.whenFalse);
            return;
        }
        if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
            const callee = ctx.file.calleeName(node) ?? '';
            const member = ctx.file.calleeMember(node) ?? '';
            const isResponse = ts.isNewExpression(node) ? /^(?:Response|NextResponse)$/.test(callee) : TS_RESPONSE_MEMBERS.has(member) && TS_RESPONSE_RECEIVER.test(callee.slice(0, -(member.length + 1)));
            if (isResponse && !(ts.isCallExpression(node) && tsClientErrorStatus(node, ctx))) {
                const leak = (node.arguments ?? []).map((arg) => tsLeak(arg, name)).find(Boolean);
                // `message: isDev ? err.message : 'Internal error'`: the text reaches clients in development only.
                if (leak && !tsSemantics.isEnvironmentGuarded(leak, ctx.file, scope))
                    ctx.report({ node: leak, messageId: 'exceptionText', data: { name } });
            }
        }
        // Koa: ctx.body = { error: err.message }
        if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && /^(?:ctx|context)\.body$/.test(node.left.getText(ctx.file.source))) {
            const leak = tsLeak(node.right, name);
            if (leak && !tsSemantics.isEnvironmentGuarded(leak, ctx.file, scope))
                ctx.report({ node: leak, messageId: 'exceptionText', data: { name } });
        }
        ts.forEachChild(node, visit);
    };
    visit(scope);
}
export default defineRule({
    id: 'error-detail-leak',
    category: 'security',
    severity: 'medium',
    confidence: 'high',
    seeds: ['004'],
    summary: 'Exception text or stack trace is sent to the client',
    messages: {
        exceptionText: 'The text of exception `{{name}}` is sent to the client; messages and stacks reveal internals (paths, queries, provider errors, keys in URLs)',
    },
    fixHint: 'Log the exception with its traceback on the server and return a generic message with a request id; send exception text only for deliberate 4xx validation errors.',
    python: {
        visitors: {
            except_clause(node, ctx) {
                const types = pySemantics.caughtTypes(node);
                if (types.length > 0 && types.every((type) => pyIsClientFacingError(type, ctx.file)))
                    return;
                const alias = node.descendantsOfType('as_pattern_target')[0];
                const name = alias?.namedChild(0)?.type === 'identifier' ? alias.namedChild(0).text : alias?.text;
                const body = node.namedChildren.find((child) => child?.type === 'block');
                if (!body)
                    return;
                // Without `as e`, only a traceback.format_exc() can leak; name it after the clause.
                checkPythonScope(body, name ?? '\0', ctx, false);
            },
            function_definition(node, ctx) {
                // @app.exception_handler(Exception) async def h(request, exc) / Flask @app.errorhandler(500) def h(e)
                const decorator = ctx.file.decorators(node).find((d) => d.type === 'call' && /(?:^|\.)(?:exception_handler|errorhandler|app_errorhandler)$/.test(d.childForFieldName('function')?.text ?? ''));
                const handled = decorator && ctx.file.positionalArguments(decorator)[0];
                if (!decorator || (handled && pyIsClientFacingError(handled, ctx.file)))
                    return;
                const params = ctx.file.parameters(node);
                const exception = params.length >= 2 ? params[1] : params[0];
                const body = node.childForFieldName('body');
                if (exception && body)
                    checkPythonScope(body, exception.name, ctx, true);
            },
        },
    },
    typescript: {
        // checkTsScope reports only in a response call, named by its member (TS_RESPONSE_MEMBERS; Koa's `ctx.body =` too),
        // or in `new Response(…)`/`new NextResponse(…)`, whose callee resolves to exactly that name: the identifier, a
        // module of that name imported, or one `require`d inline (a require argument is not in the file's names).
        prefilter: TS_RESPONSE_PREFILTER,
        visitors: {
            CatchClause(node, ctx) {
                if (!ts.isCatchClause(node))
                    return;
                const declaration = node.variableDeclaration;
                if (declaration && ts.isIdentifier(declaration.name))
                    checkTsScope(node.block, declaration.name.text, ctx);
            },
        },
        groups: [
            {
                // An error handler is registered by name: nearly every call is not one, in the many files that respond.
                prefilter: { names: TS_ERROR_HANDLER_REGISTRARS, and: TS_RESPONSE_PREFILTER },
                visitors: {
                    CallExpression(node, ctx) {
                        // Error handlers: Express `app.use((err, req, res, next) => …)`, Fastify `setErrorHandler`, Hono `onError`.
                        if (!ts.isCallExpression(node))
                            return;
                        const member = ctx.file.calleeMember(node);
                        const handler = node.arguments.find((arg) => ts.isArrowFunction(arg) || ts.isFunctionExpression(arg));
                        if (!handler)
                            return;
                        const isErrorHandler = member === 'setErrorHandler' || member === 'onError' || (member === 'use' && handler.parameters.length === 4);
                        const first = handler.parameters[0];
                        if (isErrorHandler && first && ts.isIdentifier(first.name))
                            checkTsScope(handler.body, first.name.text, ctx);
                    },
                },
            },
        ],
    },
});
