// dist/src/util/own-string.js
function ownString(text) {
  return ` ${text}`.slice(1);
}

// dist/src/engine/contexts.js
var MAX_SNIPPET_LINES = 6;
function rawFinding(reported, ruleId, location, snippet) {
  return {
    ruleId,
    messageId: reported.messageId,
    data: reported.data && ownValues(reported.data),
    severity: reported.severity,
    confidence: reported.confidence,
    redact: reported.redact?.map(ownString),
    location,
    snippet: ownString(snippet)
  };
}
function ownValues(data) {
  const own = {};
  for (const key in data)
    own[key] = ownString(data[key]);
  return own;
}
function linesAround(text, start, end) {
  const from = text.lastIndexOf("\n", start - 1) + 1;
  let to = text.indexOf("\n", Math.max(end - 1, start));
  if (to < 0)
    to = text.length;
  let cut = from - 1;
  for (let line = 0; line < MAX_SNIPPET_LINES && cut < to; line++) {
    cut = text.indexOf("\n", cut + 1);
    if (cut < 0)
      break;
  }
  if (cut >= 0 && cut < to)
    to = cut;
  return text.slice(from, to).replace(/\r/g, "");
}
function pythonLocation(path, node) {
  return {
    file: path,
    line: node.startPosition.row + 1,
    column: node.startPosition.column + 1,
    endLine: node.endPosition.row + 1,
    endColumn: node.endPosition.column + 1
  };
}
function typeScriptLocation(path, file, startIndex, endIndex) {
  const start = file.lineAndCharacter(startIndex);
  const end = file.lineAndCharacter(endIndex);
  return { file: path, line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
}
function pythonAnchor(current, node) {
  return { location: pythonLocation(current.path, node), snippet: linesAround(current.text, node.startIndex, node.endIndex) };
}
function typeScriptAnchor(current, node) {
  const file = current.typescript;
  const start = node.getStart(file.source);
  const end = node.getEnd();
  return { location: typeScriptLocation(current.path, file, start, end), snippet: linesAround(current.text, start, end) };
}
var FileContext = class {
  ruleId;
  options;
  current;
  sink;
  project;
  constructor(ruleId, options, current, sink) {
    this.ruleId = ruleId;
    this.options = options;
    this.current = current;
    this.sink = sink;
    this.project = sink.project;
  }
  get path() {
    return this.current.path;
  }
  /** Kept to the project phase, so its strings are own copies (see ownString). */
  fact(key, value, at) {
    const { path, unit } = this.current;
    this.project.facts.push({ key, language: this.language, file: path, unit, value: value && ownString(value), location: at?.location, snippet: at && ownString(at.snippet) });
  }
};
var CodeContext = class extends FileContext {
  report(descriptor) {
    const anchor = this.anchor(descriptor.node);
    this.sink.findings.push(rawFinding(descriptor, this.ruleId, anchor.location, anchor.snippet));
  }
  addApp(framework, node, name) {
    const { location, snippet } = this.anchor(node);
    this.project.apps.push({ framework, language: this.language, name: name && ownString(name), unit: this.current.unit, location, snippet: ownString(snippet) });
  }
  addRoute(framework, node, method, path) {
    const { location, snippet } = this.anchor(node);
    this.project.routes.push({ framework, language: this.language, method: ownString(method), path: path && ownString(path), unit: this.current.unit, location, snippet: ownString(snippet) });
  }
};
var PythonContext = class extends CodeContext {
  language = "python";
  get file() {
    return this.current.python;
  }
  anchor(node) {
    return pythonAnchor(this.current, node);
  }
};
var TypeScriptContext = class extends CodeContext {
  language = "typescript";
  get file() {
    return this.current.typescript;
  }
  anchor(node) {
    return typeScriptAnchor(this.current, node);
  }
};
var TextContext = class extends FileContext {
  language = "text";
  get kind() {
    return this.current.kind;
  }
  get text() {
    return this.current.text;
  }
  get lines() {
    return this.current.lines ??= this.current.text.split(/\r?\n/);
  }
  report(descriptor) {
    const { line, column, endLine, endColumn } = descriptor;
    const lines = this.lines;
    const lastLine = endLine ?? line;
    const location = {
      file: this.current.path,
      line,
      column: column ?? 1,
      endLine: lastLine,
      endColumn: endColumn ?? (lines[lastLine - 1]?.length ?? 0) + 1
    };
    const snippet = lines.slice(line - 1, Math.min(lastLine, line - 1 + MAX_SNIPPET_LINES)).join("\n");
    this.sink.findings.push(rawFinding(descriptor, this.ruleId, location, snippet));
  }
};
function createPythonContext(ruleId, options, current, sink) {
  return new PythonContext(ruleId, options, current, sink);
}
function createTypeScriptContext(ruleId, options, current, sink) {
  return new TypeScriptContext(ruleId, options, current, sink);
}
function createTextContext(ruleId, options, current, sink) {
  return new TextContext(ruleId, options, current, sink);
}
function instructionAnchor(path, instruction) {
  const snippet = `${instruction.keyword} ${instruction.args}`;
  return { location: { file: path, line: instruction.line, column: 1, endLine: instruction.line, endColumn: snippet.length + 1 }, snippet };
}
function isWithin(path, dir) {
  return dir === "." || dir === "" || path === dir || path.startsWith(`${dir}/`);
}

// dist/src/languages/typescript/runtime.js
import { createRequire as createRequire2 } from "node:module";

// dist/src/util/code-cache.js
import { createHash } from "node:crypto";
import { lstatSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import module, { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { Script } from "node:vm";
import { threadId } from "node:worker_threads";
function requireWithCodeCache(from, id) {
  const nativeCache = typeof module.enableCompileCache === "function";
  if (nativeCache || process.env.NODE_DISABLE_COMPILE_CACHE)
    return from(id);
  const filename = from.resolve(id);
  const directory = cacheDirectory();
  if (!directory)
    return from(id);
  const cacheFile = join(directory, `${id.replace(/[^A-Za-z0-9.-]/g, "_")}-${cacheKey(filename)}.v8cache`);
  const cachedData = readIfPresent(cacheFile);
  const script = new Script(`(function (exports, require, module, __filename, __dirname) { ${readFileSync(filename, "utf8")}
})`, { filename, cachedData });
  if (!cachedData || script.cachedDataRejected)
    process.once("exit", () => writeCache(cacheFile, script));
  const loaded = { exports: {} };
  script.runInThisContext().call(loaded.exports, loaded.exports, createRequire(filename), loaded, filename, dirname(filename));
  return loaded.exports;
}
function cacheKey(filename) {
  return createHash("sha256").update(`${filename}\0${process.versions.v8}\0${process.arch}`).digest("hex").slice(0, 16);
}
function cacheDirectory() {
  const directory = process.env.NODE_COMPILE_CACHE || join(tmpdir(), `agent-harden-compile-cache-${process.getuid?.() ?? "user"}`);
  try {
    mkdirSync(directory, { recursive: true, mode: 448 });
    const stats = lstatSync(directory);
    const uid = process.getuid?.();
    if (!stats.isDirectory() || uid !== void 0 && stats.uid !== uid)
      return void 0;
    return directory;
  } catch {
    return void 0;
  }
}
function readIfPresent(file) {
  try {
    return readFileSync(file);
  } catch {
    return void 0;
  }
}
function writeCache(file, script) {
  const partial = `${file}.${process.pid}-${threadId}.tmp`;
  try {
    writeFileSync(partial, script.createCachedData());
    renameSync(partial, file);
  } catch {
  }
}

// dist/src/languages/typescript/runtime.js
var require2 = createRequire2(import.meta.url);
var ts;
async function loadTypeScript() {
  ts ??= requireWithCodeCache(require2, "typescript");
  return ts;
}

// dist/src/languages/file-memo.js
function memoSlot(name) {
  return { name };
}
var FileMemos = class {
  values = /* @__PURE__ */ new Map();
  /** This file's value for `slot`, computed on the first ask. */
  get(slot, compute) {
    const known = this.values.get(slot);
    if (known !== void 0 || this.values.has(slot))
      return known;
    const value = compute();
    this.values.set(slot, value);
    return value;
  }
  /** This file's map for `slot` (per-node answers), created empty on the first ask. */
  map(slot) {
    return this.get(slot, () => /* @__PURE__ */ new Map());
  }
};

// dist/src/util/line-starts.js
function lineFeedStarts(text) {
  const starts = [0];
  for (let feed = text.indexOf("\n"); feed >= 0; feed = text.indexOf("\n", feed + 1))
    starts.push(feed + 1);
  return starts;
}
function lineContaining(starts, position) {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = low + high + 1 >>> 1;
    if (starts[middle] <= position)
      low = middle;
    else
      high = middle - 1;
  }
  return low;
}

// dist/src/languages/text/dockerfile.js
var INSTRUCTION = /^\s*([A-Za-z]+)(?:\s+(.*))?$/;
function readDockerfile(text) {
  const lines = text.split(/\r?\n/);
  const instructions = [];
  const stages = [];
  let escape = "\\";
  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index];
    const trimmed = raw.trim();
    const directive = /^#\s*escape\s*=\s*(\S)/i.exec(trimmed);
    if (directive && instructions.length === 0)
      escape = directive[1];
    if (trimmed === "" || trimmed.startsWith("#"))
      continue;
    const startLine = index + 1;
    let joined = raw;
    while (joined.trimEnd().endsWith(escape) && index + 1 < lines.length) {
      joined = joined.trimEnd().slice(0, -1);
      index++;
      const next = lines[index];
      if (next.trim().startsWith("#"))
        continue;
      joined += ` ${next.trim()}`;
    }
    const match = INSTRUCTION.exec(joined);
    if (!match)
      continue;
    const keyword = match[1].toUpperCase();
    const args = (match[2] ?? "").trim();
    const stage = keyword === "FROM" ? stages.length : Math.max(stages.length - 1, 0);
    const instruction = { keyword, args, line: startLine, endLine: index + 1, stage };
    instructions.push(instruction);
    if (keyword === "FROM") {
      const parts = args.split(/\s+/).filter((part) => !part.startsWith("--"));
      const asIndex = parts.findIndex((part) => part.toUpperCase() === "AS");
      stages.push({ index: stages.length, from: instruction, image: parts[0] ?? "", alias: asIndex >= 0 ? parts[asIndex + 1] : void 0 });
    }
  }
  return { instructions, stages, finalStage: stages.at(-1) };
}
function stageInstructions(dockerfile, stage) {
  return dockerfile.instructions.filter((instruction) => instruction.stage === stage.index);
}
var DEVELOPMENT_NAME = /(?:^|[./_-])(?:dev|devel|develop|development|local|debug|override|test|tests|ci)(?:[./_-]|$)/i;
function isDevelopmentFile(path) {
  const base = path.split("/").pop() ?? path;
  return DEVELOPMENT_NAME.test(base.replace(/^(?:docker-?compose|compose|dockerfile|containerfile)/i, "").replace(/\.ya?ml$/i, "")) || /(?:^|\/)\.devcontainer\//.test(path);
}
function resolvedImage(dockerfile, stage) {
  const defaults = /* @__PURE__ */ new Map();
  for (const instruction of dockerfile.instructions) {
    if (instruction.keyword === "FROM")
      break;
    const arg = /^([A-Za-z_][A-Za-z0-9_]*)=("?)([^"\s]*)\2/.exec(instruction.args);
    if (instruction.keyword === "ARG" && arg)
      defaults.set(arg[1], arg[3]);
  }
  return stage.image.replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g, (whole, name) => defaults.get(name) ?? whole);
}
function commandText(args) {
  if (!args.startsWith("["))
    return args;
  try {
    const parts = JSON.parse(args);
    return Array.isArray(parts) ? parts.map(String).join(" ") : args;
  } catch {
    return args;
  }
}

