import {
  calleePrefilter,
  calleesNamed,
  defineRule,
  dottedCalleeMembers,
  lastNames,
  pyFieldBounds,
  pyRequestInput,
  pySemantics,
  requestSize,
  ROUTE_CALL_MEMBERS,
  ts,
  tsRequestInput,
  type PyNode,
  type PythonFile,
  type Fact,
  type ProjectRuleContext,
  type PythonRuleContext,
  type RuleOptions,
  type TS,
  type TypeScriptFile,
  type TypeScriptRuleContext,
} from '../src/rule-kit/index.js';

/**
 * Request input with no size bound (seed 004, "No Request Validation Limits"):
 * request body models and schemas whose strings and lists have no maximum, and
 * body-size limits raised above what the frameworks accept by default.
 *
 * Python body models are matched to their routes in the project phase, so a
 * model defined in `models.py` and used by a router in `routes/chat.py` counts,
 * and a model used only as a response does not.
 */

const MIB = 1024 * 1024;
interface Options extends Record<string, unknown> {
  /** Body-size limits above this many bytes are reported (Fastify's and most proxies' default is 1 MiB). */
  maxBodyBytes: number;
}

const options: RuleOptions<Options> = {
  defaults: { maxBodyBytes: MIB },
  schema: (z) => z.object({ maxBodyBytes: z.number().int().positive().default(MIB) }),
};

const PY_TYPE_NAME = /\b[A-Z][A-Za-z0-9_]*\b/g;
const PY_VALIDATE_METHODS = new Set(['model_validate', 'model_validate_json', 'parse_obj', 'parse_raw', 'validate_python', 'validate_json']);

interface ModelFact {
  name: string;
  bases: string[];
  refs: string[];
  unbounded: string[];
}

/** A class's annotated fields without a size bound, and the class names its fields refer to (nested models). */
function pythonModelFact(definition: PyNode, file: PythonFile): ModelFact | undefined {
  const name = definition.childForFieldName('name')?.text;
  if (!name || !definition.childForFieldName('body')) return undefined;
  const bases = file.baseClasses(definition).map((base) => base.split('.').at(-1)!);
  const fields = pyFieldBounds.modelFields(definition, file);
  const refs = new Set(fields.flatMap((field) => field.annotation.match(PY_TYPE_NAME) ?? []));
  const unbounded = fields.filter((field) => field.shape && !field.bounded).map((field) => `${field.name} (${field.shape})`);
  return { name, bases, refs: [...refs], unbounded };
}

/** `ChatRequest.model_validate(await request.json())`, `ChatRequest(**payload)` with a client body: a Starlette/Flask body model. */
function validatedBodyModel(call: PyNode, file: PythonFile): string | undefined {
  const fn = call.childForFieldName('function');
  if (fn?.type === 'attribute' && PY_VALIDATE_METHODS.has(fn.childForFieldName('attribute')?.text ?? '')) {
    const argument = file.positionalArguments(call)[0];
    const model = fn.childForFieldName('object');
    if (argument && model?.type === 'identifier' && /^request body/.test(pyRequestInput.clientValue(argument, file)?.source ?? '')) return (file.qualifiedName(model) ?? model.text).split('.').at(-1);
  }
  if (fn?.type === 'identifier' && /^[A-Z]/.test(fn.text)) {
    const splat = call.childForFieldName('arguments')?.namedChildren.find((argument) => argument?.type === 'dictionary_splat');
    const value = splat?.namedChild(0);
    if (value && /^request body/.test(pyRequestInput.clientValue(value, file)?.source ?? '')) return (file.qualifiedName(fn) ?? fn.text).split('.').at(-1);
  }
  return undefined;
}

function describeSize(bytes: number): string {
  return bytes >= MIB ? `${Math.round((bytes / MIB) * 10) / 10} MiB` : `${Math.round(bytes / 1024)} KiB`;
}

