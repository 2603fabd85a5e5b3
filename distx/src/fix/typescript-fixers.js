import { tsSourceFile } from '../scaffold/ts-source.js';
import { defineFixer } from './define-fixer.js';
const ORIGINS_FROM_ENV = "(process.env.CORS_ALLOW_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean)";
const FETCH_TIMEOUT = 'AbortSignal.timeout(10_000)';
/** Local names bound to a module's default or named export: `import cors from 'cors'` → cors. */
function importedNames(file, module, exportName) {
    const names = new Set();
    for (const declaration of file.getImportDeclarations()) {
        if (declaration.getModuleSpecifierValue() !== module)
            continue;
        if (exportName === 'default') {
            const local = declaration.getDefaultImport()?.getText();
            if (local)
                names.add(local);
        }
        for (const specifier of declaration.getNamedImports()) {
            if (specifier.getName() === exportName)
                names.add(specifier.getAliasNode()?.getText() ?? specifier.getName());
        }
    }
    return names;
}
function lineOf(file, position) {
    return file.getLineAndColumnAtPos(position).line;
}
/** The edit that makes `options` (an object literal) allow only the `origins` expression. */
function originEdit(morph, options, origins) {
    if (options.getProperties().some((property) => morph.Node.isSpreadAssignment(property)))
        return undefined;
    const origin = options.getProperty('origin');
    if (!origin) {
        const open = options.getStart() + 1;
        const empty = options.getProperties().length === 0;
        return { start: open, end: open, text: empty ? ` origin: ${origins} ` : ` origin: ${origins},` };
    }
    if (!morph.Node.isPropertyAssignment(origin))
        return undefined;
    const value = origin.getInitializerOrThrow();
    const text = value.getText();
    const wildcard = text === 'true' || /^['"`]\*['"`]$/.test(text) || (morph.Node.isArrayLiteralExpression(value) && value.getElements().some((element) => /^['"`]\*['"`]$/.test(element.getText())));
    return wildcard ? { start: value.getStart(), end: value.getEnd(), text: origins } : undefined;
}
/**
 * Every recognisable CORS configuration in a TS file: `cors(…)` from cors or hono/cors and
 * `register(fastifyCors, …)`. A repair is offered where no origin, `true` or `'*'` allows every
 * origin; `origins` is the replacement expression. Shared by `fix` and `scaffold cors`.
 */
