import { HTTPX_CLIENTS, REQUESTS_FUNCTIONS, REQUESTS_SESSIONS } from '../../languages/python/semantics.js';
import { appendItemEdit } from '../python-edits.js';
import { importInsertionOffset, withPythonTree } from '../python-source.js';
import { applyEdits } from '../text-edits.js';
import { PART_OF_NAME } from './types.js';
const ADK_AGENT = /^google\.adk(?:\.agents)?(?:\.llm_agent)?\.(?:Llm)?Agent$/;
const ADK_GEMINI = /^google\.adk\.models(?:\.google_llm)?\.Gemini$/;
const GENAI_CLIENT = /^google\.genai(?:\.client)?\.Client$/;
// Model names ADK resolves to its Gemini class; other strings (claude-…, a LiteLLM route) are left alone.
const GEMINI_MODEL = /^(?:gemini-|projects\/[^/]+\/locations\/[^/]+\/(?:publishers\/google\/models\/gemini-|endpoints\/))/;
// Client options that configure the default transport; with `transport=` httpx would ignore them.
const HTTPX_TRANSPORT_OPTIONS = ['transport', 'mounts', 'app', 'verify', 'cert', 'http1', 'http2', 'limits', 'proxy', 'proxies', 'uds', 'local_address', 'trust_env'];
function calls(root) {
    return root.descendantsOfType('call').filter((node) => !!node);
}
/** The local name `qualified` is imported as, if any: `Gemini` for `from google.adk.models import Gemini`. */
function localName(file, qualified) {
    for (const [local, target] of file.imports)
        if (qualified.test(target))
            return local;
    return undefined;
}
/** Whether `name` is free for our import: unbound, or already bound to the generated module's name. */
function available(file, name, specifier) {
    const bound = file.imports.get(name);
    return (bound === undefined || bound === `${specifier.replace(/^\.+/, '')}.${name}`) && !file.moduleAssignments.has(name);
}
/** `from <specifier> import a, b` for the names not yet imported from it, joined to an existing import of the module. */
function importEdits(file, text, specifier, names) {
    const missing = names.filter((name) => file.imports.get(name) !== `${specifier.replace(/^\.+/, '')}.${name}`);
    if (missing.length === 0)
        return [];
    const existing = file.root.namedChildren.find((child) => child?.type === 'import_from_statement' && child.childForFieldName('module_name')?.text === specifier);
    const bound = existing?.childrenForFieldName('name').filter((child) => !!child) ?? [];
    if (bound.length > 0)
        return [{ start: bound[bound.length - 1].endIndex, end: bound[bound.length - 1].endIndex, text: `, ${missing.join(', ')}` }];
    const at = importInsertionOffset(file.tree, text);
    return [{ start: at, end: at, text: `from ${specifier} import ${missing.join(', ')}\n` }];
}
/**
 * Rewrites a Python file's single-attempt outbound calls to retry, using the
 * generated module imported as `specifier`:
 * `requests.get(...)` → `http_session.get(...)`, `requests.Session()` → `retrying_session()`,
 * `httpx.AsyncClient(...)` → `httpx.AsyncClient(..., transport=AsyncRetryingTransport())`,
 * ADK `Agent(model="gemini-…")` → `model=Gemini(model="gemini-…", retry_options=GEMINI_RETRY_OPTIONS)`,
 * `Gemini(...)` and `genai.Client(...)` get the retry options. Calls it cannot rewrite safely
 * (`**kwargs`, a transport of their own, a model that is not a Gemini literal) are left as they are.
 */
export async function rewritePythonCalls(text, specifier) {
    return withPythonTree(text, (tree, file) => {
        const edits = [];
        const names = new Set();
        const uses = new Set();
        const moduleName = specifier.replace(/^\.+/, '');
        for (const [, target] of file.imports) {
            const part = target.startsWith(`${moduleName}.`) ? PART_OF_NAME[target.slice(moduleName.length + 1)] : undefined;
            if (part)
                uses.add(part);
        }
        let rewritten = 0;
        let geminiName = localName(file, ADK_GEMINI);
        const geminiImport = [];
        for (const call of calls(tree.rootNode)) {
            const callee = file.calleeName(call) ?? '';
            const fn = call.childForFieldName('function');
            const args = call.childForFieldName('arguments');
            if (!args || args.type !== 'argument_list')
                continue;
            if (REQUESTS_FUNCTIONS.has(callee) && available(file, 'http_session', specifier)) {
                edits.push({ start: fn.startIndex, end: fn.endIndex, text: `http_session.${file.calleeMember(call)}` });
                names.add('http_session');
                uses.add('requests');
            }
            else if (REQUESTS_SESSIONS.has(callee) && args.namedChildren.length === 0 && available(file, 'retrying_session', specifier)) {
                edits.push({ start: call.startIndex, end: call.endIndex, text: 'retrying_session()' });
                names.add('retrying_session');
                uses.add('requests');
            }
            else if (HTTPX_CLIENTS.has(callee) && !file.hasSplatKeywords(call) && !HTTPX_TRANSPORT_OPTIONS.some((option) => file.hasKeywordArgument(call, option))) {
                const transport = callee === 'httpx.AsyncClient' ? 'AsyncRetryingTransport' : 'RetryingTransport';
                if (!available(file, transport, specifier))
                    continue;
                edits.push(appendItemEdit(args, `transport=${transport}()`));
                names.add(transport);
                uses.add('httpx');
            }
            else if (ADK_AGENT.test(callee) && !file.hasSplatKeywords(call)) {
                const model = file.keywordArgument(call, 'model');
                const name = file.stringValue(model);
                if (!model || !name || !GEMINI_MODEL.test(name) || !available(file, 'GEMINI_RETRY_OPTIONS', specifier))
                    continue;
                if (!geminiName) {
                    geminiName = 'Gemini';
                    if (file.imports.has(geminiName) || file.moduleAssignments.has(geminiName))
                        continue;
                    const at = importInsertionOffset(tree, text);
                    geminiImport.push({ start: at, end: at, text: 'from google.adk.models.google_llm import Gemini\n' });
                }
                edits.push({ start: model.startIndex, end: model.endIndex, text: `${geminiName}(model=${model.text}, retry_options=GEMINI_RETRY_OPTIONS)` });
                names.add('GEMINI_RETRY_OPTIONS');
                uses.add('gemini');
            }
            else if (ADK_GEMINI.test(callee) && !file.hasSplatKeywords(call) && !file.hasKeywordArgument(call, 'retry_options') && available(file, 'GEMINI_RETRY_OPTIONS', specifier)) {
                edits.push(appendItemEdit(args, 'retry_options=GEMINI_RETRY_OPTIONS'));
                names.add('GEMINI_RETRY_OPTIONS');
                uses.add('gemini');
            }
            else if (GENAI_CLIENT.test(callee) && !file.hasSplatKeywords(call) && !file.hasKeywordArgument(call, 'http_options') && available(file, 'GEMINI_HTTP_OPTIONS', specifier)) {
                edits.push(appendItemEdit(args, 'http_options=GEMINI_HTTP_OPTIONS'));
                names.add('GEMINI_HTTP_OPTIONS');
                uses.add('gemini').add('geminiClient');
            }
            else
                continue;
            rewritten++;
        }
        if (rewritten === 0)
            return { after: text, uses, calls: 0 };
        // The import edits share one offset: the Gemini import first, then ours, in source order.
        const after = applyEdits(text, [...edits, ...importEdits(file, text, specifier, [...names].sort()), ...geminiImport]);
        return { after, uses, calls: rewritten };
    });
}
