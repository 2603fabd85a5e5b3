import type * as TypeScript from 'typescript';
import type { TypeScriptRuleContext } from '../engine/report.js';
import type { FrameworkId } from '../engine/project-model.js';
import { dottedCalleeMembers } from '../languages/typescript/file.js';
import { ts } from '../languages/typescript/runtime.js';

/** The variable an expression is assigned to: `const app = express()` → `app`. */
export function tsAssignedName(node: TypeScript.Node): string | undefined {
  let current = node.parent;
  while (current && (ts.isAwaitExpression(current) || ts.isParenthesizedExpression(current) || ts.isAsExpression(current))) current = current.parent;
  if (current && ts.isVariableDeclaration(current) && ts.isIdentifier(current.name)) return current.name.text;
  if (current && ts.isBinaryExpression(current) && ts.isIdentifier(current.left)) return current.left.text;
  return undefined;
}

/** Records an app where a call or `new` resolves to one of `constructors`. */
export function tsAppConstructor(framework: FrameworkId, constructors: readonly string[]) {
  const names = new Set(constructors);
  const members = dottedCalleeMembers(constructors);
  return (node: TypeScript.Node, ctx: TypeScriptRuleContext) => {
    if (!ts.isCallExpression(node) && !ts.isNewExpression(node)) return;
    const callee = ctx.file.calleeNameWithMember(node, members);
    const name = ts.isNewExpression(node) ? `new ${callee}` : callee;
    if (callee && names.has(name!)) ctx.addApp(framework, node, tsAssignedName(node));
  };
}

/** Records `x.get('/path', …)`-style routes in files that import the framework. */
export function tsCallRoutes(framework: FrameworkId) {
  return (node: TypeScript.Node, ctx: TypeScriptRuleContext) => {
    if (!ts.isCallExpression(node)) return;
    const route = ctx.file.routeCall(node);
    if (route) ctx.addRoute(framework, node, route.method, route.path);
  };
}
