import {
  defineRule,
  isNonServerPath,
  memoByString,
  memoSlot,
  pySemantics,
  requiredSettingKind,
  settingMatchKey,
  ts,
  tsSemantics,
  type PyNode,
  type PythonFile,
  type PythonRuleContext,
  type TS,
  type TypeScriptFile,
  type TypeScriptRuleContext,
} from '../src/rule-kit/index.js';

/**
 * A required setting (secret, service URL, resource id) read from the
 * environment with no default and no check anywhere in the service: when it is
 * unset the server starts and answers health checks, then fails at the first
 * request that uses it (seed 004, "No Environment Validation").
 *
 * Decided per read site, reported only in services that run an HTTP app: a
 * project-wide "validates something" would hide the one setting nobody checks,
 * and the fix is per setting. A check anywhere in the service — `if not KEY:
 * raise`, `assert`, a `require_env(...)`-style helper, a loop over required
 * names, a schema parse — clears every read of that setting, across files.
 */

// A call that exists to validate its arguments: `require_env(...)`, `assertDefined(...)`, `ensure_configured(...)`, `invariant(...)`.
// pydantic `@field_validator("api_key")` / `@validator("api_key")` on a config model check that field.
const CHECK_CALL = /^(?:_*(?:require|required|ensure|assert|validate|check|verify|must|expect|invariant)[A-Za-z0-9_]*|[A-Za-z0-9_]*(?:OrThrow|_or_raise|_or_exit|OrExit)|field_validator|validator)$/i;
// Conversions that raise on None at the line that reads: the process stops at import, naming the problem.
const SETTINGS_CONSTRUCTOR = /^[A-Z]\w*(?:Settings|Config|Configuration)$/;
const PY_FAIL_FAST_CONVERSIONS = new Set(['int', 'float', 'Decimal', 'decimal.Decimal', 'json.loads', 'uuid.UUID', 'UUID', 'bytes.fromhex']);
// Schema libraries that validate what they are handed: zod `.parse`, envalid `cleanEnv`, t3 `createEnv`, joi/yup `validate`.
const TS_VALIDATING_MEMBERS = new Set(['parse', 'safeParse', 'parseAsync', 'safeParseAsync', 'cleanEnv', 'createEnv', 'validate', 'validateSync', 'assert', 'attempt', 'decode', 'Check']);

interface ReadFact {
  name: string;
  kind: string;
  /** What the value was assigned to (`api_key`, `openaiKey`), for checks written against that name. */
  target?: string;
  reader: string;
}

type Use = { verdict: 'unchecked'; target?: string; local?: boolean } | { verdict: 'handled' };

const HANDLED: Use = { verdict: 'handled' };

// ---- Python

const PY_CONDITION_PARENTS = new Set(['if_statement', 'elif_clause', 'while_statement']);
const PY_STATEMENT = /_statement$|^(?:block|module|function_definition|class_definition|decorated_definition)$/;

/** No default, or `""`. An explicit `None` (`getenv("X", None)`, `or None`) says the setting is optional on purpose. */
function isEmptyPythonDefault(node: PyNode | undefined, file: PythonFile): boolean {
  return !node || file.literal(node) === '';
}

/** True when `node` (inside a statement) is part of a condition: an `if`/`elif`/`while` test, an `assert`, a ternary's test, a check-named call. */
function inPythonCondition(node: PyNode, file: PythonFile): boolean {
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (parent.type === 'assert_statement') return true;
    if (parent.type === 'not_operator' || parent.type === 'comparison_operator') return true;
    if (parent.type === 'conditional_expression' && parent.namedChild(1)?.id === child.id) return true;
    if (PY_CONDITION_PARENTS.has(parent.type) && parent.childForFieldName('condition')?.id === child.id) return true;
    if (parent.type === 'call' && child.type === 'argument_list' && CHECK_CALL.test(file.calleeMember(parent) ?? '')) return true;
    if (PY_STATEMENT.test(parent.type)) return false;
  }
  return false;
}

function isPydanticSettingsField(node: PyNode, file: PythonFile): boolean {
  for (let owner = file.enclosingClass(node); owner; owner = file.enclosingClass(owner)) {
    if (file.baseClasses(owner).some((base) => /(?:^|\.)BaseSettings$/.test(base))) return true;
  }
  return false;
}

