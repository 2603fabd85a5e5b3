import { calleePrefilter, defineRule, pySemantics, ts, tsSemantics } from '../src/rule-kit/index.js';
const PY_BLOCKING = new Set(['subprocess.run', 'subprocess.call', 'subprocess.check_call', 'subprocess.check_output', 'subprocess.getoutput', 'subprocess.getstatusoutput']);
const PY_POPEN = 'subprocess.Popen';
const PY_ASYNC = new Set(['asyncio.create_subprocess_exec', 'asyncio.create_subprocess_shell', 'asyncio.subprocess.create_subprocess_exec', 'asyncio.subprocess.create_subprocess_shell']);
// Deadlines that bound an awaited process: asyncio, async_timeout, anyio, trio.
const PY_DEADLINES = /(?:^|\.)(?:wait_for|timeout|timeout_at|fail_after|move_on_after|fail_at|move_on_at)$/;
// Test suites, build scripts, packaging and CLI tools (see isCommandLineScript) run subprocesses on purpose and under a human's eye.
const NON_SERVER_PATH = /(?:^|\/)(?:tests?|testing|scripts|docs|examples?|benchmarks?)\/|(?:^|\/)(?:test_[^/]*|[^/]*_test|conftest|setup|noxfile|tasks|fabfile)\.py$|(?:^|\/)[^/]*\.(?:test|spec)\.[cm]?[jt]sx?$|(?:^|\/)__tests__\//;
// Sets, not patterns, so the prefilter below is derived from the very callees the rule reports.
const TS_CHILD_PROCESS = new Set(['child_process', 'node:child_process'].flatMap((module) => ['exec', 'execFile', 'spawn', 'fork', 'execSync', 'execFileSync', 'spawnSync'].map((name) => `${module}.${name}`)));
const TS_EXECA = new Set(['execa', ...['execa', 'execaCommand', 'execaNode', 'execaSync', 'execaCommandSync', '$'].map((name) => `execa.${name}`)]);
const TS_PROMISIFY = /^(?:(?:node:)?util\.promisify|util\.promisify|promisify)$/;
const TS_TIMEOUT_OPTIONS = ['timeout', 'signal', 'cancelSignal'];
function pyFunctionScope(node, ctx) {
    return ctx.file.enclosingFunction(node) ?? ctx.file.root;
}
/** `proc.communicate(timeout=30)` / `proc.wait(timeout=30)` in the same function bounds a Popen. */
function popenBounded(node, ctx) {
    return ctx.file.descendants(pyFunctionScope(node, ctx), new Set(['call'])).some((call) => {
        const member = ctx.file.calleeMember(call);
        return (member === 'communicate' || member === 'wait') && ctx.file.hasKeywordArgument(call, 'timeout');
    });
}
/** `await asyncio.wait_for(proc.communicate(), 30)` or `async with asyncio.timeout(30):` around the process. */
function asyncBounded(node, ctx) {
    const scope = pyFunctionScope(node, ctx);
    if (popenBounded(node, ctx))
        return true;
    return ctx.file.descendants(scope, new Set(['call'])).some((call) => PY_DEADLINES.test(ctx.file.calleeName(call) ?? ''));
}
function reportPython(node, ctx, callee) {
    const handler = pySemantics.enclosingHandler(node, ctx.file);
    const command = callee.split('.').slice(-2).join('.');
    if (handler) {
        ctx.report({ node, messageId: 'inHandler', data: { call: command, handler: handler.childForFieldName('name')?.text ?? 'handler' } });
    }
    else if (!NON_SERVER_PATH.test(ctx.path) && !pySemantics.isCommandLineScript(ctx.file) && !pySemantics.inMainGuard(node)) {
        ctx.report({ node, messageId: 'noTimeout', confidence: 'medium', data: { call: command } });
    }
}
/** `const execAsync = promisify(exec)` → calls to `execAsync` are `child_process.exec`. */
function tsProcessCallee(call, ctx) {
    const callee = ctx.file.calleeName(call);
    if (!callee)
        return undefined;
    if (TS_CHILD_PROCESS.has(callee) || TS_EXECA.has(callee))
        return callee;
    const init = ts.isIdentifier(call.expression) ? ctx.file.unwrap(ctx.file.constants.get(call.expression.text)) : undefined;
    if (init && ts.isCallExpression(init) && TS_PROMISIFY.test(ctx.file.calleeName(init) ?? '')) {
        const wrapped = ctx.file.qualifiedName(init.arguments[0]);
        if (wrapped && TS_CHILD_PROCESS.has(wrapped))
            return wrapped;
    }
    return undefined;
}
/** The options object is the last non-callback argument after the command (and its argv array). */
function tsOptionsVerdict(call, ctx) {
    const { file } = ctx;
    const rest = call.arguments.slice(1).filter((arg) => !ts.isArrowFunction(arg) && !ts.isFunctionExpression(arg));
    for (const arg of rest) {
        const expression = file.unwrap(arg);
        if (ts.isArrayLiteralExpression(expression) || ts.isSpreadElement(expression))
            continue;
        const object = file.resolveObject(expression);
        if (object) {
            if (file.hasSpread(object))
                return 'unknown';
            if (TS_TIMEOUT_OPTIONS.some((name) => file.hasProperty(object, name)))
                return 'bounded';
            continue;
        }
        // `spawn(cmd, args, options)` with options built elsewhere: cannot tell.
        if (ts.isIdentifier(expression) && /opt|config|settings/i.test(expression.text))
            return 'unknown';
    }
    return 'unbounded';
}
/** A watchdog that kills the child: `setTimeout(() => child.kill(), ms)` in the same function. */
function tsWatchdog(call, ctx) {
    const scope = ctx.file.enclosingFunction(call) ?? ctx.file.source;
    return /setTimeout\([\s\S]*?\.kill\(/.test(scope.getText(ctx.file.source));
}
export default defineRule({
    id: 'unbounded-subprocess',
    category: 'reliability',
    severity: 'high',
    confidence: 'high',
    seeds: ['003'],
    summary: 'Subprocess started with no timeout',
    messages: {
        inHandler: '{{call}} runs inside request handler {{handler}} with no timeout; a hung child process holds the request, its worker and its memory until someone kills the server',
        noTimeout: '{{call}} starts a child process with no timeout; a hung or runaway process is never stopped',
    },
    fixHint: 'Pass a timeout (subprocess timeout=, asyncio.wait_for around communicate(), child_process `timeout`/`signal: AbortSignal.timeout(ms)`) and kill the child when it expires.',
    python: {
        visitors: {
            call(node, ctx) {
                const { file } = ctx;
                const callee = file.calleeName(node);
                if (!callee)
                    return;
                if (PY_BLOCKING.has(callee)) {
                    if (file.hasKeywordArgument(node, 'timeout') || file.hasSplatKeywords(node))
                        return;
                    reportPython(node, ctx, callee);
                }
                else if (callee === PY_POPEN) {
                    if (file.hasSplatKeywords(node) || popenBounded(node, ctx))
                        return;
                    reportPython(node, ctx, callee);
                }
                else if (PY_ASYNC.has(callee)) {
                    if (asyncBounded(node, ctx))
                        return;
                    reportPython(node, ctx, callee);
                }
            },
        },
    },
    typescript: {
        // Both reports are at a call whose callee (or, for `promisify(exec)` bound to a top-level constant, whose
        // wrapped function) is one of these.
        prefilter: calleePrefilter([...TS_CHILD_PROCESS, ...TS_EXECA]),
        visitors: {
            CallExpression(node, ctx) {
                if (!ts.isCallExpression(node))
                    return;
                const callee = tsProcessCallee(node, ctx);
                if (!callee)
                    return;
                if (tsOptionsVerdict(node, ctx) !== 'unbounded' || tsWatchdog(node, ctx))
                    return;
                const call = callee.replace(/^node:/, '');
                const handler = tsSemantics.enclosingHandler(node, ctx.file, ctx.path);
                if (handler) {
                    ctx.report({ node, messageId: 'inHandler', data: { call, handler: tsSemantics.functionLabel(handler, ctx.file) } });
                }
                else if (!NON_SERVER_PATH.test(ctx.path) && !tsSemantics.isCommandLineScript(ctx.file)) {
                    ctx.report({ node, messageId: 'noTimeout', confidence: 'medium', data: { call } });
                }
            },
        },
    },
});
