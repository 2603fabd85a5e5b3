import {
  readPackageJson,
  readPyproject,
  readRequirements
} from "./chunk-JA4UPIMU.js";
import {
  ConfigError
} from "./chunk-MTL4NPGF.js";
import {
  FileMemos,
  NodeAnswers,
  TypeScriptFile,
  createPythonContext,
  createTextContext,
  createTypeScriptContext,
  directoriesAbove,
  lineContaining,
  lineFeedStarts,
  loadTypeScript,
  ownString,
  readDockerfile,
  ts
} from "./chunk-JQ7ZJZHD.js";

// dist/src/core/suppressions.js
var MARKER = "agent-harden-ignore";
var COMMENT = /(?:#|\/\/|\/\*)\s*agent-harden-ignore(?:\s+([\w-]+))?(?:\s+until\s+([^\s:]+))?\s*(?::\s*(.*?))?\s*(?:\*\/)?\s*$/;
function lastDay(text) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text))
    return void 0;
  const time = Date.parse(`${text}T23:59:59.999Z`);
  return Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== text ? void 0 : time;
}
function readSuppressions(file, text, knownRuleIds, now = Date.now()) {
  const suppressions = [];
  const problems = [];
  if (!text.includes(MARKER))
    return { suppressions, problems };
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, index) => {
    if (!raw.includes(MARKER))
      return;
    const match = COMMENT.exec(raw);
    if (!match)
      return;
    const line = index + 1;
    const ruleId = ownString(match[1] ?? "");
    const until = match[2];
    const reason = ownString((match[3] ?? "").trim());
    const commentStart = raw.search(/(?:#|\/\/|\/\*)\s*agent-harden-ignore/);
    const trailing = raw.slice(0, commentStart).trim() !== "";
    if (!ruleId || !knownRuleIds.has(ruleId)) {
      problems.push({ file, line, kind: "unknown-rule", ruleId, message: ruleId ? `unknown rule id "${ruleId}" in suppression` : "suppression names no rule id" });
      return;
    }
    if (!reason) {
      problems.push({ file, line, kind: "missing-reason", ruleId, message: `suppression of ${ruleId} has no reason; write "agent-harden-ignore ${ruleId}: <why>"` });
      return;
    }
    if (until !== void 0) {
      const end = lastDay(until);
      if (end === void 0) {
        problems.push({ file, line, kind: "bad-expiry", ruleId, message: `suppression of ${ruleId} has "until ${until}"; write the date as YYYY-MM-DD` });
        return;
      }
      if (now > end) {
        problems.push({ file, line, kind: "expired", ruleId, message: `suppression of ${ruleId} expired on ${until}; fix the finding or renew the date` });
        return;
      }
    }
    suppressions.push({ ruleId, reason, line, trailing, used: false });
  });
  return { suppressions, problems };
}
function matchSuppression(suppressions, ruleId, line) {
  return suppressions.find((suppression) => suppression.ruleId === ruleId && (suppression.line === line || !suppression.trailing && suppression.line + 1 === line));
}
function unusedSuppressionProblems(file, suppressions) {
  return suppressions.filter((suppression) => !suppression.used).map((suppression) => ({
    file,
    line: suppression.line,
    kind: "unused",
    ruleId: suppression.ruleId,
    message: `suppression of ${suppression.ruleId} matches no finding; remove it`
  }));
}

// dist/src/frameworks/define.js
function defineFramework(framework) {
  return framework;
}
function assignedName(call) {
  const parent = call.parent;
  if (parent?.type === "assignment" && parent.childForFieldName("right")?.id === call.id) {
    const left = parent.childForFieldName("left");
    return left?.type === "identifier" ? left.text : left?.text;
  }
  return void 0;
}
function pythonAppConstructor(framework, constructors) {
  const names = new Set(constructors);
  return (node, ctx) => {
    const callee = ctx.file.calleeName(node);
    if (callee && names.has(callee))
      ctx.addApp(framework, node, assignedName(node));
  };
}
var pythonDecoratorRoutes = (framework) => (node, ctx) => {
  const route = ctx.file.routeDecorator(node);
  if (!route)
    return;
  for (const method of route.methods)
    ctx.addRoute(framework, ctx.file.definitionAnchor(node), method, route.path);
};

// dist/src/frameworks/a2a.js
var APPLICATIONS = /^a2a\.server\.apps(?:\.[\w.]+)?\.(A2AStarletteApplication|A2AFastAPIApplication|A2ARESTFastAPIApplication)$/;
var a2a_default = defineFramework({
  id: "a2a",
  language: "python",
  enablers: ["a2a"],
  python: {
    call(node, ctx) {
      const callee = ctx.file.calleeName(node);
      if (!callee || !APPLICATIONS.test(callee))
        return;
      ctx.addApp("a2a", node, assignedName(node));
      ctx.addRoute("a2a", node, "POST", "/");
      ctx.addRoute("a2a", node, "GET", "/.well-known/agent-card.json");
    }
  }
});

// dist/src/frameworks/adk.js
var FACTORIES = /* @__PURE__ */ new Set(["google.adk.cli.fast_api.get_fast_api_app"]);
var adk_default = defineFramework({
  id: "adk",
  language: "python",
  enablers: ["google.adk"],
  python: {
    call(node, ctx) {
      const callee = ctx.file.calleeName(node);
      if (!callee || !FACTORIES.has(callee))
        return;
      ctx.addApp("adk", node, assignedName(node));
      ctx.addRoute("adk", node, "POST", "/run");
      ctx.addRoute("adk", node, "POST", "/run_sse");
    }
  }
});

// dist/src/frameworks/define-ts.js
function tsAssignedName(node) {
  let current = node.parent;
  while (current && (ts.isAwaitExpression(current) || ts.isParenthesizedExpression(current) || ts.isAsExpression(current)))
    current = current.parent;
  if (current && ts.isVariableDeclaration(current) && ts.isIdentifier(current.name))
    return current.name.text;
  if (current && ts.isBinaryExpression(current) && ts.isIdentifier(current.left))
    return current.left.text;
  return void 0;
}
function tsAppConstructor(framework, constructors) {
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
function tsCallRoutes(framework) {
  return (node, ctx) => {
    if (!ts.isCallExpression(node))
      return;
    const route = ctx.file.routeCall(node);
    if (route)
      ctx.addRoute(framework, node, route.method, route.path);
  };
}

// dist/src/frameworks/express.js
var app = tsAppConstructor("express", ["express", "express.default"]);
var routes = tsCallRoutes("express");
var express_default = defineFramework({
  id: "express",
  language: "typescript",
  enablers: ["express"],
  typescript: {
    CallExpression(node, ctx) {
      app(node, ctx);
      routes(node, ctx);
    }
  }
});

// dist/src/frameworks/fastapi.js
var fastapi_default = defineFramework({
  id: "fastapi",
  language: "python",
  enablers: ["fastapi"],
  python: {
    call(node, ctx) {
      pythonAppConstructor("fastapi", ["fastapi.FastAPI", "fastapi.applications.FastAPI"])(node, ctx);
      if (ctx.file.calleeMember(node) === "add_api_route") {
        const path = ctx.file.stringValue(ctx.file.positionalArguments(node)[0] ?? ctx.file.keywordArgument(node, "path"));
        const methods = ctx.file.literal(ctx.file.keywordArgument(node, "methods"));
        const list = Array.isArray(methods) ? methods.filter((m) => typeof m === "string") : ["GET"];
        for (const method of list)
          ctx.addRoute("fastapi", node, method.toUpperCase(), path ?? null);
      }
    },
    function_definition: pythonDecoratorRoutes("fastapi")
  }
});

// dist/src/frameworks/fastify.js
var app2 = tsAppConstructor("fastify", ["fastify", "fastify.fastify", "fastify.default"]);
var routes2 = tsCallRoutes("fastify");
var fastify_default = defineFramework({
  id: "fastify",
  language: "typescript",
  enablers: ["fastify"],
  typescript: {
    CallExpression(node, ctx) {
      app2(node, ctx);
      routes2(node, ctx);
    }
  }
});

// dist/src/frameworks/flask.js
var flask_default = defineFramework({
  id: "flask",
  language: "python",
  enablers: ["flask", "quart"],
  python: {
    call: pythonAppConstructor("flask", ["flask.Flask", "quart.Quart"]),
    function_definition: pythonDecoratorRoutes("flask")
  }
});

// dist/src/frameworks/hono.js
var app3 = tsAppConstructor("hono", ["new hono.Hono", "new hono/tiny.Hono", "new @hono/zod-openapi.OpenAPIHono"]);
var hono_default = defineFramework({
  id: "hono",
  language: "typescript",
  enablers: ["hono", "@hono/zod-openapi"],
  typescript: {
    NewExpression: app3,
    CallExpression: tsCallRoutes("hono")
  }
});

// dist/src/frameworks/koa.js
var koa_default = defineFramework({
  id: "koa",
  language: "typescript",
  enablers: ["koa", "@koa/router", "koa-router"],
  typescript: {
    NewExpression: tsAppConstructor("koa", ["new koa"]),
    CallExpression: tsCallRoutes("koa")
  }
});

// dist/src/frameworks/nextjs.js
var METHODS = /* @__PURE__ */ new Set(["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]);
var APP_ROUTE = /(?:^|\/)app\/(.*\/)?route\.(?:ts|js|mjs|tsx|jsx)$/;
var PAGES_API = /(?:^|\/)pages\/api\/(.*)\.(?:ts|js|mjs|tsx|jsx)$/;
function routePath(file) {
  const app4 = APP_ROUTE.exec(file);
  if (app4)
    return `/${(app4[1] ?? "").replace(/\/$/, "").replace(/\([^)]*\)\//g, "")}`;
  const pages = PAGES_API.exec(file);
  if (pages)
    return `/api/${pages[1].replace(/(?:^|\/)index$/, "")}`;
  return null;
}
var nextjs_default = defineFramework({
  id: "nextjs",
  language: "typescript",
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
      const method = isDefault ? "ALL" : node.name.text;
      if (!isDefault && !METHODS.has(method))
        return;
      ctx.addApp("nextjs", node);
      ctx.addRoute("nextjs", node, method, path);
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
          ctx.addApp("nextjs", declaration);
          ctx.addRoute("nextjs", declaration, declaration.name.text, path);
        }
      }
    }
  }
});

