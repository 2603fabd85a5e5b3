import {
  audit
} from "./chunk-XIWPFLSK.js";
import {
  PythonFile,
  loadPythonParser,
  parsePython
} from "./chunk-PPTL4YM3.js";
import {
  ConfigError,
  UsageError
} from "./chunk-MTL4NPGF.js";
import {
  HTTPX_CLIENTS,
  REQUESTS_FUNCTIONS,
  REQUESTS_SESSIONS,
  inMainGuard,
  isLivenessPath,
  isLogCall,
  isReadinessPath,
  isTestPath
} from "./chunk-PPZQD3HO.js";
import {
  loadTypeScript
} from "./chunk-JQ7ZJZHD.js";
import {
  toolVersion
} from "./chunk-X2RKU2FG.js";
import {
  packageRoot
} from "./chunk-AOFGELH4.js";

// dist/src/cli/scaffold-action.js
import { createInterface } from "node:readline/promises";

// dist/src/scaffold/diff.js
async function unifiedDiff(changes) {
  const { createTwoFilesPatch } = await import("diff");
  return changes.map((change) => {
    const patch = createTwoFilesPatch(change.before === void 0 ? "/dev/null" : `a/${change.path}`, `b/${change.path}`, change.before ?? "", change.after, void 0, void 0, { context: 3 });
    return patch.replace(/^=+\n/, "");
  }).join("");
}

// dist/src/scaffold/generators/auth.js
import { z as z3 } from "zod";

// dist/src/scaffold/attach.js
import { posix } from "node:path";

// dist/src/scaffold/text-edits.js
function applyEdits(text, edits) {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].end > sorted[i - 1].start && sorted[i].start !== sorted[i - 1].start)
      throw new Error("overlapping edits");
  }
  let result = text;
  for (const edit of sorted)
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return result;
}
function indentAt(text, offset) {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))[0];
}
function lineEndAfter(text, offset) {
  const end = text.indexOf("\n", offset);
  return end === -1 ? text.length : end + 1;
}

// dist/src/scaffold/python-source.js
var IMPORT_TYPES = /* @__PURE__ */ new Set(["import_statement", "import_from_statement", "future_import_statement"]);
async function withPythonTree(text, use) {
  const parser = await loadPythonParser();
  const tree = parsePython(parser, text);
  return use(tree, new PythonFile(tree, text));
}
function statementAtLine(tree, line2, column = 1) {
  let node = tree.rootNode.descendantForPosition({ row: line2 - 1, column: column - 1 });
  while (node && node.parent && node.parent.type !== "module" && node.parent.type !== "block")
    node = node.parent;
  return node && node.type !== "module" ? node : void 0;
}
function importInsertionOffset(tree, text) {
  const statements = tree.rootNode.namedChildren.filter((child) => !!child);
  const imports = statements.filter((child) => IMPORT_TYPES.has(child.type));
  if (imports.length > 0)
    return lineEndAfter(text, imports[imports.length - 1].endIndex);
  const first = statements[0];
  if (first?.type === "expression_statement" && first.firstNamedChild?.type === "string")
    return lineEndAfter(text, first.endIndex);
  return 0;
}
function blockHasStatement(anchor, statement) {
  const block = anchor.parent;
  return !!block && block.namedChildren.some((child) => child?.text.trim() === statement.trim());
}
async function attachToPythonApp(text, appLine, appColumn, attachment) {
  return withPythonTree(text, (tree, file) => {
    const anchor = statementAtLine(tree, appLine, appColumn);
    if (!anchor)
      throw new Error(`no statement at line ${appLine}`);
    const edits = [];
    const importLines = attachment.imports.filter((entry) => !file.imports.has(entry.binds)).map((entry) => `${entry.line}
`);
    if (importLines.length > 0)
      edits.push({ start: importInsertionOffset(tree, text), end: importInsertionOffset(tree, text), text: importLines.join("") });
    const indent = indentAt(text, anchor.startIndex);
    const missing = attachment.statements.filter((statement) => !blockHasStatement(anchor, statement));
    if (missing.length > 0) {
      const at = lineEndAfter(text, anchor.endIndex);
      edits.push({ start: at, end: at, text: missing.map((statement) => `${indent}${statement}
`).join("") });
    }
    return applyEdits(text, edits);
  });
}
async function siblingImport(entryText, moduleName, packagePath) {
  return withPythonTree(entryText, (tree) => {
    const froms = tree.rootNode.namedChildren.filter((child) => child?.type === "import_from_statement");
    const modules = froms.map((statement) => statement.childForFieldName("module_name")).filter((node) => !!node);
    if (packagePath !== void 0 && modules.some((node) => node.type === "relative_import"))
      return `.${moduleName}`;
    if (packagePath && modules.some((node) => node.text.startsWith(`${packagePath}.`)))
      return `${packagePath}.${moduleName}`;
    return moduleName;
  });
}
async function builtA2aApp(text, serverName, line2, column) {
  return withPythonTree(text, (tree) => {
    const anchor = statementAtLine(tree, line2, column);
    const block = anchor?.parent;
    if (!anchor || !block)
      return void 0;
    for (const statement of block.namedChildren) {
      if (!statement || statement.startIndex <= anchor.startIndex || statement.type !== "expression_statement")
        continue;
      const assignment = statement.firstNamedChild;
      const right = assignment?.type === "assignment" ? assignment.childForFieldName("right") : void 0;
      const callee = right?.type === "call" ? right.childForFieldName("function") : void 0;
      const left = assignment?.childForFieldName("left");
      if (callee?.type === "attribute" && callee.childForFieldName("object")?.text === serverName && callee.childForFieldName("attribute")?.text === "build" && left?.type === "identifier") {
        return { name: left.text, line: statement.startPosition.row + 1, column: statement.startPosition.column + 1 };
      }
    }
    return void 0;
  });
}
async function isModuleLevel(text, line2, column) {
  return withPythonTree(text, (tree) => statementAtLine(tree, line2, column)?.parent?.type === "module");
}

// dist/src/scaffold/templates.js
import { readFileSync } from "node:fs";
import { join } from "node:path";

// dist/src/scaffold/helpers.js
function registerHelpers(handlebars2) {
  handlebars2.registerHelper("json", (value) => JSON.stringify(value));
  handlebars2.registerHelper("eq", (a, b) => a === b);
  handlebars2.registerHelper("includes", (list, value) => Array.isArray(list) && list.includes(value));
}

// dist/src/scaffold/templates.js
var loading;
function handlebars() {
  loading ??= (async () => {
    const module = await import("handlebars");
    const instance = module.default.create();
    registerHelpers(instance);
    return instance;
  })();
  return loading;
}
async function render(generator, variant, name, context) {
  const source = readFileSync(join(packageRoot(), "templates", generator, variant, `${name}.hbs`), "utf8");
  const template = (await handlebars()).compile(source, { noEscape: true, strict: true });
  return template(context);
}

// dist/src/scaffold/ts-source.js
var loading2;
function loadTsMorph() {
  loading2 ??= import("ts-morph");
  return loading2;
}
async function tsSourceFile(path, text) {
  const morph = await loadTsMorph();
  const project = new morph.Project({ useInMemoryFileSystem: true, skipAddingFilesFromTsConfig: true, manipulationSettings: { quoteKind: morph.QuoteKind.Single } });
  return { file: project.createSourceFile(`/${path}`, text, { overwrite: true }), morph };
}
function statementAt(file, morph, line2, column) {
  const position = file.compilerNode.getPositionOfLineAndCharacter(line2 - 1, column - 1);
  let node = file.getDescendantAtPos(position);
  while (node && !(morph.Node.isStatement(node) && (morph.Node.isSourceFile(node.getParent()) || morph.Node.isBlock(node.getParent()))))
    node = node.getParent();
  return node;
}
async function attachToTsApp(path, text, appLine, appColumn, attachment) {
  const { file, morph } = await tsSourceFile(path, text);
  const anchor = statementAt(file, morph, appLine, appColumn);
  if (!anchor)
    throw new Error(`no statement at ${path}:${appLine}`);
  const container = anchor.getParentOrThrow();
  const present = new Set(container.getStatements().map((statement) => statement.getText().trim()));
  const missing = attachment.statements.filter((statement) => !present.has(statement.trim()));
  if (missing.length > 0)
    container.insertStatements(anchor.getChildIndex() + 1, missing.join("\n"));
  for (const entry of attachment.imports) {
    const existing = file.getImportDeclaration((declaration) => declaration.getModuleSpecifierValue() === entry.module);
    if (!existing) {
      file.insertImportDeclaration(file.getImportDeclarations().length, { moduleSpecifier: entry.module, namedImports: entry.named, defaultImport: entry.default });
      continue;
    }
    const have = new Set(existing.getNamedImports().map((specifier) => specifier.getName()));
    for (const name of entry.named ?? [])
      if (!have.has(name))
        existing.addNamedImport(name);
    if (entry.default && !existing.getDefaultImport())
      existing.setDefaultImport(entry.default);
  }
  return file.getFullText();
}
async function relativeSpecifier(path, text, moduleName) {
  const { file } = await tsSourceFile(path, text);
  const relative3 = file.getImportDeclarations().map((declaration) => declaration.getModuleSpecifierValue()).filter((specifier) => specifier.startsWith("."));
  if (relative3.length > 0 && !relative3.some((specifier) => /\.[cm]?js$/.test(specifier)))
    return `./${moduleName}`;
  return `./${moduleName}.js`;
}

// dist/src/scaffold/attach.js
async function siblingModule(project, target, name) {
  const dir = posix.dirname(target.entry);
  const entryText = project.text(target.entry);
  if (project.language === "python") {
    const inPackage = project.text(posix.join(dir, "__init__.py")) !== void 0;
    const packagePath = inPackage ? dir === "." ? "" : dir.split("/").join(".") : void 0;
    return { path: posix.join(dir, `${name}.py`), specifier: await siblingImport(entryText, name, packagePath) };
  }
  const extension = posix.extname(target.entry);
  if (![".ts", ".mts", ".tsx"].includes(extension)) {
    throw new UsageError(`${target.entry} is JavaScript; scaffold writes TypeScript modules and supports TypeScript entry files only for now`);
  }
  return { path: posix.join(dir, `${name}${extension === ".tsx" ? ".ts" : extension}`), specifier: await relativeSpecifier(target.entry, entryText, name) };
}
async function moduleAndWiring(project, target, generator, name, context, wiring) {
  const module = await siblingModule(project, target, name);
  const content = await render(generator, target.framework, name, context);
  const entryText = project.text(target.entry);
  let after;
  if (project.language === "python") {
    const { names, statements } = wiring.python;
    after = await attachToPythonApp(entryText, target.app.line, target.app.column, {
      imports: names.map((binding) => ({ line: `from ${module.specifier} import ${binding}`, binds: binding })),
      statements
    });
  } else {
    const { names, statements, extraImports = [] } = wiring.typescript;
    after = await attachToTsApp(target.entry, entryText, target.app.line, target.app.column, {
      imports: [{ module: module.specifier, named: names }, ...extraImports],
      statements
    });
  }
  return [
    { kind: "create", path: module.path, content },
    { kind: "patch", path: target.entry, before: entryText, after, reason: `wires ${name} into the ${target.framework} app` }
  ];
}

// dist/src/scaffold/define-generator.js
function defineGenerator(generator) {
  return generator;
}

// dist/src/scaffold/python-edits.js
function argumentsOf(list) {
  return list.namedChildren.filter((child) => !!child && child.type !== "comment");
}
function assignedCall(statement) {
  const assignment = statement?.type === "expression_statement" ? statement.firstNamedChild : void 0;
  const right = assignment?.type === "assignment" ? assignment.childForFieldName("right") : void 0;
  return right?.type === "call" ? right : void 0;
}
function appendItemEdit(list, text) {
  const last = argumentsOf(list).pop();
  if (last)
    return { start: last.endIndex, end: last.endIndex, text: `, ${text}` };
  const closing = list.endIndex - 1;
  return { start: closing, end: closing, text };
}
function fromImportEdits(file, text, module, name) {
  if (file.imports.get(name) === `${module.replace(/^\.+/, "")}.${name}`)
    return [];
  const existing = file.root.namedChildren.find((child) => child?.type === "import_from_statement" && child.childForFieldName("module_name")?.text === module && !child.namedChildren.some((part) => part?.type === "wildcard_import"));
  const names = existing?.childrenForFieldName("name").filter((child) => !!child) ?? [];
  if (names.length > 0)
    return [{ start: names[names.length - 1].endIndex, end: names[names.length - 1].endIndex, text: `, ${name}` }];
  const at = importInsertionOffset(file.tree, text);
  return [{ start: at, end: at, text: `from ${module} import ${name}
` }];
}
async function addToConstructorList(text, line2, column, edit) {
  return withPythonTree(text, (tree, file) => {
    const call = assignedCall(statementAtLine(tree, line2, column));
    if (!call || file.hasSplatKeywords(call))
      return void 0;
    const value = file.keywordArgument(call, edit.keyword);
    if (value && value.type !== "list")
      return void 0;
    if (value && argumentsOf(value).some((item) => item.text === edit.element))
      return text;
    const edits = [value ? appendItemEdit(value, edit.element) : appendItemEdit(call.childForFieldName("arguments"), `${edit.keyword}=[${edit.element}]`)];
    for (const needed of edit.imports)
      edits.push(...fromImportEdits(file, text, needed.module, needed.name));
    return applyEdits(text, edits);
  });
}
async function constructorCallee(text, line2, column) {
  return withPythonTree(text, (tree, file) => {
    const call = assignedCall(statementAtLine(tree, line2, column));
    return call ? file.calleeName(call) : void 0;
  });
}

// dist/src/scaffold/project.js
import { existsSync as existsSync2, readFileSync as readFileSync2 } from "node:fs";
import { basename, posix as posix2 } from "node:path";
import { parse as parseToml } from "smol-toml";

// dist/src/scaffold/paths.js
import { existsSync, realpathSync } from "node:fs";
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";
function inside(root, target) {
  const rel = relative(root, target);
  return rel === "" || !rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel);
}
function resolveInside(root, path) {
  if (path === "" || isAbsolute(path) || path.split(/[\\/]/).includes(".."))
    throw new UsageError(`refusing path ${JSON.stringify(path)}: scaffold writes only inside the project`);
  const target = resolve(root, path);
  if (!inside(resolve(root), target))
    throw new UsageError(`refusing path ${JSON.stringify(path)}: it is outside the project`);
  let existing = target;
  while (!existsSync(existing) && dirname(existing) !== existing)
    existing = dirname(existing);
  if (!inside(realpathSync(root), realpathSync(existing)))
    throw new UsageError(`refusing path ${JSON.stringify(path)}: a symlink leads outside the project`);
  return target;
}

