import { defineRule, isDeliberatelyInMemory, isTestPath, looksLikeStateStore, memoSlot, pySemantics, ts, tsSemantics, } from '../src/rule-kit/index.js';
const within = (inner, outer) => inner.start >= outer.start && inner.end <= outer.end;
const EXISTENCE_TEST = /^(?:not\s+|!\s*)?\(?[\w.$\[\]"'()]+\)?(?:\s*(?:is(?:\s+not)?\s+None|[!=]==?\s*(?:undefined|null)))?$|\s(?:not\s+)?in\s|\.has\(/;
function mentions(span, names, facts) {
    return facts.identifiers.some((id) => id.start >= span.start && id.start < span.end && names.has(id.name));
}
/** Locals that carry the read's value: bound from an expression containing it, then anything bound from those. */
function taintedBy(read, facts) {
    const tainted = new Set();
    for (const binding of facts.bindings) {
        if (binding.value.end < read.start)
            continue;
        const fromRead = read.start >= binding.value.start && read.end <= binding.value.end;
        if (fromRead || (binding.value.start >= read.end && mentions(binding.value, tainted, facts)))
            binding.names.forEach((name) => tainted.add(name));
    }
    return tainted;
}
/**
 * The first race in one store's accesses: a read, the first suspension after
 * it, no write landing in between (the claim was committed before yielding),
 * then a write that depends on the read (guarded by it, built from it, or the
 * same entry written back), with no lock around both.
 */
function findRace(accesses, facts) {
    const writes = accesses.filter((a) => a.kind === 'write').sort((a, b) => a.start - b.start);
    if (writes.length === 0)
        return undefined;
    const reads = [...accesses.filter((a) => a.kind === 'read'), ...writes.filter((w) => w.readsItself).map((w) => ({ ...w, kind: 'read', end: w.start + 1 }))];
    for (const read of reads.sort((a, b) => a.start - b.start)) {
        const suspension = facts.suspensions.filter((s) => s.at >= read.end).sort((a, b) => a.at - b.at)[0];
        if (!suspension)
            continue;
        // A write that lands before the coroutine yields commits the claim (`if k in RUNNING: raise …; RUNNING[k] = True; await run()`).
        if (writes.some((w) => w.end >= read.end && w.end <= suspension.at))
            continue;
        const tainted = taintedBy(read, facts);
        const guards = facts.guards.filter((g) => (read.test && within(read, g.condition)) || (g.condition.start >= read.end && mentions(g.condition, tainted, facts)));
        for (const write of writes) {
            if (write.end <= suspension.at)
                continue;
            if (facts.locks.some((lock) => read.start >= lock.start && write.end <= lock.end))
                continue;
            if (write.readsItself && write.node === read.node)
                return { read, write, suspension, kind: 'readModifyWrite' };
            if (write.mode !== 'append' && !write.removes && write.values.some((v) => mentions(v, tainted, facts)))
                return { read, write, suspension, kind: 'readModifyWrite' };
            if (write.rebinding)
                continue;
            // An existence check that answers 404 guards nothing a field update could lose; a duplicate check before a new entry does.
            const guarded = guards.some((g) => within(write, g.statement) || (g.exits && write.start >= g.statement.end && (write.mode === 'entry' || !g.existenceOnly)));
            if (guarded)
                return { read, write, suspension, kind: 'checkThenAct' };
            if (write.mode === 'entry' && tainted.size > 0 && read.key !== undefined && read.key === write.key)
                return { read, write, suspension, kind: 'readModifyWrite' };
        }
    }
    return undefined;
}
// ---------------------------------------------------------------- Python
const PY_WRITE_METHODS = new Set([...pySemantics.CONTAINER_WRITE_METHODS, 'pop', 'popitem', 'popleft', 'remove', 'discard', 'clear']);
const PY_KEYED_METHODS = new Set(['get', 'pop', 'setdefault', '__getitem__', '__setitem__']);
const PY_LOCK = /lock|mutex|semaphore/i;
const PY_EXITS = new Set(['return_statement', 'raise_statement', 'continue_statement', 'break_statement']);
const APP_STATE = /(?:^|\.)app\.state$/;
function pyIsAsync(fn) {
    return fn.type === 'function_definition' && fn.child(0)?.type === 'async';
}
/** Who runs this coroutine per request: a handler, an agent tool, or a helper called from a handler. */
function pyCaller(fn, file) {
    const name = fn.childForFieldName('name')?.text ?? 'function';
    if (pySemantics.isRequestHandler(fn, file))
        return { label: `request handler ${name}` };
    const outer = pySemantics.enclosingHandler(fn, file);
    if (outer)
        return { label: `request handler ${outer.childForFieldName('name')?.text ?? name}` };
    if (pySemantics.isAgentTool(fn, file))
        return { label: `agent tool ${name}` };
    const site = pySemantics.handlerCallSites(fn, file)[0];
    if (site)
        return { label: `${name} (called from request handler ${pySemantics.enclosingHandler(site, file)?.childForFieldName('name')?.text ?? 'handler'})` };
    if (name.startsWith('test_') || name === '__aenter__' || name === '__aexit__')
        return undefined;
    return { label: `coroutine ${name}`, confidence: 'low' };
}
function pyStore(node, fn, file, containers) {
    if (node.type === 'identifier') {
        const parent = node.parent;
        if (parent?.type === 'attribute' && parent.childForFieldName('attribute')?.id === node.id)
            return undefined;
        if (parent?.type === 'keyword_argument' && parent.childForFieldName('name')?.id === node.id)
            return undefined;
        let container = containers.get(node.text);
        if (container === undefined)
            containers.set(node.text, (container = !!pySemantics.moduleContainer(node.text, fn, file)));
        if (!container)
            return undefined;
        return { id: node.text, label: `module-level ${node.text}`, name: node.text };
    }
    if (node.type !== 'attribute')
        return undefined;
    const object = node.childForFieldName('object')?.text ?? '';
    const name = node.childForFieldName('attribute')?.text ?? '';
    // Starlette/FastAPI `app.state` (also reached as `request.app.state`) lives as long as the app.
    if (APP_STATE.test(object))
        return { id: `app.state.${name}`, label: `app.state.${name}`, name };
    if (object !== 'self')
        return undefined;
    const owner = file.enclosingClass(fn);
    if (!owner || !pySemantics.instanceContainer(owner, name, file))
        return undefined;
    const handlerClass = file.baseClasses(owner).some((base) => /(?:^|\.)AgentExecutor$/.test(base));
    const built = pySemantics.classInstantiation(owner, file);
    if (handlerClass || built === 'module')
        return { id: `self.${name}`, label: `self.${name}`, name };
    // Built per call in this file: a per-request object. Not built here: shared when its name says it holds sessions/orders.
    if (built === 'function' || !looksLikeStateStore(name))
        return undefined;
    return { id: `self.${name}`, label: `self.${name} (assuming one ${owner.childForFieldName('name')?.text} instance serves every request)`, name };
}
const PY_APPEND_METHODS = new Set(['append', 'extend', 'insert', 'add', 'appendleft', 'setdefault']);
const PY_REMOVE_METHODS = new Set(['pop', 'popitem', 'popleft', 'remove', 'discard', 'clear']);
function pyWriteMode(member, depth) {
    if (PY_APPEND_METHODS.has(member))
        return 'append';
    return depth === 0 && (PY_REMOVE_METHODS.has(member) || member === '__setitem__') ? 'entry' : 'field';
}
/** How the code around a store reference uses it: `STORE[k] = v`, `STORE[k]["f"] = v`, `STORE.get(k)`, `k in STORE`, `del STORE[k]`. */
function pyAccess(ref, file) {
    let outer = ref;
    let key;
    let depth = 0;
    let subscripts = 0;
    for (let parent = outer.parent; parent; parent = outer.parent) {
        const isMethod = parent.parent?.type === 'call' && parent.parent.childForFieldName('function')?.id === parent.id;
        if (parent.type === 'subscript' && parent.childForFieldName('value')?.id === outer.id) {
            if (subscripts++ === 0)
                key = parent.childForFieldName('subscript')?.text;
        }
        else if (!(parent.type === 'attribute' && parent.childForFieldName('object')?.id === outer.id && !isMethod)) {
            break;
        }
        outer = parent;
        depth++;
    }
    const parent = outer.parent;
    if (!parent || parent.type === 'global_statement' || parent.type === 'nonlocal_statement')
        return undefined;
    const base = { start: outer.startIndex, line: outer.startPosition.row + 1, key, values: [], rebinding: false, readsItself: false, test: false, node: outer };
    const span = (n) => (n ? [{ start: n.startIndex, end: n.endIndex }] : []);
    const assignedMode = depth === 0 ? undefined : depth === 1 && subscripts === 1 ? 'entry' : 'field';
    if (parent.type === 'assignment' && parent.childForFieldName('left')?.id === outer.id) {
        return { ...base, kind: 'write', end: parent.endIndex, values: span(parent.childForFieldName('right')), rebinding: depth === 0, mode: assignedMode };
    }
    if (parent.type === 'augmented_assignment' && parent.childForFieldName('left')?.id === outer.id) {
        return { ...base, kind: 'write', end: parent.endIndex, values: span(parent.childForFieldName('right')), rebinding: depth === 0, readsItself: true, mode: assignedMode };
    }
    if (parent.type === 'delete_statement' || (parent.type === 'expression_list' && parent.parent?.type === 'delete_statement')) {
        return { ...base, kind: 'write', end: parent.endIndex, mode: 'entry', removes: true };
    }
    if (parent.type === 'attribute' && parent.childForFieldName('object')?.id === outer.id && parent.parent?.type === 'call') {
        const call = parent.parent;
        const member = parent.childForFieldName('attribute')?.text ?? '';
        const args = file.positionalArguments(call);
        const methodKey = depth === 0 && PY_KEYED_METHODS.has(member) ? args[0]?.text : undefined;
        if (PY_WRITE_METHODS.has(member))
            return { ...base, kind: 'write', end: call.endIndex, key: key ?? methodKey, values: args.flatMap((a) => span(a)), mode: pyWriteMode(member, depth), removes: PY_REMOVE_METHODS.has(member) };
        return { ...base, kind: 'read', end: call.endIndex, key: key ?? methodKey };
    }
    if (parent.type === 'comparison_operator' && parent.namedChildren.at(-1)?.id === outer.id && /\bin\b/.test(parent.text)) {
        return { ...base, kind: 'read', end: outer.endIndex, key: key ?? parent.namedChild(0)?.text, test: true };
    }
    for (let current = parent; current && current.type !== 'block' && current.type !== 'function_definition'; current = current.parent) {
        // A value returned or raised leaves the coroutine; one logged is not used.
        if (current.type === 'return_statement' || current.type === 'raise_statement')
            return undefined;
        if (current.type === 'call' && pySemantics.isLogCall(current, file))
            return undefined;
    }
    return { ...base, kind: 'read', end: outer.endIndex };
}
function pyConditionOf(node) {
    if (node.type === 'conditional_expression')
        return node.namedChild(1);
    return node.childForFieldName('condition');
}
function pyBranchExits(block) {
    const last = block?.namedChildren.filter((c) => c && c.type !== 'comment').at(-1);
    return !!last && PY_EXITS.has(last.type);
}
function pyAwaitLabel(node) {
    const inner = node.type === 'await' ? node.namedChild(0) : node;
    const callee = inner?.type === 'call' ? inner.childForFieldName('function')?.text : undefined;
    const text = callee ? `${callee}(...)` : (inner?.text ?? '').replace(/\s+/g, ' ').slice(0, 40);
    return node.type === 'await' ? `await ${text}` : text;
}
function pyFacts(fn, file) {
    const facts = { accesses: new Map(), suspensions: [], locks: [], guards: [], bindings: [], identifiers: [] };
    const stores = new Map();
    const body = fn.childForFieldName('body');
    if (!body)
        return { facts, stores };
    const stack = [body];
    const containers = new Map();
    let acquired;
    while (stack.length > 0) {
        const node = stack.pop();
        switch (node.type) {
            case 'identifier':
                facts.identifiers.push({ name: node.text, start: node.startIndex });
                break;
            case 'await':
                facts.suspensions.push({ start: node.startIndex, end: node.endIndex, at: node.endIndex - 1, label: pyAwaitLabel(node) });
                break;
            case 'for_statement':
                if (node.child(0)?.type === 'async') {
                    const iterable = node.childForFieldName('right');
                    if (iterable)
                        facts.suspensions.push({ start: node.startIndex, end: iterable.endIndex, at: iterable.endIndex, label: `async for over ${pyAwaitLabel(iterable)}` });
                }
                if (node.childForFieldName('right'))
                    facts.bindings.push({ names: pyNames(node.childForFieldName('left')), value: { start: node.childForFieldName('right').startIndex, end: node.childForFieldName('right').endIndex } });
                break;
            case 'with_statement': {
                const clause = node.namedChildren.find((c) => c?.type === 'with_clause');
                if (clause && PY_LOCK.test(clause.text))
                    facts.locks.push({ start: node.startIndex, end: node.endIndex });
                else if (clause && node.child(0)?.type === 'async')
                    facts.suspensions.push({ start: clause.startIndex, end: clause.endIndex, at: clause.endIndex, label: `async with ${clause.text.slice(0, 40)}` });
                break;
            }
            case 'call': {
                const member = file.calleeMember(node);
                const receiver = node.childForFieldName('function')?.childForFieldName('object')?.text ?? '';
                // `await lock.acquire()` … `lock.release()`: the span between them is guarded.
                if (member === 'acquire' && PY_LOCK.test(receiver))
                    acquired ??= node.startIndex;
                if (member === 'release' && PY_LOCK.test(receiver) && acquired !== undefined) {
                    facts.locks.push({ start: acquired, end: node.endIndex });
                    acquired = undefined;
                }
                break;
            }
            case 'assignment':
            case 'augmented_assignment': {
                const right = node.childForFieldName('right');
                if (right)
                    facts.bindings.push({ names: pyNames(node.childForFieldName('left')), value: { start: right.startIndex, end: right.endIndex } });
                break;
            }
            case 'named_expression': {
                const value = node.childForFieldName('value');
                if (value)
                    facts.bindings.push({ names: pyNames(node.childForFieldName('name')), value: { start: value.startIndex, end: value.endIndex } });
                break;
            }
            case 'if_statement':
            case 'elif_clause':
            case 'while_statement':
            case 'conditional_expression': {
                const condition = pyConditionOf(node);
                const statement = node.type === 'elif_clause' ? node.parent ?? node : node;
                const exits = node.type === 'if_statement' || node.type === 'elif_clause' ? pyBranchExits(node.childForFieldName('consequence')) : false;
                if (condition)
                    facts.guards.push({ condition: { start: condition.startIndex, end: condition.endIndex }, statement: { start: statement.startIndex, end: statement.endIndex }, exits, existenceOnly: EXISTENCE_TEST.test(condition.text.trim()) });
                break;
            }
        }
        if (node.type === 'identifier' || node.type === 'attribute') {
            const store = pyStore(node, fn, file, containers);
            if (store) {
                const access = pyAccess(node, file);
                if (access) {
                    stores.set(store.id, store);
                    const accesses = facts.accesses.get(store.id);
                    if (accesses)
                        accesses.push(access);
                    else
                        facts.accesses.set(store.id, [access]);
                }
                if (node.type === 'attribute')
                    continue;
            }
        }
        if (node.id !== body.id && (node.type === 'function_definition' || node.type === 'lambda' || node.type === 'class_definition'))
            continue;
        // The named children, in order, without building the named list of every node of the body.
        const children = node.children;
        for (let index = 0; index < children.length; index++)
            if (children[index].isNamed)
                stack.push(children[index]);
    }
    if (acquired !== undefined)
        facts.locks.push({ start: acquired, end: fn.endIndex });
    // A read inside a condition is a test of the store.
    for (const accesses of facts.accesses.values()) {
        for (const access of accesses) {
            if (access.kind === 'read' && facts.guards.some((g) => within(access, g.condition)))
                access.test = true;
        }
    }
    facts.bindings.sort((a, b) => a.value.start - b.value.start);
    return { facts, stores };
}
function pyNames(target) {
    if (!target)
        return [];
    if (target.type === 'identifier')
        return [target.text];
    if (target.type === 'pattern_list' || target.type === 'tuple_pattern' || target.type === 'list_pattern' || target.type === 'tuple')
        return target.namedChildren.flatMap((c) => pyNames(c));
    return [];
}
/**
 * False when `fn`'s text cannot name a store as `pyStore` judges one: no module-level container's
 * name, no `app.state` (its object's text must end so: see APP_STATE), no `self` with an instance
 * container of the class named. Most coroutines touch none, and this spares them the fact walk.
 * Non-ASCII text is walked: Python normalises identifiers (NFKC), so a name can be spelled with
 * other characters.
 */
function pyMayTouchStore(fn, file) {
    const body = fn.childForFieldName('body');
    if (!body)
        return false;
    const text = body.text;
    if (text.includes('app.state') || NON_ASCII.test(text))
        return true;
    for (const name of pySemantics.moduleContainerNames(file))
        if (text.includes(name))
            return true;
    const owner = text.includes('self') ? file.enclosingClass(fn) : undefined;
    if (!owner)
        return false;
    for (const name of pySemantics.instanceContainers(owner, file).keys())
        if (text.includes(name))
            return true;
    return false;
}
const NON_ASCII = /[^\x00-\x7f]/;
function checkPython(fn, ctx) {
    const { file } = ctx;
    if (!pyIsAsync(fn) || isTestPath(ctx.path) || !pyMayTouchStore(fn, file))
        return;
    const caller = pyCaller(fn, file);
    if (!caller)
        return;
    const { facts, stores } = pyFacts(fn, file);
    for (const [id, accesses] of facts.accesses) {
        const store = stores.get(id);
        const race = findRace(accesses, facts);
        if (!race || !reportable(store.name))
            continue;
        ctx.report({ node: race.write.node, messageId: race.kind, confidence: confidenceOf(store.name, caller, race), data: message(store.label, race, caller) });
    }
}
function reportable(name) {
    // Locks, semaphores, metrics and registries by name are not the shared state at risk; caches stay (a stampede still double-fills).
    return !isDeliberatelyInMemory(name) || /cache|memo|lru/i.test(name);
}
function confidenceOf(name, caller, race) {
    if (caller.confidence === 'low' && !looksLikeStateStore(name))
        return 'low';
    // A cache filled twice under concurrency costs a second fetch, rarely correctness.
    if (/cache|memo|lru/i.test(name) && race.kind === 'checkThenAct')
        return 'low';
    return undefined;
}
function message(store, race, caller) {
    return { store, await: race.suspension.label, readLine: String(race.read.line), where: caller.label };
}
// ---------------------------------------------------------------- TypeScript
const TS_KEYED_METHODS = new Set(['get', 'has', 'set', 'delete']);
const TS_LOCK = /lock|mutex|semaphore|runExclusive/i;
const TS_COMPOUND = new Set([
    'PlusEqualsToken', 'MinusEqualsToken', 'AsteriskEqualsToken', 'SlashEqualsToken', 'BarBarEqualsToken', 'AmpersandAmpersandEqualsToken', 'QuestionQuestionEqualsToken',
]);
function tsIsAsync(fn) {
    return !!fn.body && !!fn.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.AsyncKeyword);
}
function tsCaller(fn, file, path) {
    const label = tsSemantics.functionLabel(fn, file);
    if (tsSemantics.isRequestHandler(fn, file, path))
        return { label: `request handler ${label}` };
    const outer = tsSemantics.enclosingHandler(fn, file, path);
    if (outer)
        return { label: `request handler ${tsSemantics.functionLabel(outer, file)}` };
    const site = tsSemantics.handlerCallSites(fn, file, path)[0];
    if (site)
        return { label: `${label} (called from request handler ${tsSemantics.functionLabel(tsSemantics.enclosingHandler(site, file, path), file)})` };
    return { label: `async function ${label}`, confidence: 'low' };
}
function tsShadowed(name, node, file) {
    for (let fn = file.enclosingFunction(node); fn; fn = file.enclosingFunction(fn)) {
        if (fn.parameters.some((p) => ts.isIdentifier(p.name) && p.name.text === name))
            return true;
        if (file.descendants(fn, ts.isVariableDeclaration, true).some((d) => ts.isIdentifier(d.name) && d.name.text === name))
            return true;
    }
    return false;
}
const MODULE_CONTAINER_NAMES = memoSlot('module-level container names');
function moduleContainerNames(file) {
    return file.memos.get(MODULE_CONTAINER_NAMES, () => {
        const names = new Set();
        for (const statement of file.source.statements) {
            if (!ts.isVariableStatement(statement))
                continue;
            for (const declaration of statement.declarationList.declarations) {
                const name = ts.isIdentifier(declaration.name) ? declaration.name.text : undefined;
                if (name && file.constants.has(name) && tsSemantics.isMutableContainer(declaration.initializer, file))
                    names.add(name);
            }
        }
        return names;
    });
}
/** `containers`: the file's module-level container names. */
function tsStore(node, file, containers) {
    if (ts.isIdentifier(node)) {
        const parent = node.parent;
        if (ts.isPropertyAccessExpression(parent) && parent.name === node)
            return undefined;
        if ((ts.isPropertyAssignment(parent) || ts.isVariableDeclaration(parent) || ts.isParameter(parent) || ts.isBindingElement(parent)) && parent.name === node)
            return undefined;
        if (!containers.has(node.text) || tsShadowed(node.text, node, file))
            return undefined;
        return { id: node.text, label: `module-level ${node.text}`, name: node.text };
    }
    if (!ts.isPropertyAccessExpression(node) || node.expression.kind !== ts.SyntaxKind.ThisKeyword)
        return undefined;
    const name = node.name.text;
    if (!tsSemantics.classContainer(node, name, file))
        return undefined;
    let owner = node.parent;
    while (owner && !ts.isClassLike(owner))
        owner = owner.parent;
    if (owner && ts.isClassLike(owner) && tsSemantics.instantiatedAtTopLevel(owner, file))
        return { id: `this.${name}`, label: `this.${name}`, name };
    if (!looksLikeStateStore(name))
        return undefined;
    const className = owner && ts.isClassLike(owner) ? owner.name?.text : undefined;
    return { id: `this.${name}`, label: `this.${name} (assuming one ${className ?? 'instance'} serves every request)`, name };
}
const TS_APPEND_METHODS = new Set(['push', 'add', 'unshift']);
const TS_ENTRY_METHODS = new Set(['set', 'delete', 'clear', 'pop', 'shift', 'splice']);
/** How the code around a store reference uses it: `jobs[id] = v`, `jobs[id].status = v`, `sessions.get(id)`, `sessions.set(id, v)`, `id in jobs`. */
function tsAccess(ref, file) {
    let outer = ref;
    let key;
    let depth = 0;
    let elements = 0;
    const source = file.source;
    for (let parent = outer.parent; parent; parent = outer.parent) {
        if (ts.isNonNullExpression(parent) || ts.isParenthesizedExpression(parent)) {
            outer = parent;
            continue;
        }
        const isMethod = ts.isCallExpression(parent.parent) && parent.parent.expression === parent;
        if (ts.isElementAccessExpression(parent) && parent.expression === outer) {
            if (elements++ === 0)
                key = parent.argumentExpression.getText(source);
        }
        else if (!(ts.isPropertyAccessExpression(parent) && parent.expression === outer && !isMethod)) {
            break;
        }
        outer = parent;
        depth++;
    }
    const parent = outer.parent;
    const start = outer.getStart(source);
    const base = { start, line: file.lineAndCharacter(start).line + 1, key, values: [], rebinding: false, readsItself: false, test: false, node: outer };
    const span = (n) => ({ start: n.getStart(source), end: n.end });
    const assignedMode = depth === 0 ? undefined : depth === 1 && elements === 1 ? 'entry' : 'field';
    if (ts.isBinaryExpression(parent) && parent.left === outer) {
        if (parent.operatorToken.kind === ts.SyntaxKind.EqualsToken)
            return { ...base, kind: 'write', end: parent.end, values: [span(parent.right)], rebinding: depth === 0, mode: assignedMode };
        if (TS_COMPOUND.has(ts.SyntaxKind[parent.operatorToken.kind]))
            return { ...base, kind: 'write', end: parent.end, values: [span(parent.right)], rebinding: depth === 0, readsItself: true, mode: assignedMode };
    }
    if ((ts.isPrefixUnaryExpression(parent) || ts.isPostfixUnaryExpression(parent)) && (parent.operator === ts.SyntaxKind.PlusPlusToken || parent.operator === ts.SyntaxKind.MinusMinusToken)) {
        return { ...base, kind: 'write', end: parent.end, readsItself: true, mode: assignedMode };
    }
    if (ts.isDeleteExpression(parent))
        return { ...base, kind: 'write', end: parent.end, mode: 'entry', removes: true };
    if (ts.isPropertyAccessExpression(parent) && parent.expression === outer && ts.isCallExpression(parent.parent) && parent.parent.expression === parent) {
        const call = parent.parent;
        const member = parent.name.text;
        const methodKey = depth === 0 && TS_KEYED_METHODS.has(member) ? call.arguments[0]?.getText(source) : undefined;
        if (TS_APPEND_METHODS.has(member) || TS_ENTRY_METHODS.has(member)) {
            const mode = TS_APPEND_METHODS.has(member) ? 'append' : depth === 0 ? 'entry' : 'field';
            return { ...base, kind: 'write', end: call.end, key: key ?? methodKey, values: call.arguments.map(span), mode, removes: member !== 'set' && TS_ENTRY_METHODS.has(member) };
        }
        return { ...base, kind: 'read', end: call.end, key: key ?? methodKey, test: member === 'has' };
    }
    if (ts.isBinaryExpression(parent) && parent.right === outer && parent.operatorToken.kind === ts.SyntaxKind.InKeyword) {
        return { ...base, kind: 'read', end: outer.end, key: key ?? parent.left.getText(source), test: true };
    }
    for (let current = parent; current && !ts.isBlock(current) && !ts.isFunctionLike(current); current = current.parent) {
        if (ts.isReturnStatement(current) || ts.isThrowStatement(current))
            return undefined;
        if (ts.isCallExpression(current) && tsSemantics.isLogCall(current, file))
            return undefined;
    }
    return { ...base, kind: 'read', end: outer.end };
}
function tsBindingNames(name) {
    if (ts.isIdentifier(name))
        return [name.text];
    if (ts.isObjectBindingPattern(name) || ts.isArrayBindingPattern(name))
        return name.elements.flatMap((e) => (ts.isBindingElement(e) ? tsBindingNames(e.name) : []));
    return [];
}
function tsExits(statement) {
    const last = ts.isBlock(statement) ? statement.statements.at(-1) : statement;
    return !!last && (ts.isReturnStatement(last) || ts.isThrowStatement(last) || ts.isContinueStatement(last) || ts.isBreakStatement(last));
}
function tsAwaitLabel(expression, file) {
    const inner = ts.isAwaitExpression(expression) ? expression.expression : expression;
    const text = ts.isCallExpression(inner) ? `${inner.expression.getText(file.source)}(...)` : inner.getText(file.source).replace(/\s+/g, ' ').slice(0, 40);
    return ts.isAwaitExpression(expression) ? `await ${text}` : text;
}
/** The store accesses in `fn`'s own code (nested functions are checked on their own), and every node walked, in order. */
function tsStoreAccesses(fn, file) {
    const accesses = new Map();
    const stores = new Map();
    const walked = [];
    const containers = moduleContainerNames(file);
    const visit = (node) => {
        walked.push(node);
        if (ts.isIdentifier(node) || ts.isPropertyAccessExpression(node)) {
            const store = tsStore(node, file, containers);
            if (store) {
                const access = tsAccess(node, file);
                if (access) {
                    stores.set(store.id, store);
                    accesses.set(store.id, [...(accesses.get(store.id) ?? []), access]);
                }
                return;
            }
        }
        if (ts.isFunctionLike(node))
            return;
        ts.forEachChild(node, visit);
    };
    if (fn.body)
        ts.forEachChild(fn.body, visit);
    return { accesses, stores, walked };
}
/** The rest of a function's facts, read off the nodes `tsStoreAccesses` walked: only functions that touch a store need them. */
function tsFacts(fn, walked, accesses, file) {
    const facts = { accesses, suspensions: [], locks: [], guards: [], bindings: [], identifiers: [] };
    const source = file.source;
    const span = (n) => ({ start: n.getStart(source), end: n.end });
    const existenceOnly = (condition) => EXISTENCE_TEST.test(condition.getText(source).trim());
    let acquired;
    for (const node of walked) {
        if (ts.isIdentifier(node))
            facts.identifiers.push({ name: node.text, start: node.getStart(source) });
        if (ts.isAwaitExpression(node))
            facts.suspensions.push({ ...span(node), at: node.end - 1, label: tsAwaitLabel(node, file) });
        if (ts.isForOfStatement(node)) {
            if (node.awaitModifier)
                facts.suspensions.push({ start: node.getStart(source), end: node.expression.end, at: node.expression.end, label: `for await over ${tsAwaitLabel(node.expression, file)}` });
            if (ts.isVariableDeclarationList(node.initializer))
                facts.bindings.push({ names: node.initializer.declarations.flatMap((d) => tsBindingNames(d.name)), value: span(node.expression) });
        }
        if (ts.isVariableDeclaration(node) && node.initializer)
            facts.bindings.push({ names: tsBindingNames(node.name), value: span(node.initializer) });
        if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isIdentifier(node.left))
            facts.bindings.push({ names: [node.left.text], value: span(node.right) });
        if (ts.isIfStatement(node))
            facts.guards.push({ condition: span(node.expression), statement: span(node), exits: tsExits(node.thenStatement), existenceOnly: existenceOnly(node.expression) });
        if (ts.isWhileStatement(node))
            facts.guards.push({ condition: span(node.expression), statement: span(node), exits: false, existenceOnly: false });
        if (ts.isConditionalExpression(node))
            facts.guards.push({ condition: span(node.condition), statement: span(node), exits: false, existenceOnly: existenceOnly(node.condition) });
        if (ts.isCallExpression(node)) {
            const callee = node.expression.getText(source);
            // `mutex.runExclusive(async () => …)`, `lock.acquire(key, async () => …)`: the callback runs under the lock.
            if (TS_LOCK.test(callee)) {
                const callback = node.arguments.find((a) => ts.isArrowFunction(a) || ts.isFunctionExpression(a));
                if (callback)
                    facts.locks.push(span(callback));
                else if (/acquire$/.test(callee))
                    acquired ??= node.getStart(source);
            }
            if (/release$/.test(callee) && acquired !== undefined) {
                facts.locks.push({ start: acquired, end: node.end });
                acquired = undefined;
            }
        }
    }
    if (acquired !== undefined)
        facts.locks.push({ start: acquired, end: fn.end });
    // `release()` from `await mutex.acquire()` usually sits in a finally block; the binding name may be anything.
    for (const storeAccesses of accesses.values()) {
        for (const access of storeAccesses) {
            if (access.kind === 'read' && facts.guards.some((g) => within(access, g.condition)))
                access.test = true;
        }
    }
    facts.bindings.sort((a, b) => a.value.start - b.value.start);
    return facts;
}
/** The whole function runs under a lock when it is the callback of `mutex.runExclusive(...)` or `lock.acquire(key, ...)`. */
function tsRunsUnderLock(fn, file) {
    const parent = fn.parent;
    return !!parent && ts.isCallExpression(parent) && parent.arguments.includes(fn) && TS_LOCK.test(parent.expression.getText(file.source));
}
/**
 * False when `fn`'s text cannot reach a store (as `tsStore` judges one): it names no module-level
 * container, nor a container property of the class its `this.x` belong to (the nearest enclosing
 * class, as no class is written inside the function) that is shared (one instance at top level)
 * or named like state. Most async functions touch neither, and this spares them the fact walk. A `\u` escape can spell a name or keyword, so such text is walked.
 */