/** Where the value of an env read goes, after `or` fallbacks: handled (default, check, fail-fast) or unchecked, with its target name. */
function pythonUse(call: PyNode, file: PythonFile): Use {
  let expression = call;
  for (let parent = call.parent; parent; parent = expression.parent) {
    if (parent.type === 'parenthesized_expression') {
      expression = parent;
      continue;
    }
    if (parent.type !== 'boolean_operator') break;
    if (parent.childForFieldName('operator')?.text === 'and') return HANDLED;
    const left = parent.childForFieldName('left');
    const right = parent.childForFieldName('right');
    // `os.getenv("A") or os.getenv("B")`: the chain is reported once, at its first read.
    if (right?.id === expression.id && left && [left, ...file.descendants(left, CALLS)].some((inner) => pySemantics.envRead(inner, file))) return HANDLED;
    if (left?.id === expression.id && right) {
      const fallback = right.type === 'call' ? pySemantics.envRead(right, file) : undefined;
      if (fallback && !isEmptyPythonDefault(fallback.fallback, file)) return HANDLED;
      if (!fallback && !isEmptyPythonDefault(right, file)) return HANDLED;
    }
    expression = parent;
  }
  if (inPythonCondition(expression, file) || isPydanticSettingsField(expression, file)) return HANDLED;
  const parent = expression.parent;
  if (!parent) return { verdict: 'unchecked' };
  // `os.getenv("ORIGINS").split(",")`, `os.getenv("X")["k"]`: None raises right here, at import for module-level code.
  if ((parent.type === 'attribute' || parent.type === 'subscript') && parent.namedChild(0)?.id === expression.id) return HANDLED;
  const receiver = parent.type === 'argument_list' ? parent.parent : parent.type === 'keyword_argument' ? parent.parent?.parent : undefined;
  if (receiver?.type === 'call' && PY_FAIL_FAST_CONVERSIONS.has(file.calleeName(receiver) ?? '')) return HANDLED;
  // `bool(os.getenv("CI") or …)`: a presence test, so the setting is optional by design.
  if (receiver?.type === 'call' && parent.type === 'argument_list' && file.calleeName(receiver) === 'bool') return HANDLED;
  // `Settings(openai_api_key=os.getenv(...))`: a settings model validates its fields when it is built.
  if (receiver?.type === 'call' && SETTINGS_CONSTRUCTOR.test(file.calleeMember(receiver) ?? '')) return HANDLED;
  if (parent.type === 'assignment' && parent.childForFieldName('right')?.id === expression.id) {
    const left = parent.childForFieldName('left');
    // A local name is checked in its function; module constants, class fields and `self.x` anywhere in the file.
    return { verdict: 'unchecked', target: pythonTargetName(left, file), local: left?.type === 'identifier' && !!file.enclosingFunction(parent) };
  }
  if (parent.type === 'pair' && parent.childForFieldName('value')?.id === expression.id) return { verdict: 'unchecked', target: file.stringValue(parent.childForFieldName('key')) };
  if ((parent.type === 'default_parameter' || parent.type === 'typed_default_parameter') && parent.childForFieldName('value')?.id === expression.id) return { verdict: 'unchecked', target: parent.childForFieldName('name')?.text };
  return { verdict: 'unchecked', target: classFieldName(expression) };
}

/** `api_key: str = Field(default_factory=lambda: os.getenv("OPENAI_API_KEY"))`: the class field a nested read fills. */
function classFieldName(node: PyNode): string | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === 'assignment') {
      const left = current.childForFieldName('left');
      return current.parent?.parent?.type === 'block' && current.parent.parent.parent?.type === 'class_definition' && left?.type === 'identifier' ? left.text : undefined;
    }
    if (!/^(?:call|argument_list|keyword_argument|lambda|parenthesized_expression)$/.test(current.type)) return undefined;
  }
  return undefined;
}

function pythonTargetName(left: PyNode | null, file: PythonFile): string | undefined {
  if (!left) return undefined;
  if (left.type === 'identifier') return left.text;
  if (left.type === 'attribute') return left.childForFieldName('attribute')?.text;
  if (left.type === 'subscript') return file.stringValue(left.childForFieldName('subscript'));
  return undefined;
}

const CALLS = new Set(['call']);
const PY_CHECKS = new Set(['if_statement', 'elif_clause', 'while_statement', 'assert_statement', 'conditional_expression', 'call']);