// dist/src/frameworks/starlette.js
var ROUTE_CLASSES = /* @__PURE__ */ new Set(["starlette.routing.Route", "starlette.routing.WebSocketRoute"]);
var starlette_default = defineFramework({
  id: "starlette",
  language: "python",
  enablers: ["starlette"],
  python: {
    call(node, ctx) {
      pythonAppConstructor("starlette", ["starlette.applications.Starlette"])(node, ctx);
      const callee = ctx.file.calleeName(node);
      if (callee && ROUTE_CLASSES.has(callee)) {
        const path = ctx.file.stringValue(ctx.file.positionalArguments(node)[0] ?? ctx.file.keywordArgument(node, "path"));
        const methods = ctx.file.literal(ctx.file.keywordArgument(node, "methods"));
        const list = Array.isArray(methods) ? methods.filter((m) => typeof m === "string") : ["GET"];
        for (const method of list)
          ctx.addRoute("starlette", node, method.toUpperCase(), path ?? null);
      } else if (ctx.file.calleeMember(node) === "add_route" && ctx.file.importsModule("starlette")) {
        const path = ctx.file.stringValue(ctx.file.positionalArguments(node)[0]);
        ctx.addRoute("starlette", node, "GET", path ?? null);
      }
    }
  }
});

// dist/src/frameworks/index.js
var FRAMEWORKS = [fastapi_default, starlette_default, a2a_default, adk_default, flask_default, express_default, fastify_default, hono_default, koa_default, nextjs_default];