/** Flask `app.config["MAX_CONTENT_LENGTH"] = 500 * 1024 * 1024` and `app.config.update(MAX_CONTENT_LENGTH=…)`. */
function checkFlaskLimit(node: PyNode, ctx: PythonRuleContext, limit: number): void {
  const bytes = pySemantics.constantNumber(pyFieldBounds.flaskBodyLimitValue(node, ctx.file), ctx.file);
  if (bytes !== undefined && bytes > limit) ctx.report({ node, messageId: 'raisedLimit', data: { setting: 'MAX_CONTENT_LENGTH', size: describeSize(bytes) } });
}

// ---- TypeScript

const ZOD_PARSE = new Set(['parse', 'safeParse', 'parseAsync', 'safeParseAsync']);
const BODY_MIDDLEWARE = new Set(['validateRequestBody', 'processRequestBody', 'validateBody']);
const BODY_VALIDATORS = new Set(['validate', 'validateRequest']);
const BODY_READ = /^(?:await\s+)?(?:req|request|ctx\.request|c\.req)\.(?:body|json\(\))$/;

function isZod(file: TypeScriptFile, call: TS.CallExpression): boolean {
  const callee = call.expression;
  // `receiver.member`: the receiver, one lookup, rules out nearly every call before the callee's name is built.
  if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression)) {
    const receiver = file.qualifiedName(callee.expression);
    return (receiver === 'zod' || receiver === 'zod.z') && /^\w+$/.test(callee.name.text);
  }
  return /^zod(?:\.z)?\.\w+$/.test(file.calleeName(call) ?? '');
}

/** The methods of a call chain from its root call outwards: `z.string().min(1).max(10)` → root `z.string()`, members `[min, max]`. */
function chainOf(expression: TS.Expression, file: TypeScriptFile): { root: TS.CallExpression; members: string[] } | undefined {
  const value = file.unwrap(expression) ?? expression;
  // Asked of every variable's value in a file that imports zod: most are no call.
  if (!ts.isCallExpression(value)) return undefined;
  const members: string[] = [];
  let root = value;
  for (let callee = root.expression; ts.isPropertyAccessExpression(callee); callee = root.expression) {
    const receiver = file.unwrap(callee.expression) ?? callee.expression;
    if (!ts.isCallExpression(receiver)) break;
    members.push(callee.name.text);
    root = receiver;
  }
  return { root, members: members.reverse() };
}

/** Unbounded `z.string()`/`z.array()` fields of a zod object schema, with dotted paths for nested objects. */
function zodUnbounded(expression: TS.Expression, file: TypeScriptFile, prefix: string, depth: number): string[] {
  const fields: string[] = [];
  collectZodUnbounded(expression, file, prefix, depth, fields);
  return fields;
}

// Into one list, in field order: every variable declaration of a zod schema is walked, and the copies and
// flatMap of a list per field were two fifths of its own time (131 → 91 ms on the bench corpus).
function collectZodUnbounded(expression: TS.Expression, file: TypeScriptFile, prefix: string, depth: number, fields: string[]): void {
  const chain = chainOf(expression, file);
  if (!chain || depth > 4) {
    const unwrapped = file.unwrap(expression);
    const constant = unwrapped && ts.isIdentifier(unwrapped) ? file.constants.get(unwrapped.text) : undefined;
    if (constant && depth <= 4) collectZodUnbounded(constant, file, prefix, depth + 1, fields);
    return;
  }
  if (!isZod(file, chain.root)) return;
  const kind = file.calleeMember(chain.root);
  if (requestSize.ZOD_OBJECTS.has(kind ?? '')) {
    const shape = file.resolveObject(chain.root.arguments[0]);
    for (const property of shape?.properties ?? []) {
      if (!ts.isPropertyAssignment(property)) continue;
      const name = ts.isIdentifier(property.name) || ts.isStringLiteral(property.name) ? property.name.text : '?';
      collectZodUnbounded(property.initializer, file, `${prefix}${name}.`, depth + 1, fields);
    }
    return;
  }
  let shape = kind === 'string' ? 'string' : kind === 'array' ? 'array' : undefined;
  let bounded = false;
  for (const member of chain.members) {
    if (member === 'array') {
      shape = 'array';
      bounded = false;
    } else if (requestSize.ZOD_BOUNDS.has(member) || (shape === 'string' && requestSize.ZOD_BOUNDED_FORMATS.has(member))) bounded = true;
  }
  if (shape && !bounded) fields.push(`${prefix.replace(/\.$/, '')} (${shape})`);
  if (kind === 'array' && chain.root.arguments[0]) collectZodUnbounded(chain.root.arguments[0], file, `${prefix.replace(/\.$/, '')}[].`, depth + 1, fields);
}

