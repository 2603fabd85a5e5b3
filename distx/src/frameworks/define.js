export function defineFramework(framework) {
    return framework;
}
/** The name an app is bound to: `app = FastAPI()` → `app`. */
export function assignedName(call) {
    const parent = call.parent;
    if (parent?.type === 'assignment' && parent.childForFieldName('right')?.id === call.id) {
        const left = parent.childForFieldName('left');
        return left?.type === 'identifier' ? left.text : left?.text;
    }
    return undefined;
}
/** Records an app wherever one of `constructors` (qualified names) is called. */
export function pythonAppConstructor(framework, constructors) {
    const names = new Set(constructors);
    return (node, ctx) => {
        const callee = ctx.file.calleeName(node);
        if (callee && names.has(callee))
            ctx.addApp(framework, node, assignedName(node));
    };
}
/** Records decorator routes (`@app.get("/x")`, `@bp.route("/x", methods=[...])`). */
export const pythonDecoratorRoutes = (framework) => (node, ctx) => {
    const route = ctx.file.routeDecorator(node);
    if (!route)
        return;
    for (const method of route.methods)
        ctx.addRoute(framework, ctx.file.definitionAnchor(node), method, route.path);
};