// dist/src/languages/python/file.js
var SCOPE_CONTAINERS = /* @__PURE__ */ new Set(["try_statement", "if_statement", "else_clause", "elif_clause", "except_clause", "block", "with_statement", "finally_clause"]);
var FUNCTION_TYPES = /* @__PURE__ */ new Set(["function_definition", "lambda"]);
var NESTED_SCOPES = /* @__PURE__ */ new Set(["function_definition", "lambda", "class_definition"]);
var HTTP_METHODS = /* @__PURE__ */ new Set(["get", "post", "put", "patch", "delete", "head", "options", "api_route", "route", "websocket"]);
var PythonFile = class {
  tree;
  text;
  /** What helpers and rules compute once for this file (see FileMemos: never a module-level table). */
  memos = new FileMemos();
  /** Local name → qualified name (`C` → `fastapi.middleware.cors.CORSMiddleware`). */
  imports = /* @__PURE__ */ new Map();
  /** Local names imported from this package by relative imports (`from .errors import AppError`). */
  relativeImports = /* @__PURE__ */ new Set();
  /** Module-level `NAME = <expr>` assignments, for literal evaluation of constants. */
  moduleAssignments = /* @__PURE__ */ new Map();
  /** Qualified module names imported anywhere at module level (`slowapi`, `fastapi.security`). */
  importedModules = /* @__PURE__ */ new Set();
  // Every rule asks the same questions of the same nodes (a dozen rules resolve each call's callee):
  // answers are kept for the file's lifetime, which is one walk.
  qualifiedNames = new NodeAnswers((node) => this.resolveName(node));
  calleeNames = new NodeAnswers((call) => this.qualifiedName(call.childForFieldName("function")));
  calleeMembers = new NodeAnswers((call) => lastSegment(call.childForFieldName("function")));
  // Every imported module and each of its dotted prefixes, so that `importsModule` is one lookup.
  importedPaths = /* @__PURE__ */ new Set();
  routes = new NodeAnswers((definition) => this.findRouteDecorator(definition));
  constructor(tree, text) {
    this.tree = tree;
    this.text = text;
    this.scanModuleLevel(tree.rootNode);
    for (const module of this.importedModules) {
      this.importedPaths.add(module);
      for (let dot = module.indexOf("."); dot >= 0; dot = module.indexOf(".", dot + 1))
        this.importedPaths.add(module.slice(0, dot));
    }
  }
  get root() {
    return this.tree.rootNode;
  }
  scanModuleLevel(container) {
    for (const statement of container.namedChildren) {
      if (!statement)
        continue;
      switch (statement.type) {
        case "import_statement":
          this.recordImport(statement);
          break;
        case "import_from_statement":
          this.recordFromImport(statement);
          break;
        case "expression_statement": {
          const assignment = statement.namedChild(0);
          if (assignment?.type === "assignment") {
            const left = assignment.childForFieldName("left");
            const right = assignment.childForFieldName("right");
            if (left?.type === "identifier" && right)
              this.moduleAssignments.set(left.text, right);
          }
          break;
        }
        default:
          if (SCOPE_CONTAINERS.has(statement.type))
            this.scanModuleLevel(statement);
      }
    }
  }
  recordImport(statement) {
    for (const child of statement.namedChildren) {
      if (!child)
        continue;
      if (child.type === "dotted_name") {
        const head = child.text.split(".")[0];
        this.imports.set(head, head);
        this.importedModules.add(child.text);
      } else if (child.type === "aliased_import") {
        const name = child.childForFieldName("name")?.text;
        const alias = child.childForFieldName("alias")?.text;
        if (name && alias) {
          this.imports.set(alias, name);
          this.importedModules.add(name);
        }
      }
    }
  }
  recordFromImport(statement) {
    const moduleNode = statement.childForFieldName("module_name");
    if (!moduleNode)
      return;
    const moduleName = moduleNode.text.replace(/^\.+/, "");
    const relative = moduleName !== moduleNode.text;
    this.importedModules.add(moduleName);
    for (const child of statement.namedChildren) {
      if (!child || child === moduleNode || child.id === moduleNode.id)
        continue;
      let local;
      if (child.type === "dotted_name") {
        local = child.text;
        this.imports.set(local, `${moduleName}.${child.text}`);
      } else if (child.type === "aliased_import") {
        const name = child.childForFieldName("name")?.text;
        local = child.childForFieldName("alias")?.text;
        if (name && local)
          this.imports.set(local, `${moduleName}.${name}`);
      }
      if (relative && local)
        this.relativeImports.add(local);
    }
  }
  /** True when the file imports `module` or anything below it. Rules ask per call, of a handful of modules. */
  importsModule(module) {
    return this.importedPaths.has(module);
  }
  /**
   * The dotted name an expression refers to, with imports resolved:
   * `C` → `fastapi.middleware.cors.CORSMiddleware`, `requests.get` → `requests.get`,
   * `self.client.post` → `self.client.post`. Calls resolve to their callee with `()`.
   */
  qualifiedName(node) {
    return node ? this.qualifiedNames.get(node) : void 0;
  }
  resolveName(node) {
    switch (node.type) {
      case "identifier":
        return this.imports.get(node.text) ?? node.text;
      case "attribute": {
        const object = this.qualifiedName(node.childForFieldName("object"));
        const attribute = node.childForFieldName("attribute")?.text;
        return object && attribute ? `${object}.${attribute}` : void 0;
      }
      case "call": {
        const callee = this.qualifiedName(node.childForFieldName("function"));
        return callee ? `${callee}()` : void 0;
      }
      case "parenthesized_expression":
        return this.qualifiedName(node.namedChild(0));
      default:
        return void 0;
    }
  }
  /** The qualified name of a call's callee. */
  calleeName(call) {
    return this.calleeNames.get(call);
  }
  /** The last segment of the callee (`get` for `client.get(...)`). */
  calleeMember(call) {
    return this.calleeMembers.get(call);
  }
  keywordArgument(call, name) {
    const args = call.childForFieldName("arguments");
    if (!args)
      return void 0;
    const children = args.children;
    for (let index = 0; index < children.length; index++) {
      const arg = children[index];
      if (arg.type === "keyword_argument" && arg.childForFieldName("name")?.text === name) {
        return arg.childForFieldName("value") ?? void 0;
      }
    }
    return void 0;
  }
  hasKeywordArgument(call, name) {
    return this.keywordArgument(call, name) !== void 0;
  }
  /** True when the call passes `**kwargs`, which may carry any keyword. */
  hasSplatKeywords(call) {
    const children = call.childForFieldName("arguments")?.children ?? [];
    for (let index = 0; index < children.length; index++)
      if (children[index].type === "dictionary_splat")
        return true;
    return false;
  }
  positionalArguments(call) {
    const args = call.childForFieldName("arguments");
    if (!args || args.type !== "argument_list")
      return [];
    return args.namedChildren.filter((arg) => !!arg && arg.type !== "keyword_argument" && arg.type !== "comment" && arg.type !== "dictionary_splat" && arg.type !== "list_splat");
  }
  /**
   * Statically evaluates simple literals: strings (without interpolation), numbers,
   * booleans, None, lists/tuples/sets/dicts of those, and module-level constants.
   */
  literal(node, depth = 0) {
    if (!node || depth > 8)
      return void 0;
    switch (node.type) {
      case "string": {
        let value = "";
        for (const child of node.children) {
          if (child.type === "interpolation")
            return void 0;
          if (child.type === "string_content" || child.type === "escape_sequence")
            value += child.text;
        }
        return value;
      }
      case "concatenated_string": {
        let joined = "";
        for (const part of node.namedChildren) {
          const value = this.literal(part, depth + 1);
          if (typeof value !== "string")
            return void 0;
          joined += value;
        }
        return joined;
      }
      case "integer":
      case "float": {
        const value = Number(node.text.replace(/_/g, ""));
        return Number.isNaN(value) ? void 0 : value;
      }
      case "true":
        return true;
      case "false":
        return false;
      case "none":
        return null;
      case "list":
      case "tuple":
      case "set": {
        const items = [];
        for (const child of node.namedChildren) {
          if (!child || child.type === "comment")
            continue;
          const value = this.literal(child, depth + 1);
          if (value === void 0)
            return void 0;
          items.push(value);
        }
        return items;
      }
      case "dictionary": {
        const result = {};
        for (const pair of node.namedChildren) {
          if (!pair || pair.type !== "pair")
            continue;
          const key = this.literal(pair.childForFieldName("key"), depth + 1);
          const value = this.literal(pair.childForFieldName("value"), depth + 1);
          if (typeof key !== "string" || value === void 0)
            return void 0;
          result[key] = value;
        }
        return result;
      }
      case "parenthesized_expression":
        return this.literal(node.namedChild(0), depth + 1);
      case "identifier": {
        const assigned = this.moduleAssignments.get(node.text);
        return assigned ? this.literal(assigned, depth + 1) : void 0;
      }
      default:
        return void 0;
    }
  }
  /** The string value of a literal or constant, else undefined. */
  stringValue(node) {
    const value = this.literal(node);
    return typeof value === "string" ? value : void 0;
  }
  enclosingFunction(node) {
    for (let current = node.parent; current; current = current.parent) {
      if (FUNCTION_TYPES.has(current.type))
        return current;
    }
    return void 0;
  }
  /** The module-level function or class named `name` (the definition under its decorators, if any). */
  moduleDefinition(name, type) {
    for (const statement of this.root.namedChildren) {
      const definition = statement?.type === "decorated_definition" ? statement.childForFieldName("definition") : statement;
      if (definition?.type === type && definition.childForFieldName("name")?.text === name)
        return definition;
    }
    return void 0;
  }
  enclosingClass(node) {
    for (let current = node.parent; current; current = current.parent) {
      if (current.type === "class_definition")
        return current;
    }
    return void 0;
  }
  /** Decorator expressions of a function (or class) definition. */
  decorators(definition) {
    const parent = definition.parent;
    if (parent?.type !== "decorated_definition")
      return [];
    return parent.namedChildren.filter((child) => child?.type === "decorator").map((decorator) => decorator.namedChild(0)).filter((expression) => !!expression);
  }
  /** The node a route-level finding points at: the decorator line when decorated. */
  definitionAnchor(definition) {
    const parent = definition.parent;
    return parent?.type === "decorated_definition" ? parent : definition;
  }
  /**
   * Route registration by decorator: `@app.get("/x")`, `@router.post(...)`,
   * `@app.route("/x", methods=["POST"])` (Flask, Quart), `@bp.route(...)`.
   */
  routeDecorator(definition) {
    return this.routes.get(definition);
  }
  findRouteDecorator(definition) {
    for (const decorator of this.decorators(definition)) {
      if (decorator.type !== "call")
        continue;
      const fn = decorator.childForFieldName("function");
      if (fn?.type !== "attribute")
        continue;
      const member = fn.childForFieldName("attribute")?.text ?? "";
      if (!HTTP_METHODS.has(member))
        continue;
      const receiver = fn.childForFieldName("object");
      const pathNode = this.positionalArguments(decorator)[0] ?? this.keywordArgument(decorator, "path") ?? this.keywordArgument(decorator, "rule");
      const path = this.stringValue(pathNode);
      if (path === void 0 && !pathNode)
        continue;
      let methods;
      if (member === "route" || member === "api_route") {
        const declared = this.literal(this.keywordArgument(decorator, "methods"));
        methods = Array.isArray(declared) ? declared.filter((m) => typeof m === "string").map((m) => m.toUpperCase()) : ["GET"];
      } else if (member === "websocket") {
        methods = ["WEBSOCKET"];
      } else {
        methods = [member.toUpperCase()];
      }
      return { decorator, receiver: receiver?.text ?? "", path: path ?? null, methods, definition };
    }
    return void 0;
  }
  /** Function parameters as nodes with their names (`self` included). */
  parameters(definition) {
    const params = definition.childForFieldName("parameters");
    if (!params)
      return [];
    const result = [];
    for (const param of params.namedChildren) {
      if (!param)
        continue;
      if (param.type === "identifier") {
        result.push({ name: param.text, node: param });
        continue;
      }
      const nameNode = param.childForFieldName("name") ?? param.namedChildren.find((c) => c?.type === "identifier");
      if (!nameNode)
        continue;
      result.push({
        name: nameNode.text,
        node: param,
        annotation: param.childForFieldName("type") ?? void 0,
        default: param.childForFieldName("value") ?? void 0
      });
    }
    return result;
  }
  /**
   * Every named node of `types` below `node`, in source order (not inside nested
   * functions, lambdas or classes when `shallow`). Read from the tree's type index
   * by preorder range, so asking for the calls of every handler costs no re-walk.
   */
  descendants(node, types, shallow = false) {
    const found = [];
    const lists = [];
    const next = [];
    for (const type of types) {
      const ofType = this.tree.namedOfType(type);
      const first = firstAfter(ofType, node.order);
      if (first < ofType.length && ofType[first].order <= node.last) {
        lists.push(ofType);
        next.push(first);
      }
    }
    for (; ; ) {
      let chosen = -1;
      let chosenOrder = node.last + 1;
      for (let list = 0; list < lists.length; list++) {
        const candidate2 = lists[list][next[list]];
        if (candidate2 !== void 0 && candidate2.order < chosenOrder) {
          chosen = list;
          chosenOrder = candidate2.order;
        }
      }
      if (chosen === -1)
        return found;
      const candidate = lists[chosen][next[chosen]++];
      if (!shallow || !insideNestedScope(candidate, node))
        found.push(candidate);
    }
  }
  /** A class's base-class expressions, resolved (`a2a.server.agent_execution.AgentExecutor`). */
  baseClasses(classDefinition) {
    const superclasses = classDefinition.childForFieldName("superclasses");
    if (!superclasses)
      return [];
    return superclasses.namedChildren.filter((c) => !!c && c.type !== "keyword_argument").map((c) => this.qualifiedName(c) ?? c.text);
  }
};
function firstAfter(nodes, order) {
  let low = 0;
  let high = nodes.length;
  while (low < high) {
    const middle = low + high >> 1;
    if (nodes[middle].order <= order)
      low = middle + 1;
    else
      high = middle;
  }
  return low;
}
function lastSegment(fn) {
  if (fn?.type === "attribute")
    return fn.childForFieldName("attribute")?.text;
  if (fn?.type === "identifier")
    return fn.text;
  return void 0;
}
function insideNestedScope(node, outer) {
  for (let current = node.parent; current && current !== outer; current = current.parent) {
    if (NESTED_SCOPES.has(current.type))
      return true;
  }
  return false;
}

