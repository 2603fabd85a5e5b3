import { sizeInBytes } from '../languages/request-size.js';
import { tsSourceFile } from '../scaffold/ts-source.js';
import { defineFixer } from './define-fixer.js';
import { typescriptSchemaLimits } from './typescript-schema-limits.js';
const MIB = 1024 * 1024;
/**
 * The size each parser option goes back to: the framework's own default where it has one
 * (express/body-parser 100 kB, koa-bodyparser 1 MB JSON/text and 56 kB forms, Fastify and
 * Next.js 1 MiB); Hono's bodyLimit has no default, so it gets the rule's threshold, 1 MiB.
 * All are at or under unbounded-request-input's `maxBodyBytes` default.
 */
const DEFAULTS = {
    express: { limit: "'100kb'" },
    'body-parser': { limit: "'100kb'" },
    koa: { jsonLimit: "'1mb'", formLimit: "'56kb'", textLimit: "'1mb'" },
    fastify: { bodyLimit: '1_048_576' },
    hono: { maxSize: '1024 * 1024' },
};
const EXPRESS_PARSERS = new Set(['json', 'urlencoded', 'raw', 'text']);
const KOA_MODULES = new Set(['koa-bodyparser', '@koa/bodyparser', 'koa-body']);
/** `'50mb'`, `50 * 1024 * 1024`, `52428800`: bytes, or undefined when not a literal size. */
function literalBytes(node, morph) {
    if (!node)
        return undefined;
    if (morph.Node.isParenthesizedExpression(node))
        return literalBytes(node.getExpression(), morph);
    if (morph.Node.isNumericLiteral(node))
        return Number(node.getText().replace(/_/g, ''));
    if (morph.Node.isBinaryExpression(node) && node.getOperatorToken().getKind() === morph.SyntaxKind.AsteriskToken) {
        const left = literalBytes(node.getLeft(), morph);
        const right = literalBytes(node.getRight(), morph);
        return left !== undefined && right !== undefined ? left * right : undefined;
    }
    if (morph.Node.isStringLiteral(node) || morph.Node.isNoSubstitutionTemplateLiteral(node))
        return sizeInBytes(node.getLiteralText());
    return undefined;
}
function importOf(file, local) {
    for (const declaration of file.getImportDeclarations()) {
        if (declaration.getDefaultImport()?.getText() === local || declaration.getNamespaceImport()?.getText() === local)
            return { declaration, imported: 'default' };
        const named = declaration.getNamedImports().find((specifier) => (specifier.getAliasNode()?.getText() ?? specifier.getName()) === local);
        if (named)
            return { declaration, imported: named.getName() };
    }
    return undefined;
}
/** Which parser a call configures: `express.json(…)`, `bodyParser.json(…)`, `bodyParser(…)` (koa), `Fastify(…)`, `bodyLimit(…)` (hono). */
function parserKind(call, file, morph) {
    const callee = call.getExpression();
    const local = morph.Node.isPropertyAccessExpression(callee) ? callee.getExpression().getText() : callee.getText();
    const source = importOf(file, local);
    const module = source?.declaration.getModuleSpecifierValue();
    if (!source || !module)
        return undefined;
    if (morph.Node.isPropertyAccessExpression(callee)) {
        if (!EXPRESS_PARSERS.has(callee.getName()))
            return undefined;
        return module === 'express' ? 'express' : module === 'body-parser' ? 'body-parser' : undefined;
    }
    if (module === 'express')
        return EXPRESS_PARSERS.has(source.imported) ? 'express' : undefined;
    if (module === 'body-parser')
        return source.imported === 'default' ? undefined : EXPRESS_PARSERS.has(source.imported) ? 'body-parser' : undefined;
    if (KOA_MODULES.has(module))
        return 'koa';
    if (module === 'fastify')
        return 'fastify';
    if (module === 'hono/body-limit' && source.imported === 'bodyLimit')
        return 'hono';
    return undefined;
}
/** Edits putting every raised size option of an options object back to its default. */
function resetOptions(options, defaults, morph) {
    const edits = [];
    for (const [option, value] of Object.entries(defaults)) {
        const property = options.getProperty(option);
        if (!property || !morph.Node.isPropertyAssignment(property))
            continue;
        const initializer = property.getInitializer();
        const bytes = literalBytes(initializer, morph);
        // A literal above the threshold, or a named constant the audit resolved to one (it flagged this line).
        if (!initializer || !(bytes !== undefined ? bytes > MIB : morph.Node.isIdentifier(initializer)))
            continue;
        edits.push({ start: initializer.getStart(), end: initializer.getEnd(), text: value });
    }
    return edits;
}
export const typescriptBodySizeLimit = defineFixer({
    id: 'typescript-body-size-limit',
    ruleId: 'unbounded-request-input',
    language: 'typescript',
    summary: "body-size limit raised above 1 MiB → the framework default (express/body-parser '100kb', koa '1mb'/'56kb', Fastify and Next.js 1 MiB, Hono 1 MiB)",
    async find({ path, text }) {
        const { file, morph } = await tsSourceFile(path, text);
        const repairs = [];
        for (const call of file.getDescendantsOfKind(morph.SyntaxKind.CallExpression)) {
            const kind = parserKind(call, file, morph);
            const options = call.getArguments()[0];
            if (!kind || !options || !morph.Node.isObjectLiteralExpression(options))
                continue;
            const edits = resetOptions(options, DEFAULTS[kind], morph);
            if (edits.length > 0)
                repairs.push({ line: file.getLineAndColumnAtPos(call.getStart()).line, description: `${kind} body limit back to ${Object.values(DEFAULTS[kind])[0]}`, edits });
        }
        // Next.js Pages Router: `export const config = { api: { bodyParser: { sizeLimit: '50mb' } } }`.
        const config = file.getVariableDeclaration('config');
        const api = config?.getInitializer();
        const parser = api && morph.Node.isObjectLiteralExpression(api) ? api.getProperty('api') : undefined;
        const apiObject = parser && morph.Node.isPropertyAssignment(parser) ? parser.getInitializer() : undefined;
        const bodyParser = apiObject && morph.Node.isObjectLiteralExpression(apiObject) ? apiObject.getProperty('bodyParser') : undefined;
        const bodyObject = bodyParser && morph.Node.isPropertyAssignment(bodyParser) ? bodyParser.getInitializer() : undefined;
        if (config && bodyObject && morph.Node.isObjectLiteralExpression(bodyObject)) {
            const edits = resetOptions(bodyObject, { sizeLimit: "'1mb'" }, morph);
            if (edits.length > 0)
                repairs.push({ line: file.getLineAndColumnAtPos(config.getStart()).line, description: "Next.js bodyParser.sizeLimit back to '1mb'", edits });
        }
        return repairs;
    },
});
export const TYPESCRIPT_REQUEST_LIMIT_FIXERS = [typescriptBodySizeLimit, typescriptSchemaLimits];
