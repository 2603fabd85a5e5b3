import { defineRule, pySemantics, ts, tsSemantics } from '../src/rule-kit/index.js';
const PY_ENCODERS = new Set(['base64.b64encode', 'base64.standard_b64encode', 'base64.urlsafe_b64encode', 'base64.encodebytes']);
const PY_WHOLE_READS = new Set(['read', 'read_bytes', 'read_text']);
const TS_READERS = /^(?:(?:node:)?fs(?:\/promises)?\.(?:readFile|readFileSync|promises\.readFile)|fs-extra\.(?:readFile|readFileSync))$/;
// Base64 sent *to* a model (vision input, inline parts) is the API's format, not a response artefact.
const MODEL_INPUT = /image_url|inline_data|inlineData|input_image|input_file|data:(?:image|application)|from_bytes|fromBytes|mime_type.*data|type:\s*['"]image/;
/** `f.read()`, `path.read_bytes()`, `await f.read()` — a whole-file read with no size argument. */
function pyIsWholeRead(node, ctx) {
    let expression = node;
    if (expression?.type === 'await')
        expression = expression.namedChild(0) ?? undefined;
    if (expression?.type !== 'call')
        return false;
    return PY_WHOLE_READS.has(ctx.file.calleeMember(expression) ?? '') && ctx.file.positionalArguments(expression).length === 0;
}
function pyReadsWholeFile(arg, ctx) {
    if (!arg)
        return false;
    if (pyIsWholeRead(arg, ctx))
        return true;
    if (arg.type !== 'identifier')
        return false;
    const scope = ctx.file.enclosingFunction(arg) ?? ctx.file.root;
    const assigned = ctx.file.descendants(scope, new Set(['assignment'])).filter((a) => a.childForFieldName('left')?.text === arg.text && a.startIndex < arg.startIndex).at(-1);
    return pyIsWholeRead(assigned?.childForFieldName('right') ?? undefined, ctx);
}
/** Inside a dict literal or a `result["content"] = ...` assignment: headed for a JSON body. */
function pyInsideJson(node) {
    for (let current = node.parent; current && current.type !== 'function_definition'; current = current.parent) {
        if (current.type === 'dictionary' || current.type === 'return_statement')
            return true;
        if (current.type === 'assignment' && current.childForFieldName('left')?.type === 'subscript')
            return true;
    }
    return false;
}
function pyFeedsModel(scope, ctx) {
    if (MODEL_INPUT.test(scope.text))
        return true;
    return ctx.file.descendants(scope, new Set(['call'])).some((call) => pySemantics.agentCallKind(call, ctx.file) === 'llm');
}
/** `readFileSync(p)`, `await readFile(p)`, `await fs.promises.readFile(p)`. */
function tsIsRead(node, ctx) {
    let expression = ctx.file.unwrap(node);
    if (expression && ts.isAwaitExpression(expression))
        expression = ctx.file.unwrap(expression.expression);
    return !!expression && ts.isCallExpression(expression) && TS_READERS.test(ctx.file.calleeName(expression) ?? '');
}
function tsReadsWholeFile(node, ctx) {
    const expression = ctx.file.unwrap(node);
    if (!expression)
        return false;
    if (tsIsRead(expression, ctx))
        return true;
    // Buffer.from(await readFile(p))
    if (ts.isCallExpression(expression) && ctx.file.calleeName(expression) === 'Buffer.from')
        return tsReadsWholeFile(expression.arguments[0], ctx);
    if (!ts.isIdentifier(expression))
        return false;
    const scope = ctx.file.enclosingFunction(expression) ?? ctx.file.source;
    const declaration = ctx.file.descendants(scope, ts.isVariableDeclaration).find((d) => ts.isIdentifier(d.name) && d.name.text === expression.text);
    return tsIsRead(declaration?.initializer, ctx);
}
function tsInsideJson(node) {
    for (let current = node.parent; current && !ts.isFunctionLike(current); current = current.parent) {
        if (ts.isObjectLiteralExpression(current) || ts.isReturnStatement(current))
            return true;
    }
    return false;
}
function tsFeedsModel(scope, ctx) {
    if (MODEL_INPUT.test(scope.getText(ctx.file.source)))
        return true;
    return ctx.file.descendants(scope, ts.isCallExpression).some((call) => tsSemantics.agentCallKind(call, ctx.file) === 'llm');
}
export default defineRule({
    id: 'artifacts-inlined-base64',
    category: 'reliability',
    severity: 'medium',
    confidence: 'high',
    seeds: ['003'],
    summary: 'Files read whole and base64-encoded into JSON responses',
    messages: {
        inHandler: 'request handler {{handler}} reads a whole file and base64-encodes it into the response; memory grows with file size (file + bytes + base64, a third larger) and nothing streams',
        inResult: '{{fn}} reads a whole file and base64-encodes it into a result object (inferred to be returned as JSON); large artefacts exhaust memory and bloat responses by a third',
    },
    fixHint: 'Store artefacts in object storage or an artifact service and return their ids or signed URLs; serve file bodies with a streaming response (FileResponse, res.sendFile, stream.pipe).',
    python: {
        visitors: {
            call(node, ctx) {
                const { file } = ctx;
                if (!PY_ENCODERS.has(file.calleeName(node) ?? ''))
                    return;
                if (!pyReadsWholeFile(file.positionalArguments(node)[0], ctx))
                    return;
                const scope = file.enclosingFunction(node);
                if (!scope || pyFeedsModel(scope, ctx))
                    return;
                const handler = pySemantics.enclosingHandler(node, file);
                if (handler) {
                    ctx.report({ node, messageId: 'inHandler', data: { handler: handler.childForFieldName('name')?.text ?? 'handler' } });
                }
                else if (pyInsideJson(node)) {
                    ctx.report({ node, messageId: 'inResult', confidence: 'medium', data: { fn: scope.childForFieldName('name')?.text ?? 'a function' } });
                }
            },
        },
    },
    typescript: {
        // Both paths need a TS_READERS call, whose resolved name ends in one of these: the property or import specifier
        // that names it is in the file, whatever the alias.
        prefilter: { names: ['readFile', 'readFileSync'] },
        visitors: {
            CallExpression(node, ctx) {
                if (!ts.isCallExpression(node))
                    return;
                const { file } = ctx;
                let encoded = false;
                // data.toString('base64') on a file's bytes
                if (ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'toString' && file.stringValue(node.arguments[0]) === 'base64') {
                    encoded = tsReadsWholeFile(node.expression.expression, ctx);
                }
                else if (TS_READERS.test(file.calleeName(node) ?? '')) {
                    // readFile(p, 'base64') / readFile(p, { encoding: 'base64' })
                    const encoding = file.stringValue(node.arguments[1]) ?? file.stringValue(file.property(node.arguments[1], 'encoding'));
                    encoded = encoding === 'base64';
                }
                if (!encoded)
                    return;
                const scope = file.enclosingFunction(node);
                if (!scope || tsFeedsModel(scope, ctx))
                    return;
                const handler = tsSemantics.enclosingHandler(node, file, ctx.path);
                if (handler) {
                    ctx.report({ node, messageId: 'inHandler', data: { handler: tsSemantics.functionLabel(handler, ctx.file) } });
                }
                else if (tsInsideJson(node)) {
                    ctx.report({ node, messageId: 'inResult', confidence: 'medium', data: { fn: tsSemantics.functionLabel(scope, ctx.file) } });
                }
            },
        },
    },
});