// dist/src/languages/python/parser.js
import { createRequire } from "node:module";

// dist/src/languages/python/cursor.js
var openPublicCursor = (tree) => {
  const cursor = tree.walk();
  return {
    gotoFirstChild: () => cursor.gotoFirstChild(),
    gotoNextSibling: () => cursor.gotoNextSibling(),
    gotoParent: () => cursor.gotoParent(),
    typeId: () => cursor.nodeTypeId,
    fieldId: () => cursor.currentFieldId,
    startIndex: () => cursor.startIndex,
    endIndex: () => cursor.endIndex,
    isMissing: () => cursor.nodeIsMissing,
    close: () => cursor.delete()
  };
};
var CURSOR_WORDS = 4;
function directCursorOpener(module) {
  const { _ts_init: init, _ts_tree_cursor_goto_first_child_wasm: gotoFirstChild, _ts_tree_cursor_goto_next_sibling_wasm: gotoNextSibling, _ts_tree_cursor_goto_parent_wasm: gotoParent, _ts_tree_cursor_current_node_type_id_wasm: typeId, _ts_tree_cursor_current_field_id_wasm: fieldId, _ts_tree_cursor_start_index_wasm: startIndex, _ts_tree_cursor_end_index_wasm: endIndex, _ts_tree_cursor_current_node_is_missing_wasm: isMissing } = module;
  if (!init || !gotoFirstChild || !gotoNextSibling || !gotoParent || !typeId || !fieldId || !startIndex || !endIndex || !isMissing || !module.HEAP32)
    return void 0;
  const transferWord = init() >> 2;
  return (tree) => {
    const cursor = tree.walk();
    const handles = cursor;
    const address = tree[0];
    const heap = module.HEAP32;
    for (let word = 0; word < CURSOR_WORDS; word++)
      heap[transferWord + word] = handles[word];
    return {
      gotoFirstChild: () => gotoFirstChild(address) === 1,
      gotoNextSibling: () => gotoNextSibling(address) === 1,
      gotoParent: () => gotoParent(address) === 1,
      typeId: () => typeId(address),
      fieldId: () => fieldId(address),
      startIndex: () => startIndex(address),
      endIndex: () => endIndex(address),
      isMissing: () => isMissing(address) === 1,
      close: () => {
        const current = module.HEAP32;
        for (let word = 0; word < CURSOR_WORDS; word++)
          handles[word] = current[transferWord + word];
        cursor.delete();
      }
    };
  };
}

// dist/src/languages/python/tree.js
var NO_CHILDREN = Object.freeze([]);
var nextId = 1;
var NAMED = 1;
var MISSING = 2;
var HAS_ERROR = 4;
var PyTree = class {
  constructor(text, symbolsByType, symbolSlots) {
    this.text = text;
    this.firstId = nextId;
    this.nodes = [];
    this.namedBySymbol = new Array(symbolSlots);
    this.symbolsByType = symbolsByType;
    this.lineStarts = void 0;
    this.namedByType = /* @__PURE__ */ new Map();
  }
  /**
   * Named nodes of one type, in preorder. The copy filed them by symbol as it
   * went (an array index, where a pass keyed by type name cost 2 % of a Python
   * audit); aliases give one name several symbols, whose lists are merged here once.
   */
  namedOfType(type) {
    let found = this.namedByType.get(type);
    if (!found) {
      const lists = [];
      for (const symbol of this.symbolsByType.get(type) ?? []) {
        const list = this.namedBySymbol[symbol];
        if (list)
          lists.push(list);
      }
      found = lists.length === 0 ? NO_CHILDREN : lists.length === 1 ? lists[0] : lists.flat().sort((a, b) => a.order - b.order);
      this.namedByType.set(type, found);
    }
    return found;
  }
  /** Named nodes of any of these types, in preorder: the lists `namedOfType` keeps, merged by preorder number. */
  namedOfTypes(types) {
    const lists = [];
    let count = 0;
    for (const type of types) {
      const list = this.namedOfType(type);
      if (list.length === 0)
        continue;
      lists.push(list);
      count += list.length;
    }
    if (lists.length <= 1)
      return lists[0] ?? NO_CHILDREN;
    const orders = new Int32Array(count);
    let at = 0;
    for (const list of lists)
      for (const node of list)
        orders[at++] = node.order;
    orders.sort();
    const merged = new Array(count);
    for (let index = 0; index < count; index++)
      merged[index] = this.nodes[orders[index]];
    return merged;
  }
  /** Row and column of a string index; rows break at `\n` only, as tree-sitter's. */
  position(index) {
    const starts = this.lineStarts ??= lineFeedStarts(this.text);
    const row = lineContaining(starts, index);
    return { row, column: index - starts[row] };
  }
  /** The smallest node spanning a position (used to find a statement from a finding's location). */
  descendantForPosition(point) {
    this.lineStarts ??= lineFeedStarts(this.text);
    const index = (this.lineStarts[point.row] ?? this.text.length) + point.column;
    let node = this.rootNode;
    for (; ; ) {
      const next = node.children.find((child) => child.startIndex <= index && index < child.endIndex);
      if (!next)
        return node;
      node = next;
    }
  }
};
var PyNode = class {
  constructor(tree, type, isNamed, isMissing, startIndex, endIndex, parent, field, index, order) {
    this.order = order;
    this.last = order;
    this.tree = tree;
    this.type = type;
    this.flags = (isNamed ? NAMED : 0) | (isMissing ? MISSING : 0);
    this.startIndex = startIndex;
    this.endIndex = endIndex;
    this.parent = parent;
    this.field = field;
    this.index = index;
    this.children = NO_CHILDREN;
    this.named = void 0;
    this.cachedText = void 0;
  }
  get id() {
    return this.tree.firstId + this.order;
  }
  get isNamed() {
    return (this.flags & NAMED) !== 0;
  }
  get isMissing() {
    return (this.flags & MISSING) !== 0;
  }
  /** True when this node or a descendant is an ERROR or MISSING node. */
  get hasError() {
    return (this.flags & HAS_ERROR) !== 0;
  }
  /** Marks this node and its ancestors as holding an error (the copy's call, for ERROR and MISSING nodes). */
  markError() {
    for (let node = this; node && !node.hasError; node = node.parent)
      node.flags |= HAS_ERROR;
  }
  get text() {
    return this.cachedText ??= this.tree.text.slice(this.startIndex, this.endIndex);
  }
  get startPosition() {
    return this.tree.position(this.startIndex);
  }
  get endPosition() {
    return this.tree.position(this.endIndex);
  }
  get isError() {
    return this.type === "ERROR";
  }
  get namedChildren() {
    return this.named ??= this.children.every((child) => child.isNamed) ? this.children : this.children.filter((child) => child.isNamed);
  }
  get childCount() {
    return this.children.length;
  }
  get namedChildCount() {
    return this.namedChildren.length;
  }
  child(index) {
    return this.children[index] ?? null;
  }
  namedChild(index) {
    return this.namedChildren[index] ?? null;
  }
  get firstChild() {
    return this.children[0] ?? null;
  }
  get lastChild() {
    return this.children[this.children.length - 1] ?? null;
  }
  get firstNamedChild() {
    return this.namedChildren[0] ?? null;
  }
  get lastNamedChild() {
    const named = this.namedChildren;
    return named[named.length - 1] ?? null;
  }
  get nextSibling() {
    return this.parent?.children[this.index + 1] ?? null;
  }
  get previousSibling() {
    return this.parent?.children[this.index - 1] ?? null;
  }
  get nextNamedSibling() {
    const siblings = this.parent?.children ?? NO_CHILDREN;
    for (let index = this.index + 1; index < siblings.length; index++)
      if (siblings[index].isNamed)
        return siblings[index];
    return null;
  }
  get previousNamedSibling() {
    const siblings = this.parent?.children ?? NO_CHILDREN;
    for (let index = this.index - 1; index >= 0; index--)
      if (siblings[index].isNamed)
        return siblings[index];
    return null;
  }
  childForFieldName(name) {
    const children = this.children;
    for (let index = 0; index < children.length; index++)
      if (children[index].field === name)
        return children[index];
    return null;
  }
  childrenForFieldName(name) {
    return this.children.filter((child) => child.field === name);
  }
  /** Every descendant (not this node) of the given types, in source order. */
  descendantsOfType(types) {
    const wanted = typeof types === "string" ? [types] : types;
    const found = [];
    const stack = [...this.children].reverse();
    while (stack.length > 0) {
      const node = stack.pop();
      if (wanted.includes(node.type))
        found.push(node);
      for (let index = node.children.length - 1; index >= 0; index--)
        stack.push(node.children[index]);
    }
    return found;
  }
  /** The smallest node spanning a position. */
  descendantForPosition(point) {
    return this.tree.descendantForPosition(point);
  }
  equals(other) {
    return this === other;
  }
  toString() {
    return `(${this.type})`;
  }
};
var tablesByLanguage = /* @__PURE__ */ new WeakMap();
function grammarTables(language) {
  let tables = tablesByLanguage.get(language);
  if (!tables) {
    const symbolsByType = /* @__PURE__ */ new Map();
    language.types.forEach((type, symbol) => {
      if (type)
        symbolsByType.set(type, [...symbolsByType.get(type) ?? [], symbol]);
    });
    symbolsByType.set("ERROR", [...symbolsByType.get("ERROR") ?? [], language.types.length]);
    tables = { named: [], symbolsByType };
    tablesByLanguage.set(language, tables);
  }
  return tables;
}
function symbolSlot(types, typeId) {
  return types[typeId] ? typeId : types.length;
}
function copyTree(raw, text, openCursor) {
  const { named, symbolsByType } = grammarTables(raw.language);
  const types = raw.language.types;
  const tree = new PyTree(text, symbolsByType, types.length + 1);
  const fields = raw.language.fields;
  const namedBySymbol = tree.namedBySymbol;
  const mayHaveErrors = raw.rootNode.hasError;
  const pending = [[]];
  const pendingCount = [0];
  let depth = 0;
  const cursor = openCursor(raw);
  const make = (parent, index) => {
    const typeId = cursor.typeId();
    const slot = symbolSlot(types, typeId);
    const type = slot === types.length ? "ERROR" : types[typeId];
    const missing = mayHaveErrors && cursor.isMissing();
    const isNamed = named[slot] ??= raw.language.nodeTypeIsNamed(typeId);
    const node = new PyNode(tree, type, isNamed, missing, cursor.startIndex(), cursor.endIndex(), parent, parent ? fields[cursor.fieldId()] ?? null : null, index, tree.nodes.length);
    tree.nodes.push(node);
    if (isNamed) {
      const ofSymbol = namedBySymbol[slot];
      if (ofSymbol)
        ofSymbol.push(node);
      else
        namedBySymbol[slot] = [node];
    }
    if (parent)
      pending[depth][pendingCount[depth]++] = node;
    if (missing || type === "ERROR") {
      node.markError();
    }
    return node;
  };
  try {
    tree.rootNode = make(null, 0);
    let current = tree.rootNode;
    for (; ; ) {
      if (cursor.gotoFirstChild()) {
        depth += 1;
        if (pending.length === depth) {
          pending.push([]);
          pendingCount.push(0);
        } else
          pendingCount[depth] = 0;
        current = make(current, 0);
        continue;
      }
      for (; ; ) {
        if (cursor.gotoNextSibling()) {
          current = make(current.parent, current.index + 1);
          break;
        }
        if (!cursor.gotoParent())
          return tree;
        current = current.parent;
        const children = pending[depth].slice(0, pendingCount[depth]);
        current.children = children;
        current.last = children[children.length - 1].last;
        depth -= 1;
      }
    }
  } finally {
    cursor.close();
    nextId += tree.nodes.length;
  }
}