// dist/src/languages/node-answers.js
var NodeAnswers = class {
  compute;
  // `null` records "no answer", so one `get` both finds the memo and reads it.
  answers = /* @__PURE__ */ new Map();
  lastKey;
  lastAnswer = null;
  constructor(compute) {
    this.compute = compute;
  }
  get(key) {
    if (key !== this.lastKey) {
      let answer = this.answers.get(key);
      if (answer === void 0)
        this.answers.set(key, answer = this.compute(key) ?? null);
      this.lastKey = key;
      this.lastAnswer = answer;
    }
    return this.lastAnswer ?? void 0;
  }
};

// dist/src/languages/typescript/lines.js
function lineStarts(text) {
  if (text.indexOf("\r") < 0 && text.indexOf("\u2028") < 0 && text.indexOf("\u2029") < 0)
    return lineFeedStarts(text);
  const starts = [0];
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 13 && text.charCodeAt(index + 1) === 10)
      index++;
    if (code === 10 || code === 13 || code === 8232 || code === 8233)
      starts.push(index + 1);
  }
  return starts;
}
function lineAndCharacter(starts, position) {
  const line = lineContaining(starts, position);
  return { line, character: position - starts[line] };
}

// dist/src/languages/typescript/file.js
var HTTP_CLIENT_MODULES = /* @__PURE__ */ new Set(["axios", "got", "ky", "superagent", "undici", "node-fetch", "supertest", "request", "needle", "ofetch"]);
var ROUTE_RECEIVER_CALL_METHODS = /* @__PURE__ */ new Set(["get", "post", "put", "patch", "delete", "all", "head", "options"]);
var ROUTE_CALL_MEMBERS = [...ROUTE_RECEIVER_CALL_METHODS, "route"];
var wrapperKinds;
var TOP_LEVEL_FUNCTIONS = memoSlot("top-level functions by name");
var TypeScriptFile = class {
  source;
  text;
  /** What helpers and rules compute once for this file (see FileMemos: never a module-level table). */
  memos = new FileMemos();
  imports = /* @__PURE__ */ new Map();
  importedModules = /* @__PURE__ */ new Set();
  /** Top-level `const NAME = <expr>` declarations, for literal evaluation. */
  constants = /* @__PURE__ */ new Map();
  // A dozen rules resolve each call's callee, and nine rules and framework modules ask of every call whether
  // it registers a route: answers are kept for the file's lifetime, which is one walk.
  qualifiedNames = new NodeAnswers((node) => this.resolveName(node));
  // What each imported binding's name resolves to (`rateLimit` → `express-rate-limit.rateLimit`). An identifier,
  // the root of every name, is answered from here by its text: a fifth of the memo's answers on the bench corpus,
  // each a lookup by node and an insert before.
  importedNames = /* @__PURE__ */ new Map();
  routeCalls = new NodeAnswers((call) => this.findRouteCall(call));
  // Every imported module and each of its `/`-prefixes: rules ask per node whether the file imports a module
  // (or anything below it), of some two hundred modules per file, so each answer is one lookup.
  importedPaths = /* @__PURE__ */ new Set();
  descendantLists = [/* @__PURE__ */ new Map(), /* @__PURE__ */ new Map()];
  // Every call of the file in the order of their start, once the walk has listed them (see indexCalls).
  calls;
  // The callee of the call asked last: some twenty visitors of a call ask it in turn, and the qualified-name memo's
  // own last answer is mostly for another node by then (the callee's receiver, an argument).
  lastCall;
  lastCallee;
  starts;
  constructor(source, text) {
    this.source = source;
    this.text = text;
    for (const statement of source.statements)
      this.scanTopLevel(statement);
    for (const [name, { module: module2, imported }] of this.imports)
      this.importedNames.set(name, imported === "default" || imported === "*" ? module2 : `${module2}.${imported}`);
    for (const module2 of this.importedModules) {
      this.importedPaths.add(module2);
      for (let slash = module2.indexOf("/"); slash >= 0; slash = module2.indexOf("/", slash + 1))
        this.importedPaths.add(module2.slice(0, slash));
    }
  }
  scanTopLevel(statement) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const module2 = statement.moduleSpecifier.text;
      this.importedModules.add(module2);
      const clause = statement.importClause;
      if (!clause)
        return;
      if (clause.name)
        this.imports.set(clause.name.text, { module: module2, imported: "default" });
      const bindings = clause.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings))
        this.imports.set(bindings.name.text, { module: module2, imported: "*" });
      if (bindings && ts.isNamedImports(bindings)) {
        for (const element of bindings.elements) {
          this.imports.set(element.name.text, { module: module2, imported: (element.propertyName ?? element.name).text });
        }
      }
      return;
    }
    if (ts.isImportEqualsDeclaration(statement) && ts.isExternalModuleReference(statement.moduleReference)) {
      const expression = statement.moduleReference.expression;
      if (ts.isStringLiteral(expression)) {
        this.importedModules.add(expression.text);
        this.imports.set(statement.name.text, { module: expression.text, imported: "*" });
      }
      return;
    }
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations)
        this.scanDeclaration(declaration);
    }
  }
  scanDeclaration(declaration) {
    const init = declaration.initializer;
    if (!init)
      return;
    const required = requiredModule(init);
    if (required) {
      const { module: module2, member } = required;
      this.importedModules.add(module2);
      if (ts.isIdentifier(declaration.name)) {
        this.imports.set(declaration.name.text, { module: module2, imported: member ?? "*" });
      } else if (ts.isObjectBindingPattern(declaration.name)) {
        for (const element of declaration.name.elements) {
          if (!ts.isIdentifier(element.name))
            continue;
          const property = element.propertyName && ts.isIdentifier(element.propertyName) ? element.propertyName.text : element.name.text;
          this.imports.set(element.name.text, { module: module2, imported: property });
        }
      }
      return;
    }
    if (ts.isIdentifier(declaration.name))
      this.constants.set(declaration.name.text, init);
  }
  /**
   * The parser's own table of every identifier and property name it met in the file (with some string literal
   * texts), which prefilters read (see PrefilterIndex); undefined for a TypeScript build without it.
   */
  names() {
    return this.source.identifiers;
  }
  /** Every module the file imports, and each of its `/`-prefixes (see importsModule). */
  importedModulePaths() {
    return this.importedPaths;
  }
  /** The zero-based line and character of a position in the file, as `SourceFile.getLineAndCharacterOfPosition` answers. */
  lineAndCharacter(position) {
    return lineAndCharacter(this.starts ??= lineStarts(this.text), position);
  }
  /** True when the file imports `module` or anything below it (`@opentelemetry` for `@opentelemetry/api`). */
  importsModule(module2) {
    return this.importedPaths.has(module2);
  }
  /**
   * The dotted name an expression refers to, with imports resolved to
   * `module` (default or namespace) or `module.name` (named):
   * `cors` from `import cors from 'cors'` → `cors`; `rateLimit` from
   * `import { rateLimit } from 'express-rate-limit'` → `express-rate-limit.rateLimit`;
   * `axios.get` → `axios.get`; `this.client.chat` → `this.client.chat`.
   * Calls resolve to their callee with `()`.
   */
  qualifiedName(node) {
    if (!node)
      return void 0;
    if (ts.isIdentifier(node))
      return this.importedNames.get(node.text) ?? node.text;
    return this.qualifiedNames.get(node);
  }
  resolveName(node) {
    if (ts.isPropertyAccessExpression(node)) {
      const object = this.qualifiedName(node.expression);
      return object ? `${object}.${node.name.text}` : void 0;
    }
    if (node.kind === ts.SyntaxKind.ThisKeyword)
      return "this";
    if (ts.isCallExpression(node)) {
      const required = requiredModule(node);
      if (required)
        return required.module;
      const callee = this.qualifiedName(node.expression);
      return callee ? `${callee}()` : void 0;
    }
    if (ts.isNewExpression(node)) {
      const callee = this.qualifiedName(node.expression);
      return callee ? `new ${callee}()` : void 0;
    }
    if (ts.isParenthesizedExpression(node) || ts.isAwaitExpression(node) || ts.isAsExpression(node) || ts.isNonNullExpression(node)) {
      return this.qualifiedName(node.expression);
    }
    return void 0;
  }
  calleeName(call) {
    if (call !== this.lastCall) {
      this.lastCall = call;
      this.lastCallee = this.qualifiedName(call.expression);
    }
    return this.lastCallee;
  }
  /** The last segment of a callee: `post` for `app.post(...)`. */
  calleeMember(call) {
    const callee = call.expression;
    if (ts.isPropertyAccessExpression(callee))
      return callee.name.text;
    if (ts.isIdentifier(callee))
      return callee.text;
    return void 0;
  }
  /** A property of an object literal by name (`{ origin: '*' }` → the `'*'` node). */
  property(object, name) {
    const literal = this.resolveObject(object);
    if (!literal)
      return void 0;
    for (const property of literal.properties) {
      if (ts.isPropertyAssignment(property) && propertyName(property.name) === name)
        return property.initializer;
      if (ts.isShorthandPropertyAssignment(property) && property.name.text === name)
        return property.name;
    }
    return void 0;
  }
  hasProperty(object, name) {
    const literal = this.resolveObject(object);
    if (!literal)
      return false;
    return literal.properties.some((property) => (ts.isPropertyAssignment(property) || ts.isShorthandPropertyAssignment(property) || ts.isMethodDeclaration(property)) && propertyName(property.name) === name);
  }
  /** True when an object literal names any of `names` (one pass, for rules that look for several). */
  hasAnyProperty(object, names) {
    const literal = this.resolveObject(object);
    return !!literal?.properties.some((property) => property.name !== void 0 && names.has(propertyName(property.name) ?? ""));
  }
  /** True when an object literal spreads another object, which may carry any property. */
  hasSpread(object) {
    const literal = this.resolveObject(object);
    return !!literal?.properties.some((property) => ts.isSpreadAssignment(property));
  }
  /** An object literal, directly or through a top-level constant. */
  resolveObject(node) {
    const expression = this.unwrap(node);
    if (!expression)
      return void 0;
    if (ts.isObjectLiteralExpression(expression))
      return expression;
    if (ts.isIdentifier(expression)) {
      const constant = this.unwrap(this.constants.get(expression.text));
      return constant && ts.isObjectLiteralExpression(constant) ? constant : void 0;
    }
    return void 0;
  }
  /** Strips parentheses, `as`, `satisfies` and non-null assertions. */
  unwrap(node) {
    wrapperKinds ??= /* @__PURE__ */ new Set([ts.SyntaxKind.ParenthesizedExpression, ts.SyntaxKind.AsExpression, ts.SyntaxKind.SatisfiesExpression, ts.SyntaxKind.NonNullExpression]);
    let current = node;
    while (current && wrapperKinds.has(current.kind))
      current = current.expression;
    return current;
  }
  /** Statically evaluates simple literals and top-level constants; undefined when unknown. */
  literal(node, depth = 0) {
    const expression = this.unwrap(node);
    if (!expression || depth > 8)
      return void 0;
    if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression))
      return expression.text;
    if (ts.isNumericLiteral(expression))
      return Number(expression.text);
    if (expression.kind === ts.SyntaxKind.TrueKeyword)
      return true;
    if (expression.kind === ts.SyntaxKind.FalseKeyword)
      return false;
    if (expression.kind === ts.SyntaxKind.NullKeyword)
      return null;
    if (ts.isArrayLiteralExpression(expression)) {
      const items = [];
      for (const element of expression.elements) {
        const value = this.literal(element, depth + 1);
        if (value === void 0)
          return void 0;
        items.push(value);
      }
      return items;
    }
    if (ts.isObjectLiteralExpression(expression)) {
      const result = {};
      for (const property of expression.properties) {
        if (!ts.isPropertyAssignment(property))
          return void 0;
        const key = propertyName(property.name);
        const value = this.literal(property.initializer, depth + 1);
        if (key === void 0 || value === void 0)
          return void 0;
        result[key] = value;
      }
      return result;
    }
    if (ts.isIdentifier(expression)) {
      const constant = this.constants.get(expression.text);
      return constant ? this.literal(constant, depth + 1) : void 0;
    }
    if (ts.isBinaryExpression(expression) && expression.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      const left = this.literal(expression.left, depth + 1);
      const right = this.literal(expression.right, depth + 1);
      if (typeof left === "string" && (typeof right === "string" || typeof right === "number"))
        return left + right;
      if (typeof left === "number" && typeof right === "number")
        return left + right;
    }
    return void 0;
  }
  stringValue(node) {
    const value = this.literal(node);
    return typeof value === "string" ? value : void 0;
  }
  enclosingFunction(node) {
    for (let current = node.parent; current; current = current.parent) {
      if (ts.isFunctionLike(current) && "body" in current)
        return current;
    }
    return void 0;
  }
  /**
   * A route registration call: `app.post('/x', ...handlers)`, `router.get(...)`,
   * Hono's `app.post(...)`, Fastify's `fastify.post(...)` and `fastify.route({ method, url, handler })`.
   * The receiver's origin is not checked here; framework modules decide whether it is an app.
   */
  routeCall(call) {
    const callee = call.expression;
    if (!ts.isPropertyAccessExpression(callee))
      return void 0;
    const method = callee.name.text;
    if (method === "route" ? call.arguments.length !== 1 : call.arguments.length < 2 || !ROUTE_RECEIVER_CALL_METHODS.has(method))
      return void 0;
    return this.routeCalls.get(call);
  }
  /** Of the calls `routeCall` let through: a member call, `route` with one argument or a method with two or more. */
  findRouteCall(call) {
    const callee = call.expression;
    const method = callee.name.text;
    if (method === "route") {
      const options2 = call.arguments[0];
      const url = this.stringValue(this.property(options2, "url") ?? this.property(options2, "path"));
      const declared = this.literal(this.property(options2, "method"));
      const handler = this.property(options2, "handler");
      if (url === void 0 || !handler)
        return void 0;
      const methods = (Array.isArray(declared) ? declared : [declared]).filter((m) => typeof m === "string").map((m) => m.toUpperCase());
      return { call, receiver: callee.expression, method: methods[0] ?? "GET", path: url, handlers: [handler], options: options2 };
    }
    const path = this.stringValue(call.arguments[0]);
    if (path === void 0 || !/^[/*]/.test(path))
      return void 0;
    let root = callee.expression;
    while (ts.isPropertyAccessExpression(root))
      root = root.expression;
    const client = ts.isIdentifier(root) ? this.imports.get(root.text)?.module : void 0;
    if (client && HTTP_CLIENT_MODULES.has(client))
      return void 0;
    const rest = call.arguments.slice(1);
    const options = rest.length >= 2 && ts.isObjectLiteralExpression(rest[0]) ? rest[0] : void 0;
    return { call, receiver: callee.expression, method: method.toUpperCase(), path, handlers: options ? rest.slice(1) : rest, options };
  }
  /** The function a handler expression refers to, when it is inline or a same-file declaration. */
  handlerFunction(handler) {
    const expression = this.unwrap(handler);
    if (!expression)
      return void 0;
    if (ts.isArrowFunction(expression) || ts.isFunctionExpression(expression))
      return expression;
    return ts.isIdentifier(expression) ? this.topLevelFunctions().get(expression.text) : void 0;
  }
  /** Top-level functions by name (declarations, and `const f = () => …`), the first of each name; listed once, as every route asks. */
  topLevelFunctions() {
    return this.memos.get(TOP_LEVEL_FUNCTIONS, () => {
      const functions = /* @__PURE__ */ new Map();
      const add = (name, fn) => {
        if (!functions.has(name))
          functions.set(name, fn);
      };
      for (const statement of this.source.statements) {
        if (ts.isFunctionDeclaration(statement) && statement.name)
          add(statement.name.text, statement);
        if (!ts.isVariableStatement(statement))
          continue;
        for (const declaration of statement.declarationList.declarations) {
          if (!ts.isIdentifier(declaration.name) || !declaration.initializer)
            continue;
          const init = this.unwrap(declaration.initializer);
          if (init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init)))
            add(declaration.name.text, init);
        }
      }
      return functions;
    });
  }
  /**
   * Takes the walk's list of every call of the file (`TypeScriptWalk.calls`, in the order of their start), from
   * which `descendants(node, ts.isCallExpression)` is answered without walking the node's subtree: rules ask it
   * of whole files and of every handler, and a walk of a whole file costs about what its parse's walk does.
   */
  indexCalls(calls) {
    this.calls = calls;
  }
  /**
   * Every descendant matching `predicate`, not crossing into nested functions when `shallow`.
   * Remembered per node and predicate (rules ask for the calls of the same handler many times).
   */
  descendants(node, predicate, shallow = false) {
    const byNode = this.descendantLists[shallow ? 1 : 0];
    let byPredicate = byNode.get(node);
    if (!byPredicate)
      byNode.set(node, byPredicate = /* @__PURE__ */ new Map());
    let found = byPredicate.get(predicate);
    if (!found) {
      found = this.calls && !shallow && predicate === ts.isCallExpression ? this.callsWithin(node, this.calls) : this.collectDescendants(node, predicate, shallow);
      byPredicate.set(predicate, found);
    }
    return found;
  }
  /**
   * The calls below `node`, in walk order: the calls within its span but itself, a run of `calls` found by its
   * start. Nodes nest (a descendant starts at or after its ancestor's start, leading trivia included, and ends by
   * its end), and no call around `node` lies within its span: a call's callee comes before its arguments, and
   * its `)` after them (test/typescript-file.test.ts holds this to a walk of the subtree).
   */
  callsWithin(node, calls) {
    let low = 0;
    let high = calls.length;
    while (low < high) {
      const middle = low + high >>> 1;
      if (calls[middle].pos < node.pos)
        low = middle + 1;
      else
        high = middle;
    }
    const found = [];
    for (let index = low; index < calls.length && calls[index].pos < node.end; index++) {
      const call = calls[index];
      if (call !== node && call.end <= node.end)
        found.push(call);
    }
    return found;
  }
  collectDescendants(node, predicate, shallow) {
    const found = [];
    const visit = (current) => {
      if (predicate(current))
        found.push(current);
      if (shallow && current !== node && ts.isFunctionLike(current))
        return;
      ts.forEachChild(current, visit);
    };
    ts.forEachChild(node, visit);
    return found;
  }
};
function propertyName(name) {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isPrivateIdentifier(name))
    return name.text;
  return void 0;
}
function requiredModule(init) {
  let expression = init;
  let member;
  if (ts.isPropertyAccessExpression(expression)) {
    member = expression.name.text;
    expression = expression.expression;
  }
  if (ts.isCallExpression(expression) && ts.isIdentifier(expression.expression) && expression.expression.text === "require" && expression.arguments.length === 1 && ts.isStringLiteral(expression.arguments[0])) {
    return { module: expression.arguments[0].text, member };
  }
  return void 0;
}

