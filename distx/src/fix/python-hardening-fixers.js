import { agentCallKind, inMainGuard, isLogCall, underDeadline } from '../languages/python/semantics.js';
import { sensitiveValueKind } from '../languages/sensitive-names.js';
import { importInsertionOffset, withPythonTree } from '../scaffold/python-source.js';
import { lineEndAfter } from '../scaffold/text-edits.js';
import { defineFixer } from './define-fixer.js';
import { ensureImport } from './python-support.js';
const REDACTED = '[REDACTED]';
const AGENT_RUN_TIMEOUT = 'AGENT_RUN_TIMEOUT_SECONDS';
const AGENT_MAX_OUTPUT_TOKENS = 'AGENT_MAX_OUTPUT_TOKENS';
// ADK agent constructors; their generations are unbounded without a generate_content_config cap.
const ADK_AGENTS = new Set(['google.adk.agents.Agent', 'google.adk.agents.LlmAgent', 'google.adk.agents.llm_agent.LlmAgent', 'google.adk.agents.llm_agent.Agent', 'google.adk.Agent']);
const SERVER_STARTERS = new Set(['uvicorn.run', 'hypercorn.run', 'waitress.serve']);
const BIND_ALL = new Set(['0.0.0.0', '::', '[::]', '']);
function line(node) {
    return node.startPosition.row + 1;
}
function calls(root) {
    return root.descendantsOfType('call').filter((node) => !!node);
}
/** The statement holding `node` whose parent is a block or the module. */
function statementOf(node) {
    let current = node;
    while (current && current.parent && current.parent.type !== 'block' && current.parent.type !== 'module')
        current = current.parent;
    return current && current.parent ? current : undefined;
}
function enclosingFunction(node) {
    for (let current = node.parent; current; current = current.parent)
        if (current.type === 'function_definition')
            return current;
    return undefined;
}
/**
 * A module-level definition placed after the imports, once: the edits that
 * add it (after `import` edits at the same offset, which must be listed later).
 */