/** JSON schema (Fastify `schema.body`) or TypeBox (`Type.Object`) fields with no maxLength/maxItems. */
function jsonSchemaUnbounded(node: TS.Expression | undefined, file: TypeScriptFile, prefix: string, depth: number): string[] {
  if (!node || depth > 5) return [];
  const expression = file.unwrap(node) ?? node;
  if (ts.isCallExpression(expression) && /^@sinclair\/typebox\.Type\.\w+$|^Type\.\w+$/.test(file.calleeName(expression) ?? '')) {
    const kind = file.calleeMember(expression);
    const path = prefix.replace(/\.$/, '');
    if (kind === 'Object') {
      const shape = file.resolveObject(expression.arguments[0]);
      return shape ? shape.properties.flatMap((p) => (ts.isPropertyAssignment(p) ? jsonSchemaUnbounded(p.initializer, file, `${prefix}${p.name.getText(file.source)}.`, depth + 1) : [])) : [];
    }
    if (kind === 'String') return file.hasProperty(expression.arguments[0], 'maxLength') || file.hasProperty(expression.arguments[0], 'format') ? [] : [`${path} (string)`];
    if (kind === 'Array') return [...(file.hasProperty(expression.arguments[1], 'maxItems') ? [] : [`${path} (array)`]), ...jsonSchemaUnbounded(expression.arguments[0], file, `${path}[].`, depth + 1)];
    if (kind === 'Optional') return jsonSchemaUnbounded(expression.arguments[0], file, prefix, depth + 1);
    return [];
  }
  const schema = file.resolveObject(expression);
  if (!schema) return [];
  const type = file.literal(file.property(schema, 'type'));
  const path = prefix.replace(/\.$/, '');
  if (type === 'string') return requestSize.JSON_STRING_BOUNDS.some((key) => file.hasProperty(schema, key)) ? [] : [`${path} (string)`];
  if (type === 'array') return [...(file.hasProperty(schema, 'maxItems') ? [] : [`${path} (array)`]), ...jsonSchemaUnbounded(file.property(schema, 'items'), file, `${path}[].`, depth + 1)];
  const properties = file.resolveObject(file.property(schema, 'properties'));
  if (!properties) return [];
  return properties.properties.flatMap((p) => (ts.isPropertyAssignment(p) ? jsonSchemaUnbounded(p.initializer, file, `${prefix}${p.name.getText(file.source)}.`, depth + 1) : []));
}

/** A TS numeric expression: `50 * 1024 * 1024`, `'50mb'`, a top-level constant. */
function tsBytes(node: TS.Expression | undefined, file: TypeScriptFile): number | undefined {
  const expression = file.unwrap(node);
  if (!expression) return undefined;
  if (ts.isBinaryExpression(expression) && expression.operatorToken.kind === ts.SyntaxKind.AsteriskToken) {
    const left = tsBytes(expression.left, file);
    const right = tsBytes(expression.right, file);
    return left !== undefined && right !== undefined ? left * right : undefined;
  }
  if (ts.isNumericLiteral(expression)) return Number(expression.text.replace(/_/g, ''));
  if (ts.isIdentifier(expression) && file.constants.has(expression.text)) return tsBytes(file.constants.get(expression.text), file);
  return requestSize.sizeInBytes(file.literal(expression));
}