// dist/src/languages/python/parser.js
var require2 = createRequire(import.meta.url);
var loading;
function loadPythonParser() {
  loading ??= (async () => {
    const { Parser, Language } = await import("web-tree-sitter");
    const module = {};
    await Parser.init(module);
    const python = await Language.load(require2.resolve("tree-sitter-python/tree-sitter-python.wasm"));
    const parser = new Parser();
    parser.setLanguage(python);
    const direct = directCursorOpener(module);
    const useDirect = !!direct && copiesAgree(parser, direct);
    return {
      treeSitter: parser,
      cursor: useDirect ? "direct" : "public",
      parse: (text) => parseWith(parser, useDirect ? direct : openPublicCursor, text),
      parseWithPublicCursor: (text) => parseWith(parser, openPublicCursor, text)
    };
  })();
  return loading;
}
function parsePython(parser, text) {
  return parser.parse(text);
}
function parseWith(parser, openCursor, text) {
  const raw = parser.parse(text);
  if (!raw)
    throw new Error("tree-sitter returned no tree");
  try {
    return copyTree(raw, text, openCursor);
  } finally {
    raw.delete();
  }
}
var AGREEMENT_PROBE = `import os as o
@app.get("/\xE9", x=1)
def f(a: int = 2, *b, **c):
    return [${"(".repeat(40)}a${")".repeat(40)} for a in b if a]
class C(B, metaclass=M):
    x = f(1,
    def
print("\xFCn\xEF" f"{a!r}"`;
function copiesAgree(parser, direct) {
  const raw = parser.parse(AGREEMENT_PROBE);
  if (!raw)
    return false;
  try {
    return sameNodes(copyTree(raw, AGREEMENT_PROBE, direct), copyTree(raw, AGREEMENT_PROBE, openPublicCursor));
  } catch {
    return false;
  } finally {
    raw.delete();
  }
}
function sameNodes(a, b) {
  if (a.nodes.length !== b.nodes.length)
    return false;
  return a.nodes.every((node, order) => {
    const other = b.nodes[order];
    return node.type === other.type && node.field === other.field && node.startIndex === other.startIndex && node.endIndex === other.endIndex && node.isMissing === other.isMissing && node.index === other.index && node.last === other.last && node.hasError === other.hasError;
  });
}
function firstSyntaxError(tree) {
  if (!tree.rootNode.hasError)
    return void 0;
  let node = tree.rootNode;
  for (; ; ) {
    if (node.type === "ERROR" || node.isMissing) {
      return { row: node.startPosition.row, column: node.startPosition.column, message: node.isMissing ? `missing ${node.type}` : "invalid syntax" };
    }
    const next = node.children.find((child) => child && (child.hasError || child.isMissing || child.type === "ERROR"));
    if (!next)
      return { row: node.startPosition.row, column: node.startPosition.column, message: "invalid syntax" };
    node = next;
  }
}

// dist/src/languages/python/walk.js
function walkPython(tree, enter, exit, onError) {
  const dispatch = (bound, node2) => {
    if (!bound)
      return;
    for (const { visit, ctx, owner } of bound) {
      try {
        visit(node2, ctx);
      } catch (error) {
        onError(owner, error);
      }
    }
  };
  if (exit.size === 0) {
    for (const node2 of tree.namedOfTypes(enter.keys()))
      dispatch(enter.get(node2.type), node2);
    return;
  }
  const root = tree.rootNode;
  let node = root;
  for (; ; ) {
    if (node.isNamed)
      dispatch(enter.get(node.type), node);
    if (node.children.length > 0) {
      node = node.children[0];
      continue;
    }
    for (; ; ) {
      if (node.isNamed)
        dispatch(exit.get(node.type), node);
      if (node === root)
        return;
      const parent = node.parent;
      const sibling = parent.children[node.index + 1];
      if (sibling) {
        node = sibling;
        break;
      }
      node = parent;
    }
  }
}

// dist/src/languages/text/env-file.js
var ENTRY = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/;
function readEnvFile(text) {
  const entries = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    if (raw.trim().startsWith("#"))
      return;
    const match = ENTRY.exec(raw);
    if (!match)
      return;
    let value = match[2].trim();
    const quote = value[0];
    if ((quote === '"' || quote === "'") && value.lastIndexOf(quote) > 0) {
      value = value.slice(1, value.lastIndexOf(quote));
    } else {
      value = value.replace(/\s+#.*$/, "");
    }
    entries.push({ key: match[1], value, line: index + 1, valueColumn: raw.indexOf(match[2]) + 1 });
  });
  return entries;
}

