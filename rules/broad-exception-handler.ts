import { defineRule, pySemantics, ts, tsSemantics, type PyNode, type PythonRuleContext, type TS, type TypeScriptRuleContext } from '../src/rule-kit/index.js';

const CATCH_ALL = new Set(['Exception', 'BaseException', 'builtins.Exception', 'builtins.BaseException']);
const SHALLOW_STATEMENTS = new Set(['raise_statement', 'call', 'return_statement', 'assignment']);
const IDENTIFIER = new Set(['identifier']);
const STRING = new Set(['string']);
const LOG_METHOD = /^(?:log|debug|info|warn|warning|error|exception|critical|fatal)$/;
// As LOG_METHOD, plus project helpers named for logging: `logAxiosError`, `logFailure`.
const TS_LOG_NAMED = new RegExp(`${LOG_METHOD.source}|^log[A-Z]`);
// `redis_ok = False`, `checks.redis = 'fail'`: the handler records an explicit failure result
// (the readiness-check pattern), which callers then see.
const FAILURE_VALUE = /^(?:fail|failed|failure|error|unhealthy|down|unavailable|degraded|not[_ ]?ready)$/i;
// Raising one of these turns the error into a response the framework does not log.
const HTTP_ERRORS = /(?:^|\.)(?:HTTPException|abort|JSONResponse|Response|ServerError)$/;
// Literals a function returns as "nothing happened": the caller cannot tell an error occurred.
const DEFAULT_RETURNS = new Set(['none', 'true', 'false', 'integer', 'float', 'string', 'list', 'dictionary', 'tuple', 'set']);
// A reply that reports success although the operation failed.
const SUCCESS_STATE = /["']?\b(?:status|state|result)\b["']?\s*[:=]\s*["'](?:ok|success|succeeded|healthy|completed|done)["']|["']?\b(?:success|ok)\b["']?\s*[:=]\s*(?:True|true)\b/;

/** The caught types of an except clause, resolved; empty for a bare `except:`. */
function isTracebackReport(callee: string): boolean {
  return /(?:^|\.)(?:print_exc|format_exc|print_exception|capture_exception|record_exception|log_exception|report_exception|exception)$/.test(callee);
}

/** The name an except clause binds the error to (`except Exception as error:`). */
function boundError(clause: PyNode): string | undefined {
  const value = clause.childForFieldName('value');
  if (value?.type !== 'as_pattern') return undefined;
  const name = value.childForFieldName('alias')?.namedChild(0);
  return name?.type === 'identifier' ? name.text : undefined;
}

function pythonReturnsSuccess(statement: PyNode): boolean {
  const value = statement.namedChild(0);
  return !!value && (value.type === 'true' || SUCCESS_STATE.test(value.text));
}

function checkExceptClause(clause: PyNode, ctx: PythonRuleContext): void {
  const { file } = ctx;
  const types = pySemantics.caughtTypes(clause).map((item) => file.qualifiedName(item) ?? item.text);
  const bare = types.length === 0;
  const base = types.some((type) => type === 'BaseException' || type === 'builtins.BaseException');
  if (!bare && !types.some((type) => CATCH_ALL.has(type))) return;
  const block = clause.namedChildren.find((child) => child?.type === 'block');
  if (!block) return;
  const inner = file.descendants(block, SHALLOW_STATEMENTS, true);
  const raises = inner.filter((node) => node.type === 'raise_statement');
  // A bare `raise`, or raising a non-HTTP error, keeps the failure visible to the caller and the server's logs.
  const propagates = raises.some((statement) => {
    const raised = statement.namedChild(0);
    if (!raised) return true;
    const callee = raised.type === 'call' ? file.calleeName(raised) : file.qualifiedName(raised);
    return !callee || !HTTP_ERRORS.test(callee);
  });
  if (propagates) return;
  if (bare || base) {
    ctx.report({ node: clause, messageId: bare ? 'bareExcept' : 'baseException' });
    return;
  }
  const returns = inner.filter((node) => node.type === 'return_statement');
  if (returns.some(pythonReturnsSuccess)) {
    ctx.report({ node: clause, messageId: 'successState' });
    return;
  }
  const error = boundError(clause);
  const mentionsError = (node: PyNode | null) => !!node && !!error && file.descendants(node, IDENTIFIER, true).some((name) => name.text === error);
  // The caught error handed to a logging-named method of anything (`current_span().log(metadata={"error": e})`) is recorded.
  const recordsError = (call: PyNode) => LOG_METHOD.test(file.calleeMember(call) ?? '') && mentionsError(call.childForFieldName('arguments'));
  const logged = inner.some((node) => node.type === 'call' && (pySemantics.isLogCall(node, file) || isTracebackReport(file.calleeName(node) ?? '') || recordsError(node)));
  if (logged) return;
  const recordsFailure = inner.some((node) => {
    if (node.type !== 'assignment') return false;
    const right = node.childForFieldName('right');
    return right?.type === 'false' || FAILURE_VALUE.test(file.stringValue(right) ?? '');
  });
  if (recordsFailure) return;
  const statements = block.namedChildren.filter((child): child is PyNode => !!child && child.type !== 'comment');
  // `return {"status": "error", "error_message": str(e)}` (ADK's tool convention) hands the error to the
  // caller: unlogged, but not a default value that hides it.
  const carriesError = (value: PyNode) =>
    mentionsError(value) ||
    [value, ...file.descendants(value, STRING, true)].some((literal) => FAILURE_VALUE.test(file.stringValue(literal) ?? ''));
  const swallows = statements.every((statement) => {
    if (statement.type === 'pass_statement' || statement.type === 'continue_statement' || statement.type === 'break_statement') return true;
    if (statement.type === 'expression_statement' && statement.namedChild(0)?.type === 'ellipsis') return true;
    if (statement.type !== 'return_statement') return false;
    const value = statement.namedChild(0);
    return !value || (DEFAULT_RETURNS.has(value.type) && !carriesError(value));
  });
  ctx.report({ node: clause, messageId: swallows ? 'swallowed' : 'noLogging' });
}