// dist/src/engine/path-set.js
var PathSet = class {
  paths;
  // Every path of the set and every directory above it.
  enclosing = /* @__PURE__ */ new Set();
  hasRoot;
  constructor(paths) {
    this.paths = new Set(paths);
    for (const path of this.paths) {
      this.enclosing.add(path);
      for (const directory of directoriesAbove(path))
        this.enclosing.add(directory);
    }
    this.hasRoot = this.paths.has(".") || this.paths.has("");
  }
  has(path) {
    return this.paths.has(path);
  }
  /** Whether some path of the set is `directory` or lies below it: `isWithin(member, directory)` for some member. */
  anyWithin(directory) {
    return this.paths.size > 0 && (directory === "." || directory === "" || this.enclosing.has(directory));
  }
  /** Whether some path of the set is `path` or a directory above it: `isWithin(path, member)` for some member. */
  anyEnclosing(path) {
    if (this.hasRoot || this.paths.has(path))
      return true;
    for (const directory of directoriesAbove(path))
      if (this.paths.has(directory))
        return true;
    return false;
  }
};
function* directoriesAbove(path) {
  for (let slash = path.lastIndexOf("/"); slash > 0; slash = path.lastIndexOf("/", slash - 1))
    yield path.slice(0, slash);
}

export {
  ownString,
  rawFinding,
  createPythonContext,
  createTypeScriptContext,
  createTextContext,
  instructionAnchor,
  isWithin,
  ts,
  loadTypeScript,
  memoSlot,
  FileMemos,
  NodeAnswers,
  lineFeedStarts,
  lineContaining,
  readDockerfile,
  stageInstructions,
  isDevelopmentFile,
  resolvedImage,
  commandText,
  ROUTE_CALL_MEMBERS,
  TypeScriptFile,
  PathSet,
  directoriesAbove
};
//# sourceMappingURL=chunk-JQ7ZJZHD.js.map