// dist/src/languages/typescript/parser.js
function scriptKindFor(file) {
  if (file.endsWith(".tsx"))
    return ts.ScriptKind.TSX;
  if (file.endsWith(".jsx"))
    return ts.ScriptKind.JSX;
  if (/\.(?:m|c)?js$/.test(file))
    return ts.ScriptKind.JS;
  return ts.ScriptKind.TS;
}
function parseTypeScript(file, text) {
  return ts.createSourceFile(file, text, { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseNone }, false, scriptKindFor(file));
}
function firstSyntaxError2(source) {
  const diagnostics = source.parseDiagnostics;
  const first = diagnostics?.[0];
  if (!first)
    return void 0;
  return { pos: first.start, message: ts.flattenDiagnosticMessageText(first.messageText, " ") };
}

// dist/src/util/word-automaton.js
var WordAutomaton = class {
  // next[state * 128 + code]: the state after reading `code` (folded) in `state`; 0 is the start. States that
  // match a word are numbered last, from `firstMatching`, so the scan tells them by their number alone.
  next;
  firstMatching;
  // What each matching state has just matched (index state − firstMatching): the labels of every word ending there.
  found;
  constructor(words) {
    const children = [/* @__PURE__ */ new Map()];
    const labels = [[]];
    for (const { word, label } of words) {
      if (!/^[\x01-\x7f]+$/.test(word))
        throw new TypeError(`WordAutomaton: "${word}" is not a non-empty ASCII word`);
      let state = 0;
      for (const code of foldedCodes(word)) {
        let child = children[state].get(code);
        if (child === void 0) {
          child = children.push(/* @__PURE__ */ new Map()) - 1;
          labels.push([]);
          children[state].set(code, child);
        }
        state = child;
      }
      labels[state].push(label);
    }
    if (children.length > 65535)
      throw new RangeError("WordAutomaton: too many words");
    const next = new Uint16Array(children.length * 128);
    const fallback = new Uint16Array(children.length);
    const queue = [0];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head];
      for (let code = 0; code < 128; code++) {
        const child = children[state].get(code);
        if (child === void 0) {
          next[state * 128 + code] = state === 0 ? 0 : next[fallback[state] * 128 + code];
          continue;
        }
        fallback[child] = state === 0 ? 0 : next[fallback[state] * 128 + code];
        labels[child].push(...labels[fallback[child]]);
        next[state * 128 + code] = child;
        queue.push(child);
      }
    }
    const order = [...children.keys()].sort((a, b) => Number(labels[a].length > 0) - Number(labels[b].length > 0) || a - b);
    const renumbered = new Uint16Array(children.length);
    order.forEach((state, index) => renumbered[state] = index);
    this.next = new Uint16Array(next.length);
    for (const state of children.keys()) {
      for (let code = 0; code < 128; code++)
        this.next[renumbered[state] * 128 + code] = renumbered[next[state * 128 + foldAscii(code)]];
    }
    this.firstMatching = order.findIndex((state) => labels[state].length > 0);
    if (this.firstMatching < 0)
      this.firstMatching = children.length;
    this.found = order.slice(this.firstMatching).map((state) => [...new Set(labels[state])]);
  }
  /**
   * Calls `onLabel` with the labels of each word where it occurs in `text`, in text order (a label may come
   * more than once); stops as soon as `onLabel` returns true.
   */
  scan(text, onLabel) {
    const { next, firstMatching, found } = this;
    let state = 0;
    for (let index = 0; index < text.length; index++) {
      let code = text.charCodeAt(index);
      if (code >= 128)
        code = code === 8490 ? 107 : code === 383 ? 115 : 0;
      state = next[state << 7 | code];
      if (state >= firstMatching) {
        for (const label of found[state - firstMatching])
          if (onLabel(label))
            return;
      }
    }
  }
};
function foldedCodes(word) {
  return [...word].map((char) => foldAscii(char.charCodeAt(0)));
}
function foldAscii(code) {
  return code >= 65 && code <= 90 ? code | 32 : code;
}

// dist/src/languages/typescript/prefilter-index.js
var PrefilterIndex = class {
  prefilters;
  byName = /* @__PURE__ */ new Map();
  byModule = /* @__PURE__ */ new Map();
  words;
  constructor(prefilters) {
    this.prefilters = prefilters;
    prefilters.forEach((prefilter, index) => {
      for (const name of prefilter.names ?? [])
        listFor(this.byName, name).push(index);
      for (const module of prefilter.modules ?? [])
        listFor(this.byModule, module).push(index);
    });
    this.words = new WordAutomaton(prefilters.flatMap((prefilter, index) => (prefilter.words ?? []).map((word) => ({ word, label: index }))));
  }
  /** Whether `file` passes each prefilter, by its index in the list the index was built from (1 passes). */
  passed(file) {
    const passed = new Uint8Array(this.prefilters.length);
    const names = file.names();
    if (!names)
      return passed.fill(1);
    const pass = (indexes) => {
      if (indexes)
        for (const index of indexes)
          passed[index] = 1;
    };
    if (names.size <= this.byName.size)
      for (const name of names.keys())
        pass(this.byName.get(name));
    else
      for (const [name, indexes] of this.byName)
        if (names.has(name))
          pass(indexes);
    for (const module of file.importedModulePaths())
      pass(this.byModule.get(module));
    let wanted = 0;
    this.prefilters.forEach(({ paths, words }, index) => {
      if (!passed[index] && paths?.test(file.source.fileName))
        passed[index] = 1;
      if (!passed[index] && words?.length)
        wanted += 1;
    });
    if (wanted > 0) {
      this.words.scan(file.text, (index) => {
        if (passed[index])
          return false;
        passed[index] = 1;
        return --wanted === 0;
      });
    }
    return passed;
  }
};
function listFor(map, key) {
  let list = map.get(key);
  if (!list)
    map.set(key, list = []);
  return list;
}

// dist/src/languages/typescript/walk.js
function kindTables(byName) {
  const enter = [];
  const exit = [];
  for (const [key, bound] of byName) {
    const [name, phase] = key.split(":");
    const kind = ts.SyntaxKind[name];
    if (kind === void 0)
      throw new TypeError(`unknown TypeScript SyntaxKind "${name}" in a visitor key`);
    const table = phase === "exit" ? exit : enter;
    table[kind] = [...table[kind] ?? [], ...bound];
  }
  return { enter, exit };
}
function planWalk(source, tables) {
  const { enter, exit } = tables;
  const walk = { nodes: [], visitors: [], calls: [] };
  const { nodes, visitors, calls } = walk;
  const callKind = ts.SyntaxKind.CallExpression;
  let parent = source;
  const bind = (child) => {
    child.parent = parent;
    const kind = child.kind;
    if (kind === callKind)
      calls.push(child);
    const entering = enter[kind];
    if (entering !== void 0) {
      nodes.push(child);
      visitors.push(entering);
    }
    const outer = parent;
    parent = child;
    ts.forEachChild(child, bind);
    parent = outer;
    const exiting = exit[kind];
    if (exiting !== void 0) {
      nodes.push(child);
      visitors.push(exiting);
    }
  };
  const enteringFile = enter[source.kind];
  const exitingFile = exit[source.kind];
  if (enteringFile) {
    nodes.push(source);
    visitors.push(enteringFile);
  }
  ts.forEachChild(source, bind);
  if (exitingFile) {
    nodes.push(source);
    visitors.push(exitingFile);
  }
  return walk;
}
function walkTypeScript(walk, onError) {
  const { nodes, visitors } = walk;
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index];
    for (const { visit, ctx, owner } of visitors[index]) {
      try {
        visit(node, ctx);
      } catch (error) {
        onError(owner, error);
      }
    }
  }
}

