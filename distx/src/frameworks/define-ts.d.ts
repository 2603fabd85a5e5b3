import type * as TypeScript from 'typescript';
import type { TypeScriptRuleContext } from '../engine/report.js';
import type { FrameworkId } from '../engine/project-model.js';
/** The variable an expression is assigned to: `const app = express()` → `app`. */
export declare function tsAssignedName(node: TypeScript.Node): string | undefined;
/** Records an app where a call or `new` resolves to one of `constructors`. */
export declare function tsAppConstructor(framework: FrameworkId, constructors: readonly string[]): (node: TypeScript.Node, ctx: TypeScriptRuleContext) => void;
/** Records `x.get('/path', …)`-style routes in files that import the framework. */
export declare function tsCallRoutes(framework: FrameworkId): (node: TypeScript.Node, ctx: TypeScriptRuleContext) => void;
