import { defineRule, secrets, ts, type PyNode, type PythonRuleContext, type TS, type TypeScriptRuleContext } from '../src/rule-kit/index.js';

type Found = { messageId: 'providerKey' | 'secretAssignment'; data: Record<string, string>; secret: string; confidence?: 'medium' };

function providerKeyFinding(value: string): Found | undefined {
  const provider = secrets.providerKeyIn(value);
  return provider && { messageId: 'providerKey', secret: provider.key, data: { provider: provider.provider, masked: secrets.maskSecret(provider.key) } };
}

/** A real-looking literal given to a secret-named target; the caller has ruled out a provider key, which is reported as one. */
function secretAssignmentFinding(value: string, name: string | undefined): Found | undefined {
  if (!name || !secrets.isSecretName(name) || secrets.isPlaceholderSecret(value)) return undefined;
  return { messageId: 'secretAssignment', secret: value, confidence: 'medium', data: { name, masked: secrets.maskSecret(value) } };
}

/**
 * A provider key anywhere in the string, else a secret-named target given a real-looking literal. The target is
 * named (`targetName`) only for a value long enough to be a secret: the rule asks of every string literal, and
 * naming and splitting its target was most of its time.
 */
function judge(value: string, targetName: () => string | undefined): Found | undefined {
  return providerKeyFinding(value) ?? (value.length < secrets.MIN_SECRET_LENGTH ? undefined : secretAssignmentFinding(value, targetName()));
}

/** The name a Python string literal is bound to: `X = "…"`, `f(api_key="…")`, `{"token": "…"}`, `def f(key="…")`. */
function pythonTargetName(node: PyNode, ctx: PythonRuleContext): string | undefined {
  let value = node;
  while (value.parent?.type === 'parenthesized_expression') value = value.parent;
  const parent = value.parent;
  if (!parent) return undefined;
  switch (parent.type) {
    case 'assignment': {
      if (parent.childForFieldName('right')?.id !== value.id) return undefined;
      const left = parent.childForFieldName('left');
      if (left?.type === 'identifier') return left.text;
      if (left?.type === 'attribute') return left.childForFieldName('attribute')?.text;
      // os.environ["OPENAI_API_KEY"] = "…", app.config["SECRET_KEY"] = "…"
      if (left?.type === 'subscript') return ctx.file.stringValue(left.childForFieldName('subscript'));
      return undefined;
    }
    case 'keyword_argument':
    case 'default_parameter':
    case 'typed_default_parameter':
      return parent.childForFieldName('value')?.id === value.id ? parent.childForFieldName('name')?.text : undefined;
    case 'pair':
      return parent.childForFieldName('value')?.id === value.id ? ctx.file.stringValue(parent.childForFieldName('key')) : undefined;
    default:
      return undefined;
  }
}

// By the parent's kind, one test each: asked of every literal long enough to be a secret, two in three of which have
// no target (arguments, array elements).
function tsTargetName(node: TS.Node, ctx: TypeScriptRuleContext): string | undefined {
  const { SyntaxKind } = ts;
  let value: TS.Node = node;
  let parent = value.parent;
  while (parent.kind === SyntaxKind.ParenthesizedExpression || parent.kind === SyntaxKind.AsExpression || parent.kind === SyntaxKind.SatisfiesExpression) {
    value = parent;
    parent = parent.parent;
  }
  switch (parent.kind) {
    case SyntaxKind.VariableDeclaration:
    case SyntaxKind.Parameter:
    case SyntaxKind.PropertyDeclaration: {
      const declaration = parent as TS.VariableDeclaration | TS.ParameterDeclaration | TS.PropertyDeclaration;
      return declaration.initializer === value && ts.isIdentifier(declaration.name) ? declaration.name.text : undefined;
    }
    case SyntaxKind.PropertyAssignment: {
      const property = parent as TS.PropertyAssignment;
      if (property.initializer !== value) return undefined;
      // A key written as a name is that name; `stringValue` would read it as a reference to a constant of that name.
      return ts.isIdentifier(property.name) ? property.name.text : ctx.file.stringValue(property.name as TS.Expression);
    }
    case SyntaxKind.BinaryExpression: {
      const assignment = parent as TS.BinaryExpression;
      if (assignment.operatorToken.kind !== SyntaxKind.EqualsToken || assignment.right !== value) return undefined;
      const left = assignment.left;
      if (ts.isIdentifier(left)) return left.text;
      if (ts.isPropertyAccessExpression(left)) return left.name.text;
      return ts.isElementAccessExpression(left) ? ctx.file.stringValue(left.argumentExpression) : undefined;
    }
    default:
      return undefined;
  }
}