// dist/src/engine/project-model.js
import { posix } from "node:path";
var ProjectModel = class {
  apps = [];
  routes = [];
  facts = [];
  files = [];
  manifests = /* @__PURE__ */ new Map();
  dockerfiles = /* @__PURE__ */ new Map();
  /** Raw text of small configuration files (ignore files, env files, compose, k8s) by path. */
  configTexts = /* @__PURE__ */ new Map();
  unitRoots;
  // What a file's unit is when no root encloses it: the scan root as given ('.' or '').
  outermostUnit;
  // Project rules ask for facts and routes by unit for every app: indexed once after the file phase,
  // not filtered per question (which made the project phase quadratic in the size of the tree).
  factIndex;
  routeIndex;
  dependencyIndex;
  constructor(unitRoots) {
    this.unitRoots = new Set(unitRoots);
    this.outermostUnit = this.unitRoots.has(".") || !this.unitRoots.has("") ? "." : "";
  }
  /**
   * The service root of a file: the nearest directory (within the scan) holding
   * a manifest, else the scan root. Apps, routes and facts in one unit are
   * decided together, so routers and middleware split across files still count.
   */
  unitOf(file) {
    if (this.unitRoots.has(file))
      return file;
    for (const directory of directoriesAbove(file))
      if (this.unitRoots.has(directory))
        return directory;
    return this.outermostUnit;
  }
  get httpApps() {
    return this.apps;
  }
  routesOf(app4) {
    this.routeIndex = indexed(this.routeIndex, this.routes, (route) => `${route.unit}\0${route.language}`);
    return [...this.routeIndex.groups.get(`${app4.unit}\0${app4.language}`) ?? []];
  }
  factsOf(app4, key) {
    return this.factsOfUnit(app4.unit, key).filter((fact) => fact.language === app4.language || fact.language === "text");
  }
  hasFact(app4, key) {
    return this.factsOfUnit(app4.unit, key).some((fact) => fact.language === app4.language || fact.language === "text");
  }
  factsOfUnit(unit, key) {
    this.factIndex = indexed(this.factIndex, this.facts, (fact) => `${fact.key}\0${fact.unit}`);
    return this.factIndex.groups.get(`${key}\0${unit}`) ?? [];
  }
  factsWithKey(key) {
    return this.facts.filter((fact) => fact.key === key);
  }
  /**
   * Declared dependencies of the unit: of the manifests in its directory, in each directory above it, and at the
   * scan root. Several project rules ask for every app, so manifests are grouped by directory once and each answer
   * takes a lookup per level (it went through every manifest per question: apps × manifests per rule).
   */
  dependenciesOf(unit) {
    const byDirectory = this.manifestDependencies();
    const result = /* @__PURE__ */ new Set();
    const addFrom = (directory) => {
      for (const dependency of byDirectory.get(directory) ?? [])
        result.add(dependency);
    };
    addFrom(".");
    if (unit !== ".")
      addFrom(unit);
    for (const directory of directoriesAbove(unit))
      addFrom(directory);
    return result;
  }
  manifestDependencies() {
    if (this.dependencyIndex?.manifests !== this.manifests.size) {
      const byDirectory = /* @__PURE__ */ new Map();
      for (const [file, manifest] of this.manifests) {
        const directory = posix.dirname(file);
        let dependencies = byDirectory.get(directory);
        if (!dependencies)
          byDirectory.set(directory, dependencies = []);
        dependencies.push(...manifest.dependencies);
      }
      this.dependencyIndex = { manifests: this.manifests.size, byDirectory };
    }
    return this.dependencyIndex.byDirectory;
  }
  filesOfKind(kind) {
    return this.files.filter((file) => file.kind === kind);
  }
  /** One app per unit and language is the decision point for project rules. */
  appsByUnit() {
    const groups = /* @__PURE__ */ new Map();
    for (const app4 of this.apps) {
      const key = `${app4.unit}\0${app4.language}`;
      groups.set(key, [...groups.get(key) ?? [], app4]);
    }
    return [...groups.values()];
  }
};
function indexed(index, items, keyOf) {
  if (index && index.length === items.length && index.last === items[items.length - 1])
    return index;
  const groups = /* @__PURE__ */ new Map();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group)
      group.push(item);
    else
      groups.set(key, [item]);
  }
  return { groups, length: items.length, last: items[items.length - 1] };
}

// dist/src/engine/source-text.js
import { readFileSync } from "node:fs";
function decodeSource(buffer) {
  if (buffer.length >= 2 && buffer[0] === 255 && buffer[1] === 254)
    return buffer.subarray(2).toString("utf16le");
  if (buffer.length >= 2 && buffer[0] === 254 && buffer[1] === 255) {
    const swapped = Buffer.from(buffer.subarray(2));
    swapped.swap16();
    return swapped.toString("utf16le");
  }
  if (buffer.subarray(0, 8e3).includes(0))
    return void 0;
  const text = new TextDecoder("utf-8", { fatal: false }).decode(buffer);
  return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}
function readSourceText(path) {
  const text = readFileSync(path, "utf8");
  const first = text.charCodeAt(0);
  if (first === 65279 || first === 65533 || text.includes("\0"))
    return decodeSource(readFileSync(path));
  return text;
}
function readSourceTexts(paths) {
  return paths.map((path) => {
    try {
      return { text: readSourceText(path) };
    } catch (error) {
      return { error };
    }
  });
}

