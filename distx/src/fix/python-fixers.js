import { isLogCall, inMainGuard } from '../languages/python/semantics.js';
import { withPythonTree } from '../scaffold/python-source.js';
import { defineFixer } from './define-fixer.js';
import { blockStart, ensureImport, moduleLogger } from './python-support.js';
const ORIGINS_FROM_ENV = '[origin.strip() for origin in os.getenv("CORS_ALLOW_ORIGINS", "").split(",") if origin.strip()]';
const CATCH_ALL = new Set(['Exception', 'BaseException', 'builtins.Exception', 'builtins.BaseException']);
const REQUESTS_CALLS = /^requests\.(?:get|post|put|patch|delete|head|options|request)$/;
const DEBUG_TARGETS = new Set(['fastapi.FastAPI', 'fastapi.applications.FastAPI', 'starlette.applications.Starlette', 'uvicorn.run']);
const DEFAULT_TIMEOUT_SECONDS = 10;
function line(node) {
    return node.startPosition.row + 1;
}
function isWildcard(node) {
    if (!node)
        return false;
    if (node.type === 'string')
        return node.text.slice(1, -1) === '*';
    return node.type === 'list' && node.namedChildren.some((child) => child?.type === 'string' && child.text.slice(1, -1) === '*');
}
function calls(root) {
    return root.descendantsOfType('call').filter((node) => !!node);
}
/** Inserts `text` as a new last argument of `call` (after a trailing comma when there is one). */
function appendArgument(call, text) {
    const argumentList = call.childForFieldName('arguments');
    const last = argumentList.namedChildren.filter((child) => !!child && child.type !== 'comment').pop();
    // Right after the last argument, so a multi-line call keeps its trailing comma and closing line.
    if (last)
        return { start: last.endIndex, end: last.endIndex, text: `, ${text}` };
    const closing = argumentList.endIndex - 1;
    return { start: closing, end: closing, text };
}
/**
 * Every recognisable CORS configuration in a Python file: `add_middleware(CORSMiddleware, …)`,
 * `Middleware(CORSMiddleware, …)`, flask-cors `CORS(app, …)` / `cross_origin(…)`. A repair is
 * offered where a wildcard (or flask-cors's default) allows every origin; `origins` is the
 * replacement expression. Shared by `fix` and `scaffold cors`.
 */