export async function typescriptCorsConfigs(path, text, origins) {
    const { file, morph } = await tsSourceFile(path, text);
    const middleware = new Set([...importedNames(file, 'cors', 'default'), ...importedNames(file, 'hono/cors', 'cors')]);
    const fastifyCors = importedNames(file, '@fastify/cors', 'default');
    const configs = [];
    for (const call of file.getDescendantsOfKind(morph.SyntaxKind.CallExpression)) {
        const callee = call.getExpression();
        let options;
        let insertAfter;
        if (morph.Node.isIdentifier(callee) && middleware.has(callee.getText())) {
            options = call.getArguments()[0];
            insertAfter = call.getArguments().length === 0 ? call.getEnd() - 1 : undefined;
        }
        else if (morph.Node.isPropertyAccessExpression(callee) && callee.getName() === 'register' && fastifyCors.has(call.getArguments()[0]?.getText() ?? '')) {
            options = call.getArguments()[1];
            insertAfter = call.getArguments().length === 1 ? call.getArguments()[0].getEnd() : undefined;
        }
        else
            continue;
        const line = lineOf(file, call.getStart());
        if (insertAfter !== undefined) {
            const prefix = call.getArguments().length === 0 ? '' : ', ';
            configs.push({ line, repair: { line, description: 'origin from CORS_ALLOW_ORIGINS', edits: [{ start: insertAfter, end: insertAfter, text: `${prefix}{ origin: ${origins} }` }] } });
        }
        else if (options && morph.Node.isObjectLiteralExpression(options)) {
            const edit = originEdit(morph, options, origins);
            const origin = options.getProperty('origin');
            configs.push({ line, repair: edit ? { line: lineOf(file, (origin ?? call).getStart()), description: 'origin from CORS_ALLOW_ORIGINS', edits: [edit] } : undefined });
        }
        else {
            configs.push({ line });
        }
    }
    return configs;
}
export const typescriptCors = defineFixer({
    id: 'typescript-cors-allowlist',
    ruleId: 'cors-wildcard',
    language: 'typescript',
    summary: 'CORS wildcard or reflected origin → allowlist read from CORS_ALLOW_ORIGINS',
    async find({ path, text }) {
        return (await typescriptCorsConfigs(path, text, ORIGINS_FROM_ENV)).flatMap(({ repair }) => (repair ? [repair] : []));
    },
});
/** A call of the global `fetch` (not one imported from node-fetch or undici). */
export function isGlobalFetch(call, morph, file) {
    const callee = call.getExpression();
    if (!morph.Node.isIdentifier(callee) || callee.getText() !== 'fetch')
        return false;
    // An imported `fetch` (node-fetch, undici) may not take a signal the same way; only the global one is edited.
    return !file.getImportDeclarations().some((declaration) => declaration.getNamedImports().some((specifier) => (specifier.getAliasNode()?.getText() ?? specifier.getName()) === 'fetch') || declaration.getDefaultImport()?.getText() === 'fetch');
}
export const typescriptFetchTimeout = defineFixer({
    id: 'typescript-fetch-timeout',
    ruleId: 'outbound-call-without-timeout',
    language: 'typescript',
    summary: '`fetch(url)` without a signal → `signal: AbortSignal.timeout(10_000)`',
    async find({ path, text }) {
        const { file, morph } = await tsSourceFile(path, text);
        const repairs = [];
        for (const call of file.getDescendantsOfKind(morph.SyntaxKind.CallExpression)) {
            if (!isGlobalFetch(call, morph, file))
                continue;
            const [url, init] = call.getArguments();
            if (!url || call.getArguments().length > 2)
                continue;
            const line = lineOf(file, call.getStart());
            if (!init) {
                repairs.push({ line, description: 'request deadline', edits: [{ start: url.getEnd(), end: url.getEnd(), text: `, { signal: ${FETCH_TIMEOUT} }` }] });
            }
            else if (morph.Node.isObjectLiteralExpression(init) && !init.getProperty('signal') && !init.getProperties().some((property) => morph.Node.isSpreadAssignment(property))) {
                const open = init.getStart() + 1;
                repairs.push({ line, description: 'request deadline', edits: [{ start: open, end: open, text: init.getProperties().length === 0 ? ` signal: ${FETCH_TIMEOUT} ` : ` signal: ${FETCH_TIMEOUT},` }] });
            }
        }
        return repairs;
    },
});
// Where axios takes its config: axios.get(url, config), axios.post(url, data, config).
const AXIOS_CONFIG_INDEX = new Map([['get', 1], ['delete', 1], ['head', 1], ['options', 1], ['request', 0], ['post', 2], ['put', 2], ['patch', 2]]);
const LLM_CLIENT_MODULES = ['openai', '@anthropic-ai/sdk'];
const AXIOS_TIMEOUT_MS = '10_000';
const LLM_TIMEOUT_MS = '60_000';
/** Adds `name: value` to an options object literal, or passes a new one, unless one of `present` is set. */
function optionEdit(morph, options, insertAt, prefix, property, present) {
    if (!options)
        return { start: insertAt, end: insertAt, text: `${prefix}{ ${property} }` };
    if (!morph.Node.isObjectLiteralExpression(options) || options.getProperties().some((p) => morph.Node.isSpreadAssignment(p) || present.includes(p.getName?.() ?? '')))
        return undefined;
    const open = options.getStart() + 1;
    return { start: open, end: open, text: options.getProperties().length === 0 ? ` ${property} ` : ` ${property},` };
}
export const typescriptClientTimeouts = defineFixer({
    id: 'typescript-client-timeouts',
    ruleId: 'outbound-call-without-timeout',
    language: 'typescript',
    summary: 'axios calls → `timeout: 10_000`; OpenAI/Anthropic clients → `timeout: 60_000`',
    async find({ path, text }) {
        const { file, morph } = await tsSourceFile(path, text);
        const axios = importedNames(file, 'axios', 'default');
        const clients = new Set(LLM_CLIENT_MODULES.flatMap((module) => [...importedNames(file, module, 'default'), ...importedNames(file, module, module === 'openai' ? 'OpenAI' : 'Anthropic')]));
        const repairs = [];
        for (const call of file.getDescendantsOfKind(morph.SyntaxKind.CallExpression)) {
            const callee = call.getExpression();
            if (!morph.Node.isPropertyAccessExpression(callee) || !axios.has(callee.getExpression().getText()))
                continue;
            const index = AXIOS_CONFIG_INDEX.get(callee.getName());
            const args = call.getArguments();
            if (index === undefined || args.length < index || args.some((argument) => morph.Node.isSpreadElement(argument)))
                continue;
            const edit = optionEdit(morph, args[index], args[index - 1]?.getEnd() ?? call.getEnd() - 1, args.length === 0 ? '' : ', ', `timeout: ${AXIOS_TIMEOUT_MS}`, ['timeout', 'signal']);
            if (edit)
                repairs.push({ line: lineOf(file, call.getStart()), description: `axios timeout ${AXIOS_TIMEOUT_MS} ms`, edits: [edit] });
        }
        for (const created of file.getDescendantsOfKind(morph.SyntaxKind.NewExpression)) {
            if (!clients.has(created.getExpression().getText()))
                continue;
            const args = created.getArguments();
            const end = created.getEnd();
            if (args.length === 0) {
                // `new OpenAI()` or `new OpenAI`: the options go inside the parentheses, which may be absent.
                const hasParens = created.getText().endsWith(')');
                const at = hasParens ? end - 1 : end;
                repairs.push({ line: lineOf(file, created.getStart()), description: `client timeout ${LLM_TIMEOUT_MS} ms`, edits: [{ start: at, end: at, text: hasParens ? `{ timeout: ${LLM_TIMEOUT_MS} }` : `({ timeout: ${LLM_TIMEOUT_MS} })` }] });
            }
            else {
                const edit = optionEdit(morph, args[0], 0, '', `timeout: ${LLM_TIMEOUT_MS}`, ['timeout', 'httpAgent', 'fetch', 'fetchOptions']);
                if (edit)
                    repairs.push({ line: lineOf(file, created.getStart()), description: `client timeout ${LLM_TIMEOUT_MS} ms`, edits: [edit] });
            }
        }
        return repairs;
    },
});
export const TYPESCRIPT_FIXERS = [typescriptCors, typescriptFetchTimeout, typescriptClientTimeouts];