// dist/src/scaffold/project.js
var SUPPORTED = ["fastapi", "starlette", "flask", "express", "fastify", "hono"];
function packageManagerOf(exists, language) {
  if (language === "typescript") {
    if (exists("pnpm-lock.yaml"))
      return "pnpm";
    if (exists("yarn.lock"))
      return "yarn";
    return "npm";
  }
  if (exists("uv.lock"))
    return "uv";
  if (exists("poetry.lock"))
    return "poetry";
  return "pip";
}
function manifestIdentity(text) {
  try {
    const packageJson = text("package.json");
    if (packageJson !== void 0) {
      const manifest = JSON.parse(packageJson);
      return { name: typeof manifest.name === "string" ? manifest.name : void 0, version: typeof manifest.version === "string" ? manifest.version : void 0 };
    }
    const pyproject = text("pyproject.toml");
    if (pyproject !== void 0) {
      const toml = parseToml(pyproject);
      const table = toml.project ?? toml.tool?.poetry ?? {};
      return { name: typeof table.name === "string" ? table.name : void 0, version: typeof table.version === "string" ? table.version : void 0 };
    }
  } catch {
  }
  return {};
}
function chooseApp(apps, options) {
  let candidates = apps.filter((app) => SUPPORTED.includes(app.framework) || app.framework === "a2a");
  if (options.entry)
    candidates = candidates.filter((app) => app.location.file === posix2.normalize(options.entry.replace(/\\/g, "/")));
  if (options.framework)
    candidates = candidates.filter((app) => app.framework === options.framework);
  return candidates.sort((a, b) => a.location.file.split("/").length - b.location.file.split("/").length || a.location.file.localeCompare(b.location.file))[0];
}
async function detectProject(options) {
  const root = options.dir;
  if (!existsSync2(root))
    throw new UsageError(`project directory ${root} does not exist; pass --dir <path>`);
  if (options.framework && !SUPPORTED.includes(options.framework)) {
    throw new UsageError(`--framework ${options.framework} is not supported; use one of ${SUPPORTED.join(", ")}`);
  }
  let model;
  await audit({ paths: ["."], cwd: root, onlyRules: [], onProject: (project2) => model = project2 });
  const project = model;
  const app = chooseApp(project.apps, options);
  if (options.entry && !app)
    throw new UsageError(`no ${options.framework ?? "supported"} app is constructed in ${options.entry}; check --entry (the file that calls FastAPI(), Flask(), express(), \u2026)`);
  const cache = /* @__PURE__ */ new Map();
  const text = (path) => {
    if (!cache.has(path)) {
      const absolute = resolveInside(root, path);
      cache.set(path, existsSync2(absolute) ? readFileSync2(absolute, "utf8") : void 0);
    }
    return cache.get(path);
  };
  const files = project.files.map((file) => file.path);
  const language = app?.language ?? (files.some((file) => file.endsWith(".py")) ? "python" : files.some((file) => /\.[cm]?[jt]sx?$/.test(file)) ? "typescript" : existsSync2(`${root}/package.json`) ? "typescript" : "python");
  const dependencies = new Set([...project.dependenciesOf(app?.unit ?? ".")].map((name) => name.toLowerCase()));
  const identity = manifestIdentity(text);
  const info = {
    root,
    name: identity.name ?? basename(root),
    version: identity.version,
    language,
    packageManager: packageManagerOf((path) => existsSync2(resolveInside(root, path)), language),
    dependencies,
    files,
    text
  };
  if (app) {
    info.framework = app.framework;
    info.entry = app.location.file;
    info.readinessPath = project.routesOf(app).find((route) => route.path !== null && route.method === "GET" && isReadinessPath(route.path))?.path ?? void 0;
    info.livenessPath = project.routesOf(app).find((route) => route.path !== null && route.method === "GET" && isLivenessPath(route.path))?.path ?? void 0;
    if (app.name)
      info.app = { name: app.name, line: app.location.line, column: app.location.column, moduleLevel: true };
    if (app.framework === "a2a" && app.name) {
      const built = await builtA2aApp(text(app.location.file), app.name, app.location.line, app.location.column);
      info.framework = app.snippet.includes("FastAPI") ? "fastapi" : "starlette";
      info.app = built ? { ...built, moduleLevel: true } : void 0;
    }
    if (info.app && info.language === "python")
      info.app.moduleLevel = await isModuleLevel(text(app.location.file), info.app.line, info.app.column);
  }
  return info;
}
function requireApp(project, generator) {
  if (!project.framework || !project.entry) {
    throw new UsageError(`no HTTP app found in ${project.root}; scaffold ${generator.id} supports ${generator.frameworks.join(", ")} (pass --dir, or --entry for the file that creates the app)`);
  }
  if (!generator.frameworks.includes(project.framework)) {
    throw new UsageError(`scaffold ${generator.id} does not support ${project.framework} apps yet (supported: ${generator.frameworks.join(", ")})`);
  }
  if (!project.app)
    throw new UsageError(`the ${project.framework} app in ${project.entry} is not assigned to a variable; assign it (app = \u2026) so scaffold can attach to it`);
  return { framework: project.framework, entry: project.entry, app: project.app };
}

// dist/src/scaffold/settings-module.js
import { z as z2 } from "zod";

// dist/src/scaffold/metadata.js
import { createHash } from "node:crypto";
import { z } from "zod";
var METADATA_FILE = ".agent-harden-scaffold.json";
var metadataSchema = z.object({
  tool: z.literal("agent-harden"),
  version: z.string(),
  files: z.record(z.string(), z.object({ generator: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/) }))
});
function sha256(text) {
  return createHash("sha256").update(text).digest("hex");
}
function readMetadata(text, version) {
  if (text === void 0)
    return { tool: "agent-harden", version, files: {} };
  let raw;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new ConfigError("is not valid JSON; delete it to start over (scaffold then treats every existing file as yours)", METADATA_FILE);
  }
  const parsed = metadataSchema.safeParse(raw);
  if (!parsed.success)
    throw new ConfigError(`${parsed.error.issues.map((issue) => `${issue.path.join(".") || "value"}: ${issue.message}`).join("; ")}; delete it to start over`, METADATA_FILE);
  return parsed.data;
}
function renderMetadata(metadata) {
  const files = Object.fromEntries(Object.entries(metadata.files).sort(([a], [b]) => a.localeCompare(b)));
  return `${JSON.stringify({ ...metadata, files }, null, 2)}
`;
}

