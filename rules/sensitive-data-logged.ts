import {
  calleesNamed,
  defineRule,
  isTestPath,
  nameWords,
  pySemantics,
  sensitiveValueKind,
  ts,
  tsSemantics,
  type PyNode,
  type PythonFile,
  type SensitiveKind,
  type TS,
  type TypeScriptFile,
} from '../src/rule-kit/index.js';

/** What a log call exposes: names of the sensitive values (never their contents). */
interface Exposure {
  names: string[];
  kinds: SensitiveKind[];
  headers: boolean;
}

// Calls that pass their argument's value through to the log line unchanged.
const PY_PASSTHROUGH = new Set(['str', 'repr', 'dict', 'list', 'vars', 'json.dumps', 'pprint.pformat', 'fastapi.encoders.jsonable_encoder', 'jsonable_encoder']);
const PY_PASSTHROUGH_METHODS = new Set(['format', 'dict', 'model_dump', 'model_dump_json', 'json', 'to_dict', 'items', 'copy']);
const TS_PASSTHROUGH = new Set(['JSON.stringify', 'String', 'Object.fromEntries', 'Object.entries', 'util.inspect', 'node:util.inspect']);
const TS_PASSTHROUGH_METHODS = new Set(['toString', 'toJSON', 'entries', 'concat']);
// Lookups that return the named value: `request.headers.get("Authorization")`, `os.getenv("API_KEY")`, `c.req.header('x-api-key')`.
const LOOKUPS = new Set(['get', 'getenv', 'pop', 'getlist', 'header', 'getHeader', 'get_header']);
const PY_REQUEST = /^(?:request|req|self\.request|context\.request|ctx\.request|scope)$/;
const TS_REQUEST = /^(?:request|req|ctx\.request|ctx\.req|c\.req|context\.req|event\.request)$/;

function noteName(exposure: Exposure, name: string, kind: SensitiveKind | undefined): void {
  if (!kind || exposure.names.includes(name)) return;
  exposure.names.push(name);
  exposure.kinds.push(kind);
}

const STREAM_WORDS = new Set(['llm', 'stream', 'streaming', 'streamed']);

/**
 * A callback named for streamed tokens (LangChain's `on_llm_new_token` and `handleLLMNewToken`,
 * `token_stream_callback=`): its `token` is a piece of the model's output, which agent code commonly
 * prints as it streams. A token callback named for nothing else (`on_token_refresh`) may hold a credential.
 */
function isStreamedTokenCallback(name: string | undefined): boolean {
  const words = name ? nameWords(name) : [];
  return words.includes('token') && words.some((word) => STREAM_WORDS.has(word));
}

/** The name a Python function is defined or bound with: `def f`, `f = lambda ...`, `f=lambda ...` as an argument. */
function pythonBoundName(fn: PyNode): string | undefined {
  if (fn.type === 'function_definition') return fn.childForFieldName('name')?.text;
  const parent = fn.parent;
  if (parent?.type === 'keyword_argument') return parent.childForFieldName('name')?.text;
  const left = parent?.type === 'assignment' ? parent.childForFieldName('left') : undefined;
  return left?.type === 'identifier' ? left.text : undefined;
}

/**
 * Names in a scope that hold streamed model output, not credentials: those bound by `for x in ...` (and
 * comprehensions), and the parameters of a streamed-token callback.
 */
function pythonStreamedNames(scope: PyNode, file: PythonFile): Set<string> {
  const names = new Set<string>();
  for (const loop of file.descendants(scope, new Set(['for_statement', 'for_in_clause']))) {
    for (const target of file.descendants(loop.childForFieldName('left') ?? loop, new Set(['identifier']))) names.add(target.text);
    const left = loop.childForFieldName('left');
    if (left?.type === 'identifier') names.add(left.text);
  }
  if (isStreamedTokenCallback(pythonBoundName(scope))) for (const { name } of file.parameters(scope)) names.add(name);
  return names;
}