/** The expressions that decide something: conditions, asserts, arguments of check-named calls. */
function pythonConditions(node: PyNode, file: PythonFile): PyNode[] {
  switch (node.type) {
    case 'if_statement':
    case 'elif_clause':
    case 'while_statement': {
      const condition = node.childForFieldName('condition');
      return condition ? [condition] : [];
    }
    case 'assert_statement':
      return node.namedChild(0) ? [node.namedChild(0)!] : [];
    case 'conditional_expression':
      return node.namedChild(1) ? [node.namedChild(1)!] : [];
    case 'call':
      return CHECK_CALL.test(file.calleeMember(node) ?? '') && node.childForFieldName('arguments') ? [node.childForFieldName('arguments')!] : [];
    default:
      return [];
  }
}

/** The names a condition tests: identifiers, attribute names, string keys, and the variables of env reads inside it. */
function pythonTestedNames(condition: PyNode, file: PythonFile): string[] {
  const names: string[] = [];
  if (condition.type === 'identifier') names.push(condition.text);
  for (const node of file.descendants(condition, PY_NAME_NODES)) {
    if (node.type === 'identifier') names.push(node.text);
    else if (node.type === 'string') {
      const value = file.stringValue(node);
      if (value) names.push(value);
    } else {
      const read = pySemantics.envRead(node, file);
      if (read?.name) names.push(read.name);
    }
  }
  return names;
}

const PY_NAME_NODES = new Set(['identifier', 'string', 'call']);

const PY_TESTED_NAMES = memoSlot<Map<PyNode, Set<string>>>('names tested in conditions, per scope');

/** True when a condition in `scope` tests `target` (a local name checked right after it is read); names gathered once per scope, as in TypeScript. */
function checkedInScope(scope: PyNode, target: string, file: PythonFile): boolean {
  const byScope = file.memos.map(PY_TESTED_NAMES);
  let names = byScope.get(scope);
  if (!names) {
    names = new Set(file.descendants(scope, PY_CHECKS).flatMap((node) => pythonConditions(node, file).flatMap((condition) => pythonTestedNames(condition, file))));
    byScope.set(scope, names);
  }
  return names.has(target);
}

/** `for name in ["A", "B"]: if not os.getenv(name): …` and comprehensions over a list of required names. */
function loopedNames(read: pySemantics.EnvRead, call: PyNode, file: PythonFile): string[] {
  if (read.nameNode?.type !== 'identifier') return [];
  const variable = read.nameNode.text;
  for (let current = call.parent; current; current = current.parent) {
    const isLoop = current.type === 'for_statement' || current.type === 'for_in_clause';
    if (isLoop && current.childForFieldName('left')?.text === variable) {
      const names = file.literal(current.childForFieldName('right'));
      return Array.isArray(names) ? names.filter((name): name is string => typeof name === 'string') : [];
    }
    if (current.type === 'list_comprehension' || current.type === 'generator_expression' || current.type === 'set_comprehension' || current.type === 'dictionary_comprehension') {
      const clause = current.namedChildren.find((child) => child?.type === 'for_in_clause');
      if (clause?.childForFieldName('left')?.text === variable) {
        const names = file.literal(clause.childForFieldName('right'));
        return Array.isArray(names) ? names.filter((name): name is string => typeof name === 'string') : [];
      }
    }
    if (current.type === 'function_definition') break;
  }
  return [];
}

function recordPythonRead(call: PyNode, ctx: PythonRuleContext): void {
  const { file } = ctx;
  const read = pySemantics.envRead(call, file);
  if (!read) return;
  if (!read.name) {
    for (const name of loopedNames(read, call, file)) ctx.fact('config-check', settingMatchKey(name));
    return;
  }
  const kind = requiredSettingKind(read.name);
  if (!kind || !isEmptyPythonDefault(read.fallback, file)) return;
  const use = pythonUse(call, file);
  if (use.verdict === 'handled') return;
  if (use.target && checkedInScope((use.local && file.enclosingFunction(call)) || file.root, use.target, file)) return;
  const fact: ReadFact = { name: read.name, kind, target: use.target, reader: `${file.calleeName(call)}()` };
  ctx.fact('config-read', JSON.stringify(fact), ctx.anchor(call));
}

function recordPythonChecks(node: PyNode, ctx: PythonRuleContext): void {
  for (const condition of pythonConditions(node, ctx.file)) {
    for (const name of pythonTestedNames(condition, ctx.file)) {
      if (requiredSettingKind(name)) ctx.fact('config-check', settingMatchKey(name));
    }
  }
}