function mayTouchStore(fn, file) {
    if (!fn.body)
        return false;
    const text = file.source.text.slice(fn.body.pos, fn.body.end);
    if (text.includes('\\u'))
        return true;
    for (const name of moduleContainerNames(file))
        if (text.includes(name))
            return true;
    if (!text.includes('this'))
        return false;
    if (text.includes('class'))
        return true;
    let owner = fn.parent;
    while (owner && !ts.isClassDeclaration(owner) && !ts.isClassExpression(owner))
        owner = owner.parent;
    if (!owner)
        return false;
    const shared = tsSemantics.instantiatedAtTopLevel(owner, file);
    return owner.members.some((member) => ts.isPropertyDeclaration(member) &&
        ts.isIdentifier(member.name) &&
        text.includes(member.name.text) &&
        (shared || looksLikeStateStore(member.name.text)) &&
        tsSemantics.isMutableContainer(member.initializer, file));
}
function checkTypeScript(fn, ctx) {
    const { file } = ctx;
    if (!tsIsAsync(fn) || isTestPath(ctx.path) || tsRunsUnderLock(fn, file) || !mayTouchStore(fn, file))
        return;
    const { accesses: storeAccesses, stores, walked } = tsStoreAccesses(fn, file);
    if (storeAccesses.size === 0)
        return;
    const caller = tsCaller(fn, file, ctx.path);
    if (!caller)
        return;
    const facts = tsFacts(fn, walked, storeAccesses, file);
    for (const [id, accesses] of facts.accesses) {
        const store = stores.get(id);
        const race = findRace(accesses, facts);
        if (!race || !reportable(store.name))
            continue;
        ctx.report({ node: race.write.node, messageId: race.kind, confidence: confidenceOf(store.name, caller, race), data: message(store.label, race, caller) });
    }
}
function tsVisitor(node, ctx) {
    if (ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node) || ts.isArrowFunction(node) || ts.isMethodDeclaration(node))
        checkTypeScript(node, ctx);
}
export default defineRule({
    id: 'unsynchronized-shared-state',
    category: 'reliability',
    severity: 'high',
    confidence: 'medium',
    seeds: ['000'],
    summary: 'Shared in-process state read and written across an await with no lock',
    messages: {
        readModifyWrite: '{{store}} is read (line {{readLine}}) and written back after `{{await}}` in {{where}} with no lock; concurrent requests interleave at the await and one of their updates is lost',
        checkThenAct: '{{store}} is checked (line {{readLine}}) and written after `{{await}}` in {{where}} with no lock; concurrent requests both pass the check before either writes',
    },
    fixHint: 'Hold a lock from the read to the write (`async with lock:` per key, async-mutex in Node), or make the update one atomic operation in a shared store (Redis WATCH/MULTI or a Lua script, a conditional UPDATE in the database).',
    python: {
        visitors: {
            function_definition(node, ctx) {
                checkPython(node, ctx);
            },
        },
    },
    typescript: {
        // A race needs a suspension between the read and the write: an `await` or a `for await` (a keyword, so a word of
        // the text; `\u` lets an escape spell it, which the parser accepts with an error).
        prefilter: { words: ['await', '\\u'] },
        visitors: {
            FunctionDeclaration: tsVisitor,
            FunctionExpression: tsVisitor,
            ArrowFunction: tsVisitor,
            MethodDeclaration: tsVisitor,
        },
    },
});