function pythonExposure(call: PyNode, file: PythonFile): Exposure {
  const exposure: Exposure = { names: [], kinds: [], headers: false };
  let streamedNames: Set<string> | undefined;
  const isStreamed = (name: string) => (streamedNames ??= pythonStreamedNames(file.enclosingFunction(call) ?? file.root, file)).has(name);
  // A streamed value is model output whatever key it is logged under (`extra={"token": token}`).
  const carriesValue = (node: PyNode | null): boolean =>
    !!node && ['identifier', 'attribute', 'subscript', 'call', 'string', 'binary_operator'].includes(node.type) && file.literal(node) === undefined && !(node.type === 'identifier' && isStreamed(node.text));
  // The key is judged first: most keys name nothing sensitive, and judging the value may walk the scope.
  const noteKeyed = (label: string, key: string, value: PyNode | null): void => {
    const kind = sensitiveValueKind(key);
    if (kind && carriesValue(value) && !isRedacted(value, file)) noteName(exposure, label, kind);
  };

  const visit = (node: PyNode | null): void => {
    if (!node) return;
    switch (node.type) {
      case 'identifier':
        if (!isStreamed(node.text)) noteName(exposure, node.text, sensitiveValueKind(node.text));
        return;
      case 'attribute': {
        const attribute = node.childForFieldName('attribute')?.text ?? '';
        const object = node.childForFieldName('object');
        if (attribute === 'headers' && object && PY_REQUEST.test(object.text)) exposure.headers = true;
        else noteName(exposure, node.text, sensitiveValueKind(attribute));
        return;
      }
      case 'subscript': {
        const index = node.childForFieldName('subscript');
        const key = file.stringValue(index);
        if (key !== undefined) noteName(exposure, `${node.childForFieldName('value')?.text}["${key}"]`, sensitiveValueKind(key));
        return;
      }
      case 'call': {
        const callee = file.calleeName(node) ?? '';
        const member = file.calleeMember(node) ?? '';
        const args = file.positionalArguments(node);
        const key = file.stringValue(args[0]);
        if (LOOKUPS.has(member) && key !== undefined) {
          noteName(exposure, `${callee}("${key}")`, sensitiveValueKind(key));
          return;
        }
        if (PY_PASSTHROUGH.has(callee)) {
          args.forEach(visit);
          return;
        }
        const fn = node.childForFieldName('function');
        if (fn?.type === 'attribute' && PY_PASSTHROUGH_METHODS.has(member)) {
          visit(fn.childForFieldName('object'));
          if (member === 'format') node.childForFieldName('arguments')?.namedChildren.forEach(visit);
        }
        // Any other call transforms the value (mask, redact, hash, len) and clears it.
        return;
      }
      case 'string':
        for (const child of node.namedChildren) if (child?.type === 'interpolation') visit(child.childForFieldName('expression'));
        return;
      case 'conditional_expression': {
        // `a if condition else b`: the condition is not logged.
        const [whenTrue, , whenFalse] = node.namedChildren;
        visit(whenTrue);
        visit(whenFalse);
        return;
      }
      case 'dictionary':
        for (const pair of node.namedChildren) {
          if (pair?.type === 'dictionary_splat') visit(pair.namedChild(0));
          if (pair?.type !== 'pair') continue;
          const key = file.stringValue(pair.childForFieldName('key'));
          const value = pair.childForFieldName('value');
          if (key !== undefined) noteKeyed(`"${key}"`, key, value);
          visit(value);
        }
        return;
      case 'keyword_argument': {
        // structlog / loguru style `logger.info("login", password=password)`; `extra={...}` is a dict.
        const name = node.childForFieldName('name')?.text ?? '';
        const value = node.childForFieldName('value');
        if (name === 'end' || name === 'sep' || name === 'file' || name === 'flush' || name === 'exc_info' || name === 'stack_info') return;
        noteKeyed(name, name, value);
        visit(value);
        return;
      }
      case 'binary_operator':
      case 'parenthesized_expression':
      case 'tuple':
      case 'list':
      case 'set':
      case 'concatenated_string':
      case 'expression_list':
      case 'list_splat':
      case 'dictionary_splat':
      case 'await':
        node.namedChildren.forEach(visit);
        return;
      default:
        return;
    }
  };
  call.childForFieldName('arguments')?.namedChildren.forEach(visit);
  return exposure;
}

function isRedacted(value: PyNode | null, file: PythonFile): boolean {
  return value?.type === 'call' && !PY_PASSTHROUGH.has(file.calleeName(value) ?? '') && !LOOKUPS.has(file.calleeMember(value) ?? '');
}