// Body parsers and their size options: express/body-parser `limit`, koa-bodyparser `jsonLimit`/`formLimit`/`textLimit`, Hono `bodyLimit({ maxSize })`.
// A set, not a pattern, so the prefilter of the limit check is derived from the very callees it reads.
const PARSER_CALLS = new Set([
  ...['json', 'urlencoded', 'raw', 'text'].flatMap((parser) => [`express.${parser}`, `body-parser.${parser}`]),
  'body-parser', 'koa-bodyparser', '@koa/bodyparser', '@koa/bodyparser.bodyParser', 'koa-body', 'koa-body.koaBody', 'hono/body-limit.bodyLimit',
]);
const PARSER_MEMBERS = dottedCalleeMembers(PARSER_CALLS);
const SIZE_OPTIONS = ['limit', 'jsonLimit', 'formLimit', 'textLimit', 'maxSize', 'bodyLimit'];

function checkTsLimit(node: TS.CallExpression | TS.NewExpression, ctx: TypeScriptRuleContext, limit: number): void {
  const { file } = ctx;
  // Its member lets a call go before its name is built (every call reaches here when the callee filters are off).
  const callee = file.calleeNameWithMember(node, PARSER_MEMBERS);
  if (callee === undefined) return;
  const argument = node.arguments?.[0];
  let setting: string | undefined;
  let bytes: number | undefined;
  if (PARSER_CALLS.has(callee) || (callee === 'fastify' && ts.isCallExpression(node))) {
    for (const option of SIZE_OPTIONS) {
      const value = tsBytes(file.property(argument, option), file);
      if (value !== undefined && value > limit) {
        setting = `${callee.replace(/^hono\/body-limit\./, '')}({ ${option} })`;
        bytes = value;
      }
    }
  }
  if (setting && bytes !== undefined) ctx.report({ node, messageId: 'raisedLimit', data: { setting, size: describeSize(bytes) } });
}

/** Next.js Pages Router `export const config = { api: { bodyParser: { sizeLimit: '50mb' } } }`. */
function checkNextConfig(node: TS.VariableDeclaration, ctx: TypeScriptRuleContext, limit: number): void {
  const { file } = ctx;
  if (!ts.isIdentifier(node.name) || node.name.text !== 'config' || !ts.isSourceFile(node.parent?.parent?.parent)) return;
  const parser = file.property(file.property(node.initializer, 'api'), 'bodyParser');
  const bytes = tsBytes(file.property(parser, 'sizeLimit'), file);
  if (bytes !== undefined && bytes > limit) ctx.report({ node, messageId: 'raisedLimit', data: { setting: 'api.bodyParser.sizeLimit', size: describeSize(bytes) } });
}

/** The zod schema name a request body is parsed with: `ChatBody.parse(req.body)`, `zValidator('json', ChatBody)`, Fastify `schema: { body: ChatBody }`. */
function bodySchemaName(node: TS.CallExpression, ctx: TypeScriptRuleContext): TS.Expression | undefined {
  const { file } = ctx;
  const callee = node.expression;
  if (ts.isPropertyAccessExpression(callee) && ZOD_PARSE.has(callee.name.text) && node.arguments[0]) {
    const source = tsRequestInput.clientValue(node.arguments[0], file, ctx.path)?.source ?? '';
    // Controllers registered from another file are not known handlers here; their body reads are still recognisable.
    if (/^request body/.test(source) || BODY_READ.test(node.arguments[0].getText(file.source))) return callee.expression;
  }
  // Set lookups and string ends, not patterns, and a callee `a.b` is named only when `b` can end it.
  const member = file.calleeMember(node) ?? '';
  const name = ts.isPropertyAccessExpression(callee) && member !== 'zValidator' ? '' : file.calleeName(node) ?? '';
  if ((name === 'zValidator' || name.endsWith('.zValidator')) && /^(?:json|form)$/.test(file.stringValue(node.arguments[0]) ?? '')) return node.arguments[1];
  // zod-express-middleware `validateRequestBody(Schema)`, and `validate({ body: Schema })`-style middleware.
  if (BODY_MIDDLEWARE.has(member) && node.arguments[0]) return node.arguments[0];
  if (BODY_VALIDATORS.has(member)) return file.property(node.arguments[0], 'body');
  return undefined;
}

