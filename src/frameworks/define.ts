import type { PyNode } from '../languages/python/tree.js';
import type { PythonVisitors } from '../languages/python/walk.js';
import type { CalleeFilter, TypeScriptVisitors } from '../languages/typescript/walk.js';
import type { PythonRuleContext } from '../engine/report.js';
import type { CodeLanguage, FrameworkId } from '../engine/project-model.js';

/**
 * A framework or SDK the project model knows: which imports enable it and the
 * visitors that record its apps and routes (knip's plugin objects). Rules ask
 * the project model, never re-detect frameworks themselves.
 */
export interface Framework {
  id: FrameworkId;
  language: CodeLanguage;
  /** Module names whose import in a file enables the visitors for that file; empty (and no `paths`) means every file. */
  enablers: string[];
  /** Files at a path this matches (relative, `/`-separated) enable the visitors whatever they import. */
  paths?: RegExp;
  python?: PythonVisitors;
  typescript?: TypeScriptVisitors;
  /** The calls its TypeScript `CallExpression` visitor is given (see CallVisitors); every call when absent. */
  typescriptCallees?: CalleeFilter;
}

export function defineFramework(framework: Framework): Framework {
  return framework;
}

/** The name an app is bound to: `app = FastAPI()` → `app`. */
export function assignedName(call: PyNode): string | undefined {
  const parent = call.parent;
  if (parent?.type === 'assignment' && parent.childForFieldName('right')?.id === call.id) {
    const left = parent.childForFieldName('left');
    return left?.type === 'identifier' ? left.text : left?.text;
  }
  return undefined;
}

/** Records an app wherever one of `constructors` (qualified names) is called. */
export function pythonAppConstructor(framework: FrameworkId, constructors: readonly string[]): PythonVisitors['call'] {
  const names = new Set(constructors);
  return (node: PyNode, ctx: PythonRuleContext) => {
    const callee = ctx.file.calleeName(node);
    if (callee && names.has(callee)) ctx.addApp(framework, node, assignedName(node));
  };
}

/** Records decorator routes (`@app.get("/x")`, `@bp.route("/x", methods=[...])`). */
export const pythonDecoratorRoutes = (framework: FrameworkId): PythonVisitors['function_definition'] => (node, ctx) => {
  const route = ctx.file.routeDecorator(node);
  if (!route) return;
  for (const method of route.methods) ctx.addRoute(framework, ctx.file.definitionAnchor(node), method, route.path);
};