// ---- TypeScript

/** `?? ''` leaves the setting empty; `?? undefined` says it is optional on purpose. */
function isEmptyTsFallback(node: TS.Expression, file: TypeScriptFile): boolean {
  return file.literal(node) === '';
}

// The check visitor's callee filter, and the visitor's own test of the member as written: each name is tested once.
const namesTsCheck = memoByString((member) => CHECK_CALL.test(member) || TS_VALIDATING_MEMBERS.has(member), 20_000);

function isTsCheckCall(call: TS.CallExpression, file: TypeScriptFile): boolean {
  return namesTsCheck(file.calleeMember(call) ?? '');
}

/** True when `node` is part of a condition, a comparison, a negation, or an argument of a validating call. */
function inTsCondition(node: TS.Node, file: TypeScriptFile): boolean {
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if ((ts.isIfStatement(parent) || ts.isWhileStatement(parent) || ts.isDoStatement(parent)) && parent.expression === child) return true;
    if (ts.isConditionalExpression(parent) && parent.condition === child) return true;
    if (ts.isPrefixUnaryExpression(parent) && parent.operator === ts.SyntaxKind.ExclamationToken) return true;
    if (ts.isBinaryExpression(parent) && isComparison(parent.operatorToken.kind)) return true;
    if (ts.isCallExpression(parent) && parent.arguments.includes(child as TS.Expression) && isTsCheckCall(parent, file)) return true;
    // `new URL(process.env.X)` throws on undefined where it is read.
    if (ts.isNewExpression(parent) && file.calleeName(parent) === 'URL') return true;
    if (ts.isStatement(parent) || ts.isFunctionLike(parent) || ts.isSourceFile(parent)) return false;
  }
  return false;
}

function isComparison(kind: TS.SyntaxKind): boolean {
  const { SyntaxKind } = ts;
  return kind === SyntaxKind.EqualsEqualsEqualsToken || kind === SyntaxKind.ExclamationEqualsEqualsToken || kind === SyntaxKind.EqualsEqualsToken || kind === SyntaxKind.ExclamationEqualsToken;
}

function tsUse(read: TS.Node, file: TypeScriptFile): Use {
  let expression: TS.Node = read;
  for (let parent = read.parent; parent; parent = expression.parent) {
    if (ts.isParenthesizedExpression(parent) || ts.isNonNullExpression(parent) || ts.isAsExpression(parent) || ts.isSatisfiesExpression(parent)) {
      expression = parent;
      continue;
    }
    if (!ts.isBinaryExpression(parent)) break;
    const operator = parent.operatorToken.kind;
    if (operator === ts.SyntaxKind.AmpersandAmpersandToken) return HANDLED;
    if (operator !== ts.SyntaxKind.QuestionQuestionToken && operator !== ts.SyntaxKind.BarBarToken) break;
    if (parent.right === expression && file.descendants(parent.left, (node): node is TS.Node => !!tsSemantics.envRead(node, file)).length + (tsSemantics.envRead(file.unwrap(parent.left) ?? parent.left, file) ? 1 : 0) > 0) return HANDLED;
    if (parent.left === expression) {
      const right = file.unwrap(parent.right) ?? parent.right;
      if (!tsSemantics.envRead(right, file) && !isEmptyTsFallback(right, file)) return HANDLED;
    }
    expression = parent;
  }
  if (inTsCondition(expression, file)) return HANDLED;
  const parent = expression.parent;
  // `Boolean(process.env.CI || …)`: a presence test, so the setting is optional by design.
  if (ts.isCallExpression(parent) && parent.arguments.includes(expression as TS.Expression) && file.calleeName(parent) === 'Boolean') return HANDLED;
  // `process.env.ORIGINS.split(',')`: undefined throws right here (optional chaining does not).
  if ((ts.isPropertyAccessExpression(parent) || ts.isElementAccessExpression(parent)) && parent.expression === expression && !parent.questionDotToken) return HANDLED;
  if (ts.isCallExpression(parent) && parent.expression === expression) return HANDLED;
  if (ts.isVariableDeclaration(parent) && parent.initializer === expression) return { verdict: 'unchecked', target: ts.isIdentifier(parent.name) ? parent.name.text : undefined };
  if (ts.isPropertyAssignment(parent) && parent.initializer === expression) return { verdict: 'unchecked', target: tsPropertyName(parent.name) };
  if (ts.isBinaryExpression(parent) && parent.right === expression && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
    const left = parent.left;
    return { verdict: 'unchecked', target: ts.isIdentifier(left) ? left.text : ts.isPropertyAccessExpression(left) ? left.name.text : undefined };
  }
  if (ts.isPropertyDeclaration(parent) && parent.initializer === expression) return { verdict: 'unchecked', target: tsPropertyName(parent.name) };
  return { verdict: 'unchecked' };
}