export default defineRule({
  id: 'hardcoded-secret',
  category: 'security',
  severity: 'critical',
  confidence: 'high',
  seeds: ['000', '002'],
  summary: 'Secret written literally in the source',
  messages: {
    providerKey: '{{provider}} key ({{masked}}) is written in the source; anyone who can read the repository, an image or a log can use it',
    secretAssignment: '{{name}} is given a literal value ({{masked}}), inferred to be a secret from its name; secrets in source end up in git history and images',
  },
  fixHint: 'Read the secret from the environment or a secret manager at start-up (and fail if it is missing), then rotate the exposed value: it is in git history.',
  python: {
    visitors: {
      string(node, ctx) {
        if (secrets.isTestPath(ctx.path) || node.parent?.type === 'concatenated_string' && node.parent.namedChildren.length > 1 && !secrets.providerKeyIn(node.text)) return;
        const value = node.namedChildren.some((child) => child?.type === 'interpolation') ? node.text : ctx.file.stringValue(node);
        if (value === undefined) return;
        const found = judge(value, () => (node.namedChildren.some((child) => child?.type === 'interpolation') ? undefined : pythonTargetName(node, ctx)));
        if (found) ctx.report({ node, messageId: found.messageId, data: found.data, confidence: found.confidence, redact: [found.secret] });
      },
    },
  },
  typescript: {
    // A secret assignment has no prefilter: its target is known by a word anywhere in its name, which `key` and `token`
    // put in most files. A provider key is a literal holding one of its format's fixed parts (PROVIDER_KEY_MARKERS) or
    // spelling one with an escape: few files hold one, and the format patterns, asked of every literal, run only there.
    visitors: {
      StringLiteral: checkTsAssignment,
      NoSubstitutionTemplateLiteral: checkTsAssignment,
    },
    groups: [
      {
        prefilter: { words: [...secrets.PROVIDER_KEY_MARKERS, ...['x', 'u', ...'01234567'].map((escape) => `\\${escape}`)] },
        visitors: {
          StringLiteral: checkTsProviderKey,
          NoSubstitutionTemplateLiteral: checkTsProviderKey,
          TemplateExpression(node, ctx) {
            if (secrets.isTestPath(ctx.path)) return;
            const found = providerKeyFinding(node.getText(ctx.file.source));
            if (found) ctx.report({ node, messageId: found.messageId, data: found.data, redact: [found.secret] });
          },
        },
      },
    ],
  },
});

/** A string literal that is a value, not a module name or a type. */
function isTsValueString(node: TS.Node, ctx: TypeScriptRuleContext): node is TS.StringLiteral | TS.NoSubstitutionTemplateLiteral {
  if (!ts.isStringLiteral(node) && !ts.isNoSubstitutionTemplateLiteral(node)) return false;
  return !secrets.isTestPath(ctx.path) && !ts.isLiteralTypeNode(node.parent) && !ts.isImportDeclaration(node.parent) && !ts.isExternalModuleReference(node.parent);
}

function checkTsProviderKey(node: TS.Node, ctx: TypeScriptRuleContext): void {
  const found = isTsValueString(node, ctx) ? providerKeyFinding(node.text) : undefined;
  if (found) ctx.report({ node, messageId: found.messageId, data: found.data, redact: [found.secret] });
}

function checkTsAssignment(node: TS.Node, ctx: TypeScriptRuleContext): void {
  if (!ts.isStringLiteral(node) && !ts.isNoSubstitutionTemplateLiteral(node)) return;
  // Length first: a third of all literals are too short to be a secret. Then the name, before the key formats and
  // the literal's place: of the corpus's 94,511 named literals none had a secret-named target (a type's or an
  // import's literal has no target name).
  if (node.text.length < secrets.MIN_SECRET_LENGTH) return;
  const name = tsTargetName(node, ctx);
  const found = name && secrets.isSecretName(name) && isTsValueString(node, ctx) && !secrets.providerKeyIn(node.text) ? secretAssignmentFinding(node.text, name) : undefined;
  if (found) ctx.report({ node, messageId: found.messageId, data: found.data, confidence: found.confidence, redact: [found.secret] });
}