// dist/src/engine/file-analysis.js
var READ_AHEAD_FILES = 64;
var READ_AHEAD_BYTES = 1024 * 1024;
var TEXT_CHECK_FOR_KIND = {
  dockerfile: "dockerfile",
  env: "env",
  requirements: "manifest",
  pyproject: "manifest",
  "package-json": "manifest",
  procfile: "lines",
  compose: "lines",
  kubernetes: "lines"
};
async function activeRules(rules, config, configFile, only) {
  const selected = only ? rules.filter((rule) => only.includes(rule.id)) : rules;
  const active = [];
  for (const rule of selected) {
    const setting = config.rules[rule.id];
    if (setting === "off" || typeof setting === "object" && setting.enabled === false)
      continue;
    const severity = typeof setting === "string" ? setting : setting?.severity;
    const rawOptions = typeof setting === "object" ? setting.options ?? {} : {};
    let options = rule.options?.defaults ?? {};
    if (rule.options && Object.keys(rawOptions).length > 0) {
      const { z } = await import("zod");
      const parsed = rule.options.schema(z).safeParse(rawOptions);
      if (!parsed.success) {
        throw new ConfigError(`rules.${rule.id}.options: ${parsed.error.issues.map((issue) => `${issue.path.join(".") || "value"}: ${issue.message}`).join("; ")}`, configFile);
      }
      options = parsed.data;
    }
    active.push({ rule, options, severity });
  }
  return active;
}
function readManifest(kind, text) {
  if (kind === "requirements")
    return readRequirements(text);
  if (kind === "pyproject")
    return readPyproject(text);
  if (kind === "package-json")
    return readPackageJson(text);
  return void 0;
}
function frameworkEnabled(framework, file, path) {
  if (framework.enablers.length === 0 && !framework.paths)
    return true;
  return framework.enablers.some((module) => file.importsModule(module)) || !!framework.paths?.test(path);
}
var MAX_TABLES = 256;
var LanguageVisitors = class {
  language;
  build;
  usePrefilters;
  compilePrefilters;
  registered = [];
  prefilters = [];
  tables = /* @__PURE__ */ new Map();
  // Compiled on the first file, once every visitor is registered.
  passedBy;
  constructor(language, build, usePrefilters, compilePrefilters) {
    this.language = language;
    this.build = build;
    this.usePrefilters = usePrefilters;
    this.compilePrefilters = compilePrefilters;
  }
  add(key, bound, scope = {}) {
    const prefilters = [];
    for (let prefilter = this.usePrefilters ? scope.prefilter : void 0; prefilter; prefilter = prefilter.and) {
      let index = this.prefilters.indexOf(prefilter);
      if (index < 0)
        index = this.prefilters.push(prefilter) - 1;
      prefilters.push(index);
    }
    this.registered.push({ key, bound, framework: scope.framework, prefilters });
  }
  /** The tables for a file at `path` that imports and holds what `file` says. */
  forFile(file, path) {
    const enabled = FRAMEWORKS.filter((framework) => framework.language === this.language && frameworkEnabled(framework, file, path)).map((framework) => framework.id);
    this.passedBy ??= this.compilePrefilters(this.prefilters);
    const passed = this.passedBy(file);
    return this.tablesFor(enabled, passed);
  }
  /** The tables of a file that imports every framework and passes every prefilter. */
  allTables() {
    const enabled = FRAMEWORKS.filter((framework) => framework.language === this.language).map((framework) => framework.id);
    return this.tablesFor(enabled, new Uint8Array(this.prefilters.length).fill(1));
  }
  tablesFor(enabled, passed) {
    const key = `${enabled.join(",")}|${String.fromCharCode.apply(null, passed)}`;
    let tables = this.tables.get(key);
    if (!tables) {
      if (this.tables.size >= MAX_TABLES)
        this.tables.clear();
      this.tables.set(key, tables = this.build(this.byKey(enabled, passed)));
    }
    return tables;
  }
  /** Visitor lists by key, in registration order: frameworks, then rules. */
  byKey(enabled, passed) {
    const byKey = /* @__PURE__ */ new Map();
    for (const { key, bound, framework, prefilters } of this.registered) {
      if (framework && !enabled.includes(framework))
        continue;
      if (prefilters.some((index) => !passed[index]))
        continue;
      const list = byKey.get(key);
      if (list)
        list.push(bound);
      else
        byKey.set(key, [bound]);
    }
    return byKey;
  }
};
function byPhase(byKey) {
  const enter = /* @__PURE__ */ new Map();
  const exit = /* @__PURE__ */ new Map();
  for (const [key, bound] of byKey) {
    const [type, when] = key.split(":");
    (when === "exit" ? exit : enter).set(type, bound);
  }
  return { enter, exit };
}
async function createFileAnalyser(setup) {
  const { active, kinds, knownRuleIds, timings } = setup;
  const phase = (label, work) => timings ? timings.measure(label, work) : work();
  const collector = new ProjectModel(setup.roots);
  const sink = { findings: [], project: collector };
  const current = { path: "", unit: ".", text: "", kind: "python" };
  const [pythonParser] = await Promise.all([kinds.has("python") ? loadPythonParser() : void 0, kinds.has("typescript") ? loadTypeScript() : void 0]);
  const usePrefilters = setup.prefilters ?? true;
  const noPrefilters = new Uint8Array(0);
  const pythonVisitors = new LanguageVisitors("python", byPhase, usePrefilters, () => () => noPrefilters);
  const typeScriptVisitors = new LanguageVisitors("typescript", kindTables, usePrefilters, (prefilters) => {
    const index = new PrefilterIndex(prefilters);
    return (file) => index.passed(file);
  });
  const textContexts = [];
  const timed = (bound) => timings ? { ...bound, visit: timings.wrap(bound.owner, bound.visit) } : bound;
  for (const framework of FRAMEWORKS) {
    const owner = `framework:${framework.id}`;
    if (framework.python) {
      const ctx = createPythonContext(framework.id, {}, current, sink);
      for (const [key, visit] of Object.entries(framework.python))
        pythonVisitors.add(key, timed({ owner, ctx, visit }), { framework: framework.id });
    }
    if (framework.typescript) {
      const ctx = createTypeScriptContext(framework.id, {}, current, sink);
      for (const [key, visit] of Object.entries(framework.typescript))
        typeScriptVisitors.add(key, timed({ owner, ctx, visit }), { framework: framework.id });
    }
  }
  for (const { rule, options: ruleOptions } of active) {
    if (rule.python) {
      const ctx = createPythonContext(rule.id, ruleOptions, current, sink);
      for (const [key, visit] of Object.entries(rule.python.visitors))
        pythonVisitors.add(key, timed({ owner: rule.id, ctx, visit }));
    }
    if (rule.typescript) {
      const ctx = createTypeScriptContext(rule.id, ruleOptions, current, sink);
      for (const { visitors, prefilter } of [rule.typescript, ...rule.typescript.groups ?? []]) {
        for (const [key, visit] of Object.entries(visitors))
          typeScriptVisitors.add(key, timed({ owner: rule.id, ctx, visit }), { prefilter });
      }
    }
    if (rule.text)
      textContexts.push({ checks: rule.text, ctx: createTextContext(rule.id, ruleOptions, current, sink), owner: rule.id });
  }
  if (kinds.has("typescript"))
    typeScriptVisitors.allTables();
  let outcome;
  const onError = (owner, error) => {
    outcome.ruleErrors.push({ ruleId: owner, file: current.path, message: error instanceof Error ? error.message : String(error) });
  };
  const analyse = (file, text) => {
    switch (file.kind) {
      case "python": {
        const tree = phase("(parse Python)", () => parsePython(pythonParser, text));
        try {
          const syntaxError = firstSyntaxError(tree);
          if (syntaxError)
            outcome.parseErrors.push({ file: file.path, line: syntaxError.row + 1, column: syntaxError.column + 1, message: syntaxError.message });
          const python = phase("(file index)", () => new PythonFile(tree, text));
          current.python = python;
          const { enter, exit } = pythonVisitors.forFile(python, file.path);
          walkPython(tree, enter, exit, onError);
        } finally {
          current.python = void 0;
        }
        break;
      }
      case "typescript": {
        const source = phase("(parse TS/JS)", () => parseTypeScript(file.path, text));
        const typescript = phase("(file index)", () => new TypeScriptFile(source, text));
        const syntaxError = firstSyntaxError2(source);
        if (syntaxError) {
          const position = typescript.lineAndCharacter(syntaxError.pos);
          outcome.parseErrors.push({ file: file.path, line: position.line + 1, column: position.character + 1, message: syntaxError.message });
        }
        const tables = phase("(prefilters)", () => typeScriptVisitors.forFile(typescript, file.path));
        const walk = phase("(parse TS/JS)", () => planWalk(source, tables));
        typescript.indexCalls(walk.calls);
        current.typescript = typescript;
        walkTypeScript(walk, onError);
        current.typescript = void 0;
        break;
      }
      default: {
        const manifest = readManifest(file.kind, text);
        if (manifest)
          outcome.manifest = manifest;
        const parsed = file.kind === "dockerfile" ? readDockerfile(text) : file.kind === "env" ? readEnvFile(text) : manifest ?? (TEXT_CHECK_FOR_KIND[file.kind] === "lines" ? text.split(/\r?\n/) : void 0);
        if (file.kind === "dockerfile")
          outcome.dockerfile = parsed;
        else if (!manifest)
          outcome.configText = text;
        const check = TEXT_CHECK_FOR_KIND[file.kind];
        if (!check || parsed === void 0)
          break;
        for (const { checks, ctx, owner } of textContexts) {
          const run = checks[check];
          if (!run)
            continue;
          try {
            if (timings)
              timings.measure(owner, () => run(parsed, ctx));
            else
              run(parsed, ctx);
          } catch (error) {
            onError(owner, error);
          }
        }
      }
    }
  };
  const analyseFile = (file, read) => {
    outcome = { findings: [], apps: [], routes: [], facts: [], parseErrors: [], ruleErrors: [], suppressions: [], suppressionProblems: [] };
    if ("error" in read) {
      const code = read.error.code;
      outcome.skipped = { file: file.path, reason: code === "ENOENT" ? "vanished" : "unreadable", detail: code };
      return outcome;
    }
    const { text } = read;
    if (text === void 0) {
      outcome.skipped = { file: file.path, reason: "binary" };
      return outcome;
    }
    current.path = file.path;
    current.kind = file.kind;
    current.text = text;
    current.lines = void 0;
    current.unit = collector.unitOf(file.path);
    outcome.scanned = { path: file.path, kind: file.kind, unit: current.unit };
    try {
      analyse(file, text);
    } catch (error) {
      outcome.parseErrors.push({ file: file.path, line: 1, column: 1, message: `could not be analysed: ${error instanceof Error ? error.message : String(error)}` });
    }
    current.text = "";
    const { suppressions, problems } = phase("(suppression comments)", () => readSuppressions(file.path, text, knownRuleIds));
    outcome.suppressions = suppressions;
    outcome.suppressionProblems = problems;
    outcome.findings = sink.findings.splice(0);
    outcome.apps = collector.apps.splice(0);
    outcome.routes = collector.routes.splice(0);
    outcome.facts = collector.facts.splice(0);
    return outcome;
  };
  return (files) => {
    const outcomes = [];
    for (let start = 0; start < files.length; ) {
      let end = start + 1;
      let bytes = files[start].size;
      while (end < files.length && end - start < READ_AHEAD_FILES && bytes + files[end].size <= READ_AHEAD_BYTES)
        bytes += files[end++].size;
      const batch = files.slice(start, end);
      const reads = phase("(read)", () => readSourceTexts(batch.map((file) => file.absolutePath)));
      batch.forEach((file, index) => outcomes.push(analyseFile(file, reads[index])));
      start = end;
    }
    return outcomes;
  };
}

export {
  matchSuppression,
  unusedSuppressionProblems,
  PythonFile,
  loadPythonParser,
  parsePython,
  firstSyntaxError,
  parseTypeScript,
  firstSyntaxError2,
  ProjectModel,
  TEXT_CHECK_FOR_KIND,
  activeRules,
  createFileAnalyser
};
//# sourceMappingURL=chunk-PPTL4YM3.js.map