// One predicate for every call, so `descendants` remembers the loops of a scope instead of walking it per log call.
const isForOfOrIn = (node: TS.Node): node is TS.ForOfStatement | TS.ForInStatement => ts.isForOfStatement(node) || ts.isForInStatement(node);

/** The name a function is declared or bound with: `function f`, `f() {}` in a class or object, `f: () => ...`, `const f = ...`. */
function typeScriptBoundName(fn: TS.Node): string | undefined {
  if ((ts.isFunctionDeclaration(fn) || ts.isFunctionExpression(fn) || ts.isMethodDeclaration(fn)) && fn.name && ts.isIdentifier(fn.name)) return fn.name.text;
  const parent = fn.parent;
  if (parent && (ts.isPropertyAssignment(parent) || ts.isVariableDeclaration(parent)) && ts.isIdentifier(parent.name)) return parent.name.text;
  return undefined;
}

/** As `pythonStreamedNames`: `for (const token of stream)` and the parameters of a streamed-token callback. */
function typeScriptStreamedNames(scope: TS.Node, file: TypeScriptFile): Set<string> {
  const names = new Set<string>();
  for (const loop of file.descendants(scope, isForOfOrIn)) {
    const initializer = loop.initializer;
    const declarations = ts.isVariableDeclarationList(initializer) ? initializer.declarations.map((d) => d.name) : [initializer];
    for (const name of declarations) if (ts.isIdentifier(name)) names.add(name.text);
  }
  if (ts.isFunctionLike(scope) && isStreamedTokenCallback(typeScriptBoundName(scope))) for (const { name } of scope.parameters) if (ts.isIdentifier(name)) names.add(name.text);
  return names;
}

function typeScriptExposure(call: TS.CallExpression, file: TypeScriptFile): Exposure {
  const exposure: Exposure = { names: [], kinds: [], headers: false };
  let streamedNames: Set<string> | undefined;
  const isStreamed = (name: string) => (streamedNames ??= typeScriptStreamedNames(file.enclosingFunction(call) ?? file.source, file)).has(name);
  const text = (node: TS.Node) => node.getText(file.source);
  const carriesValue = (node: TS.Expression): boolean => {
    const value = file.unwrap(node);
    if (!value || file.literal(value) !== undefined) return false;
    if (ts.isCallExpression(value)) return isPassthroughCall(value, file);
    if (ts.isIdentifier(value)) return !isStreamed(value.text);
    return ts.isPropertyAccessExpression(value) || ts.isElementAccessExpression(value) || ts.isTemplateExpression(value) || ts.isBinaryExpression(value);
  };
  // As in Python: the key is judged before the value.
  const noteKeyed = (key: string, value: TS.Expression): void => {
    const kind = sensitiveValueKind(key);
    if (kind && carriesValue(value)) noteName(exposure, key, kind);
  };

  const visit = (node: TS.Node | undefined): void => {
    const expression = node && file.unwrap(node);
    if (!expression) return;
    if (ts.isIdentifier(expression)) {
      const kind = sensitiveValueKind(expression.text);
      if (kind && !isStreamed(expression.text)) noteName(exposure, expression.text, kind);
    } else if (ts.isPropertyAccessExpression(expression)) {
      // The kind first: the text of every property a log call reads was most of this rule's time.
      const name = expression.name.text;
      if (name === 'headers' && TS_REQUEST.test(text(expression.expression))) exposure.headers = true;
      else {
        const kind = sensitiveValueKind(name);
        if (kind) noteName(exposure, text(expression), kind);
      }
    } else if (ts.isElementAccessExpression(expression)) {
      const key = file.stringValue(expression.argumentExpression);
      const kind = key === undefined ? undefined : sensitiveValueKind(key);
      if (kind) noteName(exposure, `${text(expression.expression)}['${key}']`, kind);
    } else if (ts.isCallExpression(expression)) {
      const member = file.calleeMember(expression) ?? '';
      const key = file.stringValue(expression.arguments[0]);
      if (LOOKUPS.has(member) && key !== undefined) noteName(exposure, `${file.calleeName(expression)}('${key}')`, sensitiveValueKind(key));
      // Hono's `c.req.header()` with no name returns every request header.
      else if (member === 'header' && expression.arguments.length === 0) exposure.headers = true;
      else if (isPassthroughCall(expression, file)) {
        expression.arguments.forEach(visit);
        if (ts.isPropertyAccessExpression(expression.expression) && TS_PASSTHROUGH_METHODS.has(member)) visit(expression.expression.expression);
      }
    } else if (ts.isTemplateExpression(expression)) {
      for (const span of expression.templateSpans) visit(span.expression);
    } else if (ts.isBinaryExpression(expression)) {
      if (expression.operatorToken.kind === ts.SyntaxKind.PlusToken) {
        visit(expression.left);
        visit(expression.right);
      }
    } else if (ts.isConditionalExpression(expression)) {
      visit(expression.whenTrue);
      visit(expression.whenFalse);
    } else if (ts.isArrayLiteralExpression(expression)) {
      expression.elements.forEach(visit);
    } else if (ts.isSpreadElement(expression) || ts.isAwaitExpression(expression)) {
      visit(expression.expression);
    } else if (ts.isObjectLiteralExpression(expression)) {
      for (const property of expression.properties) {
        if (ts.isShorthandPropertyAssignment(property)) visit(property.name);
        else if (ts.isSpreadAssignment(property)) visit(property.expression);
        else if (ts.isPropertyAssignment(property)) {
          const key = ts.isIdentifier(property.name) || ts.isStringLiteral(property.name) ? property.name.text : undefined;
          if (key !== undefined) noteKeyed(key, property.initializer);
          visit(property.initializer);
        }
      }
    }
  };
  call.arguments.forEach(visit);
  return exposure;
}