function schemaDeclarationName(expression: TS.Expression, file: TypeScriptFile): string | undefined {
  const unwrapped = file.unwrap(expression);
  return unwrapped && ts.isIdentifier(unwrapped) ? (file.imports.get(unwrapped.text)?.imported ?? unwrapped.text) : undefined;
}

export default defineRule({
  id: 'unbounded-request-input',
  category: 'security',
  severity: 'medium',
  confidence: 'medium',
  seeds: ['004'],
  summary: 'Request body fields without a size limit, or a body-size limit raised',
  messages: {
    model: 'request body model {{model}} has no size limit on {{fields}}; a client can send megabytes of text that is parsed, stored and sent to the model on every request',
    schema: 'request body schema {{schema}} has no size limit on {{fields}}; a client can send megabytes of text that is parsed, stored and sent to the model on every request',
    raisedLimit: '{{setting}} lets a request body reach {{size}}; one client can make the server buffer and parse that much per request',
  },
  fixHint: 'Give every request string and list a maximum (`Field(max_length=4000)`, `conlist(..., max_length=50)`, zod `.max()`, JSON schema `maxLength`/`maxItems`) and keep body limits at the framework default (Express 100 kB, Fastify 1 MiB) unless a route needs more.',
  options,
  python: {
    visitors: {
      class_definition(node, ctx) {
        const fact = pythonModelFact(node, ctx.file);
        if (fact) ctx.fact('request-model', JSON.stringify(fact), ctx.anchor(ctx.file.definitionAnchor(node)));
      },
      function_definition(node, ctx) {
        if (!ctx.file.routeDecorator(node) && !pySemantics.isRequestHandler(node, ctx.file)) return;
        for (const name of pyRequestInput.bodyParameterTypes(node, ctx.file)) ctx.fact('request-body-model', name);
      },
      call(node, ctx) {
        const model = validatedBodyModel(node, ctx.file);
        if (model) ctx.fact('request-body-model', model);
        checkFlaskLimit(node, ctx, (ctx.options as Options).maxBodyBytes);
      },
      assignment(node, ctx) {
        checkFlaskLimit(node, ctx, (ctx.options as Options).maxBodyBytes);
      },
    },
  },
  typescript: {
    // What each record needs named in the file, by group: most files name `limit`, `object` or `config`, few call a
    // body parser, import zod or set a Next.js body size. A raised limit: a call of a body parser or of Fastify.
    prefilter: calleePrefilter([...PARSER_CALLS, 'fastify']),
    callees: calleesNamed(lastNames([...PARSER_CALLS, 'fastify'])),
    visitors: {
      CallExpression(node, ctx) {
        if (ts.isCallExpression(node)) checkTsLimit(node, ctx, (ctx.options as Options).maxBodyBytes);
      },
    },
    groups: [
      {
        // A body schema: its parse method (ZOD_PARSE), `zValidator` (its import specifier, or the module bound by
        // `require`) or a validation middleware (BODY_MIDDLEWARE, BODY_VALIDATORS); a route's schema, the `schema` option.
        prefilter: { names: [...ZOD_PARSE, 'zValidator', ...BODY_MIDDLEWARE, ...BODY_VALIDATORS, 'schema'], modules: ['zValidator'] },
        callees: calleesNamed(ZOD_PARSE, ['zValidator'], BODY_MIDDLEWARE, BODY_VALIDATORS, ROUTE_CALL_MEMBERS),
        visitors: {
          CallExpression(node, ctx) {
            if (!ts.isCallExpression(node)) return;
            const schema = bodySchemaName(node, ctx);
            const name = schema && schemaDeclarationName(schema, ctx.file);
            if (name) ctx.fact('request-body-schema', name);
            const route = ctx.file.routeCall(node);
            const body = route?.options && ctx.file.property(ctx.file.resolveObject(ctx.file.property(route.options, 'schema')), 'body');
            if (!route || !body) return;
            // Fastify with a zod type provider takes the zod schema itself.
            const zodName = schemaDeclarationName(body, ctx.file);
            if (zodName && zodUnbounded(body, ctx.file, '', 0).length === 0 && !ctx.file.resolveObject(body)) ctx.fact('request-body-schema', zodName);
            const fields = jsonSchemaUnbounded(body, ctx.file, '', 0);
            if (fields.length > 0) ctx.report({ node, messageId: 'schema', data: { schema: `of ${route.method} ${route.path}`, fields: fields.join(', ') } });
          },
        },
      },
      {
        // Next.js Pages Router body size: the `sizeLimit` option.
        prefilter: { names: ['sizeLimit'] },
        visitors: {
          VariableDeclaration(node, ctx) {
            if (ts.isVariableDeclaration(node) && node.initializer) checkNextConfig(node, ctx, (ctx.options as Options).maxBodyBytes);
          },
        },
      },
      {
        // A zod object schema: a callee from zod (isZod).
        prefilter: calleePrefilter(['zod']),
        visitors: {
          VariableDeclaration(node, ctx) {
            if (!ts.isVariableDeclaration(node) || !node.initializer || !ts.isIdentifier(node.name)) return;
            const chain = chainOf(node.initializer, ctx.file);
            if (!chain || !isZod(ctx.file, chain.root) || !requestSize.ZOD_OBJECTS.has(ctx.file.calleeMember(chain.root) ?? '')) return;
            const fields = zodUnbounded(node.initializer, ctx.file, '', 0);
            if (fields.length > 0) ctx.fact('zod-schema', JSON.stringify({ name: node.name.text, unbounded: fields }), ctx.anchor(node));
          },
        },
      },
    ],
  },
  finish(project, ctx) {
    for (const apps of project.appsByUnit()) {
      const app = apps[0];
      if (app.language === 'python') reportModels(project.factsOf(app, 'request-model'), new Set(project.factsOf(app, 'request-body-model').map((fact) => fact.value!)), ctx);
      else {
        const used = new Set(project.factsOf(app, 'request-body-schema').map((fact) => fact.value));
        for (const fact of project.factsOf(app, 'zod-schema')) {
          const schema = JSON.parse(fact.value!) as { name: string; unbounded: string[] };
          if (used.has(schema.name) && fact.location) ctx.report({ at: { location: fact.location, snippet: fact.snippet ?? '' }, messageId: 'schema', data: { schema: schema.name, fields: schema.unbounded.join(', ') } });
        }
      }
    }
  },
});

/** Body models, their base classes and the models their fields nest, reported where a field has no bound. */
function reportModels(facts: Fact[], bodies: Set<string>, ctx: ProjectRuleContext): void {
  const models = facts.map((fact) => ({ fact, model: JSON.parse(fact.value!) as ModelFact }));
  const byName = new Map<string, ModelFact[]>();
  for (const { model } of models) byName.set(model.name, [...(byName.get(model.name) ?? []), model]);
  const reachable = new Set<string>();
  const queue = [...bodies].filter((name) => byName.has(name));
  while (queue.length > 0) {
    const name = queue.pop()!;
    if (reachable.has(name)) continue;
    reachable.add(name);
    for (const model of byName.get(name) ?? []) for (const next of [...model.bases, ...model.refs]) if (byName.has(next) && !reachable.has(next)) queue.push(next);
  }
  for (const { fact, model } of models) {
    if (!reachable.has(model.name) || model.unbounded.length === 0 || !fact.location) continue;
    ctx.report({ at: { location: fact.location, snippet: fact.snippet ?? '' }, messageId: 'model', data: { model: model.name, fields: model.unbounded.join(', ') } });
  }
}