// dist/src/scaffold/settings-module.js
var SETTINGS_MODULE = "settings";
var specifierSchema = z2.string().regex(/^(?:\.?[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*|\.\/[A-Za-z0-9_-]+(?:\.js)?)$/);
async function generatedSettingsImport(project, target) {
  const module = await siblingModule(project, target, SETTINGS_MODULE);
  if (project.text(module.path) === void 0)
    return void 0;
  const metadata = readMetadata(project.text(METADATA_FILE), toolVersion());
  if (metadata.files[module.path]?.generator !== "config")
    return void 0;
  return specifierSchema.parse(module.specifier);
}

// dist/src/scaffold/generators/auth.js
var PUBLIC_PATHS = ["/livez", "/readyz", "/healthz", "/health", "/.well-known/agent-card.json", "/.well-known/agent.json"];
var WIRING = {
  // FastAPI apps built by FastAPI(...) get an app-wide dependency instead (see plan); this covers A2A-built ones.
  fastapi: (app) => ({ python: { names: ["ApiKeyMiddleware"], statements: [`${app}.add_middleware(ApiKeyMiddleware)`] } }),
  starlette: (app) => ({ python: { names: ["ApiKeyMiddleware"], statements: [`${app}.add_middleware(ApiKeyMiddleware)`] } }),
  flask: (app) => ({ python: { names: ["require_api_key"], statements: [`${app}.before_request(require_api_key)`] } }),
  express: (app) => ({ typescript: { names: ["requireApiKey"], statements: [`${app}.use(requireApiKey);`] } }),
  fastify: (app) => ({ typescript: { names: ["requireApiKey"], statements: [`${app}.addHook('onRequest', requireApiKey);`] } }),
  hono: (app) => ({ typescript: { names: ["requireApiKey"], statements: [`${app}.use(requireApiKey);`] } })
};
var FRAMEWORKS = Object.keys(WIRING);
var auth_default = defineGenerator({
  id: "auth",
  summary: "API-key auth on every route but health probes and the agent card: keys from API_KEYS (name:key), constant-time compare, the key name as principal",
  repairs: ["missing-auth"],
  frameworks: FRAMEWORKS,
  answers: z3.object({}),
  async plan(_answers, project) {
    const target = requireApp(project, { id: "auth", frameworks: FRAMEWORKS });
    const publicPaths = [...new Set([...PUBLIC_PATHS, project.livenessPath, project.readinessPath].filter((path) => !!path))];
    const context = { publicPaths, settings: await generatedSettingsImport(project, target) };
    if (target.framework === "fastapi") {
      const entryText = project.text(target.entry);
      const module = await siblingModule(project, target, "auth");
      const withDependency = await addToConstructorList(entryText, target.app.line, target.app.column, {
        keyword: "dependencies",
        element: "Depends(require_api_key)",
        imports: [
          { module: "fastapi", name: "Depends" },
          { module: module.specifier, name: "require_api_key" }
        ]
      });
      if (withDependency !== void 0 && /^fastapi(?:\.applications)?\.FastAPI$/.test(await constructorCallee(entryText, target.app.line, target.app.column) ?? "")) {
        const actions = [
          { kind: "create", path: module.path, content: await render("auth", "fastapi", "auth", context) },
          { kind: "patch", path: target.entry, before: entryText, after: withDependency, reason: "requires an API key on every route of the FastAPI app" }
        ];
        return actions;
      }
      return moduleAndWiring(project, { ...target, framework: "starlette" }, "auth", "auth", context, WIRING.fastapi(target.app.name));
    }
    return moduleAndWiring(project, target, "auth", "auth", context, WIRING[target.framework](target.app.name));
  }
});

// dist/src/scaffold/generators/ci.js
import { z as z4 } from "zod";
var ACTIONS = {
  checkout: { ref: "actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683", version: "v4.2.2" },
  setupNode: { ref: "actions/setup-node@39370e3970a6d050c480ffad4ff0ed4d3fdee5af", version: "v4.1.0" },
  uploadSarif: { ref: "github/codeql-action/upload-sarif@5d4e8d1aca955e8d8589aabd499c5cae939e33c7", version: "v4.31.9" }
};
var ci_default = defineGenerator({
  id: "ci",
  summary: "GitHub workflow: pinned actions, least permissions, SARIF uploaded to code scanning, gate on --fail-on high",
  repairs: [],
  frameworks: [],
  needsNoApp: true,
  answers: z4.object({
    failOn: z4.enum(["critical", "high", "medium", "low", "info"]).default("high"),
    branch: z4.string().regex(/^[\w./-]{1,100}$/, "a branch name").default("main")
  }),
  async plan(answers2) {
    const content = await render("ci", "github", "agent-harden.yml", { ...answers2, actions: ACTIONS, version: toolVersion() });
    return [{ kind: "create", path: ".github/workflows/agent-harden.yml", content }];
  }
});

// dist/src/scaffold/generators/config.js
import { z as z6 } from "zod";

// dist/src/scaffold/dependencies.js
function versionParts(version) {
  return version.split(".").map((part) => Number.parseInt(part, 10) || 0);
}
function older(version, than) {
  const [a, b] = [versionParts(version), versionParts(than)];
  for (let i = 0; i < Math.max(a.length, b.length); i++)
    if ((a[i] ?? 0) !== (b[i] ?? 0))
      return (a[i] ?? 0) < (b[i] ?? 0);
  return false;
}
function raiseFloors(text, dependencies) {
  const floors = new Map(dependencies.filter((dependency) => dependency.minimum).map((dependency) => [normalise(dependency.name), dependency.minimum]));
  if (floors.size === 0)
    return text;
  return text.split("\n").map((line2) => {
    const match = /^(\s*["']?)([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?\s*(==|>=|~=)\s*([0-9][0-9.]*)(\s*(?:;[^"']*)?["']?\s*,?\s*(?:#.*)?)$/.exec(line2);
    const minimum = match ? floors.get(normalise(match[2])) : void 0;
    if (!match || !minimum || !older(match[5], minimum))
      return line2;
    return `${match[1]}${match[2]}${match[3] ?? ""}>=${minimum}${match[6]}`;
  }).join("\n");
}
function normalise(name) {
  return name.toLowerCase().replace(/[-_.]+/g, "-").replace(/\[.*$/, "");
}
function packageJsonPatch(text, dependencies) {
  const manifest = JSON.parse(text);
  const declared = /* @__PURE__ */ new Set([...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.devDependencies ?? {})]);
  const missing = dependencies.filter((dependency) => !declared.has(dependency.name));
  if (missing.length === 0)
    return text;
  for (const field of ["dependencies", "devDependencies"]) {
    const added = missing.filter((dependency) => !!dependency.dev === (field === "devDependencies"));
    if (added.length === 0)
      continue;
    const merged = { ...manifest[field] ?? {} };
    for (const dependency of added)
      merged[dependency.name] = dependency.range;
    manifest[field] = Object.fromEntries(Object.entries(merged).sort(([a], [b]) => a.localeCompare(b)));
  }
  const indent = /^[ \t]+(?=")/m.exec(text)?.[0] ?? "  ";
  return `${JSON.stringify(manifest, null, indent)}${text.endsWith("\n") ? "\n" : ""}`;
}
function requirementsPatch(original, dependencies, declared) {
  const text = raiseFloors(original, dependencies);
  const missing = dependencies.filter((dependency) => !dependency.dev && !dependency.minimum && !declared.has(normalise(dependency.name)));
  if (missing.length === 0)
    return text;
  const prefix = text === "" || text.endsWith("\n") ? text : `${text}
`;
  return prefix + missing.map((dependency) => `${dependency.name}${dependency.range}
`).join("");
}
function pyprojectPatch(original, dependencies, declared) {
  const text = raiseFloors(original, dependencies);
  const missing = dependencies.filter((dependency) => !dependency.dev && !dependency.minimum && !declared.has(normalise(dependency.name)));
  if (missing.length === 0)
    return text;
  const lines = text.split("\n");
  const section = lines.findIndex((line3) => line3.trim() === "[project]");
  if (section === -1)
    return void 0;
  let key = -1;
  for (let i = section + 1; i < lines.length && !lines[i].trim().startsWith("["); i++) {
    if (/^dependencies\s*=\s*\[/.test(lines[i]))
      key = i;
  }
  if (key === -1)
    return void 0;
  const entries = missing.map((dependency) => JSON.stringify(`${dependency.name}${dependency.range}`));
  const line2 = lines[key];
  if (line2.trimEnd().endsWith("]")) {
    const body = line2.slice(line2.indexOf("[") + 1, line2.lastIndexOf("]")).trim().replace(/,$/, "");
    lines[key] = `${line2.slice(0, line2.indexOf("["))}[${[body, ...entries].filter(Boolean).join(", ")}]`;
  } else {
    let close = key + 1;
    while (close < lines.length && lines[close].trim() !== "]")
      close++;
    if (close === lines.length)
      return void 0;
    const before = lines[close - 1];
    if (close - 1 > key && !before.trimEnd().endsWith(","))
      lines[close - 1] = `${before},`;
    lines.splice(close, 0, ...entries.map((entry) => `    ${entry},`));
  }
  return lines.join("\n");
}
function dependencyPatch(project, dependencies) {
  if (dependencies.length === 0)
    return void 0;
  const added = dependencies.filter((dependency) => !dependency.minimum).map((dependency) => dependency.name);
  const raised = dependencies.filter((dependency) => dependency.minimum).map((dependency) => `${dependency.name} to >=${dependency.minimum}`);
  const reason = [added.length > 0 ? `declares ${added.join(", ")}` : "", raised.length > 0 ? `raises ${raised.join(", ")} where pinned lower` : ""].filter(Boolean).join("; ") + " (not installed; run your package manager)";
  const declared = new Set([...project.dependencies].map(normalise));
  if (project.language === "typescript") {
    const text = project.text("package.json");
    if (text === void 0)
      return void 0;
    const after2 = packageJsonPatch(text, dependencies);
    return after2 === text ? void 0 : { kind: "patch", path: "package.json", before: text, after: after2, reason };
  }
  const pyproject = project.text("pyproject.toml");
  const requirements = project.text("requirements.txt");
  if (pyproject !== void 0 && requirements === void 0) {
    const after2 = pyprojectPatch(pyproject, dependencies, declared);
    if (after2 !== void 0)
      return after2 === pyproject ? void 0 : { kind: "patch", path: "pyproject.toml", before: pyproject, after: after2, reason };
  }
  const after = requirementsPatch(requirements ?? "", dependencies, declared);
  return after === (requirements ?? "") ? void 0 : { kind: "patch", path: "requirements.txt", before: requirements, after, reason };
}

// dist/src/scaffold/generators/cors.js
import { z as z5 } from "zod";

// dist/src/fix/define-fixer.js
function defineFixer(fixer) {
  return fixer;
}

// dist/src/fix/python-support.js
var LOGGER_NAMES = ["logger", "log", "LOGGER", "LOG", "_logger", "_log"];
function moduleLogger(tree, file, text) {
  const existing = LOGGER_NAMES.find((name) => {
    const value = file.moduleAssignments.get(name);
    return value?.type === "call" && /getLogger|get_logger/.test(file.calleeName(value) ?? value.text);
  });
  if (existing)
    return { name: existing, edits: [] };
  const at = importInsertionOffset(tree, text);
  const importLine = file.imports.get("logging") === "logging" ? "" : "import logging\n";
  const separator = at > 0 && !text.slice(0, at).endsWith("\n\n") ? "\n" : "";
  return { name: "logger", edits: [{ start: at, end: at, text: `${importLine}${separator}logger = logging.getLogger(__name__)
` }] };
}
function ensureImport(tree, file, text, module) {
  if (file.imports.get(module) === module)
    return [];
  const at = importInsertionOffset(tree, text);
  return [{ start: at, end: at, text: `import ${module}
` }];
}
function blockStart(block, text) {
  const first = block.namedChildren.find((child) => !!child);
  const lineStart = text.lastIndexOf("\n", first.startIndex - 1) + 1;
  return { offset: lineStart, indent: text.slice(lineStart, first.startIndex) };
}

// dist/src/fix/python-fixers.js
var ORIGINS_FROM_ENV = '[origin.strip() for origin in os.getenv("CORS_ALLOW_ORIGINS", "").split(",") if origin.strip()]';
var CATCH_ALL = /* @__PURE__ */ new Set(["Exception", "BaseException", "builtins.Exception", "builtins.BaseException"]);
var REQUESTS_CALLS = /^requests\.(?:get|post|put|patch|delete|head|options|request)$/;
var DEBUG_TARGETS = /* @__PURE__ */ new Set(["fastapi.FastAPI", "fastapi.applications.FastAPI", "starlette.applications.Starlette", "uvicorn.run"]);
var DEFAULT_TIMEOUT_SECONDS = 10;
function line(node) {
  return node.startPosition.row + 1;
}
function isWildcard(node) {
  if (!node)
    return false;
  if (node.type === "string")
    return node.text.slice(1, -1) === "*";
  return node.type === "list" && node.namedChildren.some((child) => child?.type === "string" && child.text.slice(1, -1) === "*");
}
function calls(root) {
  return root.descendantsOfType("call").filter((node) => !!node);
}
function appendArgument(call, text) {
  const argumentList = call.childForFieldName("arguments");
  const last = argumentList.namedChildren.filter((child) => !!child && child.type !== "comment").pop();
  if (last)
    return { start: last.endIndex, end: last.endIndex, text: `, ${text}` };
  const closing = argumentList.endIndex - 1;
  return { start: closing, end: closing, text };
}
function pythonCorsConfigs(tree, file, origins) {
  const configs = [];
  for (const call of calls(tree.rootNode)) {
    const callee = file.calleeName(call) ?? "";
    const isMiddleware = file.calleeMember(call) === "add_middleware" || callee === "starlette.middleware.Middleware";
    const middleware = isMiddleware ? file.qualifiedName(file.positionalArguments(call)[0] ?? file.keywordArgument(call, "middleware_class")) : void 0;
    if (middleware?.endsWith("CORSMiddleware")) {
      const value = file.keywordArgument(call, "allow_origins");
      const repair = value && isWildcard(value) ? { line: line(value.parent ?? value), description: "allow_origins from CORS_ALLOW_ORIGINS", edits: [{ start: value.startIndex, end: value.endIndex, text: origins }] } : void 0;
      configs.push({ line: line(call), repair });
    } else if (callee === "flask_cors.CORS" || callee === "flask_cors.cross_origin") {
      const value = file.keywordArgument(call, "origins");
      let repair;
      if (file.hasSplatKeywords(call) || file.keywordArgument(call, "resources"))
        repair = void 0;
      else if (value && isWildcard(value))
        repair = { line: line(value.parent ?? value), description: "origins from CORS_ALLOW_ORIGINS", edits: [{ start: value.startIndex, end: value.endIndex, text: origins }] };
      else if (!value)
        repair = { line: line(call), description: "origins from CORS_ALLOW_ORIGINS", edits: [appendArgument(call, `origins=${origins}`)] };
      configs.push({ line: line(call), repair });
    }
  }
  return configs;
}
var pythonCors = defineFixer({
  id: "python-cors-allowlist",
  ruleId: "cors-wildcard",
  language: "python",
  summary: "CORS wildcard \u2192 allowlist read from CORS_ALLOW_ORIGINS",
  async find({ text }) {
    return withPythonTree(text, (tree, file) => pythonCorsConfigs(tree, file, ORIGINS_FROM_ENV).flatMap(({ repair }) => repair ? [{ ...repair, edits: [...repair.edits, ...ensureImport(tree, file, text, "os")] }] : []));
  }
});
var pythonDebug = defineFixer({
  id: "python-debug-off",
  ruleId: "debug-enabled",
  language: "python",
  summary: '`debug=True` / `reload=True` \u2192 off unless APP_DEBUG / APP_RELOAD is "true"',
  async find({ text }) {
    return withPythonTree(text, (tree, file) => {
      const repairs = [];
      for (const call of calls(tree.rootNode)) {
        const callee = file.calleeName(call) ?? "";
        const appRun = file.calleeMember(call) === "run" && file.importsModule("flask");
        if (!DEBUG_TARGETS.has(callee) && !appRun)
          continue;
        for (const name of ["debug", "reload"]) {
          const value = file.keywordArgument(call, name);
          if (value?.type !== "true")
            continue;
          const variable = `APP_${name.toUpperCase()}`;
          repairs.push({
            line: line(value.parent ?? value),
            description: `${name} from ${variable}, off by default`,
            edits: [{ start: value.startIndex, end: value.endIndex, text: `os.getenv("${variable}", "false").lower() == "true"` }, ...ensureImport(tree, file, text, "os")]
          });
        }
      }
      return repairs;
    });
  }
});
function boundName(clause) {
  const value = clause.childForFieldName("value");
  if (value?.type !== "as_pattern")
    return void 0;
  const alias = value.childForFieldName("alias");
  return alias?.text ?? value.namedChildren[1]?.text;
}
function enclosing(node, type) {
  for (let current = node.parent; current; current = current.parent)
    if (current.type === type)
      return current;
  return void 0;
}
function functionName(node) {
  return enclosing(node, "function_definition")?.childForFieldName("name")?.text ?? "request";
}
function exposesException(value, caught) {
  if (value.type === "identifier")
    return value.text === caught;
  if (value.type === "call") {
    const fn = value.childForFieldName("function")?.text;
    const args = value.childForFieldName("arguments")?.namedChildren ?? [];
    return (fn === "str" || fn === "repr") && args.length === 1 && args[0]?.text === caught;
  }
  if (value.type === "string")
    return value.descendantsOfType("interpolation").some((part) => part?.namedChildren.some((child) => child?.text === caught));
  return false;
}
var pythonErrorDetail = defineFixer({
  id: "python-generic-error-detail",
  ruleId: "error-detail-leak",
  language: "python",
  summary: "`detail=str(e)` \u2192 a generic message, the exception logged with its traceback",
  async find({ text }) {
    return withPythonTree(text, (tree, file) => {
      const repairs = [];
      for (const call of calls(tree.rootNode)) {
        if (!/HTTPException$/.test(file.calleeName(call) ?? ""))
          continue;
        const detail = file.keywordArgument(call, "detail");
        const clause = enclosing(call, "except_clause");
        const caught = clause && boundName(clause);
        if (!detail || !caught || !exposesException(detail, caught))
          continue;
        const status = file.literal(file.keywordArgument(call, "status_code") ?? file.positionalArguments(call)[0]);
        const clientError = typeof status === "number" && status < 500;
        const edits = [{ start: detail.startIndex, end: detail.endIndex, text: clientError ? '"Invalid request"' : '"Internal server error"' }];
        const block = clause.namedChildren.find((child) => child?.type === "block");
        const logs = block?.descendantsOfType("call").some((node) => !!node && isLogCall(node, file) && file.calleeName(node) !== "print");
        if (block && !logs) {
          const logger = moduleLogger(tree, file, text);
          const statement = enclosing(call, "raise_statement") ?? call;
          const lineStart = text.lastIndexOf("\n", statement.startIndex - 1) + 1;
          const indent = text.slice(lineStart, statement.startIndex);
          const log = clientError ? `${logger.name}.warning("${functionName(call)} rejected the request", exc_info=True)` : `${logger.name}.exception("${functionName(call)} failed")`;
          edits.push(...logger.edits, { start: lineStart, end: lineStart, text: `${indent}${log}
` });
        }
        repairs.push({ line: line(detail.parent ?? detail), description: "generic error detail; exception logged", edits });
      }
      return repairs;
    });
  }
});
var pythonBroadExcept = defineFixer({
  id: "python-except-logged",
  ruleId: "broad-exception-handler",
  language: "python",
  summary: "bare `except:` / `except BaseException` \u2192 `except Exception` that logs the traceback",
  async find({ text }) {
    return withPythonTree(text, (tree, file) => {
      const repairs = [];
      for (const clause of tree.rootNode.descendantsOfType("except_clause")) {
        if (!clause)
          continue;
        const value = clause.childForFieldName("value");
        const caught = value?.type === "as_pattern" ? value.namedChild(0) : value;
        const name = caught ? file.qualifiedName(caught) ?? caught.text : void 0;
        if (name !== void 0 && !CATCH_ALL.has(name))
          continue;
        const block = clause.namedChildren.find((child) => child?.type === "block");
        if (!block)
          continue;
        const raises = block.descendantsOfType("raise_statement").some((node) => !!node && !node.namedChild(0));
        const logs = block.descendantsOfType("call").some((node) => !!node && isLogCall(node, file) && file.calleeName(node) !== "print");
        const edits = [];
        if (!caught) {
          const keyword = clause.child(0);
          edits.push({ start: keyword.endIndex, end: keyword.endIndex, text: " Exception" });
        } else if (/BaseException$/.test(name)) {
          edits.push({ start: caught.startIndex, end: caught.endIndex, text: "Exception" });
        }
        if (!logs && !raises) {
          const logger = moduleLogger(tree, file, text);
          const message = `${functionName(clause)} failed`;
          if (block.startPosition.row === clause.startPosition.row) {
            const lineStart = text.lastIndexOf("\n", clause.startIndex - 1) + 1;
            const indent = `${text.slice(lineStart, clause.startIndex)}    `;
            const colon = clause.children.find((child) => child?.type === ":");
            edits.push({ start: colon.endIndex, end: block.endIndex, text: `
${indent}${logger.name}.exception("${message}")
${indent}${block.text}` });
          } else {
            const { offset, indent } = blockStart(block, text);
            edits.push({ start: offset, end: offset, text: `${indent}${logger.name}.exception("${message}")
` });
          }
          edits.push(...logger.edits);
        }
        if (edits.length > 0)
          repairs.push({ line: line(clause), description: "catches Exception and logs the traceback", edits });
      }
      return repairs;
    });
  }
});
var pythonPrint = defineFixer({
  id: "python-print-to-logger",
  ruleId: "print-logging",
  language: "python",
  summary: "`print(...)` \u2192 the module logger",
  async find({ text }) {
    return withPythonTree(text, (tree, file) => {
      const repairs = [];
      for (const call of calls(tree.rootNode)) {
        if (file.calleeName(call) !== "print" || call.parent?.type !== "expression_statement" || inMainGuard(call))
          continue;
        const args = call.childForFieldName("arguments").namedChildren.filter((child) => !!child && child.type !== "comment");
        const keywords = args.filter((arg) => arg.type === "keyword_argument");
        const positional = args.filter((arg) => arg.type !== "keyword_argument");
        if (keywords.some((arg) => !["file", "flush"].includes(arg.childForFieldName("name")?.text ?? "")) || positional.length === 0 || positional.some((arg) => arg.type.includes("splat")))
          continue;
        const toStderr = keywords.some((arg) => arg.childForFieldName("name")?.text === "file" && /stderr$/.test(file.qualifiedName(arg.childForFieldName("value")) ?? ""));
        const logger = moduleLogger(tree, file, text);
        const method = toStderr ? "warning" : "info";
        const single = positional.length === 1 && positional[0].type === "string";
        const argumentsText = single ? positional[0].text : `${JSON.stringify(positional.map(() => "%s").join(" "))}, ${positional.map((arg) => arg.text).join(", ")}`;
        repairs.push({ line: line(call), description: `print \u2192 ${logger.name}.${method}`, edits: [{ start: call.startIndex, end: call.endIndex, text: `${logger.name}.${method}(${argumentsText})` }, ...logger.edits] });
      }
      return repairs;
    });
  }
});
var pythonRequestsTimeout = defineFixer({
  id: "python-requests-timeout",
  ruleId: "outbound-call-without-timeout",
  language: "python",
  summary: "`requests.*` without `timeout=` \u2192 `timeout=10`",
  async find({ text }) {
    return withPythonTree(text, (tree, file) => {
      const repairs = [];
      for (const call of calls(tree.rootNode)) {
        if (!REQUESTS_CALLS.test(file.calleeName(call) ?? "") || file.keywordArgument(call, "timeout") || file.hasSplatKeywords(call))
          continue;
        repairs.push({ line: line(call), description: `timeout=${DEFAULT_TIMEOUT_SECONDS}`, edits: [appendArgument(call, `timeout=${DEFAULT_TIMEOUT_SECONDS}`)] });
      }
      return repairs;
    });
  }
});
var LLM_CLIENTS = /* @__PURE__ */ new Set([
  "openai.OpenAI",
  "openai.AsyncOpenAI",
  "openai.AzureOpenAI",
  "openai.AsyncAzureOpenAI",
  "anthropic.Anthropic",
  "anthropic.AsyncAnthropic",
  "langchain_openai.ChatOpenAI",
  "langchain_anthropic.ChatAnthropic"
]);
var CLIENT_TIMEOUT_KEYWORDS = ["timeout", "request_timeout", "default_request_timeout", "http_client"];
var LLM_TIMEOUT_SECONDS = 60;
var pythonClientTimeout = defineFixer({
  id: "python-llm-client-timeout",
  ruleId: "outbound-call-without-timeout",
  language: "python",
  summary: "OpenAI/Anthropic/LangChain clients without a timeout \u2192 `timeout=60`",
  async find({ text }) {
    return withPythonTree(text, (tree, file) => {
      const repairs = [];
      for (const call of calls(tree.rootNode)) {
        if (!LLM_CLIENTS.has(file.calleeName(call) ?? "") || file.hasSplatKeywords(call) || CLIENT_TIMEOUT_KEYWORDS.some((name) => file.hasKeywordArgument(call, name)))
          continue;
        repairs.push({ line: line(call), description: `client timeout=${LLM_TIMEOUT_SECONDS}`, edits: [appendArgument(call, `timeout=${LLM_TIMEOUT_SECONDS}`)] });
      }
      return repairs;
    });
  }
});
var PYTHON_FIXERS = [pythonClientTimeout, pythonCors, pythonDebug, pythonErrorDetail, pythonBroadExcept, pythonPrint, pythonRequestsTimeout];

// dist/src/fix/typescript-fixers.js
var ORIGINS_FROM_ENV2 = "(process.env.CORS_ALLOW_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean)";
var FETCH_TIMEOUT = "AbortSignal.timeout(10_000)";
function importedNames(file, module, exportName) {
  const names = /* @__PURE__ */ new Set();
  for (const declaration of file.getImportDeclarations()) {
    if (declaration.getModuleSpecifierValue() !== module)
      continue;
    if (exportName === "default") {
      const local = declaration.getDefaultImport()?.getText();
      if (local)
        names.add(local);
    }
    for (const specifier of declaration.getNamedImports()) {
      if (specifier.getName() === exportName)
        names.add(specifier.getAliasNode()?.getText() ?? specifier.getName());
    }
  }
  return names;
}
function lineOf(file, position) {
  return file.getLineAndColumnAtPos(position).line;
}
function originEdit(morph, options, origins) {
  if (options.getProperties().some((property) => morph.Node.isSpreadAssignment(property)))
    return void 0;
  const origin = options.getProperty("origin");
  if (!origin) {
    const open = options.getStart() + 1;
    const empty = options.getProperties().length === 0;
    return { start: open, end: open, text: empty ? ` origin: ${origins} ` : ` origin: ${origins},` };
  }
  if (!morph.Node.isPropertyAssignment(origin))
    return void 0;
  const value = origin.getInitializerOrThrow();
  const text = value.getText();
  const wildcard = text === "true" || /^['"`]\*['"`]$/.test(text) || morph.Node.isArrayLiteralExpression(value) && value.getElements().some((element) => /^['"`]\*['"`]$/.test(element.getText()));
  return wildcard ? { start: value.getStart(), end: value.getEnd(), text: origins } : void 0;
}
async function typescriptCorsConfigs(path, text, origins) {
  const { file, morph } = await tsSourceFile(path, text);
  const middleware = /* @__PURE__ */ new Set([...importedNames(file, "cors", "default"), ...importedNames(file, "hono/cors", "cors")]);
  const fastifyCors = importedNames(file, "@fastify/cors", "default");
  const configs = [];
  for (const call of file.getDescendantsOfKind(morph.SyntaxKind.CallExpression)) {
    const callee = call.getExpression();
    let options;
    let insertAfter;
    if (morph.Node.isIdentifier(callee) && middleware.has(callee.getText())) {
      options = call.getArguments()[0];
      insertAfter = call.getArguments().length === 0 ? call.getEnd() - 1 : void 0;
    } else if (morph.Node.isPropertyAccessExpression(callee) && callee.getName() === "register" && fastifyCors.has(call.getArguments()[0]?.getText() ?? "")) {
      options = call.getArguments()[1];
      insertAfter = call.getArguments().length === 1 ? call.getArguments()[0].getEnd() : void 0;
    } else
      continue;
    const line2 = lineOf(file, call.getStart());
    if (insertAfter !== void 0) {
      const prefix = call.getArguments().length === 0 ? "" : ", ";
      configs.push({ line: line2, repair: { line: line2, description: "origin from CORS_ALLOW_ORIGINS", edits: [{ start: insertAfter, end: insertAfter, text: `${prefix}{ origin: ${origins} }` }] } });
    } else if (options && morph.Node.isObjectLiteralExpression(options)) {
      const edit = originEdit(morph, options, origins);
      const origin = options.getProperty("origin");
      configs.push({ line: line2, repair: edit ? { line: lineOf(file, (origin ?? call).getStart()), description: "origin from CORS_ALLOW_ORIGINS", edits: [edit] } : void 0 });
    } else {
      configs.push({ line: line2 });
    }
  }
  return configs;
}
var typescriptCors = defineFixer({
  id: "typescript-cors-allowlist",
  ruleId: "cors-wildcard",
  language: "typescript",
  summary: "CORS wildcard or reflected origin \u2192 allowlist read from CORS_ALLOW_ORIGINS",
  async find({ path, text }) {
    return (await typescriptCorsConfigs(path, text, ORIGINS_FROM_ENV2)).flatMap(({ repair }) => repair ? [repair] : []);
  }
});
function isGlobalFetch(call, morph, file) {
  const callee = call.getExpression();
  if (!morph.Node.isIdentifier(callee) || callee.getText() !== "fetch")
    return false;
  return !file.getImportDeclarations().some((declaration) => declaration.getNamedImports().some((specifier) => (specifier.getAliasNode()?.getText() ?? specifier.getName()) === "fetch") || declaration.getDefaultImport()?.getText() === "fetch");
}
var typescriptFetchTimeout = defineFixer({
  id: "typescript-fetch-timeout",
  ruleId: "outbound-call-without-timeout",
  language: "typescript",
  summary: "`fetch(url)` without a signal \u2192 `signal: AbortSignal.timeout(10_000)`",
  async find({ path, text }) {
    const { file, morph } = await tsSourceFile(path, text);
    const repairs = [];
    for (const call of file.getDescendantsOfKind(morph.SyntaxKind.CallExpression)) {
      if (!isGlobalFetch(call, morph, file))
        continue;
      const [url, init] = call.getArguments();
      if (!url || call.getArguments().length > 2)
        continue;
      const line2 = lineOf(file, call.getStart());
      if (!init) {
        repairs.push({ line: line2, description: "request deadline", edits: [{ start: url.getEnd(), end: url.getEnd(), text: `, { signal: ${FETCH_TIMEOUT} }` }] });
      } else if (morph.Node.isObjectLiteralExpression(init) && !init.getProperty("signal") && !init.getProperties().some((property) => morph.Node.isSpreadAssignment(property))) {
        const open = init.getStart() + 1;
        repairs.push({ line: line2, description: "request deadline", edits: [{ start: open, end: open, text: init.getProperties().length === 0 ? ` signal: ${FETCH_TIMEOUT} ` : ` signal: ${FETCH_TIMEOUT},` }] });
      }
    }
    return repairs;
  }
});
var AXIOS_CONFIG_INDEX = /* @__PURE__ */ new Map([["get", 1], ["delete", 1], ["head", 1], ["options", 1], ["request", 0], ["post", 2], ["put", 2], ["patch", 2]]);
var LLM_CLIENT_MODULES = ["openai", "@anthropic-ai/sdk"];
var AXIOS_TIMEOUT_MS = "10_000";
var LLM_TIMEOUT_MS = "60_000";
function optionEdit(morph, options, insertAt, prefix, property, present) {
  if (!options)
    return { start: insertAt, end: insertAt, text: `${prefix}{ ${property} }` };
  if (!morph.Node.isObjectLiteralExpression(options) || options.getProperties().some((p) => morph.Node.isSpreadAssignment(p) || present.includes(p.getName?.() ?? "")))
    return void 0;
  const open = options.getStart() + 1;
  return { start: open, end: open, text: options.getProperties().length === 0 ? ` ${property} ` : ` ${property},` };
}
var typescriptClientTimeouts = defineFixer({
  id: "typescript-client-timeouts",
  ruleId: "outbound-call-without-timeout",
  language: "typescript",
  summary: "axios calls \u2192 `timeout: 10_000`; OpenAI/Anthropic clients \u2192 `timeout: 60_000`",
  async find({ path, text }) {
    const { file, morph } = await tsSourceFile(path, text);
    const axios = importedNames(file, "axios", "default");
    const clients = new Set(LLM_CLIENT_MODULES.flatMap((module) => [...importedNames(file, module, "default"), ...importedNames(file, module, module === "openai" ? "OpenAI" : "Anthropic")]));
    const repairs = [];
    for (const call of file.getDescendantsOfKind(morph.SyntaxKind.CallExpression)) {
      const callee = call.getExpression();
      if (!morph.Node.isPropertyAccessExpression(callee) || !axios.has(callee.getExpression().getText()))
        continue;
      const index = AXIOS_CONFIG_INDEX.get(callee.getName());
      const args = call.getArguments();
      if (index === void 0 || args.length < index || args.some((argument) => morph.Node.isSpreadElement(argument)))
        continue;
      const edit = optionEdit(morph, args[index], args[index - 1]?.getEnd() ?? call.getEnd() - 1, args.length === 0 ? "" : ", ", `timeout: ${AXIOS_TIMEOUT_MS}`, ["timeout", "signal"]);
      if (edit)
        repairs.push({ line: lineOf(file, call.getStart()), description: `axios timeout ${AXIOS_TIMEOUT_MS} ms`, edits: [edit] });
    }
    for (const created of file.getDescendantsOfKind(morph.SyntaxKind.NewExpression)) {
      if (!clients.has(created.getExpression().getText()))
        continue;
      const args = created.getArguments();
      const end = created.getEnd();
      if (args.length === 0) {
        const hasParens = created.getText().endsWith(")");
        const at = hasParens ? end - 1 : end;
        repairs.push({ line: lineOf(file, created.getStart()), description: `client timeout ${LLM_TIMEOUT_MS} ms`, edits: [{ start: at, end: at, text: hasParens ? `{ timeout: ${LLM_TIMEOUT_MS} }` : `({ timeout: ${LLM_TIMEOUT_MS} })` }] });
      } else {
        const edit = optionEdit(morph, args[0], 0, "", `timeout: ${LLM_TIMEOUT_MS}`, ["timeout", "httpAgent", "fetch", "fetchOptions"]);
        if (edit)
          repairs.push({ line: lineOf(file, created.getStart()), description: `client timeout ${LLM_TIMEOUT_MS} ms`, edits: [edit] });
      }
    }
    return repairs;
  }
});
var TYPESCRIPT_FIXERS = [typescriptCors, typescriptFetchTimeout, typescriptClientTimeouts];

// dist/src/scaffold/generators/cors.js
var ORIGINS = "CORS_ALLOW_ORIGINS";
var WIRING2 = {
  fastapi: { wiring: (app) => ({ python: { names: ["install_cors"], statements: [`install_cors(${app})`] } }), dependencies: [] },
  starlette: { wiring: (app) => ({ python: { names: ["install_cors"], statements: [`install_cors(${app})`] } }), dependencies: [] },
  flask: { wiring: (app) => ({ python: { names: ["install_cors"], statements: [`install_cors(${app})`] } }), dependencies: [{ name: "Flask-Cors", range: ">=5.0" }] },
  express: {
    wiring: (app) => ({ typescript: { names: ["corsMiddleware"], statements: [`${app}.use(corsMiddleware);`] } }),
    dependencies: [{ name: "cors", range: "^2.8.5" }, { name: "@types/cors", range: "^2.8.17", dev: true }]
  },
  fastify: {
    wiring: (app) => ({ typescript: { names: ["corsOptions"], statements: [`${app}.register(cors, corsOptions);`], extraImports: [{ module: "@fastify/cors", default: "cors" }] } }),
    dependencies: [{ name: "@fastify/cors", range: "^11.0.0" }]
  },
  hono: { wiring: (app) => ({ typescript: { names: ["corsMiddleware"], statements: [`${app}.use(corsMiddleware);`] } }), dependencies: [] }
};
var FRAMEWORKS2 = Object.keys(WIRING2);
async function existingCors(project, entry) {
  const text = project.text(entry);
  if (project.language === "python") {
    return withPythonTree(text, (tree, file2) => {
      const configs2 = pythonCorsConfigs(tree, file2, ORIGINS);
      const edits2 = configs2.flatMap((config) => config.repair?.edits ?? []);
      return { count: configs2.length, edited: applyEdits(text, edits2), repaired: edits2.length, usesAllowlist: file2.imports.has(ORIGINS) };
    });
  }
  const configs = await typescriptCorsConfigs(entry, text, ORIGINS);
  const edits = configs.flatMap((config) => config.repair?.edits ?? []);
  const { file } = await tsSourceFile(entry, text);
  const usesAllowlist = file.getImportDeclarations().some((declaration) => declaration.getNamedImports().some((specifier) => specifier.getName() === ORIGINS));
  return { count: configs.length, edited: applyEdits(text, edits), repaired: edits.length, usesAllowlist };
}
async function repairInPlace(project, target, existing, specifier) {
  if (project.language === "python") {
    return attachToPythonApp(existing.edited, target.app.line, target.app.column, { imports: [{ line: `from ${specifier} import ${ORIGINS}`, binds: ORIGINS }], statements: [] });
  }
  return attachToTsApp(target.entry, existing.edited, target.app.line, target.app.column, { imports: [{ module: specifier, named: [ORIGINS] }], statements: [] });
}
var cors_default = defineGenerator({
  id: "cors",
  summary: "CORS allowlist from CORS_ALLOW_ORIGINS (validated, empty by default, credentials only for listed origins); a wildcard CORS config in the entry file is pointed at it in place",
  repairs: ["cors-wildcard"],
  frameworks: FRAMEWORKS2,
  answers: z5.object({}),
  async plan(_answers, project) {
    const target = requireApp(project, { id: "cors", frameworks: FRAMEWORKS2 });
    const context = { settings: await generatedSettingsImport(project, target) };
    const existing = await existingCors(project, target.entry);
    const { wiring, dependencies } = WIRING2[target.framework];
    if (existing.count === 0) {
      const actions = await moduleAndWiring(project, target, "cors", "cors", context, wiring(target.app.name));
      const patch = dependencyPatch(project, dependencies);
      if (patch)
        actions.push(patch);
      return actions;
    }
    if (existing.repaired === 0 && !existing.usesAllowlist)
      return [];
    const module = await siblingModule(project, target, "cors");
    const entryText = project.text(target.entry);
    return [
      { kind: "create", path: module.path, content: await render("cors", target.framework, "cors", context) },
      { kind: "patch", path: target.entry, before: entryText, after: await repairInPlace(project, target, existing, module.specifier), reason: `points the existing CORS configuration at ${ORIGINS}` }
    ];
  }
});

// dist/src/scaffold/generators/config.js
var FRAMEWORKS3 = ["fastapi", "starlette", "flask", "express", "fastify", "hono"];
var ENV_EXAMPLE = ".env.example";
var SETTINGS_READERS = [auth_default, cors_default];
var bindSchema = z6.object({
  host: z6.string().regex(/^(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*|[0-9a-fA-F:]+|\[[0-9a-fA-F:]+\])$/).max(253).optional(),
  port: z6.coerce.number().int().min(1).max(65535).optional(),
  logLevel: z6.enum(["critical", "error", "warning", "info", "debug", "trace"]).optional()
});
function take(found, edits, key, value, span, replacement) {
  if (value === void 0 || value === null)
    return;
  const parsed = bindSchema.shape[key].safeParse(key === "logLevel" && typeof value === "string" ? value.toLowerCase() : value);
  if (!parsed.success || parsed.data === void 0)
    return;
  found[key] = parsed.data;
  edits.push({ ...span, text: replacement });
}
async function pythonBindEdits(text, appName) {
  return withPythonTree(text, (tree, file) => {
    const found = {};
    const edits = [];
    for (const call of tree.rootNode.descendantsOfType("call")) {
      if (!call)
        continue;
      const callee = file.calleeName(call);
      const receiver = call.childForFieldName("function")?.childForFieldName("object")?.text;
      const appRun = file.calleeMember(call) === "run" && receiver === appName && file.importsModule("flask");
      if (callee !== "uvicorn.run" && !appRun)
        continue;
      const positional = appRun ? file.positionalArguments(call) : [];
      const arg = (name, index) => file.keywordArgument(call, name) ?? positional[index];
      for (const [key, name, index] of [["host", "host", 0], ["port", "port", 1], ["logLevel", "log_level", -1]]) {
        const node = arg(name, index);
        if (node)
          take(found, edits, key, file.literal(node), { start: node.startIndex, end: node.endIndex }, `settings.${name}`);
      }
    }
    return { found, edits };
  });
}
async function typescriptBindEdits(path, text, appName) {
  const { file, morph } = await tsSourceFile(path, text);
  const found = {};
  const edits = [];
  const serveNames = new Set(file.getImportDeclarations().filter((declaration) => declaration.getModuleSpecifierValue() === "@hono/node-server").flatMap((declaration) => declaration.getNamedImports().filter((specifier) => specifier.getName() === "serve").map((specifier) => specifier.getAliasNode()?.getText() ?? "serve")));
  const literal = (node) => {
    if (!node)
      return void 0;
    if (morph.Node.isNumericLiteral(node))
      return node.getLiteralValue();
    if (morph.Node.isStringLiteral(node) || morph.Node.isNoSubstitutionTemplateLiteral(node))
      return node.getLiteralValue();
    return void 0;
  };
  const fromObject = (options, hostKey) => {
    if (!options || !morph.Node.isObjectLiteralExpression(options))
      return;
    for (const [key, property, replacement] of [["port", "port", "settings.PORT"], ["host", hostKey, "settings.HOST"]]) {
      const assignment = options.getProperty(property);
      const value = assignment && morph.Node.isPropertyAssignment(assignment) ? assignment.getInitializer() : void 0;
      if (value)
        take(found, edits, key, literal(value), { start: value.getStart(), end: value.getEnd() }, replacement);
    }
  };
  for (const call of file.getDescendantsOfKind(morph.SyntaxKind.CallExpression)) {
    const callee = call.getExpression();
    const [first, second] = call.getArguments();
    if (morph.Node.isPropertyAccessExpression(callee) && callee.getName() === "listen" && callee.getExpression().getText() === appName) {
      if (first && morph.Node.isObjectLiteralExpression(first))
        fromObject(first, "host");
      else if (first) {
        take(found, edits, "port", literal(first), { start: first.getStart(), end: first.getEnd() }, "settings.PORT");
        if (second && typeof literal(second) === "string")
          take(found, edits, "host", literal(second), { start: second.getStart(), end: second.getEnd() }, "settings.HOST");
      }
    } else if (morph.Node.isIdentifier(callee) && serveNames.has(callee.getText())) {
      fromObject(first, "hostname");
    }
  }
  return { found, edits };
}
async function earlierDefaults(project, path) {
  const text = project.text(path);
  if (text === void 0)
    return {};
  const raw = {};
  if (project.language === "python") {
    await withPythonTree(text, (tree, file) => {
      for (const assignment of tree.rootNode.descendantsOfType("assignment")) {
        const name = assignment?.childForFieldName("left")?.text;
        const right = assignment?.childForFieldName("right");
        if (!name || !right || !["host", "port", "log_level"].includes(name))
          continue;
        raw[name === "log_level" ? "logLevel" : name] = file.literal(right.type === "call" ? file.keywordArgument(right, "default") : right);
      }
    });
  } else {
    const { file, morph } = await tsSourceFile(path, text);
    for (const property of file.getDescendantsOfKind(morph.SyntaxKind.PropertyAssignment)) {
      const key = { HOST: "host", PORT: "port" }[property.getName()];
      const fallback = property.getDescendantsOfKind(morph.SyntaxKind.CallExpression).find((call) => call.getExpression().getText().endsWith(".default"))?.getArguments()[0];
      if (key && fallback && (morph.Node.isStringLiteral(fallback) || morph.Node.isNumericLiteral(fallback)))
        raw[key] = fallback.getLiteralValue();
    }
  }
  const parsed = bindSchema.safeParse(raw);
  return parsed.success ? parsed.data : {};
}
async function assertSettingsFree(project, entry, specifier) {
  const text = project.text(entry);
  let taken;
  if (project.language === "python") {
    taken = await withPythonTree(text, (_tree, file) => file.moduleAssignments.has("settings") || file.imports.has("settings") && file.imports.get("settings") !== `${specifier.replace(/^\.+/, "")}.settings`);
  } else {
    const { file } = await tsSourceFile(entry, text);
    taken = !!file.getVariableDeclaration("settings") || file.getImportDeclarations().some((declaration) => declaration.getModuleSpecifierValue() !== specifier && declaration.getNamedImports().some((named) => (named.getAliasNode()?.getText() ?? named.getName()) === "settings"));
  }
  if (taken)
    throw new UsageError(`${entry} already has a name \`settings\`; rename it so scaffold config can import the validated settings there`);
}
function envExampleAction(project, content) {
  const current = project.text(ENV_EXAMPLE);
  const record = readMetadata(project.text(METADATA_FILE), toolVersion()).files[ENV_EXAMPLE];
  if (current === void 0 || record?.generator === "config" && record.sha256 === sha256(current))
    return { kind: "create", path: ENV_EXAMPLE, content };
  const declared = new Set([...current.matchAll(/^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=/gm)].map((match) => match[1]));
  const missing = content.split("\n").filter((line2) => {
    const name = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(line2)?.[1];
    return name !== void 0 && !declared.has(name);
  });
  if (missing.length === 0)
    return void 0;
  const after = `${current}${current.endsWith("\n") || current === "" ? "" : "\n"}# Added by agent-harden scaffold config
${missing.join("\n")}
`;
  return { kind: "patch", path: ENV_EXAMPLE, before: current, after, reason: `adds ${missing.map((line2) => line2.split("=")[0]).join(", ")}` };
}
async function settingsReaders(project, settingsPath, settingsContent) {
  const metadata = readMetadata(project.text(METADATA_FILE), toolVersion());
  const withSettings = { ...metadata, files: { ...metadata.files, [settingsPath]: { generator: "config", sha256: sha256(settingsContent) } } };
  const view = { ...project, text: (path) => path === settingsPath ? settingsContent : path === METADATA_FILE ? renderMetadata(withSettings) : project.text(path) };
  const actions = [];
  for (const generator of SETTINGS_READERS) {
    for (const action of await generator.plan(generator.answers.parse({}), view)) {
      const current = project.text(action.path);
      const record = metadata.files[action.path];
      if (action.kind !== "create" || current === void 0 || record?.generator !== generator.id || record.sha256 !== sha256(current))
        continue;
      actions.push({ ...action, owner: generator.id });
    }
  }
  return actions;
}
async function wireEntry(project, target, specifier) {
  const text = project.text(target.entry);
  if (project.language === "python") {
    const { found: found2, edits: edits2 } = await pythonBindEdits(text, target.app.name);
    const after2 = await attachToPythonApp(applyEdits(text, edits2), target.app.line, target.app.column, { imports: [{ line: `from ${specifier} import settings`, binds: "settings" }], statements: [] });
    return { after: after2, found: found2 };
  }
  const { found, edits } = await typescriptBindEdits(target.entry, text, target.app.name);
  const after = await attachToTsApp(target.entry, applyEdits(text, edits), target.app.line, target.app.column, { imports: [{ module: specifier, named: ["settings"] }], statements: [] });
  return { after, found };
}
var config_default = defineGenerator({
  id: "config",
  summary: "validated settings module (pydantic-settings / zod over process.env) imported by the entry so a bad value stops start-up; literal host/port/log level moved into it; .env.example; auth and cors read from it",
  repairs: ["hardcoded-bind-config"],
  frameworks: FRAMEWORKS3,
  answers: z6.object({}),
  async plan(_answers, project) {
    const target = requireApp(project, { id: "config", frameworks: FRAMEWORKS3 });
    const module = await siblingModule(project, target, SETTINGS_MODULE);
    await assertSettingsFree(project, target.entry, module.specifier);
    const { after, found: literals } = await wireEntry(project, target, module.specifier);
    const found = { ...await earlierDefaults(project, module.path), ...literals };
    const language = project.language === "python" ? "python" : "typescript";
    const defaults = {
      host: found.host ?? "0.0.0.0",
      port: found.port ?? (target.framework === "flask" ? 5e3 : project.language === "python" ? 8e3 : 3e3),
      logLevel: project.language === "python" ? found.logLevel ?? "info" : "info",
      module: module.path
    };
    const content = await render("config", language, "settings", defaults);
    const actions = [
      { kind: "create", path: module.path, content },
      { kind: "patch", path: target.entry, before: project.text(target.entry), after, reason: "imports the validated settings at start-up and reads host/port/log level from them" }
    ];
    const envExample = envExampleAction(project, await render("config", language, "env-example", defaults));
    if (envExample)
      actions.push(envExample);
    actions.push(...await settingsReaders(project, module.path, content));
    const patch = dependencyPatch(project, project.language === "python" ? [{ name: "pydantic-settings", range: ">=2.4" }] : [{ name: "zod", range: "^4.0.0" }]);
    if (patch)
      actions.push(patch);
    return actions;
  }
});

// dist/src/scaffold/generators/dockerfile.js
import { posix as posix3 } from "node:path";
import { z as z7 } from "zod";
var PYTHON_FRAMEWORKS = ["fastapi", "starlette", "flask"];
var NODE_FRAMEWORKS = ["express", "fastify", "hono"];
var PYTHON_SERVERS = { asgi: { name: "uvicorn", range: ">=0.32" }, wsgi: { name: "gunicorn", range: ">=23.0" } };
var DEFAULT_LIVENESS_PATH = "/livez";
var answers = z7.object({
  port: z7.number().int().min(1).max(65535).optional(),
  pythonVersion: z7.string().regex(/^3\.\d{1,2}$/).optional(),
  nodeVersion: z7.string().regex(/^\d{2}$/).optional()
});
async function runPort(text) {
  return withPythonTree(text, (tree, file) => {
    for (const call of tree.rootNode.descendantsOfType("call")) {
      if (!call || !["uvicorn.run", "run"].includes(file.calleeName(call) === "uvicorn.run" ? "uvicorn.run" : file.calleeMember(call) ?? ""))
        continue;
      const value = file.literal(file.keywordArgument(call, "port"));
      if (typeof value === "number" && Number.isInteger(value) && value > 0 && value < 65536)
        return value;
    }
    return void 0;
  });
}
function pythonVersionOf(project) {
  const floor = /(?:>=|~=|==)\s*(3\.\d{1,2})/.exec(project.text("pyproject.toml")?.match(/^requires-python\s*=\s*"([^"]*)"/m)?.[1] ?? "")?.[1];
  return floor ?? "3.12";
}
function nodeVersionOf(packageJson) {
  const major = /(\d{2})/.exec(String(packageJson.engines?.node ?? ""))?.[1];
  return major && Number(major) >= 20 ? major : "22";
}
async function nodeCommand(project, entry, packageJson) {
  if (/\.[cm]?js$/.test(entry))
    return { command: ["node", entry], tsx: false };
  const tsconfigText = project.text("tsconfig.json");
  if (!packageJson.scripts?.build || tsconfigText === void 0)
    return { command: ["node", "--import", "tsx", entry], tsx: true };
  const ts = await loadTypeScript();
  const options = ts.parseConfigFileTextToJson("tsconfig.json", tsconfigText).config?.compilerOptions ?? {};
  const outDir = posix3.normalize(options.outDir ?? ".");
  const rootDir = posix3.normalize(options.rootDir ?? posix3.dirname(entry));
  const inRoot = posix3.relative(rootDir, entry);
  if (inRoot.startsWith(".."))
    throw new UsageError(`cannot tell where tsc writes ${entry} (rootDir ${rootDir}); pass --entry with the compiled file`);
  return { command: ["node", posix3.join(outDir, inRoot.replace(/\.([cm]?)tsx?$/, ".$1js"))], tsx: false };
}
var DEV_RUNNERS = /\b(?:nodemon|ts-node-dev|tsnd|node-dev)\b|\btsx\s+watch\b|--watch\b/;
function packageJsonPatch2(text, command, tsx) {
  const manifest = JSON.parse(text);
  let changed = false;
  if (typeof manifest.scripts?.start === "string" && DEV_RUNNERS.test(manifest.scripts.start)) {
    manifest.scripts.start = command.join(" ");
    changed = true;
  }
  if (tsx && !manifest.dependencies?.tsx) {
    manifest.dependencies = Object.fromEntries(Object.entries({ ...manifest.dependencies ?? {}, tsx: "^4.19.0" }).sort(([a], [b]) => a.localeCompare(b)));
    changed = true;
  }
  if (!changed)
    return text;
  const indent = /^[ \t]+(?=")/m.exec(text)?.[0] ?? "  ";
  return `${JSON.stringify(manifest, null, indent)}${text.endsWith("\n") ? "\n" : ""}`;
}
function pythonInstall(project) {
  if (project.packageManager === "uv")
    return { files: ["pyproject.toml", "uv.lock"], commands: ["uv sync --frozen --no-dev --no-install-project"] };
  if (project.text("requirements.txt") !== void 0)
    return { files: ["requirements.txt"], commands: ["pip install --no-cache-dir -r requirements.txt"] };
  return { files: ["."], commands: ["pip install --no-cache-dir ."] };
}
var dockerfile_default = defineGenerator({
  id: "dockerfile",
  summary: "multi-stage Dockerfile (pinned base, non-root USER, HEALTHCHECK without curl, exec-form CMD, no dev server) and .dockerignore",
  repairs: ["missing-dockerfile", "dockerfile-runs-as-root", "dockerfile-missing-healthcheck", "dockerfile-unpinned-base", "dev-server-in-production", "missing-dockerignore"],
  frameworks: [...PYTHON_FRAMEWORKS, ...NODE_FRAMEWORKS],
  answers,
  async plan(options, project) {
    if (!project.framework || !project.entry || !project.app) {
      throw new UsageError(`no HTTP app found in ${project.root}; scaffold dockerfile needs one of ${[...PYTHON_FRAMEWORKS, ...NODE_FRAMEWORKS].join(", ")} (pass --entry for the file that creates the app)`);
    }
    const livenessPath = project.livenessPath ?? DEFAULT_LIVENESS_PATH;
    const actions = [];
    let dockerfile;
    if (project.language === "python") {
      if (!PYTHON_FRAMEWORKS.includes(project.framework))
        throw new UsageError(`scaffold dockerfile does not support ${project.framework} apps yet`);
      const entryText = project.text(project.entry);
      const port = options.port ?? await runPort(entryText) ?? 8e3;
      const module = project.entry.replace(/\.py$/, "").replace(/\/__init__$/, "").split("/").join(".");
      const target = `${module}:${project.app.name}`;
      const wsgi = project.framework === "flask";
      const server = PYTHON_SERVERS[wsgi ? "wsgi" : "asgi"];
      const command = !project.app.moduleLevel ? ["python", "-m", module.replace(/\.__main__$/, "")] : wsgi ? ["gunicorn", "--bind", `0.0.0.0:${port}`, "--workers", "2", "--graceful-timeout", "30", target] : ["uvicorn", target, "--host", "0.0.0.0", "--port", String(port), "--timeout-graceful-shutdown", "30"];
      const probe = `import sys, urllib.request; sys.exit(0 if urllib.request.urlopen("http://127.0.0.1:${port}${livenessPath}", timeout=3).status == 200 else 1)`;
      const install = pythonInstall(project);
      dockerfile = await render("dockerfile", "python", "Dockerfile", {
        pythonVersion: options.pythonVersion ?? pythonVersionOf(project),
        uv: project.packageManager === "uv",
        installFiles: install.files,
        installFromSource: install.files[0] === ".",
        installCommands: install.commands,
        port,
        healthcheck: ["python", "-c", probe],
        command
      });
      const patch = dependencyPatch(project, [server]);
      if (patch)
        actions.push(patch);
    } else {
      const packageJsonText = project.text("package.json");
      if (packageJsonText === void 0)
        throw new UsageError("no package.json in the project directory; run scaffold from the Node project root (--dir)");
      const packageJson = JSON.parse(packageJsonText);
      const port = options.port ?? 3e3;
      const manager = project.packageManager;
      const lockfile = { npm: "package-lock.json", pnpm: "pnpm-lock.yaml", yarn: "yarn.lock" }[manager];
      const hasLockfile = project.text(lockfile) !== void 0;
      const install = { npm: hasLockfile ? "npm ci" : "npm install", pnpm: "corepack enable && pnpm install --frozen-lockfile", yarn: "corepack enable && yarn install --immutable" }[manager];
      const prune = { npm: "npm prune --omit=dev", pnpm: "pnpm prune --prod", yarn: void 0 }[manager];
      const start = await nodeCommand(project, project.entry, packageJson);
      const probe = `fetch("http://127.0.0.1:${port}${livenessPath}", { signal: AbortSignal.timeout(3000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))`;
      dockerfile = await render("dockerfile", "node", "Dockerfile", {
        nodeVersion: options.nodeVersion ?? nodeVersionOf(packageJson),
        manifestFiles: hasLockfile ? ["package.json", lockfile] : ["package.json"],
        install,
        build: packageJson.scripts?.build ? `${manager} run build` : void 0,
        prune,
        port,
        healthcheck: ["node", "-e", probe],
        command: start.command
      });
      const after = packageJsonPatch2(packageJsonText, start.command, start.tsx);
      if (after !== packageJsonText)
        actions.push({ kind: "patch", path: "package.json", before: packageJsonText, after, reason: "production start command (no watcher)" + (start.tsx ? "; tsx runs the TypeScript entry" : "") });
    }
    const variant = project.language === "python" ? "python" : "node";
    actions.unshift({ kind: "create", path: "Dockerfile", content: dockerfile }, { kind: "create", path: ".dockerignore", content: await render("dockerfile", variant, "dockerignore", {}) });
    return actions;
  }
});

// dist/src/scaffold/generators/health.js
import { z as z8 } from "zod";
var WIRING3 = {
  fastapi: (app) => ({ python: { names: ["health_router"], statements: [`${app}.include_router(health_router)`] } }),
  flask: (app) => ({ python: { names: ["health_blueprint"], statements: [`${app}.register_blueprint(health_blueprint)`] } }),
  starlette: (app) => ({ python: { names: ["health_routes"], statements: [`${app}.router.routes.extend(health_routes)`] } }),
  express: (app) => ({ typescript: { names: ["healthRouter"], statements: [`${app}.use(healthRouter);`] } }),
  fastify: (app) => ({ typescript: { names: ["healthRoutes"], statements: [`${app}.register(healthRoutes);`] } }),
  hono: (app) => ({ typescript: { names: ["health"], statements: [`${app}.route('/', health);`] } })
};
var FRAMEWORKS4 = Object.keys(WIRING3);
var health_default = defineGenerator({
  id: "health",
  summary: "liveness (/livez) and dependency-checking readiness (/readyz) routes, application/health+json, 503 while shutting down",
  repairs: ["missing-health-endpoint", "missing-readiness-endpoint", "static-health-check"],
  frameworks: FRAMEWORKS4,
  answers: z8.object({
    /** Per-check deadline, so a hung dependency fails readiness instead of hanging the probe. */
    checkTimeoutSeconds: z8.number().positive().max(30).default(2)
  }),
  async plan(answers2, project) {
    const target = requireApp(project, { id: "health", frameworks: FRAMEWORKS4 });
    const context = { checkTimeoutSeconds: answers2.checkTimeoutSeconds, checkTimeoutMs: Math.round(answers2.checkTimeoutSeconds * 1e3), redis: project.dependencies.has("redis") };
    return moduleAndWiring(project, target, "health", "health", context, WIRING3[target.framework](target.app.name));
  }
});

// dist/src/scaffold/generators/idempotency.js
import { z as z9 } from "zod";
var FRAMEWORKS5 = ["fastapi", "starlette", "flask", "express", "fastify", "hono"];
var TS_WIRING = {
  express: (app) => ({ typescript: { names: ["idempotency"], statements: [`${app}.use(idempotency);`] } }),
  fastify: (app) => ({ typescript: { names: ["idempotency"], statements: [`idempotency(${app});`] } }),
  hono: (app) => ({ typescript: { names: ["idempotency"], statements: [`${app}.use(idempotency);`] } })
};
async function afterBodyParser(target, text) {
  const { file, morph } = await tsSourceFile(target.entry, text);
  const parsers = file.getStatements().filter((statement) => {
    const call = morph.Node.isExpressionStatement(statement) ? statement.getExpression() : void 0;
    if (!call || !morph.Node.isCallExpression(call))
      return false;
    const callee = call.getExpression();
    return morph.Node.isPropertyAccessExpression(callee) && callee.getExpression().getText() === target.app.name && callee.getName() === "use" && call.getArguments().some((argument) => /(?:^|\.)(?:json|urlencoded)\(/.test(argument.getText()));
  });
  const last = parsers.at(-1);
  if (!last)
    return target;
  const { line: line2, column } = file.getLineAndColumnAtPos(last.getStart());
  return { ...target, app: { ...target.app, line: line2, column } };
}
async function typescriptActions(project, target) {
  const store = await render("idempotency", "typescript", "store", {});
  const wiring = TS_WIRING[target.framework](target.app.name);
  if (target.framework !== "express")
    return moduleAndWiring(project, target, "idempotency", IDEMPOTENCY_MODULE, { store }, wiring);
  const entryText = project.text(target.entry);
  const anchor = await afterBodyParser(target, entryText);
  const module = await siblingModule(project, target, IDEMPOTENCY_MODULE);
  const after = await attachToTsApp(target.entry, entryText, anchor.app.line, anchor.app.column, { imports: [{ module: module.specifier, named: wiring.typescript.names }], statements: wiring.typescript.statements });
  return [
    { kind: "create", path: module.path, content: await render("idempotency", "express", IDEMPOTENCY_MODULE, { store }) },
    { kind: "patch", path: target.entry, before: entryText, after, reason: "replays responses for repeated Idempotency-Key requests in the express app, after its body parser" }
  ];
}
var IDEMPOTENCY_MODULE = "idempotency";
var idempotency_default = defineGenerator({
  id: "idempotency",
  summary: "Idempotency-Key middleware (ASGI, Flask hooks, Express, Fastify, Hono) replaying the first response (409 while running, 422 on a different body), @idempotent_tool for ADK tools keyed by session and arguments; Python: Redis SET NX when the project uses redis, else in-process (one replica); TypeScript: in-process (one replica)",
  repairs: ["missing-idempotency"],
  frameworks: FRAMEWORKS5,
  answers: z9.object({}),
  async plan(_answers, project) {
    const target = requireApp(project, { id: "idempotency", frameworks: FRAMEWORKS5 });
    if (project.language === "typescript")
      return typescriptActions(project, target);
    const module = await siblingModule(project, target, IDEMPOTENCY_MODULE);
    const flask = target.framework === "flask";
    const redis = project.dependencies.has("redis");
    const adk = project.dependencies.has("google-adk");
    const context = { flask, redis, adk, asyncio: !flask || adk, logs: redis || adk };
    const content = await render("idempotency", "python", IDEMPOTENCY_MODULE, context);
    const entryText = project.text(target.entry);
    const binding = flask ? "install_idempotency" : "IdempotencyMiddleware";
    const after = await attachToPythonApp(entryText, target.app.line, target.app.column, {
      imports: [{ line: `from ${module.specifier} import ${binding}`, binds: binding }],
      statements: [flask ? `install_idempotency(${target.app.name})` : `${target.app.name}.add_middleware(IdempotencyMiddleware)`]
    });
    const actions = [{ kind: "create", path: module.path, content }];
    if (after !== entryText)
      actions.push({ kind: "patch", path: target.entry, before: entryText, after, reason: `replays responses for repeated Idempotency-Key requests in the ${target.framework} app` });
    return actions;
  }
});

// dist/src/scaffold/generators/k8s.js
import { z as z10 } from "zod";
var dnsLabel = z10.string().regex(/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/, "a lower-case DNS label (a-z, 0-9, -; at most 63 characters)");
var imageReference = z10.string().regex(/^[a-z0-9][a-z0-9._\/:-]{0,254}(?::[\w][\w.-]{0,127})?(?:@sha256:[0-9a-f]{64})?$/, "an image reference such as ghcr.io/acme/agent:1.2.3");
function toDnsLabel(name) {
  return name.replace(/^@[^/]+\//, "").toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 63).replace(/-+$/, "") || "app";
}
var k8s_default = defineGenerator({
  id: "k8s",
  summary: "Kubernetes Deployment (liveness/readiness/startup probes, non-root read-only securityContext, resources), Service and PodDisruptionBudget",
  repairs: ["dockerfile-missing-healthcheck"],
  frameworks: ["fastapi", "starlette", "flask", "express", "fastify", "hono"],
  answers: z10.object({
    name: dnsLabel.optional(),
    image: imageReference.optional(),
    port: z10.number().int().min(1).max(65535).optional(),
    replicas: z10.number().int().min(1).max(100).default(2)
  }),
  async plan(answers2, project) {
    if (!project.framework || !project.entry)
      throw new UsageError(`no HTTP app found in ${project.root}; scaffold k8s needs a server to probe`);
    const name = answers2.name ?? dnsLabel.parse(toDnsLabel(project.name));
    const image = answers2.image ?? imageReference.parse(`${name}:${project.version ?? "0.1.0"}`);
    const python = project.language === "python";
    const content = await render("k8s", "kubernetes", "app.yaml", {
      name,
      image,
      replicas: answers2.replicas,
      port: answers2.port ?? (python ? 8e3 : 3e3),
      livenessPath: project.livenessPath ?? "/livez",
      readinessPath: project.readinessPath ?? "/readyz",
      // The Dockerfile scaffold's users: `app` (10001) in Python images, `node` (1000) in Node images.
      uid: python ? 10001 : 1e3
    });
    return [{ kind: "create", path: "k8s/app.yaml", content }];
  }
});

// dist/src/scaffold/generators/logging.js
import { z as z11 } from "zod";
var PYTHON_REDACTED_KEYS = [
  "authorization",
  "proxy_authorization",
  "cookie",
  "set_cookie",
  "x_api_key",
  "api_key",
  "apikey",
  "password",
  "passwd",
  "secret",
  "client_secret",
  "token",
  "access_token",
  "refresh_token",
  "id_token",
  "session_token",
  "private_key",
  "card_number",
  "cardnumber",
  "pan",
  "cvv",
  "cvc",
  "ssn"
];
var TS_REDACTED_KEYS = [
  "authorization",
  "cookie",
  "password",
  "secret",
  "clientSecret",
  "token",
  "accessToken",
  "refreshToken",
  "idToken",
  "apiKey",
  "api_key",
  "privateKey",
  "cardNumber",
  "card_number",
  "cvv",
  "cvc",
  "ssn"
];
var PYTHON_WIRING = (app) => ({ python: { names: ["install_logging"], statements: [`install_logging(${app})`] } });
var WIRING4 = {
  fastapi: { wiring: PYTHON_WIRING, dependencies: [] },
  starlette: { wiring: PYTHON_WIRING, dependencies: [] },
  flask: { wiring: PYTHON_WIRING, dependencies: [] },
  express: { wiring: (app) => ({ typescript: { names: ["requestId"], statements: [`${app}.use(requestId);`] } }), dependencies: [{ name: "pino", range: "^10.0.0" }] },
  fastify: { wiring: (app) => ({ typescript: { names: ["requestIdHook"], statements: [`${app}.addHook('onRequest', requestIdHook);`] } }), dependencies: [{ name: "pino", range: "^10.0.0" }] },
  hono: { wiring: (app) => ({ typescript: { names: ["requestId"], statements: [`${app}.use(requestId);`] } }), dependencies: [{ name: "pino", range: "^10.0.0" }] }
};
var FRAMEWORKS6 = Object.keys(WIRING4);
var LOGGING_MODULE = { python: "structured_logging", typescript: "logger" };
var logging_default = defineGenerator({
  id: "logging",
  summary: "JSON logs (stdlib formatter for Python, pino for Node), request id read from or returned as X-Request-ID and bound to every line, redaction of credential and payment fields",
  repairs: ["unstructured-logging", "missing-request-id"],
  frameworks: FRAMEWORKS6,
  answers: z11.object({}),
  async plan(_answers, project) {
    const target = requireApp(project, { id: "logging", frameworks: FRAMEWORKS6 });
    const { wiring, dependencies } = WIRING4[target.framework];
    const python = project.language === "python";
    const context = { redactedKeys: python ? PYTHON_REDACTED_KEYS : TS_REDACTED_KEYS };
    const actions = await moduleAndWiring(project, target, "logging", LOGGING_MODULE[project.language], context, wiring(target.app.name));
    const patch = dependencyPatch(project, dependencies);
    if (patch)
      actions.push(patch);
    return actions;
  }
});

// dist/src/scaffold/generators/metrics.js
import { z as z12 } from "zod";
var PROMETHEUS_CLIENT = [{ name: "prometheus-client", range: ">=0.21" }];
var PROM_CLIENT = [{ name: "prom-client", range: "^15.1.0" }];
var PYTHON_WIRING2 = (app) => ({ python: { names: ["install_metrics"], statements: [`install_metrics(${app})`] } });
var WIRING5 = {
  fastapi: { wiring: PYTHON_WIRING2, dependencies: PROMETHEUS_CLIENT },
  starlette: { wiring: PYTHON_WIRING2, dependencies: PROMETHEUS_CLIENT },
  flask: { wiring: PYTHON_WIRING2, dependencies: PROMETHEUS_CLIENT },
  express: { wiring: (app) => ({ typescript: { names: ["metricsMiddleware", "metricsRouter"], statements: [`${app}.use(metricsMiddleware);`, `${app}.use(metricsRouter);`] } }), dependencies: PROM_CLIENT },
  fastify: { wiring: (app) => ({ typescript: { names: ["installMetrics"], statements: [`installMetrics(${app});`] } }), dependencies: PROM_CLIENT },
  hono: { wiring: (app) => ({ typescript: { names: ["metricsMiddleware", "metrics"], statements: [`${app}.use(metricsMiddleware);`, `${app}.route('/', metrics);`] } }), dependencies: PROM_CLIENT }
};
var FRAMEWORKS7 = Object.keys(WIRING5);
var metrics_default = defineGenerator({
  id: "metrics",
  summary: "Prometheus /metrics (prometheus-client, prom-client): request count and latency histogram by method, route template and status, process metrics",
  repairs: ["missing-metrics"],
  frameworks: FRAMEWORKS7,
  answers: z12.object({}),
  async plan(_answers, project) {
    const target = requireApp(project, { id: "metrics", frameworks: FRAMEWORKS7 });
    const { wiring, dependencies } = WIRING5[target.framework];
    const actions = await moduleAndWiring(project, target, "metrics", "metrics", {}, wiring(target.app.name));
    const patch = dependencyPatch(project, dependencies);
    if (patch)
      actions.push(patch);
    return actions;
  }
});

// dist/src/scaffold/generators/ratelimit.js
import { z as z13 } from "zod";
var WIRING6 = {
  fastapi: { wiring: (app) => ({ python: { names: ["install_rate_limit"], statements: [`install_rate_limit(${app})`] } }), dependencies: [{ name: "slowapi", range: ">=0.1.9" }] },
  starlette: { wiring: (app) => ({ python: { names: ["install_rate_limit"], statements: [`install_rate_limit(${app})`] } }), dependencies: [{ name: "slowapi", range: ">=0.1.9" }] },
  flask: { wiring: (app) => ({ python: { names: ["install_rate_limit"], statements: [`install_rate_limit(${app})`] } }), dependencies: [{ name: "Flask-Limiter", range: ">=3.8" }] },
  express: { wiring: (app) => ({ typescript: { names: ["rateLimiter"], statements: [`${app}.use(rateLimiter);`] } }), dependencies: [{ name: "express-rate-limit", range: "^8.0.0" }] },
  fastify: {
    wiring: (app) => ({ typescript: { names: ["rateLimitOptions"], statements: [`${app}.register(rateLimit, rateLimitOptions);`], extraImports: [{ module: "@fastify/rate-limit", default: "rateLimit" }] } }),
    dependencies: [{ name: "@fastify/rate-limit", range: "^10.0.0" }]
  },
  hono: { wiring: (app) => ({ typescript: { names: ["rateLimit"], statements: [`${app}.use(rateLimit);`] } }), dependencies: [{ name: "hono-rate-limiter", range: "^0.4.2" }] }
};
var FRAMEWORKS8 = Object.keys(WIRING6);
var ratelimit_default = defineGenerator({
  id: "ratelimit",
  summary: "per-client rate limit on every route (slowapi, Flask-Limiter, express-rate-limit, @fastify/rate-limit, hono-rate-limiter), standard RateLimit headers, shared store when configured",
  repairs: ["missing-rate-limit"],
  frameworks: FRAMEWORKS8,
  answers: z13.object({
    perMinute: z13.number().int().min(1).max(1e5).default(60)
  }),
  async plan(answers2, project) {
    const target = requireApp(project, { id: "ratelimit", frameworks: FRAMEWORKS8 });
    const { wiring, dependencies } = WIRING6[target.framework];
    const context = { perMinute: answers2.perMinute, nodeServer: project.dependencies.has("@hono/node-server") };
    const actions = await moduleAndWiring(project, target, "ratelimit", "ratelimit", context, wiring(target.app.name));
    const patch = dependencyPatch(project, dependencies);
    if (patch)
      actions.push(patch);
    return actions;
  }
});

// dist/src/scaffold/generators/retries.js
import { posix as posix5 } from "node:path";
import { z as z14 } from "zod";

// dist/src/scaffold/retry-sites/types.js
var PART_OF_NAME = {
  http_session: "requests",
  retrying_session: "requests",
  RetryingTransport: "httpx",
  AsyncRetryingTransport: "httpx",
  GEMINI_RETRY_OPTIONS: "gemini",
  GEMINI_HTTP_OPTIONS: "geminiClient",
  fetchWithRetry: "fetch",
  withRetries: "axios"
};

// dist/src/scaffold/retry-sites/python.js
var ADK_AGENT = /^google\.adk(?:\.agents)?(?:\.llm_agent)?\.(?:Llm)?Agent$/;
var ADK_GEMINI = /^google\.adk\.models(?:\.google_llm)?\.Gemini$/;
var GENAI_CLIENT = /^google\.genai(?:\.client)?\.Client$/;
var GEMINI_MODEL = /^(?:gemini-|projects\/[^/]+\/locations\/[^/]+\/(?:publishers\/google\/models\/gemini-|endpoints\/))/;
var HTTPX_TRANSPORT_OPTIONS = ["transport", "mounts", "app", "verify", "cert", "http1", "http2", "limits", "proxy", "proxies", "uds", "local_address", "trust_env"];
function calls2(root) {
  return root.descendantsOfType("call").filter((node) => !!node);
}
function localName(file, qualified) {
  for (const [local, target] of file.imports)
    if (qualified.test(target))
      return local;
  return void 0;
}
function available(file, name, specifier) {
  const bound = file.imports.get(name);
  return (bound === void 0 || bound === `${specifier.replace(/^\.+/, "")}.${name}`) && !file.moduleAssignments.has(name);
}
function importEdits(file, text, specifier, names) {
  const missing = names.filter((name) => file.imports.get(name) !== `${specifier.replace(/^\.+/, "")}.${name}`);
  if (missing.length === 0)
    return [];
  const existing = file.root.namedChildren.find((child) => child?.type === "import_from_statement" && child.childForFieldName("module_name")?.text === specifier);
  const bound = existing?.childrenForFieldName("name").filter((child) => !!child) ?? [];
  if (bound.length > 0)
    return [{ start: bound[bound.length - 1].endIndex, end: bound[bound.length - 1].endIndex, text: `, ${missing.join(", ")}` }];
  const at = importInsertionOffset(file.tree, text);
  return [{ start: at, end: at, text: `from ${specifier} import ${missing.join(", ")}
` }];
}
async function rewritePythonCalls(text, specifier) {
  return withPythonTree(text, (tree, file) => {
    const edits = [];
    const names = /* @__PURE__ */ new Set();
    const uses = /* @__PURE__ */ new Set();
    const moduleName = specifier.replace(/^\.+/, "");
    for (const [, target] of file.imports) {
      const part = target.startsWith(`${moduleName}.`) ? PART_OF_NAME[target.slice(moduleName.length + 1)] : void 0;
      if (part)
        uses.add(part);
    }
    let rewritten = 0;
    let geminiName = localName(file, ADK_GEMINI);
    const geminiImport = [];
    for (const call of calls2(tree.rootNode)) {
      const callee = file.calleeName(call) ?? "";
      const fn = call.childForFieldName("function");
      const args = call.childForFieldName("arguments");
      if (!args || args.type !== "argument_list")
        continue;
      if (REQUESTS_FUNCTIONS.has(callee) && available(file, "http_session", specifier)) {
        edits.push({ start: fn.startIndex, end: fn.endIndex, text: `http_session.${file.calleeMember(call)}` });
        names.add("http_session");
        uses.add("requests");
      } else if (REQUESTS_SESSIONS.has(callee) && args.namedChildren.length === 0 && available(file, "retrying_session", specifier)) {
        edits.push({ start: call.startIndex, end: call.endIndex, text: "retrying_session()" });
        names.add("retrying_session");
        uses.add("requests");
      } else if (HTTPX_CLIENTS.has(callee) && !file.hasSplatKeywords(call) && !HTTPX_TRANSPORT_OPTIONS.some((option) => file.hasKeywordArgument(call, option))) {
        const transport = callee === "httpx.AsyncClient" ? "AsyncRetryingTransport" : "RetryingTransport";
        if (!available(file, transport, specifier))
          continue;
        edits.push(appendItemEdit(args, `transport=${transport}()`));
        names.add(transport);
        uses.add("httpx");
      } else if (ADK_AGENT.test(callee) && !file.hasSplatKeywords(call)) {
        const model = file.keywordArgument(call, "model");
        const name = file.stringValue(model);
        if (!model || !name || !GEMINI_MODEL.test(name) || !available(file, "GEMINI_RETRY_OPTIONS", specifier))
          continue;
        if (!geminiName) {
          geminiName = "Gemini";
          if (file.imports.has(geminiName) || file.moduleAssignments.has(geminiName))
            continue;
          const at = importInsertionOffset(tree, text);
          geminiImport.push({ start: at, end: at, text: "from google.adk.models.google_llm import Gemini\n" });
        }
        edits.push({ start: model.startIndex, end: model.endIndex, text: `${geminiName}(model=${model.text}, retry_options=GEMINI_RETRY_OPTIONS)` });
        names.add("GEMINI_RETRY_OPTIONS");
        uses.add("gemini");
      } else if (ADK_GEMINI.test(callee) && !file.hasSplatKeywords(call) && !file.hasKeywordArgument(call, "retry_options") && available(file, "GEMINI_RETRY_OPTIONS", specifier)) {
        edits.push(appendItemEdit(args, "retry_options=GEMINI_RETRY_OPTIONS"));
        names.add("GEMINI_RETRY_OPTIONS");
        uses.add("gemini");
      } else if (GENAI_CLIENT.test(callee) && !file.hasSplatKeywords(call) && !file.hasKeywordArgument(call, "http_options") && available(file, "GEMINI_HTTP_OPTIONS", specifier)) {
        edits.push(appendItemEdit(args, "http_options=GEMINI_HTTP_OPTIONS"));
        names.add("GEMINI_HTTP_OPTIONS");
        uses.add("gemini").add("geminiClient");
      } else
        continue;
      rewritten++;
    }
    if (rewritten === 0)
      return { after: text, uses, calls: 0 };
    const after = applyEdits(text, [...edits, ...importEdits(file, text, specifier, [...names].sort()), ...geminiImport]);
    return { after, uses, calls: rewritten };
  });
}

// dist/src/scaffold/retry-sites/typescript.js
import { posix as posix4 } from "node:path";
var AXIOS_REQUEST_METHODS = /* @__PURE__ */ new Set(["get", "post", "put", "patch", "delete", "head", "options", "request", "postForm", "putForm", "patchForm"]);
function moduleSpecifier(file, from, modulePath) {
  const withoutExtension = modulePath.replace(/\.[cm]?tsx?$/, "");
  let relative3 = posix4.relative(posix4.dirname(from), withoutExtension);
  if (!relative3.startsWith("."))
    relative3 = `./${relative3}`;
  const own = file.getImportDeclarations().map((declaration) => declaration.getModuleSpecifierValue()).filter((specifier) => specifier.startsWith("."));
  return own.length > 0 && !own.some((specifier) => /\.[cm]?js$/.test(specifier)) ? relative3 : `${relative3}.js`;
}
async function rewriteTypescriptCalls(path, text, modulePath) {
  const { file, morph } = await tsSourceFile(path, text);
  const uses = /* @__PURE__ */ new Set();
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
  const axios = new Set(file.getImportDeclarations().filter((declaration) => declaration.getModuleSpecifierValue() === "axios").map((declaration) => declaration.getDefaultImport()?.getText()).filter((name) => !!name));
  const edits = [];
  const defaultInstances = /* @__PURE__ */ new Set();
  let calls3 = 0;
  for (const call of file.getDescendantsOfKind(morph.SyntaxKind.CallExpression)) {
    const callee = call.getExpression();
    if (isGlobalFetch(call, morph, file) && !taken.has("fetchWithRetry")) {
      const url = call.getArguments()[0];
      if (url && morph.Node.isStringLiteral(url) && url.getLiteralText().startsWith("/"))
        continue;
      edits.push({ start: callee.getStart(), end: callee.getEnd(), text: "fetchWithRetry" });
      uses.add("fetch");
      calls3++;
    } else if (morph.Node.isPropertyAccessExpression(callee) && axios.has(callee.getExpression().getText()) && !taken.has("withRetries")) {
      if (callee.getName() === "create") {
        edits.push({ start: call.getStart(), end: call.getStart(), text: "withRetries(" }, { start: call.getEnd(), end: call.getEnd(), text: ")" });
      } else if (AXIOS_REQUEST_METHODS.has(callee.getName())) {
        defaultInstances.add(callee.getExpression().getText());
      } else
        continue;
      uses.add("axios");
      calls3++;
    } else if (morph.Node.isIdentifier(callee) && axios.has(callee.getText()) && !taken.has("withRetries")) {
      defaultInstances.add(callee.getText());
      uses.add("axios");
      calls3++;
    }
  }
  if (calls3 === 0)
    return { after: text, uses, calls: calls3 };
  const imports = file.getImportDeclarations();
  const afterImports = imports.length > 0 ? imports[imports.length - 1].getEnd() : 0;
  const install = [...defaultInstances].map((name) => `
withRetries(${name});`).join("");
  const names = [...uses.has("fetch") ? ["fetchWithRetry"] : [], ...uses.has("axios") ? ["withRetries"] : []];
  const importLine = `${afterImports > 0 ? "\n" : ""}import { ${names.join(", ")} } from '${specifier}';${install ? `
${install}` : ""}${afterImports > 0 ? "" : "\n"}`;
  return { after: applyEdits(text, [...edits, { start: afterImports, end: afterImports, text: importLine }]), uses, calls: calls3 };
}

// dist/src/scaffold/generators/retries.js
var FRAMEWORKS9 = ["fastapi", "starlette", "flask", "express", "fastify", "hono"];
var MODULE = "resilience";
var PART_DEPENDENCIES = {
  // Retry(backoff_max=, backoff_jitter=) are urllib3 2 parameters; requests accepts either major version.
  requests: [{ name: "urllib3", range: ">=2.0" }],
  axios: [{ name: "axios-retry", range: "^4.5.0" }],
  // ADK's Gemini takes retry_options from 1.9.0; older versions ignore the field (no retry, no error).
  gemini: [{ name: "google-adk", range: "", minimum: "1.9.0" }]
};
async function pythonSpecifier(project, from, modulePath) {
  const moduleDir = posix5.dirname(modulePath);
  const inPackage = project.text(posix5.join(moduleDir, "__init__.py")) !== void 0;
  const dotted = moduleDir === "." ? MODULE : `${moduleDir.split("/").join(".")}.${MODULE}`;
  if (!inPackage)
    return posix5.dirname(from) === moduleDir ? MODULE : void 0;
  if (posix5.dirname(from) !== moduleDir)
    return dotted;
  const qualified = await withPythonTree(project.text(from), (tree) => tree.rootNode.namedChildren.some((child) => child?.type === "import_from_statement" && child.childForFieldName("module_name")?.text.startsWith(`${moduleDir.split("/").join(".")}.`)));
  return qualified ? dotted : `.${MODULE}`;
}
function sourceFiles(project, modulePath) {
  const pattern = project.language === "python" ? /\.py$/ : /(?<!\.d)\.[cm]?tsx?$/;
  return project.files.filter((file) => pattern.test(file) && !isTestPath(file) && file !== modulePath).sort();
}
var retries_default = defineGenerator({
  id: "retries",
  summary: "retries with capped exponential backoff and jitter (Retry-After honoured) on the outbound calls themselves: requests/httpx through retrying sessions and transports, ADK Gemini and google-genai HttpRetryOptions, fetch through fetchWithRetry, axios through axios-retry",
  repairs: ["no-retry-or-circuit-breaker"],
  frameworks: FRAMEWORKS9,
  answers: z14.object({
    /** Attempts in all, the first one included; small, so retries fit inside a request's deadline. */
    attempts: z14.number().int().min(2).max(6).default(3)
  }),
  async plan(answers2, project) {
    const target = requireApp(project, { id: "retries", frameworks: FRAMEWORKS9 });
    const module = await siblingModule(project, target, MODULE);
    const uses = /* @__PURE__ */ new Set();
    const actions = [];
    for (const path of sourceFiles(project, module.path)) {
      const text = project.text(path);
      let rewrite;
      if (project.language === "python") {
        const specifier = await pythonSpecifier(project, path, module.path);
        if (!specifier)
          continue;
        rewrite = await rewritePythonCalls(text, specifier);
      } else {
        rewrite = await rewriteTypescriptCalls(path, text, module.path);
      }
      for (const part of rewrite.uses)
        uses.add(part);
      if (rewrite.calls === 0)
        continue;
      actions.push({ kind: "patch", path, before: text, after: rewrite.after, reason: `retries ${rewrite.calls} outbound call site${rewrite.calls === 1 ? "" : "s"} (${[...rewrite.uses].filter((part) => part !== "geminiClient").sort().join(", ")})` });
    }
    if (uses.size === 0)
      return [];
    const parts = Object.fromEntries(["requests", "httpx", "gemini", "geminiClient", "fetch", "axios"].map((part) => [part, uses.has(part)]));
    const context = { attempts: answers2.attempts, ...parts, breaker: parts.requests || parts.httpx || parts.fetch };
    const content = await render("retries", project.language, MODULE, context);
    const patch = dependencyPatch(project, [...uses].flatMap((part) => PART_DEPENDENCIES[part] ?? []));
    return [{ kind: "create", path: module.path, content }, ...actions, ...patch ? [patch] : []];
  }
});

// dist/src/scaffold/generators/shutdown.js
import { z as z15 } from "zod";
var FRAMEWORKS10 = ["fastapi", "starlette", "express", "fastify", "hono"];
async function bindServer(path, text, app, framework) {
  const { file, morph } = await tsSourceFile(path, text);
  const serve = new Set(file.getImportDeclarations().filter((declaration) => declaration.getModuleSpecifierValue() === "@hono/node-server").flatMap((declaration) => declaration.getNamedImports().filter((specifier) => specifier.getName() === "serve").map((specifier) => specifier.getAliasNode()?.getText() ?? "serve")));
  const isServerCall = (node) => {
    if (!node || !morph.Node.isCallExpression(node))
      return false;
    const callee = node.getExpression();
    if (framework === "express")
      return morph.Node.isPropertyAccessExpression(callee) && callee.getName() === "listen" && callee.getExpression().getText() === app;
    return morph.Node.isIdentifier(callee) && serve.has(callee.getText());
  };
  for (const statement of file.getStatements()) {
    if (morph.Node.isVariableStatement(statement)) {
      const declaration = statement.getDeclarations().find((candidate) => isServerCall(candidate.getInitializer()));
      if (declaration && morph.Node.isIdentifier(declaration.getNameNode()))
        return { text, server: declaration.getName() };
    }
    if (morph.Node.isExpressionStatement(statement) && isServerCall(statement.getExpression())) {
      const taken = new Set(file.getDescendantsOfKind(morph.SyntaxKind.Identifier).map((identifier) => identifier.getText()));
      const server = ["server", "httpServer", "nodeServer"].find((name) => !taken.has(name));
      if (!server)
        break;
      statement.replaceWithText(`const ${server} = ${statement.getText()}`);
      return { text: file.getFullText(), server };
    }
  }
  const call = framework === "express" ? `${app}.listen(...)` : "serve(...) from '@hono/node-server'";
  throw new UsageError(`scaffold shutdown needs the server the app listens on: no top-level ${call} in ${path}; call closeOnSignal(server) from shutdown.ts where you start it`);
}
async function tsActions(project, target, context) {
  const module = await siblingModule(project, target, "shutdown");
  const content = await render("shutdown", target.framework, "shutdown", context);
  const entryText = project.text(target.entry);
  let text = entryText;
  let statements;
  if (target.framework === "fastify") {
    statements = [`closeOnSignal(${target.app.name});`];
  } else {
    const bound = await bindServer(target.entry, entryText, target.app.name, target.framework);
    text = bound.text;
    const { file } = await tsSourceFile(target.entry, text);
    const statement = file.getVariableStatementOrThrow((candidate) => candidate.getDeclarations().some((declaration) => declaration.getName() === bound.server));
    const line2 = statement.getStartLineNumber();
    text = await attachToTsApp(target.entry, text, line2, statement.getStart() - statement.getStartLinePos() + 1, { imports: [], statements: [`closeOnSignal(${bound.server});`] });
    statements = [];
  }
  const after = await attachToTsApp(target.entry, text, target.app.line, target.app.column, { imports: [{ module: module.specifier, named: ["closeOnSignal"] }], statements });
  return [
    { kind: "create", path: module.path, content },
    { kind: "patch", path: target.entry, before: entryText, after, reason: `drains the ${target.framework} server on SIGTERM` }
  ];
}
async function pythonActions(project, target, context) {
  const module = await siblingModule(project, target, "shutdown");
  const content = await render("shutdown", target.framework, "shutdown", context);
  const entryText = project.text(target.entry);
  const lifespan = `${target.app.name}.router.lifespan_context`;
  const after = await attachToPythonApp(entryText, target.app.line, target.app.column, {
    imports: [{ line: `from ${module.specifier} import graceful_lifespan`, binds: "graceful_lifespan" }],
    // Wraps whatever lifespan the app has (its own, or Starlette's default running on_startup/on_shutdown).
    statements: [`${lifespan} = graceful_lifespan(${lifespan})`]
  });
  return [
    { kind: "create", path: module.path, content },
    { kind: "patch", path: target.entry, before: entryText, after, reason: `runs shutdown steps in the ${target.framework} app's lifespan` }
  ];
}
var shutdown_default = defineGenerator({
  id: "shutdown",
  summary: "graceful shutdown: lifespan that closes registered clients with a deadline (FastAPI/Starlette); SIGTERM/SIGINT stop accepting, drain and close (Express, Fastify, Hono)",
  repairs: ["no-graceful-shutdown"],
  frameworks: FRAMEWORKS10,
  answers: z15.object({
    /** The whole Node drain; below Kubernetes' default 30 s grace period. */
    timeoutSeconds: z15.number().positive().max(600).default(25)
  }),
  async plan(answers2, project) {
    const target = requireApp(project, { id: "shutdown", frameworks: FRAMEWORKS10 });
    const context = { timeoutMs: Math.round(answers2.timeoutSeconds * 1e3), stepTimeoutSeconds: Math.min(10, answers2.timeoutSeconds) };
    return project.language === "python" ? pythonActions(project, target, context) : tsActions(project, target, context);
  }
});

// dist/src/scaffold/generators/tracing.js
import { z as z16 } from "zod";
var OTEL_PYTHON_SDK = ">=1.27";
var OTEL_PYTHON_INSTRUMENTATION = ">=0.48b0";
var PYTHON_CLIENTS = ["httpx", "requests"];
var PYTHON_FRAMEWORK_INSTRUMENTATION = { fastapi: "fastapi", starlette: "starlette", flask: "flask" };
var OTEL_NODE = [
  { name: "@opentelemetry/api", range: "^1.10.0" },
  { name: "@opentelemetry/context-async-hooks", range: "^3.1.0" },
  { name: "@opentelemetry/core", range: "^3.1.0" },
  { name: "@opentelemetry/exporter-trace-otlp-http", range: "^0.301.0" },
  { name: "@opentelemetry/instrumentation", range: "^0.301.0" },
  { name: "@opentelemetry/instrumentation-http", range: "^0.301.0" },
  { name: "@opentelemetry/instrumentation-undici", range: "^0.34.0" },
  { name: "@opentelemetry/resources", range: "^3.1.0" },
  { name: "@opentelemetry/sdk-trace", range: "^3.1.0" }
];
var TS_WIRING2 = {
  express: (app) => ({ names: ["traceRoutes"], statements: [`${app}.use(traceRoutes);`] }),
  fastify: (app) => ({ names: ["traceRouteHook"], statements: [`${app}.addHook('onRequest', traceRouteHook);`] }),
  hono: (app) => ({ names: ["traceRoutes"], statements: [`${app}.use(traceRoutes);`] })
};
var FRAMEWORKS11 = ["fastapi", "starlette", "flask", "express", "fastify", "hono"];
async function pythonActions2(project, target) {
  const module = await siblingModule(project, target, "tracing");
  const clients = PYTHON_CLIENTS.filter((client) => project.dependencies.has(client));
  const content = await render("tracing", "python", "tracing", {
    framework: target.framework,
    serviceName: project.name,
    clients,
    excludedUrlsVariable: `OTEL_PYTHON_${target.framework.toUpperCase()}_EXCLUDED_URLS`
  });
  const entryText = project.text(target.entry);
  const after = await attachToPythonApp(entryText, target.app.line, target.app.column, {
    imports: [{ line: `from ${module.specifier} import install_tracing`, binds: "install_tracing" }],
    statements: [`install_tracing(${target.app.name})`]
  });
  const dependencies = [
    { name: "opentelemetry-sdk", range: OTEL_PYTHON_SDK },
    { name: "opentelemetry-exporter-otlp-proto-http", range: OTEL_PYTHON_SDK },
    ...[PYTHON_FRAMEWORK_INSTRUMENTATION[target.framework], ...clients].map((name) => ({ name: `opentelemetry-instrumentation-${name}`, range: OTEL_PYTHON_INSTRUMENTATION }))
  ];
  const actions = [
    { kind: "create", path: module.path, content },
    { kind: "patch", path: target.entry, before: entryText, after, reason: `traces the ${target.framework} app's requests${clients.length > 0 ? ` and ${clients.join("/")} calls` : ""}` }
  ];
  const patch = dependencyPatch(project, dependencies);
  if (patch)
    actions.push(patch);
  return actions;
}
async function importFirst(path, text, specifier, names) {
  const { file } = await tsSourceFile(path, text);
  if (file.getImportDeclaration((declaration) => declaration.getModuleSpecifierValue() === specifier))
    return text;
  file.insertImportDeclaration(0, { moduleSpecifier: specifier, namedImports: names });
  return file.getFullText();
}
async function typescriptActions2(project, target) {
  const module = await siblingModule(project, target, "tracing");
  const content = await render("tracing", "typescript", "tracing", { framework: target.framework, serviceName: project.name });
  const entryText = project.text(target.entry);
  const { names, statements } = TS_WIRING2[target.framework](target.app.name);
  const attached = await attachToTsApp(target.entry, entryText, target.app.line, target.app.column, { imports: [], statements });
  const after = await importFirst(target.entry, attached, module.specifier, names);
  const actions = [
    { kind: "create", path: module.path, content },
    { kind: "patch", path: target.entry, before: entryText, after, reason: `loads tracing before the ${target.framework} app and names server spans by route` }
  ];
  const patch = dependencyPatch(project, OTEL_NODE);
  if (patch)
    actions.push(patch);
  return actions;
}
var tracing_default = defineGenerator({
  id: "tracing",
  summary: "OpenTelemetry tracing exported over OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set: a server span per request named by route, client spans and traceparent on outgoing HTTP calls",
  repairs: ["missing-tracing"],
  frameworks: FRAMEWORKS11,
  answers: z16.object({}),
  async plan(_answers, project) {
    const target = requireApp(project, { id: "tracing", frameworks: FRAMEWORKS11 });
    return project.language === "python" ? pythonActions2(project, target) : typescriptActions2(project, target);
  }
});

// dist/src/scaffold/generators/index.js
var GENERATORS = [health_default, ratelimit_default, auth_default, cors_default, config_default, logging_default, metrics_default, tracing_default, retries_default, shutdown_default, idempotency_default, dockerfile_default, k8s_default, ci_default];
function findGenerator(id) {
  return GENERATORS.find((generator) => generator.id === id);
}

// dist/src/scaffold/run.js
import { resolve as resolve2 } from "node:path";

// dist/src/scaffold/apply.js
import { chmodSync, existsSync as existsSync3, mkdirSync, readFileSync as readFileSync3, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename as basename2, dirname as dirname2, join as join2, relative as relative2 } from "node:path";
import { z as z17 } from "zod";
var NODE_FS = {
  writeFile: (path, text) => writeFileSync(path, text),
  rename: (from, to) => renameSync(from, to)
};
var JOURNAL_FILE = ".agent-harden-apply.json";
var journalSchema = z17.object({
  /** `staging`: temps being written, no target touched yet. `committed`: every temp is complete; renames may have started. */
  state: z17.enum(["staging", "committed"]),
  /** Project-relative paths. */
  entries: z17.array(z17.object({ target: z17.string(), temp: z17.string() })),
  /** Directories this apply created, shallowest first. */
  directories: z17.array(z17.string())
});
function tempPathFor(target) {
  return join2(dirname2(target), `.${basename2(target)}.agent-harden-${process.pid}.tmp`);
}
function missingParents(target, planned) {
  const missing = [];
  let dir = dirname2(target);
  while (!existsSync3(dir) && !planned.has(dir)) {
    missing.unshift(dir);
    dir = dirname2(dir);
  }
  return missing;
}
function writeJournal(root, journal) {
  const path = join2(root, JOURNAL_FILE);
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(journal, null, 2)}
`);
  renameSync(temp, path);
}
function applyChanges(root, changes, fs = NODE_FS) {
  recoverInterruptedApply(root);
  const staged = [];
  const planned = /* @__PURE__ */ new Set();
  const madeDirectories = [];
  for (const change of changes) {
    const target = resolveInside(root, change.path);
    for (const dir of missingParents(target, planned)) {
      planned.add(dir);
      madeDirectories.push(dir);
    }
    staged.push({ target, temp: tempPathFor(target), change });
  }
  const journal = {
    state: "staging",
    entries: staged.map(({ target, temp }) => ({ target: relative2(root, target), temp: relative2(root, temp) })),
    directories: madeDirectories.map((dir) => relative2(root, dir))
  };
  const committed = [];
  try {
    writeJournal(root, journal);
    for (const dir of madeDirectories)
      mkdirSync(dir);
    for (const entry of staged) {
      fs.writeFile(entry.temp, entry.change.after);
      if (entry.change.before !== void 0)
        chmodSync(entry.temp, statSync(entry.target).mode & 4095);
    }
    writeJournal(root, { ...journal, state: "committed" });
    for (const entry of staged) {
      fs.rename(entry.temp, entry.target);
      committed.push(entry);
    }
  } catch (error) {
    for (const { target, change } of committed.reverse()) {
      if (change.before === void 0)
        rmSync(target, { force: true });
      else {
        const temp = tempPathFor(target);
        writeFileSync(temp, change.before);
        chmodSync(temp, statSync(target).mode & 4095);
        renameSync(temp, target);
      }
    }
    for (const { temp } of staged)
      rmSync(temp, { force: true });
    removeDirectories(madeDirectories);
    rmSync(join2(root, JOURNAL_FILE), { force: true });
    rmSync(join2(root, `${JOURNAL_FILE}.${process.pid}.tmp`), { force: true });
    throw error;
  }
  rmSync(join2(root, JOURNAL_FILE), { force: true });
}
function removeDirectories(shallowestFirst) {
  for (const dir of [...shallowestFirst].reverse()) {
    try {
      rmdirSync(dir);
    } catch {
    }
  }
}
function recoverInterruptedApply(root) {
  const path = join2(root, JOURNAL_FILE);
  if (!existsSync3(path))
    return void 0;
  let journal;
  try {
    journal = journalSchema.parse(JSON.parse(readFileSync3(path, "utf8")));
  } catch {
    throw new ConfigError("is not a journal agent-harden can read; check the files it names, then delete it", JOURNAL_FILE);
  }
  const entries = journal.entries.map((entry) => ({ target: resolveInside(root, entry.target), temp: resolveInside(root, entry.temp) }));
  if (journal.state === "committed") {
    for (const { target, temp } of entries)
      if (existsSync3(temp))
        renameSync(temp, target);
  } else {
    for (const { temp } of entries)
      rmSync(temp, { force: true });
    removeDirectories(journal.directories.map((dir) => resolveInside(root, dir)));
  }
  rmSync(path, { force: true });
  return journal.state === "committed" ? `finished an apply that was interrupted after its files were staged (${entries.length} file(s))` : "undid an apply that was interrupted while staging; no file had been changed";
}

// dist/src/scaffold/plan.js
function resolvePlan(generator, actions, read, force) {
  const metadataText = read(METADATA_FILE);
  const metadata = readMetadata(metadataText, toolVersion());
  const changes = [];
  const conflicts = [];
  const unchanged = [];
  let metadataChanged = false;
  for (const action of actions) {
    const current = read(action.path);
    if (action.kind === "patch") {
      if (current !== action.before) {
        conflicts.push({ path: action.path, reason: "changed while the plan was made; run again" });
      } else if (action.after === action.before) {
        unchanged.push(action.path);
      } else {
        changes.push({ path: action.path, status: current === void 0 ? "create" : "patch", before: current, after: action.after, reason: action.reason });
      }
      continue;
    }
    const record = metadata.files[action.path];
    const owner = action.owner ?? generator;
    if (current === action.content) {
      unchanged.push(action.path);
      if (!record || record.sha256 !== sha256(current) || record.generator !== owner) {
        metadata.files[action.path] = { generator: owner, sha256: sha256(current) };
        metadataChanged = true;
      }
      continue;
    }
    if (current !== void 0 && !force) {
      const ours = record !== void 0 && record.sha256 === sha256(current);
      if (!ours) {
        conflicts.push({ path: action.path, reason: record ? "generated earlier, then edited by hand; --force overwrites your edits" : "exists and was not written by agent-harden; --force replaces it" });
        continue;
      }
    }
    changes.push({ path: action.path, status: current === void 0 ? "create" : "update", before: current, after: action.content, reason: current === void 0 ? "new file" : "regenerated" });
    metadata.files[action.path] = { generator: owner, sha256: sha256(action.content) };
    metadataChanged = true;
  }
  if (metadataChanged && conflicts.length === 0) {
    metadata.version = toolVersion();
    changes.push({ path: METADATA_FILE, status: metadataText === void 0 ? "create" : "update", before: metadataText, after: renderMetadata(metadata), reason: "records generated files and their hashes" });
  }
  return { changes, conflicts, unchanged };
}

// dist/src/scaffold/run.js
function flattenIssues(error) {
  return error.issues.map((issue) => `${issue.path.map(String).join(".") || "value"}: ${issue.message}`).join("; ");
}
async function planScaffold(options) {
  const generator = findGenerator(options.generator);
  if (!generator)
    throw new UsageError(`unknown generator "${options.generator}"; run \`agent-harden scaffold list\` (one of ${GENERATORS.map((g) => g.id).join(", ")})`);
  const recovered = recoverInterruptedApply(resolve2(options.dir ?? "."));
  const project = await detectProject({ dir: resolve2(options.dir ?? "."), framework: options.framework, entry: options.entry });
  const parsed = generator.answers.safeParse(options.answers ?? {});
  if (!parsed.success)
    throw new UsageError(`invalid option for scaffold ${generator.id}: ${flattenIssues(parsed.error)}`);
  const actions = await generator.plan(parsed.data, project);
  return { ...resolvePlan(generator.id, actions, project.text, options.force ?? false), generator, project, recovered };
}
function applyScaffold(plan, fs) {
  if (plan.conflicts.length > 0)
    throw new UsageError(conflictMessage(plan));
  applyChanges(plan.project.root, plan.changes, fs);
}
function conflictMessage(plan) {
  return `refusing to overwrite ${plan.conflicts.map((conflict) => `${conflict.path} (${conflict.reason})`).join(", ")}; nothing was written`;
}

// dist/src/cli/scaffold-action.js
function listGenerators() {
  const width = Math.max(...GENERATORS.map((generator) => generator.id.length));
  return GENERATORS.map((generator) => {
    const repairs = generator.repairs.length > 0 ? ` (repairs: ${generator.repairs.join(", ")})` : "";
    const frameworks = generator.frameworks.length > 0 ? ` [${generator.frameworks.join(", ")}]` : "";
    return `${generator.id.padEnd(width)}  ${generator.summary}${frameworks}${repairs}
`;
  }).join("");
}
function describeChanges(changes) {
  return changes.map((change) => `  ${change.status.padEnd(6)} ${change.path}  (${change.reason})
`).join("");
}
async function confirm(question, yes) {
  if (yes || !process.stdin.isTTY)
    return true;
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return /^y(es)?$/i.test((await prompt.question(`${question} [y/N] `)).trim());
  } finally {
    prompt.close();
  }
}
async function runScaffoldCommand(id, flags) {
  if (id === "list") {
    process.stdout.write(listGenerators());
    return;
  }
  const answers2 = {};
  if (flags.port !== void 0)
    answers2.port = flags.port;
  if (flags.origin !== void 0)
    answers2.origins = flags.origin;
  if (flags.name !== void 0)
    answers2.name = flags.name;
  if (flags.image !== void 0)
    answers2.image = flags.image;
  const plan = await planScaffold({ generator: id, dir: flags.dir, framework: flags.framework, entry: flags.entry, force: flags.force, answers: answers2 });
  if (plan.recovered)
    process.stderr.write(`scaffold: ${plan.recovered}
`);
  if (plan.conflicts.length > 0)
    throw new UsageError(`${conflictMessage(plan)}. Re-run with --force to replace them.`);
  if (plan.changes.length === 0) {
    process.stdout.write(`scaffold ${id}: nothing to do; the project already has it.
`);
    return;
  }
  const where = plan.project.framework ? `${plan.project.framework} app in ${plan.project.entry}` : plan.project.language;
  process.stdout.write(`scaffold ${id} for the ${where}:
${describeChanges(plan.changes)}
${await unifiedDiff(plan.changes)}`);
  if (flags.dryRun) {
    process.stdout.write("\n--dry-run: nothing was written.\n");
    return;
  }
  if (!await confirm("Apply these changes?", flags.yes)) {
    process.stdout.write("Nothing was written.\n");
    return;
  }
  applyScaffold(plan);
  process.stdout.write(`
Wrote ${plan.changes.length} file(s). Install any new dependencies, then run \`agent-harden audit\` to confirm.
`);
}

export {
  unifiedDiff,
  resolveInside,
  applyChanges,
  recoverInterruptedApply,
  applyEdits,
  lineEndAfter,
  withPythonTree,
  importInsertionOffset,
  tsSourceFile,
  METADATA_FILE,
  readMetadata,
  defineFixer,
  ensureImport,
  PYTHON_FIXERS,
  TYPESCRIPT_FIXERS,
  resolvePlan,
  conflictMessage,
  describeChanges,
  confirm,
  runScaffoldCommand
};
//# sourceMappingURL=chunk-UORI6Y4J.js.map
