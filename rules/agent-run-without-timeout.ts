import { calleesNamed, defineRule, pySemantics, ts, tsSemantics, type PyNode, type PythonFile, type TS, type TypeScriptFile } from '../src/rule-kit/index.js';

const PYTHON_TIMEOUT_KEYWORDS = ['timeout', 'request_timeout'];
// Model calls through a module function rather than a client object: no client timeout to look for.
const MODULE_FUNCTIONS = /^(?:ai|litellm)\./;

/** The message's note on the client, and whether an unseen client lowers confidence. */
function clientNote(callee: string, clientTimeout: boolean | undefined): { clientNote: string; confidence?: 'medium' } {
  if (MODULE_FUNCTIONS.test(callee)) return { clientNote: '' };
  if (clientTimeout === undefined) return { clientNote: ' (its client is built elsewhere and may carry a timeout)', confidence: 'medium' };
  return { clientNote: ' and its client sets no timeout' };
}

/** The handler's name for the message: `invoke`, `POST /chat`, `execute`. */
function pythonHandlerName(handler: PyNode): string {
  return handler.childForFieldName('name')?.text ?? 'handler';
}

/**
 * The request handler a run belongs to, with no deadline on the way: the
 * enclosing handler, or a same-file helper called from handlers (an A2A
 * `execute` delegating to `self._process`). Undefined when a deadline covers it.
 */
function pythonUnboundedIn(node: PyNode, file: PythonFile): string | undefined {
  const handler = pySemantics.enclosingHandler(node, file);
  if (handler) return pySemantics.underDeadline(node, file, handler) ? undefined : pythonHandlerName(handler);
  const helper = file.enclosingFunction(node);
  if (!helper || pySemantics.underDeadline(node, file, helper)) return undefined;
  const site = pySemantics.handlerCallSites(helper, file).find((call) => !pySemantics.underDeadline(call, file, pySemantics.enclosingHandler(call, file)!));
  return site ? `${pythonHandlerName(pySemantics.enclosingHandler(site, file)!)} (through ${pythonHandlerName(helper)})` : undefined;
}

function tsUnboundedIn(node: TS.CallExpression, file: TypeScriptFile, path: string): string | undefined {
  const handler = tsSemantics.enclosingHandler(node, file, path);
  if (handler) return tsSemantics.underDeadline(node, file, handler) ? undefined : tsSemantics.functionLabel(handler, file);
  const helper = file.enclosingFunction(node);
  if (!helper || tsSemantics.underDeadline(node, file, helper)) return undefined;
  const site = tsSemantics.handlerCallSites(helper, file, path).find((call) => !tsSemantics.underDeadline(call, file, tsSemantics.enclosingHandler(call, file, path)!));
  return site ? `${tsSemantics.functionLabel(tsSemantics.enclosingHandler(site, file, path)!, file)} (through ${tsSemantics.functionLabel(helper, file)})` : undefined;
}

/**
 * For a single model call, the client's own timeout bounds it: `client = AsyncOpenAI(timeout=20)`
 * at module level in this file. Undefined when the client is built elsewhere (we cannot tell).
 */
function pythonClientTimeout(call: PyNode, file: PythonFile): boolean | undefined {
  const root = file.calleeName(call)?.split('.')[0];
  const assigned = root ? file.moduleAssignments.get(root) : undefined;
  if (assigned?.type !== 'call') return undefined;
  return file.hasSplatKeywords(assigned) || PYTHON_TIMEOUT_KEYWORDS.some((name) => file.hasKeywordArgument(assigned, name));
}

function tsClientTimeout(call: TS.CallExpression, file: TypeScriptFile): boolean | undefined {
  const root = file.calleeName(call)?.split('.')[0];
  const constant = root ? file.unwrap(file.constants.get(root)) : undefined;
  if (!constant || !ts.isNewExpression(constant)) return undefined;
  const options = constant.arguments?.[0];
  if (!options) return false;
  return !file.resolveObject(options) || file.hasSpread(options) || file.hasProperty(options, 'timeout');
}

export default defineRule({
  id: 'agent-run-without-timeout',
  category: 'reliability',
  severity: 'high',
  confidence: 'high',
  seeds: ['003', '004'],
  summary: 'Agent or LLM run in a request handler without a deadline',
  messages: {
    agentRun: 'Agent run {{call}}(...) in request handler {{handler}} has no deadline; a looping agent or stuck tool holds the request, its worker and the model budget until the client gives up',
    llmCall: 'Model call {{call}}(...) in request handler {{handler}} has no deadline{{clientNote}}; a stalled completion holds the request and its worker',
  },
  fixHint: 'Bound the run: wrap it in `async with asyncio.timeout(s)` / `asyncio.wait_for(..., s)` (Python) or pass `signal: AbortSignal.timeout(ms)` (TS), answer 504 on expiry, and read the budget from settings.',
  python: {
    visitors: {
      call(node, ctx) {
        const { file } = ctx;
        const kind = pySemantics.agentCallKind(node, file);
        if (!kind) return;
        const handler = pythonUnboundedIn(node, file);
        if (!handler) return;
        // The callee as written (`runner.run_async`), not import-resolved, reads best in a message.
        const call = node.childForFieldName('function')?.text ?? 'call';
        const callee = file.calleeName(node) ?? call;
        const data = { call, handler };
        if (kind === 'agent') {
          ctx.report({ node, messageId: 'agentRun', data });
          return;
        }
        if (file.hasSplatKeywords(node) || PYTHON_TIMEOUT_KEYWORDS.some((name) => file.hasKeywordArgument(node, name))) return;
        const clientTimeout = pythonClientTimeout(node, file);
        if (clientTimeout) return;
        // A client built in another module may carry a timeout we cannot see.
        const { clientNote: note, confidence } = clientNote(callee, clientTimeout);
        ctx.report({ node, messageId: 'llmCall', confidence, data: { ...data, clientNote: note } });
      },
    },
  },
  typescript: {
    // Every report is of a call agentCallKind names, in a file that holds what that needs.
    prefilter: tsSemantics.AGENT_CALL_PREFILTER,
    callees: calleesNamed(tsSemantics.AGENT_CALL_NAMES),
    visitors: {
      CallExpression(node, ctx) {
        if (!ts.isCallExpression(node)) return;
        const { file } = ctx;
        const kind = tsSemantics.agentCallKind(node, file);
        if (!kind) return;
        const handler = tsUnboundedIn(node, file, ctx.path);
        if (!handler) return;
        const data = { call: node.expression.getText(file.source), handler };
        if (kind === 'agent') {
          ctx.report({ node, messageId: 'agentRun', data });
          return;
        }
        const clientTimeout = tsClientTimeout(node, file);
        if (clientTimeout) return;
        const { clientNote: note, confidence } = clientNote(file.calleeName(node) ?? data.call, clientTimeout);
        ctx.report({ node, messageId: 'llmCall', confidence, data: { ...data, clientNote: note } });
      },
    },
  },
});