export function pythonCorsConfigs(tree, file, origins) {
    const configs = [];
    for (const call of calls(tree.rootNode)) {
        const callee = file.calleeName(call) ?? '';
        const isMiddleware = file.calleeMember(call) === 'add_middleware' || callee === 'starlette.middleware.Middleware';
        const middleware = isMiddleware ? file.qualifiedName(file.positionalArguments(call)[0] ?? file.keywordArgument(call, 'middleware_class')) : undefined;
        if (middleware?.endsWith('CORSMiddleware')) {
            const value = file.keywordArgument(call, 'allow_origins');
            const repair = value && isWildcard(value) ? { line: line(value.parent ?? value), description: 'allow_origins from CORS_ALLOW_ORIGINS', edits: [{ start: value.startIndex, end: value.endIndex, text: origins }] } : undefined;
            configs.push({ line: line(call), repair });
        }
        else if (callee === 'flask_cors.CORS' || callee === 'flask_cors.cross_origin') {
            const value = file.keywordArgument(call, 'origins');
            let repair;
            if (file.hasSplatKeywords(call) || file.keywordArgument(call, 'resources'))
                repair = undefined;
            else if (value && isWildcard(value))
                repair = { line: line(value.parent ?? value), description: 'origins from CORS_ALLOW_ORIGINS', edits: [{ start: value.startIndex, end: value.endIndex, text: origins }] };
            else if (!value)
                repair = { line: line(call), description: 'origins from CORS_ALLOW_ORIGINS', edits: [appendArgument(call, `origins=${origins}`)] };
            configs.push({ line: line(call), repair });
        }
    }
    return configs;
}
export const pythonCors = defineFixer({
    id: 'python-cors-allowlist',
    ruleId: 'cors-wildcard',
    language: 'python',
    summary: 'CORS wildcard → allowlist read from CORS_ALLOW_ORIGINS',
    async find({ text }) {
        return withPythonTree(text, (tree, file) => pythonCorsConfigs(tree, file, ORIGINS_FROM_ENV).flatMap(({ repair }) => (repair ? [{ ...repair, edits: [...repair.edits, ...ensureImport(tree, file, text, 'os')] }] : [])));
    },
});
export const pythonDebug = defineFixer({
    id: 'python-debug-off',
    ruleId: 'debug-enabled',
    language: 'python',
    summary: '`debug=True` / `reload=True` → off unless APP_DEBUG / APP_RELOAD is "true"',
    async find({ text }) {
        return withPythonTree(text, (tree, file) => {
            const repairs = [];
            for (const call of calls(tree.rootNode)) {
                const callee = file.calleeName(call) ?? '';
                const appRun = file.calleeMember(call) === 'run' && file.importsModule('flask');
                if (!DEBUG_TARGETS.has(callee) && !appRun)
                    continue;
                for (const name of ['debug', 'reload']) {
                    const value = file.keywordArgument(call, name);
                    if (value?.type !== 'true')
                        continue;
                    const variable = `APP_${name.toUpperCase()}`;
                    repairs.push({
                        line: line(value.parent ?? value),
                        description: `${name} from ${variable}, off by default`,
                        edits: [{ start: value.startIndex, end: value.endIndex, text: `os.getenv("${variable}", "false").lower() == "true"` }, ...ensureImport(tree, file, text, 'os')],
                    });
                }
            }
            return repairs;
        });
    },
});
/** The name an except clause binds (`except Exception as e` → e). */
function boundName(clause) {
    const value = clause.childForFieldName('value');
    if (value?.type !== 'as_pattern')
        return undefined;
    const alias = value.childForFieldName('alias');
    return alias?.text ?? value.namedChildren[1]?.text;
}
function enclosing(node, type) {
    for (let current = node.parent; current; current = current.parent)
        if (current.type === type)
            return current;
    return undefined;
}
function functionName(node) {
    return enclosing(node, 'function_definition')?.childForFieldName('name')?.text ?? 'request';
}
/** `detail=str(e)`, `detail=repr(e)`, `detail=e`, `detail=f"... {e}"` where `e` is the caught exception. */
function exposesException(value, caught) {
    if (value.type === 'identifier')
        return value.text === caught;
    if (value.type === 'call') {
        const fn = value.childForFieldName('function')?.text;
        const args = value.childForFieldName('arguments')?.namedChildren ?? [];
        return (fn === 'str' || fn === 'repr') && args.length === 1 && args[0]?.text === caught;
    }
    if (value.type === 'string')
        return value.descendantsOfType('interpolation').some((part) => part?.namedChildren.some((child) => child?.text === caught));
    return false;
}
export const pythonErrorDetail = defineFixer({
    id: 'python-generic-error-detail',
    ruleId: 'error-detail-leak',
    language: 'python',
    summary: '`detail=str(e)` → a generic message, the exception logged with its traceback',
    async find({ text }) {
        return withPythonTree(text, (tree, file) => {
            const repairs = [];
            for (const call of calls(tree.rootNode)) {
                if (!/HTTPException$/.test(file.calleeName(call) ?? ''))
                    continue;
                const detail = file.keywordArgument(call, 'detail');
                const clause = enclosing(call, 'except_clause');
                const caught = clause && boundName(clause);
                if (!detail || !caught || !exposesException(detail, caught))
                    continue;
                const status = file.literal(file.keywordArgument(call, 'status_code') ?? file.positionalArguments(call)[0]);
                const clientError = typeof status === 'number' && status < 500;
                const edits = [{ start: detail.startIndex, end: detail.endIndex, text: clientError ? '"Invalid request"' : '"Internal server error"' }];
                const block = clause.namedChildren.find((child) => child?.type === 'block');
                const logs = block?.descendantsOfType('call').some((node) => !!node && isLogCall(node, file) && file.calleeName(node) !== 'print');
                if (block && !logs) {
                    const logger = moduleLogger(tree, file, text);
                    const statement = enclosing(call, 'raise_statement') ?? call;
                    const lineStart = text.lastIndexOf('\n', statement.startIndex - 1) + 1;
                    const indent = text.slice(lineStart, statement.startIndex);
                    const log = clientError ? `${logger.name}.warning("${functionName(call)} rejected the request", exc_info=True)` : `${logger.name}.exception("${functionName(call)} failed")`;
                    edits.push(...logger.edits, { start: lineStart, end: lineStart, text: `${indent}${log}\n` });
                }
                repairs.push({ line: line(detail.parent ?? detail), description: 'generic error detail; exception logged', edits });
            }
            return repairs;
        });
    },
});
export const pythonBroadExcept = defineFixer({
    id: 'python-except-logged',
    ruleId: 'broad-exception-handler',
    language: 'python',
    summary: 'bare `except:` / `except BaseException` → `except Exception` that logs the traceback',
    async find({ text }) {
        return withPythonTree(text, (tree, file) => {
            const repairs = [];
            for (const clause of tree.rootNode.descendantsOfType('except_clause')) {
                if (!clause)
                    continue;
                const value = clause.childForFieldName('value');
                const caught = value?.type === 'as_pattern' ? value.namedChild(0) : value;
                const name = caught ? (file.qualifiedName(caught) ?? caught.text) : undefined;
                if (name !== undefined && !CATCH_ALL.has(name))
                    continue;
                const block = clause.namedChildren.find((child) => child?.type === 'block');
                if (!block)
                    continue;
                const raises = block.descendantsOfType('raise_statement').some((node) => !!node && !node.namedChild(0));
                const logs = block.descendantsOfType('call').some((node) => !!node && isLogCall(node, file) && file.calleeName(node) !== 'print');
                const edits = [];
                if (!caught) {
                    const keyword = clause.child(0);
                    edits.push({ start: keyword.endIndex, end: keyword.endIndex, text: ' Exception' });
                }
                else if (/BaseException$/.test(name)) {
                    edits.push({ start: caught.startIndex, end: caught.endIndex, text: 'Exception' });
                }
                if (!logs && !raises) {
                    const logger = moduleLogger(tree, file, text);
                    const message = `${functionName(clause)} failed`;
                    if (block.startPosition.row === clause.startPosition.row) {
                        // `except: pass` on one line: move the body onto its own lines under the clause.
                        const lineStart = text.lastIndexOf('\n', clause.startIndex - 1) + 1;
                        const indent = `${text.slice(lineStart, clause.startIndex)}    `;
                        const colon = clause.children.find((child) => child?.type === ':');
                        edits.push({ start: colon.endIndex, end: block.endIndex, text: `\n${indent}${logger.name}.exception("${message}")\n${indent}${block.text}` });
                    }
                    else {
                        const { offset, indent } = blockStart(block, text);
                        edits.push({ start: offset, end: offset, text: `${indent}${logger.name}.exception("${message}")\n` });
                    }
                    edits.push(...logger.edits);
                }
                if (edits.length > 0)
                    repairs.push({ line: line(clause), description: 'catches Exception and logs the traceback', edits });
            }
            return repairs;
        });
    },
});
export const pythonPrint = defineFixer({
    id: 'python-print-to-logger',
    ruleId: 'print-logging',
    language: 'python',
    summary: '`print(...)` → the module logger',
    async find({ text }) {
        return withPythonTree(text, (tree, file) => {
            const repairs = [];
            for (const call of calls(tree.rootNode)) {
                if (file.calleeName(call) !== 'print' || call.parent?.type !== 'expression_statement' || inMainGuard(call))
                    continue;
                const args = call.childForFieldName('arguments').namedChildren.filter((child) => !!child && child.type !== 'comment');
                const keywords = args.filter((arg) => arg.type === 'keyword_argument');
                const positional = args.filter((arg) => arg.type !== 'keyword_argument');
                // sep/end change the text and splats hide arguments: not a safe mechanical edit.
                if (keywords.some((arg) => !['file', 'flush'].includes(arg.childForFieldName('name')?.text ?? '')) || positional.length === 0 || positional.some((arg) => arg.type.includes('splat')))
                    continue;
                const toStderr = keywords.some((arg) => arg.childForFieldName('name')?.text === 'file' && /stderr$/.test(file.qualifiedName(arg.childForFieldName('value')) ?? ''));
                const logger = moduleLogger(tree, file, text);
                const method = toStderr ? 'warning' : 'info';
                const single = positional.length === 1 && positional[0].type === 'string';
                const argumentsText = single ? positional[0].text : `${JSON.stringify(positional.map(() => '%s').join(' '))}, ${positional.map((arg) => arg.text).join(', ')}`;
                repairs.push({ line: line(call), description: `print → ${logger.name}.${method}`, edits: [{ start: call.startIndex, end: call.endIndex, text: `${logger.name}.${method}(${argumentsText})` }, ...logger.edits] });
            }
            return repairs;
        });
    },
});
export const pythonRequestsTimeout = defineFixer({
    id: 'python-requests-timeout',
    ruleId: 'outbound-call-without-timeout',
    language: 'python',
    summary: '`requests.*` without `timeout=` → `timeout=10`',
    async find({ text }) {
        return withPythonTree(text, (tree, file) => {
            const repairs = [];
            for (const call of calls(tree.rootNode)) {
                if (!REQUESTS_CALLS.test(file.calleeName(call) ?? '') || file.keywordArgument(call, 'timeout') || file.hasSplatKeywords(call))
                    continue;
                repairs.push({ line: line(call), description: `timeout=${DEFAULT_TIMEOUT_SECONDS}`, edits: [appendArgument(call, `timeout=${DEFAULT_TIMEOUT_SECONDS}`)] });
            }
            return repairs;
        });
    },
});
// LLM SDK clients whose default timeout is ten minutes or none (see outbound-call-without-timeout).
const LLM_CLIENTS = new Set([
    'openai.OpenAI', 'openai.AsyncOpenAI', 'openai.AzureOpenAI', 'openai.AsyncAzureOpenAI',
    'anthropic.Anthropic', 'anthropic.AsyncAnthropic', 'langchain_openai.ChatOpenAI', 'langchain_anthropic.ChatAnthropic',
]);
const CLIENT_TIMEOUT_KEYWORDS = ['timeout', 'request_timeout', 'default_request_timeout', 'http_client'];
const LLM_TIMEOUT_SECONDS = 60;
export const pythonClientTimeout = defineFixer({
    id: 'python-llm-client-timeout',
    ruleId: 'outbound-call-without-timeout',
    language: 'python',
    summary: 'OpenAI/Anthropic/LangChain clients without a timeout → `timeout=60`',
    async find({ text }) {
        return withPythonTree(text, (tree, file) => {
            const repairs = [];
            for (const call of calls(tree.rootNode)) {
                if (!LLM_CLIENTS.has(file.calleeName(call) ?? '') || file.hasSplatKeywords(call) || CLIENT_TIMEOUT_KEYWORDS.some((name) => file.hasKeywordArgument(call, name)))
                    continue;
                repairs.push({ line: line(call), description: `client timeout=${LLM_TIMEOUT_SECONDS}`, edits: [appendArgument(call, `timeout=${LLM_TIMEOUT_SECONDS}`)] });
            }
            return repairs;
        });
    },
});
export const PYTHON_FIXERS = [pythonClientTimeout, pythonCors, pythonDebug, pythonErrorDetail, pythonBroadExcept, pythonPrint, pythonRequestsTimeout];