function moduleDefinition(tree, file, text, name, definition) {
    if (file.moduleAssignments.has(name) || tree.rootNode.namedChildren.some((child) => child?.type === 'function_definition' && child.childForFieldName('name')?.text === name))
        return [];
    const at = importInsertionOffset(tree, text);
    return [{ start: at, end: at, text: `\n${definition}\n` }];
}
/** `from module import name` at the import block unless `name` is already bound to it. */
function ensureFromImport(tree, file, text, module, name) {
    if (file.imports.get(name) === `${module}.${name}`)
        return [];
    const at = importInsertionOffset(tree, text);
    return [{ start: at, end: at, text: `from ${module} import ${name}\n` }];
}
/** True when re-indenting the statement would change a multi-line string's value. */
function hasMultilineString(statement) {
    return statement.descendantsOfType('string').some((node) => !!node && node.startPosition.row !== node.endPosition.row);
}
export const pythonAgentDeadline = defineFixer({
    id: 'python-agent-run-deadline',
    ruleId: 'agent-run-without-timeout',
    language: 'python',
    summary: `agent run in a request handler → inside \`async with asyncio.timeout(${AGENT_RUN_TIMEOUT})\` (env, default 120 s; Python 3.11+)`,
    async find({ text }) {
        return withPythonTree(text, (tree, file) => {
            const repairs = [];
            const wrapped = new Set();
            for (const call of calls(tree.rootNode)) {
                if (agentCallKind(call, file) !== 'agent')
                    continue;
                const fn = enclosingFunction(call);
                // asyncio.timeout is an async context manager: only an async function can use it.
                if (!fn || fn.child(0)?.type !== 'async' || underDeadline(call, file, fn))
                    continue;
                const statement = statementOf(call);
                if (!statement || statement.parent?.type === 'module' || wrapped.has(statement.id) || hasMultilineString(statement))
                    continue;
                wrapped.add(statement.id);
                const lineStart = text.lastIndexOf('\n', statement.startIndex - 1) + 1;
                const end = lineEndAfter(text, statement.endIndex);
                const indent = text.slice(lineStart, statement.startIndex);
                const body = text.slice(lineStart, end).split('\n').map((row) => (row.trim() === '' ? row : `    ${row}`)).join('\n');
                repairs.push({
                    line: line(call),
                    description: `deadline ${AGENT_RUN_TIMEOUT} (asyncio.timeout)`,
                    edits: [
                        { start: lineStart, end, text: `${indent}async with asyncio.timeout(${AGENT_RUN_TIMEOUT}):\n${body}${end === text.length && !body.endsWith('\n') ? '\n' : ''}` },
                        ...moduleDefinition(tree, file, text, AGENT_RUN_TIMEOUT, `# Upper bound on one agent run; a looping agent or stuck tool fails the request instead of holding it.\n${AGENT_RUN_TIMEOUT} = float(os.getenv("${AGENT_RUN_TIMEOUT}", "120"))`),
                        ...ensureImport(tree, file, text, 'os'),
                        ...ensureImport(tree, file, text, 'asyncio'),
                    ],
                });
            }
            return repairs;
        });
    },
});
/** The name `google.genai.types` is bound to in the file, or the edits that bind it. */
function genaiTypes(tree, file, text) {
    for (const [local, qualified] of file.imports)
        if (qualified === 'google.genai.types')
            return { name: local, edits: [] };
    const at = importInsertionOffset(tree, text);
    return { name: 'genai_types', edits: [{ start: at, end: at, text: 'from google.genai import types as genai_types\n' }] };
}
export const pythonAgentOutputCap = defineFixer({
    id: 'python-agent-output-cap',
    ruleId: 'unbounded-llm-output',
    language: 'python',
    summary: `ADK Agent without a generation config → \`generate_content_config\` with \`max_output_tokens\` from ${AGENT_MAX_OUTPUT_TOKENS} (default 2048)`,
    async find({ text }) {
        return withPythonTree(text, (tree, file) => {
            const repairs = [];
            for (const call of calls(tree.rootNode)) {
                if (!ADK_AGENTS.has(file.calleeName(call) ?? '') || file.hasSplatKeywords(call) || file.hasKeywordArgument(call, 'generate_content_config'))
                    continue;
                const types = genaiTypes(tree, file, text);
                const argumentList = call.childForFieldName('arguments');
                const last = argumentList.namedChildren.filter((child) => !!child && child.type !== 'comment').pop();
                const value = `generate_content_config=${types.name}.GenerateContentConfig(max_output_tokens=int(os.getenv("${AGENT_MAX_OUTPUT_TOKENS}", "2048")))`;
                let edit;
                if (last && last.startPosition.row !== call.startPosition.row) {
                    // One argument per line: add a line in the same style, keeping a trailing comma if the call has one.
                    const indent = text.slice(text.lastIndexOf('\n', last.startIndex - 1) + 1, last.startIndex);
                    const trailingComma = text.slice(last.endIndex, argumentList.endIndex).trimStart().startsWith(',');
                    edit = trailingComma ? { start: lineEndAfter(text, last.endIndex), end: lineEndAfter(text, last.endIndex), text: `${indent}${value},\n` } : { start: last.endIndex, end: last.endIndex, text: `,\n${indent}${value}` };
                }
                else {
                    edit = last ? { start: last.endIndex, end: last.endIndex, text: `, ${value}` } : { start: argumentList.endIndex - 1, end: argumentList.endIndex - 1, text: value };
                }
                repairs.push({ line: line(call), description: `max_output_tokens from ${AGENT_MAX_OUTPUT_TOKENS}`, edits: [edit, ...types.edits, ...ensureImport(tree, file, text, 'os')] });
            }
            return repairs;
        });
    },
});
/** The sensitive name an expression carries, judged the way sensitive-data-logged judges it. */
function sensitiveName(node, file) {
    if (node.type === 'identifier')
        return !!sensitiveValueKind(node.text);
    if (node.type === 'attribute')
        return !!sensitiveValueKind(node.childForFieldName('attribute')?.text ?? '');
    if (node.type === 'subscript') {
        const key = file.stringValue(node.childForFieldName('subscript'));
        return key !== undefined && !!sensitiveValueKind(key);
    }
    return false;
}
export const pythonRedactLogged = defineFixer({
    id: 'python-redact-logged-secret',
    ruleId: 'sensitive-data-logged',
    language: 'python',
    summary: 'a credential or card value in a log message → `[REDACTED]` (f-string field or argument)',
    async find({ text }) {
        return withPythonTree(text, (tree, file) => {
            const repairs = [];
            for (const call of calls(tree.rootNode)) {
                if (!isLogCall(call, file))
                    continue;
                const edits = [];
                for (const argument of call.childForFieldName('arguments')?.namedChildren ?? []) {
                    if (!argument)
                        continue;
                    if (argument.type === 'string') {
                        const fields = argument.namedChildren.filter((child) => child?.type === 'interpolation');
                        const secret = fields.filter((field) => {
                            const expression = field.childForFieldName('expression') ?? field.namedChild(0);
                            return !!expression && sensitiveName(expression, file);
                        });
                        for (const field of secret)
                            edits.push({ start: field.startIndex, end: field.endIndex, text: REDACTED });
                        // No field left: a plain string (unless doubled braces would change its text).
                        if (secret.length > 0 && secret.length === fields.length && !/\{\{|\}\}/.test(argument.text)) {
                            const prefix = /^[A-Za-z]*/.exec(argument.text)[0];
                            const f = prefix.search(/[fF]/);
                            if (f !== -1)
                                edits.push({ start: argument.startIndex + f, end: argument.startIndex + f + 1, text: '' });
                        }
                    }
                    else if (sensitiveName(argument, file)) {
                        edits.push({ start: argument.startIndex, end: argument.endIndex, text: JSON.stringify(REDACTED) });
                    }
                }
                if (edits.length > 0)
                    repairs.push({ line: line(call), description: 'sensitive values redacted from the log line', edits });
            }
            return repairs;
        });
    },
});
const OUTBOUND_GUARD = 'is_allowed_outbound_url';
// requests/httpx functions and methods on something named like an HTTP client or session.
const HTTP_CALL = /^(?:requests|httpx)\.(?:get|post|put|patch|delete|head|options|request|stream)$|(?:client|session|http)\.(?:get|post|put|patch|delete|head|options|stream)$/i;
const OUTBOUND_HELPER = `# Hosts the server may fetch on a caller's behalf (SSRF guard); empty by default: nothing is fetched until configured.
OUTBOUND_URL_ALLOWLIST = frozenset(host.strip().lower() for host in os.getenv("OUTBOUND_URL_ALLOWLIST", "").split(",") if host.strip())


def ${OUTBOUND_GUARD}(url: object) -> bool:
    """https URLs whose host is in OUTBOUND_URL_ALLOWLIST; private and metadata addresses are refused unless listed."""
    if not isinstance(url, str):
        return False
    parts = urlsplit(url)
    return parts.scheme == "https" and (parts.hostname or "") in OUTBOUND_URL_ALLOWLIST
`;
export const pythonOutboundAllowlist = defineFixer({
    id: 'python-outbound-url-allowlist',
    ruleId: 'unvalidated-outbound-url',
    language: 'python',
    summary: 'request-supplied URL fetched without a check → refused unless https and its host is in OUTBOUND_URL_ALLOWLIST',
    async find({ text }) {
        return withPythonTree(text, (tree, file) => {
            const repairs = [];
            const guarded = new Set();
            for (const call of calls(tree.rootNode)) {
                const url = file.keywordArgument(call, 'url') ?? file.positionalArguments(call)[0];
                // Only a URL held in a variable can be checked before the statement that fetches it.
                if (url?.type !== 'identifier' || !HTTP_CALL.test(file.calleeName(call) ?? ''))
                    continue;
                const statement = statementOf(call);
                if (!statement || statement.parent?.type !== 'block' || guarded.has(statement.id))
                    continue;
                const scope = enclosingFunction(call) ?? tree.rootNode;
                if (calls(scope).some((candidate) => file.calleeName(candidate) === OUTBOUND_GUARD && candidate.childForFieldName('arguments')?.namedChildren.some((argument) => argument?.text === url.text)))
                    continue;
                guarded.add(statement.id);
                const lineStart = text.lastIndexOf('\n', statement.startIndex - 1) + 1;
                const indent = text.slice(lineStart, statement.startIndex);
                repairs.push({
                    line: line(call),
                    description: 'URL checked against OUTBOUND_URL_ALLOWLIST before the request',
                    edits: [
                        { start: lineStart, end: lineStart, text: `${indent}if not ${OUTBOUND_GUARD}(${url.text}):\n${indent}    raise ValueError("refusing to fetch a URL whose host is not in OUTBOUND_URL_ALLOWLIST")\n` },
                        ...moduleDefinition(tree, file, text, OUTBOUND_GUARD, OUTBOUND_HELPER),
                        ...ensureImport(tree, file, text, 'os'),
                        ...ensureFromImport(tree, file, text, 'urllib.parse', 'urlsplit'),
                    ],
                });
            }
            return repairs;
        });
    },
});
export const pythonBindFromEnv = defineFixer({
    id: 'python-bind-from-env',
    ruleId: 'hardcoded-bind-config',
    language: 'python',
    summary: '`uvicorn.run(host=…, port=…)` literals → HOST / PORT / LOG_LEVEL from the environment, the literal as default',
    async find({ text }) {
        return withPythonTree(text, (tree, file) => {
            const repairs = [];
            for (const call of calls(tree.rootNode)) {
                if (!SERVER_STARTERS.has(file.calleeName(call) ?? ''))
                    continue;
                const edits = [];
                const host = file.keywordArgument(call, 'host');
                const hostValue = file.literal(host);
                if (host && typeof hostValue === 'string' && !BIND_ALL.has(hostValue))
                    edits.push({ start: host.startIndex, end: host.endIndex, text: `os.getenv("HOST", ${host.text})` });
                const port = file.keywordArgument(call, 'port');
                if (port && typeof file.literal(port) === 'number')
                    edits.push({ start: port.startIndex, end: port.endIndex, text: `int(os.getenv("PORT", ${port.text}))` });
                const level = file.keywordArgument(call, 'log_level');
                if (level && typeof file.literal(level) === 'string')
                    edits.push({ start: level.startIndex, end: level.endIndex, text: `os.getenv("LOG_LEVEL", ${level.text})` });
                if (edits.length > 0)
                    repairs.push({ line: line(call), description: 'bind settings from the environment', edits: [...edits, ...ensureImport(tree, file, text, 'os')] });
            }
            return repairs;
        });
    },
});
export const pythonDocsOff = defineFixer({
    id: 'python-api-docs-off',
    ruleId: 'api-docs-exposed',
    language: 'python',
    summary: '`FastAPI()` serving /docs everywhere → docs and schema only when APP_DOCS is "true"',
    async find({ text }) {
        return withPythonTree(text, (tree, file) => {
            const repairs = [];
            for (const call of calls(tree.rootNode)) {
                if (!/^fastapi(?:\.applications)?\.FastAPI$/.test(file.calleeName(call) ?? '') || file.hasSplatKeywords(call) || inMainGuard(call))
                    continue;
                if (['openapi_url', 'docs_url', 'redoc_url'].some((name) => file.hasKeywordArgument(call, name)))
                    continue;
                const argumentList = call.childForFieldName('arguments');
                const last = argumentList.namedChildren.filter((child) => !!child && child.type !== 'comment').pop();
                const value = 'openapi_url="/openapi.json" if os.getenv("APP_DOCS", "false").lower() == "true" else None';
                const at = last ? last.endIndex : argumentList.endIndex - 1;
                repairs.push({ line: line(call), description: 'API docs only when APP_DOCS is "true"', edits: [{ start: at, end: at, text: last ? `, ${value}` : value }, ...ensureImport(tree, file, text, 'os')] });
            }
            return repairs;
        });
    },
});
export const PYTHON_HARDENING_FIXERS = [pythonAgentDeadline, pythonAgentOutputCap, pythonRedactLogged, pythonOutboundAllowlist, pythonBindFromEnv, pythonDocsOff];
