import { FileMemos } from '../file-memo.js';
import { NodeAnswers } from '../node-answers.js';
const SCOPE_CONTAINERS = new Set(['try_statement', 'if_statement', 'else_clause', 'elif_clause', 'except_clause', 'block', 'with_statement', 'finally_clause']);
const FUNCTION_TYPES = new Set(['function_definition', 'lambda']);
const NESTED_SCOPES = new Set(['function_definition', 'lambda', 'class_definition']);
const HTTP_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'api_route', 'route', 'websocket']);
/**
 * Per-file queries over a Python syntax tree, computed once and shared by every
 * rule: import resolution, call arguments, literal values, enclosing scopes.
 */
export class PythonFile {
    tree;
    text;
    /** What helpers and rules compute once for this file (see FileMemos: never a module-level table). */
    memos = new FileMemos();
    /** Local name → qualified name (`C` → `fastapi.middleware.cors.CORSMiddleware`). */
    imports = new Map();
    /** Local names imported from this package by relative imports (`from .errors import AppError`). */
    relativeImports = new Set();
    /** Module-level `NAME = <expr>` assignments, for literal evaluation of constants. */
    moduleAssignments = new Map();
    /** Qualified module names imported anywhere at module level (`slowapi`, `fastapi.security`). */
    importedModules = new Set();
    // Every rule asks the same questions of the same nodes (a dozen rules resolve each call's callee):
    // answers are kept for the file's lifetime, which is one walk.
    qualifiedNames = new NodeAnswers((node) => this.resolveName(node));
    calleeNames = new NodeAnswers((call) => this.qualifiedName(call.childForFieldName('function')));
    calleeMembers = new NodeAnswers((call) => lastSegment(call.childForFieldName('function')));
    // Every imported module and each of its dotted prefixes, so that `importsModule` is one lookup.
    importedPaths = new Set();
    routes = new NodeAnswers((definition) => this.findRouteDecorator(definition));
    constructor(tree, text) {
        this.tree = tree;
        this.text = text;
        this.scanModuleLevel(tree.rootNode);
        for (const module of this.importedModules) {
            this.importedPaths.add(module);
            for (let dot = module.indexOf('.'); dot >= 0; dot = module.indexOf('.', dot + 1))
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
                case 'import_statement':
                    this.recordImport(statement);
                    break;
                case 'import_from_statement':
                    this.recordFromImport(statement);
                    break;
                case 'expression_statement': {
                    const assignment = statement.namedChild(0);
                    if (assignment?.type === 'assignment') {
                        const left = assignment.childForFieldName('left');
                        const right = assignment.childForFieldName('right');
                        if (left?.type === 'identifier' && right)
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
            if (child.type === 'dotted_name') {
                // `import a.b` binds `a`; resolution of `a.b.c` then works through attributes.
                const head = child.text.split('.')[0];
                this.imports.set(head, head);
                this.importedModules.add(child.text);
            }
            else if (child.type === 'aliased_import') {
                const name = child.childForFieldName('name')?.text;
                const alias = child.childForFieldName('alias')?.text;
                if (name && alias) {
                    this.imports.set(alias, name);
                    this.importedModules.add(name);
                }
            }
        }
    }
    recordFromImport(statement) {
        const moduleNode = statement.childForFieldName('module_name');
        if (!moduleNode)
            return;
        const moduleName = moduleNode.text.replace(/^\.+/, '');
        const relative = moduleName !== moduleNode.text;
        this.importedModules.add(moduleName);
        for (const child of statement.namedChildren) {
            if (!child || child === moduleNode || child.id === moduleNode.id)
                continue;
            let local;
            if (child.type === 'dotted_name') {
                local = child.text;
                this.imports.set(local, `${moduleName}.${child.text}`);
            }
            else if (child.type === 'aliased_import') {
                const name = child.childForFieldName('name')?.text;
                local = child.childForFieldName('alias')?.text;
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
        return node ? this.qualifiedNames.get(node) : undefined;
    }
    resolveName(node) {
        switch (node.type) {
            case 'identifier':
                return this.imports.get(node.text) ?? node.text;
            case 'attribute': {
                const object = this.qualifiedName(node.childForFieldName('object'));
                const attribute = node.childForFieldName('attribute')?.text;
                return object && attribute ? `${object}.${attribute}` : undefined;
            }
            case 'call': {
                const callee = this.qualifiedName(node.childForFieldName('function'));
                return callee ? `${callee}()` : undefined;
            }
            case 'parenthesized_expression':
                return this.qualifiedName(node.namedChild(0));
            default:
                return undefined;
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
        const args = call.childForFieldName('arguments');
        if (!args)
            return undefined;
        // Asked several times of every call: an index loop over all children (keyword arguments are named) allocates nothing.
        const children = args.children;
        for (let index = 0; index < children.length; index++) {
            const arg = children[index];
            if (arg.type === 'keyword_argument' && arg.childForFieldName('name')?.text === name) {
                return arg.childForFieldName('value') ?? undefined;
            }
        }
        return undefined;
    }
    hasKeywordArgument(call, name) {
        return this.keywordArgument(call, name) !== undefined;
    }
    /** True when the call passes `**kwargs`, which may carry any keyword. */
    hasSplatKeywords(call) {
        const children = call.childForFieldName('arguments')?.children ?? [];
        for (let index = 0; index < children.length; index++)
            if (children[index].type === 'dictionary_splat')
                return true;
        return false;
    }
    positionalArguments(call) {
        const args = call.childForFieldName('arguments');
        if (!args || args.type !== 'argument_list')
            return [];
        return args.namedChildren.filter((arg) => !!arg && arg.type !== 'keyword_argument' && arg.type !== 'comment' && arg.type !== 'dictionary_splat' && arg.type !== 'list_splat');
    }
    /**
     * Statically evaluates simple literals: strings (without interpolation), numbers,
     * booleans, None, lists/tuples/sets/dicts of those, and module-level constants.
     */
    literal(node, depth = 0) {
        if (!node || depth > 8)
            return undefined;
        switch (node.type) {
            case 'string': {
                let value = '';
                for (const child of node.children) {
                    if (child.type === 'interpolation')
                        return undefined;
                    if (child.type === 'string_content' || child.type === 'escape_sequence')
                        value += child.text;
                }
                return value;
            }
            case 'concatenated_string': {
                let joined = '';
                for (const part of node.namedChildren) {
                    const value = this.literal(part, depth + 1);
                    if (typeof value !== 'string')
                        return undefined;
                    joined += value;
                }
                return joined;
            }
            case 'integer':
            case 'float': {
                const value = Number(node.text.replace(/_/g, ''));
                return Number.isNaN(value) ? undefined : value;
            }
            case 'true':
                return true;
            case 'false':
                return false;
            case 'none':
                return null;
            case 'list':
            case 'tuple':
            case 'set': {
                const items = [];
                for (const child of node.namedChildren) {
                    if (!child || child.type === 'comment')
                        continue;
                    const value = this.literal(child, depth + 1);
                    if (value === undefined)
                        return undefined;
                    items.push(value);
                }
                return items;
            }
            case 'dictionary': {
                const result = {};
                for (const pair of node.namedChildren) {
                    if (!pair || pair.type !== 'pair')
                        continue;
                    const key = this.literal(pair.childForFieldName('key'), depth + 1);
                    const value = this.literal(pair.childForFieldName('value'), depth + 1);
                    if (typeof key !== 'string' || value === undefined)
                        return undefined;
                    result[key] = value;
                }
                return result;
            }
            case 'parenthesized_expression':
                return this.literal(node.namedChild(0), depth + 1);
            case 'identifier': {
                const assigned = this.moduleAssignments.get(node.text);
                return assigned ? this.literal(assigned, depth + 1) : undefined;
            }
            default:
                return undefined;
        }
    }
    /** The string value of a literal or constant, else undefined. */
    stringValue(node) {
        const value = this.literal(node);
        return typeof value === 'string' ? value : undefined;
    }
    enclosingFunction(node) {
        for (let current = node.parent; current; current = current.parent) {
            if (FUNCTION_TYPES.has(current.type))
                return current;
        }
        return undefined;
    }
    /** The module-level function or class named `name` (the definition under its decorators, if any). */
    moduleDefinition(name, type) {
        for (const statement of this.root.namedChildren) {
            const definition = statement?.type === 'decorated_definition' ? statement.childForFieldName('definition') : statement;
            if (definition?.type === type && definition.childForFieldName('name')?.text === name)
                return definition;
        }
        return undefined;
    }
    enclosingClass(node) {
        for (let current = node.parent; current; current = current.parent) {
            if (current.type === 'class_definition')
                return current;
        }
        return undefined;
    }
    /** Decorator expressions of a function (or class) definition. */
    decorators(definition) {
        const parent = definition.parent;
        if (parent?.type !== 'decorated_definition')
            return [];
        return parent.namedChildren
            .filter((child) => child?.type === 'decorator')
            .map((decorator) => decorator.namedChild(0))
            .filter((expression) => !!expression);
    }
    /** The node a route-level finding points at: the decorator line when decorated. */
    definitionAnchor(definition) {
        const parent = definition.parent;
        return parent?.type === 'decorated_definition' ? parent : definition;
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
            if (decorator.type !== 'call')
                continue;
            const fn = decorator.childForFieldName('function');
            if (fn?.type !== 'attribute')
                continue;
            const member = fn.childForFieldName('attribute')?.text ?? '';
            if (!HTTP_METHODS.has(member))
                continue;
            const receiver = fn.childForFieldName('object');
            // `@limiter.limit(...)`, `@app.get` on non-app objects are filtered by method name;
            // a path argument (or `path=`) is what makes it a route.
            const pathNode = this.positionalArguments(decorator)[0] ?? this.keywordArgument(decorator, 'path') ?? this.keywordArgument(decorator, 'rule');
            const path = this.stringValue(pathNode);
            if (path === undefined && !pathNode)
                continue;
            let methods;
            if (member === 'route' || member === 'api_route') {
                const declared = this.literal(this.keywordArgument(decorator, 'methods'));
                methods = Array.isArray(declared) ? declared.filter((m) => typeof m === 'string').map((m) => m.toUpperCase()) : ['GET'];
            }
            else if (member === 'websocket') {
                methods = ['WEBSOCKET'];
            }
            else {
                methods = [member.toUpperCase()];
            }
            return { decorator, receiver: receiver?.text ?? '', path: path ?? null, methods, definition };
        }
        return undefined;
    }
    /** Function parameters as nodes with their names (`self` included). */
    parameters(definition) {
        const params = definition.childForFieldName('parameters');
        if (!params)
            return [];
        const result = [];
        for (const param of params.namedChildren) {
            if (!param)
                continue;
            if (param.type === 'identifier') {
                result.push({ name: param.text, node: param });
                continue;
            }
            const nameNode = param.childForFieldName('name') ?? param.namedChildren.find((c) => c?.type === 'identifier');
            if (!nameNode)
                continue;
            result.push({
                name: nameNode.text,
                node: param,
                annotation: param.childForFieldName('type') ?? undefined,
                default: param.childForFieldName('value') ?? undefined,
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
        // Each type's list is in preorder: several types are merged, not concatenated and sorted.
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
        for (;;) {
            let chosen = -1;
            let chosenOrder = node.last + 1;
            for (let list = 0; list < lists.length; list++) {
                const candidate = lists[list][next[list]];
                if (candidate !== undefined && candidate.order < chosenOrder) {
                    chosen = list;
                    chosenOrder = candidate.order;
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
        const superclasses = classDefinition.childForFieldName('superclasses');
        if (!superclasses)
            return [];
        return superclasses.namedChildren
            .filter((c) => !!c && c.type !== 'keyword_argument')
            .map((c) => this.qualifiedName(c) ?? c.text);
    }
}
/** The index of the first node in a preorder list that comes after preorder number `order`. */
function firstAfter(nodes, order) {
    let low = 0;
    let high = nodes.length;
    while (low < high) {
        const middle = (low + high) >> 1;
        if (nodes[middle].order <= order)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}
/** `get` for `client.get`, `print` for `print`; undefined for any other callee expression. */
function lastSegment(fn) {
    if (fn?.type === 'attribute')
        return fn.childForFieldName('attribute')?.text;
    if (fn?.type === 'identifier')
        return fn.text;
    return undefined;
}
/** True when a function, lambda or class lies strictly between `node` and its ancestor `outer`. */
function insideNestedScope(node, outer) {
    for (let current = node.parent; current && current !== outer; current = current.parent) {
        if (NESTED_SCOPES.has(current.type))
            return true;
    }
    return false;
}
