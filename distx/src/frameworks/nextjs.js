import { defineFramework } from './define.js';
import { ts } from '../languages/typescript/runtime.js';
const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);
// App Router route handlers: app/**/route.ts; Pages Router API routes: pages/api/**.
const APP_ROUTE = /(?:^|\/)app\/(.*\/)?route\.(?:ts|js|mjs|tsx|jsx)$/;
const PAGES_API = /(?:^|\/)pages\/api\/(.*)\.(?:ts|js|mjs|tsx|jsx)$/;
function routePath(file) {
    const app = APP_ROUTE.exec(file);
    if (app)
        return `/${(app[1] ?? '').replace(/\/$/, '').replace(/\([^)]*\)\//g, '')}`;
    const pages = PAGES_API.exec(file);
    if (pages)
        return `/api/${pages[1].replace(/(?:^|\/)index$/, '')}`;
    return null;
}
/**
 * Next.js has no app constructor: each exported route handler is a route, and
 * the first one found stands for the app in project findings.
 */
export default defineFramework({
    id: 'nextjs',
    language: 'typescript',
    // Route handlers often import nothing from Next.js, so the file path enables this, not an import.
    enablers: [],
    paths: new RegExp(`${APP_ROUTE.source}|${PAGES_API.source}`),
    typescript: {
        FunctionDeclaration(node, ctx) {
            if (!ts.isFunctionDeclaration(node) || !node.name || !ts.isSourceFile(node.parent))
                return;
            const exported = node.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
            const path = routePath(ctx.path);
            if (!exported || path === null)
                return;
            const isDefault = node.modifiers?.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
            const method = isDefault ? 'ALL' : node.name.text;
            if (!isDefault && !METHODS.has(method))
                return;
            ctx.addApp('nextjs', node);
            ctx.addRoute('nextjs', node, method, path);
        },
        VariableStatement(node, ctx) {
            if (!ts.isVariableStatement(node) || !ts.isSourceFile(node.parent))
                return;
            if (!node.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword))
                return;
            const path = routePath(ctx.path);
            if (path === null)
                return;
            for (const declaration of node.declarationList.declarations) {
                if (ts.isIdentifier(declaration.name) && METHODS.has(declaration.name.text)) {
                    ctx.addApp('nextjs', declaration);
                    ctx.addRoute('nextjs', declaration, declaration.name.text, path);
                }
            }
        },
    },
});
