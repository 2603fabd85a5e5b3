import { posix } from 'node:path';
import { sensitiveValueKind } from '../languages/sensitive-names.js';
import { tsSourceFile } from '../scaffold/ts-source.js';
import { defineFixer } from './define-fixer.js';
const REDACTED = "'[REDACTED]'";
const GENERIC_ERROR = "'Internal server error'";
// console methods and the pino level each becomes.
const CONSOLE_LEVELS = new Map([['log', 'info'], ['info', 'info'], ['debug', 'debug'], ['trace', 'trace'], ['warn', 'warn'], ['error', 'error']]);
const RESPONSE_MEMBERS = new Set(['json', 'send', 'end', 'write', 'text', 'html', 'body']);
// Exception properties that carry internals: the message, the stack and a wrapped cause.
const LEAKING_PROPERTIES = new Set(['message', 'stack', 'cause']);
const DROPPED_PROPERTIES = new Set(['stack', 'cause']);
// Keys too generic to name an environment variable alone: qualified by the call (`session({ secret })`).
const NOISE_KEYS = new Set(['secret', 'key', 'password', 'token']);
function lineOf(file, position) {
    return file.getLineAndColumnAtPos(position).line;
}
function indentOf(file, node) {
    const text = file.getFullText();
    const lineStart = text.lastIndexOf('\n', node.getStart() - 1) + 1;
    return /^[ \t]*/.exec(text.slice(lineStart))[0];
}
/** Where the file imports the generated logger from, or undefined when it has none or `logger` means something else. */
function loggerImport(input, file, morph) {
    if (!input.loggerModule || input.loggerModule === input.path)
        return undefined;
    const relative = posix.relative(posix.dirname(input.path), input.loggerModule).replace(/\.[cm]?tsx?$/, '');
    const local = relative.startsWith('.') ? relative : `./${relative}`;
    const relativeImports = file.getImportDeclarations().map((declaration) => declaration.getModuleSpecifierValue()).filter((specifier) => specifier.startsWith('.'));
    // NodeNext/ESM projects spell `.js`; bundler-resolved ones leave it off.
    const specifier = relativeImports.length > 0 && !relativeImports.some((value) => /\.[cm]?js$/.test(value)) ? local : `${local}.js`;
    const existing = file.getImportDeclarations().find((declaration) => declaration.getModuleSpecifierValue() === specifier);
    const named = existing?.getNamedImports() ?? [];
    if (named.some((specifier) => specifier.getName() === 'logger' && !specifier.getAliasNode()))
        return { edits: [] };
    // `logger` bound to something else: no safe edit.
    if (file.getDescendantsOfKind(morph.SyntaxKind.Identifier).some((identifier) => identifier.getText() === 'logger'))
        return undefined;
    // The entry file already imports the generated module (`import { requestId } from './logger.js'`): join that import.
    if (named.length > 0)
        return { edits: [{ start: named[0].getStart(), end: named[0].getStart(), text: 'logger, ' }] };
    const imports = file.getImportDeclarations();
    const at = imports.length > 0 ? imports[imports.length - 1].getEnd() : 0;
    return { edits: [{ start: at, end: at, text: imports.length > 0 ? `\nimport { logger } from '${specifier}';` : `import { logger } from '${specifier}';\n` }] };
}
function isConsoleCall(call, morph) {
    const callee = call.getExpression();
    if (!morph.Node.isPropertyAccessExpression(callee) || callee.getExpression().getText() !== 'console')
        return undefined;
    return CONSOLE_LEVELS.get(callee.getName());
}
export const typescriptConsoleToLogger = defineFixer({
    id: 'typescript-console-to-logger',
    ruleId: 'print-logging',
    language: 'typescript',
    summary: '`console.*(...)` → the pino `logger` that `scaffold logging` wrote (format arguments as `%o`)',
    async find(input) {
        const { file, morph } = await tsSourceFile(input.path, input.text);
        const logger = loggerImport(input, file, morph);
        if (!logger)
            return [];
        const repairs = [];
        for (const call of file.getDescendantsOfKind(morph.SyntaxKind.CallExpression)) {
            const level = isConsoleCall(call, morph);
            const args = call.getArguments();
            if (!level || args.length === 0 || args.some((argument) => morph.Node.isSpreadElement(argument)))
                continue;
            const [first, ...rest] = args;
            let argumentsText;
            if (rest.length === 0)
                argumentsText = first.getText();
            else if (morph.Node.isStringLiteral(first) || morph.Node.isNoSubstitutionTemplateLiteral(first)) {
                // console.log('text', a, b) → logger.info('text %o %o', a, b): pino drops arguments without a placeholder.
                const message = first.getLiteralText().replace(/%/g, '%%');
                argumentsText = [`'${`${message}${' %o'.repeat(rest.length)}`.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`, ...rest.map((argument) => argument.getText())].join(', ');
            }
            else
                continue;
            repairs.push({ line: lineOf(file, call.getStart()), description: `console → logger.${level}`, edits: [{ start: call.getStart(), end: call.getEnd(), text: `logger.${level}(${argumentsText})` }, ...logger.edits] });
        }
        return repairs;
    },
});
function sensitiveExpression(node, morph) {
    if (morph.Node.isIdentifier(node))
        return !!sensitiveValueKind(node.getText());
    if (morph.Node.isPropertyAccessExpression(node))
        return node.getName() === 'headers' ? /^(?:req|request|ctx\.request|c\.req)$/.test(node.getExpression().getText()) : !!sensitiveValueKind(node.getName());
    if (morph.Node.isElementAccessExpression(node)) {
        const key = node.getArgumentExpression();
        return !!key && (morph.Node.isStringLiteral(key) || morph.Node.isNoSubstitutionTemplateLiteral(key)) && !!sensitiveValueKind(key.getLiteralText());
    }
    return false;
}
function isLogOrConsole(call, morph) {
    const callee = call.getExpression();
    if (!morph.Node.isPropertyAccessExpression(callee))
        return false;
    const receiver = callee.getExpression().getText();
    return (receiver === 'console' || /(?:^|\.)(?:log|logger|_logger)$/i.test(receiver)) && ['log', 'info', 'warn', 'error', 'debug', 'trace', 'fatal'].includes(callee.getName());
}
export const typescriptRedactLogged = defineFixer({
    id: 'typescript-redact-logged-secret',
    ruleId: 'sensitive-data-logged',
    language: 'typescript',
    summary: "a credential, header set or card value passed to a log call → `'[REDACTED]'`",
    async find({ path, text }) {
        const { file, morph } = await tsSourceFile(path, text);
        const repairs = [];
        for (const call of file.getDescendantsOfKind(morph.SyntaxKind.CallExpression)) {
            if (!isLogOrConsole(call, morph))
                continue;
            const edits = [];
            for (const argument of call.getArguments()) {
                if (sensitiveExpression(argument, morph))
                    edits.push({ start: argument.getStart(), end: argument.getEnd(), text: REDACTED });
                else if (morph.Node.isTemplateExpression(argument)) {
                    for (const span of argument.getTemplateSpans()) {
                        const expression = span.getExpression();
                        // `${card}` → `[REDACTED]` inside the template: from the `${` before it to the `}` after it.
                        if (sensitiveExpression(expression, morph))
                            edits.push({ start: text.lastIndexOf('${', expression.getStart()), end: text.indexOf('}', expression.getEnd()) + 1, text: '[REDACTED]' });
                    }
                }
            }
            if (edits.length > 0)
                repairs.push({ line: lineOf(file, call.getStart()), description: 'sensitive values redacted from the log line', edits });
        }
        return repairs;
    },
});
/** `catch (err)` blocks and error middleware bodies, with the name the error is bound to. */
function errorScopes(file, morph) {
    const scopes = [];
    for (const clause of file.getDescendantsOfKind(morph.SyntaxKind.CatchClause)) {
        const declaration = clause.getVariableDeclaration();
        const name = declaration && morph.Node.isIdentifier(declaration.getNameNode()) ? declaration.getName() : undefined;
        scopes.push({ name, body: clause.getBlock(), clause });
    }
    for (const call of file.getDescendantsOfKind(morph.SyntaxKind.CallExpression)) {
        const callee = call.getExpression();
        const member = morph.Node.isPropertyAccessExpression(callee) ? callee.getName() : undefined;
        const handler = call.getArguments().find((argument) => morph.Node.isArrowFunction(argument) || morph.Node.isFunctionExpression(argument));
        if (!handler || !(morph.Node.isArrowFunction(handler) || morph.Node.isFunctionExpression(handler)))
            continue;
        const parameters = handler.getParameters();
        const isErrorHandler = member === 'setErrorHandler' || member === 'onError' || (member === 'use' && parameters.length === 4);
        if (isErrorHandler && parameters[0] && morph.Node.isIdentifier(parameters[0].getNameNode()))
            scopes.push({ name: parameters[0].getName(), body: handler.getBody() });
    }
    return scopes;
}
function isLeak(node, name, morph) {
    const inner = morph.Node.isAsExpression(node) || morph.Node.isParenthesizedExpression(node) || morph.Node.isNonNullExpression(node) ? node.getExpression() : node;
    if (morph.Node.isIdentifier(inner))
        return inner.getText() === name;
    if (morph.Node.isPropertyAccessExpression(inner))
        return inner.getExpression().getText() === name && LEAKING_PROPERTIES.has(inner.getName());
    if (morph.Node.isCallExpression(inner)) {
        const callee = inner.getExpression().getText();
        return (callee === 'String' && inner.getArguments().some((argument) => argument.getText() === name)) || callee === `${name}.toString`;
    }
    if (morph.Node.isTemplateExpression(inner))
        return inner.getTemplateSpans().some((span) => isLeak(span.getExpression(), name, morph));
    return false;
}
/** A 4xx response: deliberate validation messages may carry the error text. */
function isClientError(call, morph) {
    for (let current = call.getExpression(); morph.Node.isPropertyAccessExpression(current);) {
        const inner = current.getExpression();
        if (!morph.Node.isCallExpression(inner))
            break;
        const callee = inner.getExpression();
        if (morph.Node.isPropertyAccessExpression(callee) && ['status', 'code'].includes(callee.getName())) {
            const code = Number(inner.getArguments()[0]?.getText());
            if (code >= 400 && code < 500)
                return true;
        }
        current = callee;
    }
    return call.getArguments().slice(1).some((argument) => { const code = Number(argument.getText()); return code >= 400 && code < 500; });
}
/** Removes `property` from its object literal, with the comma that separates it. */
function removeProperty(object, index) {
    const properties = object.getProperties();
    const property = properties[index];
    if (index < properties.length - 1)
        return { start: property.getStart(), end: properties[index + 1].getStart(), text: '' };
    if (index > 0)
        return { start: properties[index - 1].getEnd(), end: property.getEnd(), text: '' };
    return { start: property.getStart(), end: property.getEnd(), text: '' };
}
export const typescriptGenericErrorBody = defineFixer({
    id: 'typescript-generic-error-body',
    ruleId: 'error-detail-leak',
    language: 'typescript',
    summary: "`res.json({ error: err.message, stack: err.stack })` → `{ error: 'Internal server error' }` (stack and cause dropped)",
    async find({ path, text }) {
        const { file, morph } = await tsSourceFile(path, text);
        const repairs = [];
        for (const scope of errorScopes(file, morph)) {
            if (!scope.name)
                continue;
            for (const call of scope.body.getDescendantsOfKind(morph.SyntaxKind.CallExpression)) {
                const callee = call.getExpression();
                if (!morph.Node.isPropertyAccessExpression(callee) || !RESPONSE_MEMBERS.has(callee.getName()) || isClientError(call, morph))
                    continue;
                // One repair per response: the audit reports the response's first leak.
                const edits = [];
                let first;
                for (const argument of call.getArguments()) {
                    if (isLeak(argument, scope.name, morph)) {
                        first ??= argument.getStart();
                        edits.push({ start: argument.getStart(), end: argument.getEnd(), text: GENERIC_ERROR });
                        continue;
                    }
                    if (!morph.Node.isObjectLiteralExpression(argument))
                        continue;
                    argument.getProperties().forEach((property, index) => {
                        if (!morph.Node.isPropertyAssignment(property))
                            return;
                        const value = property.getInitializerOrThrow();
                        if (!isLeak(value, scope.name, morph))
                            return;
                        first ??= value.getStart();
                        // A stack or cause beside the message is dropped; the message itself becomes the generic one.
                        edits.push(DROPPED_PROPERTIES.has(property.getName()) && index > 0 ? removeProperty(argument, index) : { start: value.getStart(), end: value.getEnd(), text: GENERIC_ERROR });
                    });
                }
                if (first !== undefined)
                    repairs.push({ line: lineOf(file, first), description: 'generic error message', edits });
            }
        }
        return repairs;
    },
});
export const typescriptCatchLogged = defineFixer({
    id: 'typescript-catch-logged',
    ruleId: 'broad-exception-handler',
    language: 'typescript',
    summary: 'a `catch` that neither logs nor rethrows (or is empty) → `logger.error({ err }, …)` first, through the generated logger',
    async find(input) {
        const { file, morph } = await tsSourceFile(input.path, input.text);
        const logger = loggerImport(input, file, morph);
        if (!logger)
            return [];
        const repairs = [];
        for (const clause of file.getDescendantsOfKind(morph.SyntaxKind.CatchClause)) {
            const block = clause.getBlock();
            const logs = block.getDescendantsOfKind(morph.SyntaxKind.CallExpression).some((call) => isLogOrConsole(call, morph));
            if (logs || block.getDescendantsOfKind(morph.SyntaxKind.ThrowStatement).length > 0)
                continue;
            const declaration = clause.getVariableDeclaration();
            if (declaration && !morph.Node.isIdentifier(declaration.getNameNode()))
                continue;
            const name = declaration?.getName() ?? 'error';
            const indent = indentOf(file, clause.getParentOrThrow());
            const log = `logger.error({ ${name === 'err' ? 'err' : `err: ${name}`} }, 'request failed');`;
            const edits = [...logger.edits];
            if (!declaration) {
                const open = block.getStart();
                edits.push({ start: open, end: open, text: `(${name}) ` });
            }
            const statements = block.getStatements();
            if (statements.length === 0)
                edits.push({ start: block.getStart(), end: block.getEnd(), text: `{\n${indent}  ${log}\n${indent}}` });
            else {
                const first = statements[0];
                edits.push({ start: first.getStart(), end: first.getStart(), text: `${log}\n${indentOf(file, first)}` });
            }
            repairs.push({ line: lineOf(file, clause.getStart()), description: 'the error is logged', edits });
        }
        return repairs;
    },
});
/** `session({ secret })` → SESSION_SECRET; a specific key (`jwtSecret`) stands alone → JWT_SECRET. */
function environmentName(key, call) {
    const snake = key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
    const callee = call?.getExpression().getText().split('.').pop();
    return NOISE_KEYS.has(key.toLowerCase()) && callee && /^[A-Za-z_]\w*$/.test(callee) ? `${callee.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase()}_${snake}` : snake;
}
const REQUIRED_ENV = `/** A setting that must come from the environment; missing, the process fails at start-up rather than run with a default. */
function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(\`\${name} must be set\`);
  return value;
}`;
export const typescriptSecretFromEnv = defineFixer({
    id: 'typescript-secret-from-env',
    ruleId: 'hardcoded-secret',
    language: 'typescript',
    summary: "a literal secret in an options object (`secret: 'keyboard cat'`) → `requiredEnv('SESSION_SECRET')`, failing at start-up when unset",
    async find({ path, text }) {
        const { file, morph } = await tsSourceFile(path, text);
        const repairs = [];
        const helperDeclared = file.getFunctions().some((fn) => fn.getName() === 'requiredEnv');
        const imports = file.getImportDeclarations();
        const at = imports.length > 0 ? imports[imports.length - 1].getEnd() : 0;
        const helper = helperDeclared ? [] : [{ start: at, end: at, text: at === 0 ? `${REQUIRED_ENV}\n\n` : `\n\n${REQUIRED_ENV}` }];
        for (const property of file.getDescendantsOfKind(morph.SyntaxKind.PropertyAssignment)) {
            const value = property.getInitializer();
            if (!value || !(morph.Node.isStringLiteral(value) || morph.Node.isNoSubstitutionTemplateLiteral(value)))
                continue;
            const key = property.getName().replace(/^['"]|['"]$/g, '');
            if (!sensitiveValueKind(key))
                continue;
            const call = property.getParent()?.getParent();
            const name = environmentName(key, call && morph.Node.isCallExpression(call) ? call : undefined);
            repairs.push({ line: lineOf(file, value.getStart()), description: `read from ${name}`, edits: [{ start: value.getStart(), end: value.getEnd(), text: `requiredEnv('${name}')` }, ...helper] });
        }
        return repairs;
    },
});
function portExpression(node, morph) {
    return morph.Node.isNumericLiteral(node) || ((morph.Node.isStringLiteral(node) || morph.Node.isNoSubstitutionTemplateLiteral(node)) && /^\d+$/.test(node.getLiteralText()));
}
export const typescriptListenFromEnv = defineFixer({
    id: 'typescript-port-from-env',
    ruleId: 'hardcoded-bind-config',
    language: 'typescript',
    summary: '`app.listen(3000)` / `listen({ port: 3000 })` / `serve({ port: 3000 })` → `Number(process.env.PORT ?? 3000)`',
    async find({ path, text }) {
        const { file, morph } = await tsSourceFile(path, text);
        const repairs = [];
        for (const call of file.getDescendantsOfKind(morph.SyntaxKind.CallExpression)) {
            const callee = call.getExpression();
            const isListen = morph.Node.isPropertyAccessExpression(callee) && callee.getName() === 'listen';
            const isServe = morph.Node.isIdentifier(callee) && callee.getText() === 'serve';
            if (!isListen && !isServe)
                continue;
            const first = call.getArguments()[0];
            let port;
            if (first && morph.Node.isObjectLiteralExpression(first)) {
                const property = first.getProperty('port');
                port = property && morph.Node.isPropertyAssignment(property) ? property.getInitializer() : undefined;
            }
            else if (isListen)
                port = first;
            if (!port || !portExpression(port, morph))
                continue;
            repairs.push({ line: lineOf(file, call.getStart()), description: 'port from PORT', edits: [{ start: port.getStart(), end: port.getEnd(), text: `Number(process.env.PORT ?? ${port.getText()})` }] });
        }
        return repairs;
    },
});
export const typescriptOutputCap = defineFixer({
    id: 'typescript-llm-output-cap',
    ruleId: 'unbounded-llm-output',
    language: 'typescript',
    summary: '`*.chat.completions.create({...})` without a token cap → `max_completion_tokens` from LLM_MAX_OUTPUT_TOKENS (default 1024)',
    async find({ path, text }) {
        const { file, morph } = await tsSourceFile(path, text);
        const repairs = [];
        for (const call of file.getDescendantsOfKind(morph.SyntaxKind.CallExpression)) {
            if (!/\.chat\.completions\.create$/.test(call.getExpression().getText()))
                continue;
            const options = call.getArguments()[0];
            if (!options || !morph.Node.isObjectLiteralExpression(options))
                continue;
            const properties = options.getProperties();
            if (properties.some((property) => morph.Node.isSpreadAssignment(property) || ['max_tokens', 'max_completion_tokens'].includes(property.getName?.() ?? '')))
                continue;
            const value = 'max_completion_tokens: Number(process.env.LLM_MAX_OUTPUT_TOKENS ?? 1024)';
            const last = properties.at(-1);
            let edit;
            if (!last)
                edit = { start: options.getStart() + 1, end: options.getStart() + 1, text: ` ${value} ` };
            else if (lineOf(file, last.getStart()) !== lineOf(file, options.getStart())) {
                const trailing = text.slice(last.getEnd(), options.getEnd()).trimStart().startsWith(',');
                const comma = text.indexOf(',', last.getEnd()) + 1;
                edit = trailing ? { start: comma, end: comma, text: `\n${indentOf(file, last)}${value},` } : { start: last.getEnd(), end: last.getEnd(), text: `,\n${indentOf(file, last)}${value},` };
            }
            else
                edit = { start: last.getEnd(), end: last.getEnd(), text: `, ${value}` };
            repairs.push({ line: lineOf(file, call.getStart()), description: 'output-token cap', edits: [edit] });
        }
        return repairs;
    },
});
// Redaction runs before the console rewrite and the catch logging, so both edit the redacted text.
export const TYPESCRIPT_HARDENING_FIXERS = [typescriptRedactLogged, typescriptGenericErrorBody, typescriptCatchLogged, typescriptConsoleToLogger, typescriptSecretFromEnv, typescriptListenFromEnv, typescriptOutputCap];
