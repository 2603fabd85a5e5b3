import { ts } from '../languages/typescript/runtime.js';
/** The variable an expression is assigned to: `const app = express()` → `app`. */
export function tsAssignedName(node) {
    let current = node.parent;
    while (current && (ts.isAwaitExpression(current) || ts.isParenthesizedExpression(current) || ts.isAsExpression(current)))
        current = current.parent;
    if (current && ts.isVariableDeclaration(current) && ts.isIdentifier(current.name))
        return current.name.text;
    if (current && ts.isBinaryExpression(current) && ts.isIdentifier(current.left))
        return current.left.text;
    return undefined;
}
/** Records an app where a call or `new` resolves to one of `constructors`. */
export function tsAppConstructor(framework, constructors) {
    const names = new Set(constructors);
    return (node, ctx) => {
        if (!ts.isCallExpression(node) && !ts.isNewExpression(node))
            return;
        const callee = ctx.file.calleeName(node);
        const name = ts.isNewExpression(node) ? `new ${callee}` : callee;
        if (callee && names.has(name))
            ctx.addApp(framework, node, tsAssignedName(node));
    };
}
/** Records `x.get('/path', …)`-style routes in files that import the framework. */
export function tsCallRoutes(framework) {
    return (node, ctx) => {
        if (!ts.isCallExpression(node))
            return;
        const route = ctx.file.routeCall(node);
        if (route)
            ctx.addRoute(framework, node, route.method, route.path);
    };
}
