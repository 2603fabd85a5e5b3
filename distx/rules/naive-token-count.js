import { defineRule, ts } from '../src/rule-kit/index.js';
const TOKEN_NAME = /token/i;
// Wrappers a count may pass through on its way to a name: `int(len(x.split()) * 1.3)`, `sum(...)`.
const PY_PASS_THROUGH = new Set(['parenthesized_expression', 'binary_operator', 'argument_list', 'generator_expression', 'list_comprehension', 'call', 'conditional_expression']);
const MAX_HOPS = 6;
/** `x.split()`, `x.split(" ")`, `re.split(r"\s+", x)`: whitespace word splitting. */
function isPythonWhitespaceSplit(node, file) {
    if (node?.type !== 'call')
        return false;
    const callee = file.calleeName(node);
    const args = file.positionalArguments(node);
    if (callee === 're.split')
        return /^\\s[+*]?$/.test(file.stringValue(args[0]) ?? '');
    if (file.calleeMember(node) !== 'split' || node.childForFieldName('function')?.type !== 'attribute')
        return false;
    const separator = args[0] ?? file.keywordArgument(node, 'sep');
    return !separator || /^\s+$/.test(file.stringValue(separator) ?? '');
}
/** The name the count ends up under: an assignment target, keyword, dict key, compared name, or the returning function. */
function pythonTokenName(start) {
    let node = start;
    for (let hop = 0; hop < MAX_HOPS && node.parent; hop++) {
        const parent = node.parent;
        if (parent.type === 'assignment' || parent.type === 'augmented_assignment')
            return parent.childForFieldName('left')?.text;
        if (parent.type === 'keyword_argument')
            return parent.childForFieldName('name')?.text;
        if (parent.type === 'pair')
            return parent.childForFieldName('key')?.text.replace(/^['"]|['"]$/g, '');
        if (parent.type === 'comparison_operator')
            return parent.namedChildren.find((child) => child && child.id !== node.id)?.text;
        if (parent.type === 'return_statement') {
            for (let fn = parent.parent; fn; fn = fn.parent)
                if (fn.type === 'function_definition')
                    return fn.childForFieldName('name')?.text;
            return undefined;
        }
        if (!PY_PASS_THROUGH.has(parent.type))
            return undefined;
        node = parent;
    }
    return undefined;
}
function isTsWhitespaceSplit(node, file) {
    if (!ts.isCallExpression(node) || file.calleeMember(node) !== 'split' || !ts.isPropertyAccessExpression(node.expression))
        return false;
    const separator = node.arguments[0];
    if (!separator)
        return false;
    if (ts.isRegularExpressionLiteral(separator))
        return /^\/\\s[+*]?\/[gimsuy]*$/.test(separator.text);
    return /^\s+$/.test(file.stringValue(separator) ?? '');
}
function tsTokenName(start) {
    let node = start;
    for (let hop = 0; hop < MAX_HOPS && node.parent; hop++) {
        const parent = node.parent;
        if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent))
            return parent.name.getText();
        if (ts.isReturnStatement(parent)) {
            for (let fn = parent.parent; fn; fn = fn.parent) {
                if (ts.isFunctionDeclaration(fn) || ts.isMethodDeclaration(fn))
                    return fn.name?.getText();
                if ((ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && ts.isVariableDeclaration(fn.parent))
                    return fn.parent.name.getText();
            }
            return undefined;
        }
        if (ts.isArrowFunction(parent) && ts.isVariableDeclaration(parent.parent))
            return parent.parent.name.getText();
        if (ts.isBinaryExpression(parent)) {
            const operator = parent.operatorToken.kind;
            const assigns = operator === ts.SyntaxKind.EqualsToken || operator === ts.SyntaxKind.PlusEqualsToken;
            const compares = operator >= ts.SyntaxKind.LessThanToken && operator <= ts.SyntaxKind.ExclamationEqualsEqualsToken;
            if (assigns || compares)
                return (parent.left === node ? parent.right : parent.left).getText();
        }
        if (!ts.isParenthesizedExpression(parent) && !ts.isBinaryExpression(parent) && !ts.isCallExpression(parent) && !ts.isConditionalExpression(parent))
            return undefined;
        node = parent;
    }
    return undefined;
}
export default defineRule({
    id: 'naive-token-count',
    category: 'observability',
    severity: 'low',
    confidence: 'medium',
    seeds: ['004'],
    summary: 'Tokens counted by splitting text on whitespace',
    messages: {
        whitespace: '`{{name}}` is counted by splitting on whitespace; model tokens are sub-word pieces, so usage, cost and context limits computed from it are wrong (often by 30% or more)',
    },
    fixHint: 'Use the usage the model returns (response.usage / usage_metadata), or the provider tokenizer (tiktoken, count_tokens, js-tiktoken).',
    python: {
        visitors: {
            call(node, ctx) {
                if (ctx.file.calleeName(node) !== 'len' || !isPythonWhitespaceSplit(ctx.file.positionalArguments(node)[0], ctx.file))
                    return;
                const name = pythonTokenName(node);
                if (name && TOKEN_NAME.test(name))
                    ctx.report({ node, messageId: 'whitespace', data: { name } });
            },
        },
    },
    typescript: {
        // Every report is of `<x>.split(<whitespace>).length`, whose `split` is a property name in the file.
        prefilter: { names: ['split'] },
        visitors: {
            PropertyAccessExpression(node, ctx) {
                if (!ts.isPropertyAccessExpression(node) || node.name.text !== 'length' || !isTsWhitespaceSplit(node.expression, ctx.file))
                    return;
                const name = tsTokenName(node);
                if (name && TOKEN_NAME.test(name))
                    ctx.report({ node, messageId: 'whitespace', data: { name } });
            },
        },
    },
});