function hasComment(block: TS.Block, ctx: TypeScriptRuleContext): boolean {
  const inner = ctx.file.text.slice(block.getStart(ctx.file.source) + 1, block.getEnd() - 1);
  return /\/\/|\/\*/.test(inner);
}

function tsLogsOrPassesOn(node: TS.CatchClause, ctx: TypeScriptRuleContext): boolean {
  const { file } = ctx;
  const declared = node.variableDeclaration?.name;
  const error = declared && ts.isIdentifier(declared) ? declared.text : undefined;
  const mentionsError = (child: TS.Node): boolean => (ts.isIdentifier(child) && child.text === error) || !!ts.forEachChild(child, mentionsError);
  return file.descendants(node.block, ts.isCallExpression, true).some((call) => {
    const callee = file.calleeName(call) ?? '';
    // Express `next(err)` hands the error to the error middleware; `reject(err)` to the caller.
    if (/^(?:next|reject|done|callback|cb)$/.test(callee) && call.arguments.length > 0) return true;
    if (tsSemantics.isLogCall(call, file) || /(?:^|\.)(?:captureException|recordException|reportError|logError|logException)$/.test(callee)) return true;
    // The caught error handed to a logging-named function or method (`logAxiosError({ message, error })`, `span.log(err)`).
    return !!error && TS_LOG_NAMED.test(file.calleeMember(call) ?? '') && call.arguments.some(mentionsError);
  });
}

function tsRecordsFailure(block: TS.Block, ctx: TypeScriptRuleContext): boolean {
  return ctx.file.descendants(block, ts.isBinaryExpression, true).some(
    (node) =>
      node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      (node.right.kind === ts.SyntaxKind.FalseKeyword || FAILURE_VALUE.test(ctx.file.stringValue(node.right) ?? '')),
  );
}

function checkCatchClause(node: TS.CatchClause, ctx: TypeScriptRuleContext): void {
  const block = node.block;
  if (block.statements.length === 0) {
    // A comment in the block documents a deliberate ignore (ESLint no-empty's convention).
    if (!hasComment(block, ctx)) ctx.report({ node, messageId: 'emptyCatch' });
    return;
  }
  const rethrows = ctx.file.descendants(block, ts.isThrowStatement, true).length > 0;
  if (!rethrows && SUCCESS_STATE.test(block.getText(ctx.file.source))) {
    ctx.report({ node, messageId: 'successState' });
    return;
  }
  if (rethrows || tsLogsOrPassesOn(node, ctx) || tsRecordsFailure(block, ctx)) return;
  // TS has only catch-alls, and a silent fallback in plain code is normal; in a request handler
  // the error reaches neither the logs nor the caller's error handling.
  if (tsSemantics.enclosingHandler(node, ctx.file, ctx.path)) ctx.report({ node, messageId: 'noLogging' });
}

export default defineRule({
  id: 'broad-exception-handler',
  category: 'reliability',
  severity: 'medium',
  confidence: 'high',
  seeds: ['004'],
  summary: 'Catch-all exception handler hides failures',
  messages: {
    bareExcept: 'bare `except:` also catches SystemExit, KeyboardInterrupt and task cancellation, and hides the failure',
    baseException: '`except BaseException` also catches SystemExit, KeyboardInterrupt and task cancellation',
    swallowed: 'catch-all handler swallows every error (pass/continue/default value) without logging it',
    successState: 'catch-all handler reports success after an error; callers and monitoring never see the failure',
    noLogging: 'catch-all handler neither logs the error nor re-raises it; the failure leaves no trace',
    emptyCatch: 'empty `catch {}` swallows every error without a trace',
  },
  fixHint: 'Catch the specific exceptions you expect; in a catch-all, log with the traceback (`logger.exception(...)`, `logger.error({ err }, ...)`) and re-raise or return an explicit error.',
  python: {
    visitors: {
      except_clause: checkExceptClause,
    },
  },
  typescript: {
    // Both paths start from `catch`: the keyword of a catch clause (not a name, so a word of the text) or the
    // `.catch(…)` member; `\u` lets an escape spell either, as the parser accepts (with an error) in a keyword.
    prefilter: { words: ['catch', '\\u'] },
    callees: (name) => name === 'catch',
    visitors: {
      CatchClause(node, ctx) {
        if (ts.isCatchClause(node)) checkCatchClause(node, ctx);
      },
      CallExpression(node, ctx) {
        // promise.catch(() => {}) is the expression form of an empty catch block.
        if (!ts.isCallExpression(node) || ctx.file.calleeMember(node) !== 'catch' || node.arguments.length !== 1) return;
        const handler = node.arguments[0];
        if ((ts.isArrowFunction(handler) || ts.isFunctionExpression(handler)) && ts.isBlock(handler.body) && handler.body.statements.length === 0 && !hasComment(handler.body, ctx)) {
          ctx.report({ node, messageId: 'emptyCatch' });
        }
      },
    },
  },
});