function isPassthroughCall(call: TS.CallExpression, file: TypeScriptFile): boolean {
  const callee = file.calleeName(call) ?? '';
  return TS_PASSTHROUGH.has(callee) || TS_PASSTHROUGH_METHODS.has(file.calleeMember(call) ?? '');
}

function describe(exposure: Exposure): { names: string; kind: string } {
  const names = exposure.names.slice(0, 3).map((name) => (name.length > 60 ? `${name.slice(0, 57)}...` : name));
  return { names: names.join(', '), kind: [...new Set(exposure.kinds)].join(', ') };
}

export default defineRule({
  id: 'sensitive-data-logged',
  category: 'security',
  severity: 'high',
  confidence: 'high',
  seeds: ['000'],
  summary: 'Secrets or payment data written to logs',
  messages: {
    sensitive: '{{call}} writes {{names}} ({{kind}}) to the log; anyone who can read the logs can reuse it',
    headers: '{{call}} writes the whole request headers, including Authorization and cookies, to the log',
  },
  fixHint: 'Log an identifier (user id, checkout id, key id) instead of the value, or pass it through a redaction helper; configure the logger to redact sensitive keys.',
  python: {
    visitors: {
      call(node, ctx) {
        const { file } = ctx;
        if (isTestPath(ctx.path) || !(pySemantics.isLogCall(node, file) || pySemantics.isPrintCall(node, file))) return;
        const exposure = pythonExposure(node, file);
        const call = `${file.calleeName(node)}()`;
        if (exposure.names.length > 0) ctx.report({ node, messageId: 'sensitive', data: { ...describe(exposure), call } });
        else if (exposure.headers) ctx.report({ node, messageId: 'headers', data: { call } });
      },
    },
  },
  typescript: {
    // Every finding is at a log or print call, whose callee's last segment is one of their method names.
    prefilter: { names: [...tsSemantics.LOG_CALL_NAMES, ...tsSemantics.PRINT_CALL_NAMES] },
    callees: calleesNamed(tsSemantics.LOG_CALL_NAMES, tsSemantics.PRINT_CALL_NAMES),
    visitors: {
      CallExpression(node, ctx) {
        const { file } = ctx;
        if (!ts.isCallExpression(node) || isTestPath(ctx.path) || !(tsSemantics.isLogCall(node, file) || tsSemantics.isPrintCall(node, file))) return;
        const exposure = typeScriptExposure(node, file);
        if (exposure.names.length === 0 && !exposure.headers) return;
        const call = `${file.calleeName(node)}()`;
        if (exposure.names.length > 0) ctx.report({ node, messageId: 'sensitive', data: { ...describe(exposure), call } });
        else ctx.report({ node, messageId: 'headers', data: { call } });
      },
    },
  },
});