function tsPropertyName(name: TS.PropertyName): string | undefined {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : undefined;
}

/** The expressions that decide something: `if`/`while`/ternary tests, and arguments of check-named or validating calls. */
function tsConditions(node: TS.Node, file: TypeScriptFile): TS.Node[] {
  if (ts.isIfStatement(node) || ts.isWhileStatement(node)) return [node.expression];
  if (ts.isConditionalExpression(node)) return [node.condition];
  if (ts.isCallExpression(node) && isTsCheckCall(node, file)) return [...node.arguments];
  return [];
}

function tsTestedNames(condition: TS.Node, file: TypeScriptFile): string[] {
  const names: string[] = [];
  const visit = (node: TS.Node): void => {
    if (ts.isIdentifier(node) || ts.isStringLiteral(node)) names.push(node.text);
    const read = tsSemantics.envRead(node, file);
    if (read?.name) names.push(read.name);
    ts.forEachChild(node, visit);
  };
  visit(condition);
  return names;
}

// A config module reads many settings at top level, and each read asks of the whole file: the names are gathered once per scope.
const TS_TESTED_NAMES = memoSlot<Map<TS.Node, Set<string>>>('names tested in conditions, per scope');

/** True when a condition in `scope` tests `target` (a local name checked after it is read). */
function checkedInTsScope(scope: TS.Node, target: string, file: TypeScriptFile): boolean {
  const byScope = file.memos.map(TS_TESTED_NAMES);
  let names = byScope.get(scope);
  if (!names) {
    const tested = new Set<string>();
    const visit = (node: TS.Node): void => {
      for (const condition of tsConditions(node, file)) for (const name of tsTestedNames(condition, file)) tested.add(name);
      ts.forEachChild(node, visit);
    };
    visit(scope);
    byScope.set(scope, (names = tested));
  }
  return names.has(target);
}

function recordTsRead(node: TS.Node, ctx: TypeScriptRuleContext): void {
  const { file } = ctx;
  const read = tsSemantics.envRead(node, file);
  if (!read?.name) return;
  const kind = requiredSettingKind(read.name);
  if (!kind) return;
  const use = tsUse(node, file);
  if (use.verdict === 'handled') return;
  if (use.target && checkedInTsScope(file.enclosingFunction(node) ?? file.source, use.target, file)) return;
  const reader = ts.isCallExpression(node) ? 'Deno.env.get()' : `${file.qualifiedName((node as TS.PropertyAccessExpression).expression)}`;
  ctx.fact('config-read', JSON.stringify({ name: read.name, kind, target: use.target, reader } satisfies ReadFact), ctx.anchor(node));
}

/** A read (`process.env.X`, `process.env['X']`, `Deno.env.get('X')`) in server code. */
function visitTsRead(node: TS.Node, ctx: TypeScriptRuleContext): void {
  if (!isNonServerPath(ctx.path)) recordTsRead(node, ctx);
}

/** `const { OPENAI_API_KEY, PORT = '3000' } = process.env`: each name without a default is a read. */
function recordTsDestructuredReads(node: TS.VariableDeclaration, ctx: TypeScriptRuleContext): void {
  if (!ts.isObjectBindingPattern(node.name) || !node.initializer) return;
  const source = ctx.file.qualifiedName(ctx.file.unwrap(node.initializer));
  if (source !== 'process.env' && source !== 'Bun.env') return;
  for (const element of node.name.elements) {
    if (element.initializer || !ts.isIdentifier(element.name)) continue;
    const name = element.propertyName && ts.isIdentifier(element.propertyName) ? element.propertyName.text : element.name.text;
    const kind = requiredSettingKind(name);
    const local = element.name.text;
    if (!kind || checkedInTsScope(ctx.file.enclosingFunction(node) ?? ctx.file.source, local, ctx.file)) continue;
    ctx.fact('config-read', JSON.stringify({ name, kind, target: local, reader: source } satisfies ReadFact), ctx.anchor(element));
  }
}

