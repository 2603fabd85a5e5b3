import { posix } from 'node:path';
import { isGlobalFetch } from '../../fix/typescript-fixers.js';
import { tsSourceFile } from '../ts-source.js';
import { applyEdits } from '../text-edits.js';
import { PART_OF_NAME } from './types.js';
// axios calls that send a request through the instance they are called on.
const AXIOS_REQUEST_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'request', 'postForm', 'putForm', 'patchForm']);
/** `./resilience.js` from `from` to the module at `modulePath`, with the extension style of the file's own relative imports. */
export function moduleSpecifier(file, from, modulePath) {
    const withoutExtension = modulePath.replace(/\.[cm]?tsx?$/, '');
    let relative = posix.relative(posix.dirname(from), withoutExtension);
    if (!relative.startsWith('.'))
        relative = `./${relative}`;
    const own = file.getImportDeclarations().map((declaration) => declaration.getModuleSpecifierValue()).filter((specifier) => specifier.startsWith('.'));
    return own.length > 0 && !own.some((specifier) => /\.[cm]?js$/.test(specifier)) ? relative : `${relative}.js`;
}
/**
 * Rewrites a TypeScript file's single-attempt outbound calls to retry through the
 * generated module at `modulePath`: global `fetch(...)` → `fetchWithRetry(...)`,
 * `axios.create(...)` → `withRetries(axios.create(...))`, and a file that sends
 * requests through the default `axios` gets `withRetries(axios);` after its imports
 * (installed once per instance, however many files do it). Browser code is left alone.
 */
export async function rewriteTypescriptCalls(path, text, modulePath) {
    const { file, morph } = await tsSourceFile(path, text);
    const uses = new Set();
    const specifier = moduleSpecifier(file, path, modulePath);
    for (const declaration of file.getImportDeclarations()) {
        if (declaration.getModuleSpecifierValue() !== specifier)
            continue;
        for (const named of declaration.getNamedImports())
            if (PART_OF_NAME[named.getName()])
                uses.add(PART_OF_NAME[named.getName()]);
    }
    const first = file.getStatements()[0];
    if (first && morph.Node.isExpressionStatement(first) && /^['"]use client['"]$/.test(first.getExpression().getText()))
        return { after: text, uses, calls: 0 };
    const taken = new Set(file.getDescendantsOfKind(morph.SyntaxKind.Identifier).map((identifier) => identifier.getText()));
    const axios = new Set(file.getImportDeclarations().filter((declaration) => declaration.getModuleSpecifierValue() === 'axios').map((declaration) => declaration.getDefaultImport()?.getText()).filter((name) => !!name));
    const edits = [];
    const defaultInstances = new Set();
    let calls = 0;
    for (const call of file.getDescendantsOfKind(morph.SyntaxKind.CallExpression)) {
        const callee = call.getExpression();
        if (isGlobalFetch(call, morph, file) && !taken.has('fetchWithRetry')) {
            const url = call.getArguments()[0];
            // `fetch('/api/…')` is same-origin (a client bundle); the server has no origin to resolve it against.
            if (url && morph.Node.isStringLiteral(url) && url.getLiteralText().startsWith('/'))
                continue;
            edits.push({ start: callee.getStart(), end: callee.getEnd(), text: 'fetchWithRetry' });
            uses.add('fetch');
            calls++;
        }
        else if (morph.Node.isPropertyAccessExpression(callee) && axios.has(callee.getExpression().getText()) && !taken.has('withRetries')) {
            if (callee.getName() === 'create') {
                edits.push({ start: call.getStart(), end: call.getStart(), text: 'withRetries(' }, { start: call.getEnd(), end: call.getEnd(), text: ')' });
            }
            else if (AXIOS_REQUEST_METHODS.has(callee.getName())) {
                defaultInstances.add(callee.getExpression().getText());
            }
            else
                continue;
            uses.add('axios');
            calls++;
        }
        else if (morph.Node.isIdentifier(callee) && axios.has(callee.getText()) && !taken.has('withRetries')) {
            // `axios({ url, method })` or `axios(url)`: the default instance as a function.
            defaultInstances.add(callee.getText());
            uses.add('axios');
            calls++;
        }
    }
    if (calls === 0)
        return { after: text, uses, calls };
    const imports = file.getImportDeclarations();
    const afterImports = imports.length > 0 ? imports[imports.length - 1].getEnd() : 0;
    // Installing on the default instance here keeps the setup beside the calls that rely on it.
    const install = [...defaultInstances].map((name) => `\nwithRetries(${name});`).join('');
    const names = [...(uses.has('fetch') ? ['fetchWithRetry'] : []), ...(uses.has('axios') ? ['withRetries'] : [])];
    const importLine = `${afterImports > 0 ? '\n' : ''}import { ${names.join(', ')} } from '${specifier}';${install ? `\n${install}` : ''}${afterImports > 0 ? '' : '\n'}`;
    return { after: applyEdits(text, [...edits, { start: afterImports, end: afterImports, text: importLine }]), uses, calls };
}