/** A `config-check` fact for each required setting `condition` tests (tsConditions names the conditions). */
function recordTsChecks(condition: TS.Node, ctx: TypeScriptRuleContext): void {
  for (const name of tsTestedNames(condition, ctx.file)) {
    if (requiredSettingKind(name)) ctx.fact('config-check', settingMatchKey(name));
  }
}

export default defineRule({
  id: 'unvalidated-config',
  category: 'operations',
  severity: 'medium',
  confidence: 'medium',
  seeds: ['004'],
  summary: 'Required setting read from the environment with no validation at startup',
  messages: {
    unchecked:
      '{{name}} ({{kind}}) is read with {{reader}} with no default and no check anywhere in the service; when it is unset the server still starts and fails at the first request that needs it',
  },
  fixHint: 'Validate required settings once at startup (pydantic-settings `BaseSettings`, zod/envalid over process.env, or `if not X: raise` in the config module) so a missing value stops the process before it takes traffic.',
  python: {
    visitors: {
      call(node, ctx) {
        // Not `isCommandLineScript`: A2A servers start from a click `main()` in `__main__.py`.
        if (isNonServerPath(ctx.path)) return;
        recordPythonRead(node, ctx);
        recordPythonChecks(node, ctx);
      },
      if_statement: (node, ctx) => recordPythonChecks(node, ctx),
      elif_clause: (node, ctx) => recordPythonChecks(node, ctx),
      while_statement: (node, ctx) => recordPythonChecks(node, ctx),
      assert_statement: (node, ctx) => recordPythonChecks(node, ctx),
      conditional_expression: (node, ctx) => recordPythonChecks(node, ctx),
    },
  },
  typescript: {
    // Checks have no prefilter: the checks that clear a read in another file (`if (!apiKey) throw …`) are known by
    // words in any tested name, and those words (id, url, key, …) are in most files.
    callees: namesTsCheck,
    visitors: {
      // The conditions tsConditions names, visited by kind (a check call by its member, `callees` above): nothing is
      // allocated for the many that check nothing.
      CallExpression(node, ctx) {
        if (ts.isCallExpression(node) && !isNonServerPath(ctx.path) && isTsCheckCall(node, ctx.file)) for (const argument of node.arguments) recordTsChecks(argument, ctx);
      },
      IfStatement(node, ctx) {
        if (ts.isIfStatement(node)) recordTsChecks(node.expression, ctx);
      },
      WhileStatement(node, ctx) {
        if (ts.isWhileStatement(node)) recordTsChecks(node.expression, ctx);
      },
      ConditionalExpression(node, ctx) {
        if (ts.isConditionalExpression(node)) recordTsChecks(node.condition, ctx);
      },
    },
    groups: [
      {
        // Every read names `env` (envRead: `process.env.X`, `Bun.env`, `Deno.env.get`; a destructured
        // `process.env` or `Bun.env`), as a property or the imported name it is resolved from.
        prefilter: { names: ['env'] },
        visitors: {
          PropertyAccessExpression: visitTsRead,
          ElementAccessExpression: visitTsRead,
          CallExpression: visitTsRead,
          VariableDeclaration(node, ctx) {
            if (ts.isVariableDeclaration(node) && !isNonServerPath(ctx.path)) recordTsDestructuredReads(node, ctx);
          },
        },
      },
    ],
  },
  // Only services that run an HTTP app; a check anywhere in the service covers every read of that setting.
  finish(project, ctx) {
    for (const apps of project.appsByUnit()) {
      const checked = new Set(project.factsOf(apps[0], 'config-check').map((fact) => fact.value));
      const reported = new Set<string>();
      for (const fact of project.factsOf(apps[0], 'config-read')) {
        const read = JSON.parse(fact.value ?? '{}') as ReadFact;
        if (checked.has(settingMatchKey(read.name)) || (read.target && checked.has(settingMatchKey(read.target)))) continue;
        // One finding per setting and file: the second read of the same variable is the same gap.
        const key = `${fact.file}\0${read.name}`;
        if (reported.has(key) || !fact.location || fact.snippet === undefined) continue;
        reported.add(key);
        ctx.report({ at: { location: fact.location, snippet: fact.snippet }, messageId: 'unchecked', data: { name: read.name, kind: read.kind, reader: read.reader } });
      }
    }
  },
});
