import { defineRule, ts } from '../src/rule-kit/index.js';
const PY_REDIS_MODULES = ['redis', 'aioredis', 'coredis', 'valkey', 'upstash_redis'];
const TS_REDIS_MODULES = ['ioredis', 'redis', '@redis/client', '@upstash/redis', '@vercel/kv', 'iovalkey', '@valkey/valkey-glide'];
// Writes that create a key; `set` can carry its own expiry, the others need an EXPIRE beside them.
const PY_WRITES = new Set(['set', 'hset', 'hmset', 'rpush', 'lpush', 'sadd', 'zadd', 'xadd']);
const TS_WRITES = new Set(['set', 'hset', 'hSet', 'hmset', 'hmSet', 'rpush', 'rPush', 'lpush', 'lPush', 'sadd', 'sAdd', 'zadd', 'zAdd', 'xadd', 'xAdd']);
const PY_SET_EXPIRY = ['ex', 'px', 'exat', 'pxat', 'keepttl'];
const EXPIRE_CALL = /^(?:expire|pexpire|expireat|pexpireat|hexpire|pExpire|expireAt|pExpireAt|hExpire|persist_ttl)$/;
const TS_SET_EXPIRY_FLAGS = /^(?:EX|PX|EXAT|PXAT|KEEPTTL)$/i;
const TS_SET_EXPIRY_OPTIONS = ['EX', 'PX', 'EXAT', 'PXAT', 'KEEPTTL', 'ex', 'px', 'exat', 'pxat', 'keepTtl', 'expiration'];
// Keys that hold per-user conversation or workflow state (seed 000: sessions and checkouts).
const STATE_KEY = /session|state|conversation|convo|thread|checkpoint|chat|history|memory|checkout|cart|task/i;
/** The key expression, followed to its assignment when it is a variable (`key = f"session:{id}"`). */
function pyKeyText(key, ctx) {
    if (key.type !== 'identifier')
        return key.text;
    const scope = ctx.file.enclosingFunction(key) ?? ctx.file.root;
    const assigned = ctx.file
        .descendants(scope, new Set(['assignment']))
        .filter((a) => a.childForFieldName('left')?.text === key.text && a.startIndex < key.startIndex)
        .at(-1);
    return assigned?.childForFieldName('right')?.text ?? ctx.file.moduleAssignments.get(key.text)?.text ?? key.text;
}
function pyHasExpire(node, ctx) {
    const scope = ctx.file.enclosingFunction(node) ?? ctx.file.root;
    return ctx.file.descendants(scope, new Set(['call'])).some((call) => EXPIRE_CALL.test(ctx.file.calleeMember(call) ?? ''));
}
/** The key expression, followed to its declaration when it is a variable. */
function tsKeyText(key, ctx) {
    const text = key.getText(ctx.file.source);
    if (!ts.isIdentifier(key))
        return text;
    const scope = ctx.file.enclosingFunction(key) ?? ctx.file.source;
    const declaration = ctx.file.descendants(scope, ts.isVariableDeclaration).find((d) => ts.isIdentifier(d.name) && d.name.text === key.text);
    return declaration?.initializer?.getText(ctx.file.source) ?? ctx.file.constants.get(key.text)?.getText(ctx.file.source) ?? text;
}
function tsHasExpire(node, ctx) {
    const scope = ctx.file.enclosingFunction(node) ?? ctx.file.source;
    return ctx.file.descendants(scope, ts.isCallExpression).some((call) => EXPIRE_CALL.test(ctx.file.calleeMember(call) ?? ''));
}
function tsSetHasExpiry(call, ctx) {
    return call.arguments.slice(2).some((arg) => {
        const flag = ctx.file.stringValue(arg);
        if (flag !== undefined)
            return TS_SET_EXPIRY_FLAGS.test(flag);
        const object = ctx.file.resolveObject(arg);
        if (!object)
            return true; // options built elsewhere: cannot tell
        return ctx.file.hasSpread(object) || TS_SET_EXPIRY_OPTIONS.some((name) => ctx.file.hasProperty(object, name));
    });
}
/** `r.set(f"session:{sid}", ...)` → `f"session:{sid}"`, trimmed for the message. */
function shown(text) {
    const flat = text.replace(/\s+/g, ' ');
    return flat.length > 60 ? `${flat.slice(0, 57)}...` : flat;
}
export default defineRule({
    id: 'session-without-ttl',
    category: 'reliability',
    severity: 'medium',
    confidence: 'medium',
    seeds: ['000', '002'],
    summary: 'Session or state written to Redis with no expiry',
    messages: {
        noExpiry: '{{call}} writes session/state key {{key}} with no expiry (inferred from the key name); abandoned sessions stay in Redis forever and memory grows until eviction drops live ones',
    },
    fixHint: 'Give the key a TTL where it is written: set(key, value, ex=SESSION_TTL) / set(key, value, { EX: ttl }), or EXPIRE it in the same pipeline; refresh the TTL on each access.',
    python: {
        visitors: {
            call(node, ctx) {
                const { file } = ctx;
                const member = file.calleeMember(node);
                if (!member || !PY_WRITES.has(member))
                    return;
                if (!PY_REDIS_MODULES.some((module) => file.importsModule(module)))
                    return;
                const positional = file.positionalArguments(node);
                const key = positional[0] ?? file.keywordArgument(node, 'name') ?? file.keywordArgument(node, 'key');
                if (!key || positional.length + (file.keywordArgument(node, 'value') ? 1 : 0) + (file.keywordArgument(node, 'mapping') ? 1 : 0) < 2)
                    return;
                const keyText = pyKeyText(key, ctx);
                if (!STATE_KEY.test(keyText))
                    return;
                if (file.hasSplatKeywords(node))
                    return;
                if (member === 'set' && (PY_SET_EXPIRY.some((name) => file.hasKeywordArgument(node, name)) || positional.length >= 3))
                    return;
                if (pyHasExpire(node, ctx))
                    return;
                ctx.report({ node, messageId: 'noExpiry', data: { call: member, key: shown(keyText) } });
            },
        },
    },
    typescript: {
        // Every report is in a file that imports one of TS_REDIS_MODULES, tested as the visitor tests it.
        prefilter: { modules: TS_REDIS_MODULES },
        visitors: {
            CallExpression(node, ctx) {
                if (!ts.isCallExpression(node))
                    return;
                const { file } = ctx;
                const member = file.calleeMember(node);
                if (!member || !TS_WRITES.has(member) || node.arguments.length < 2)
                    return;
                if (!TS_REDIS_MODULES.some((module) => file.importsModule(module)))
                    return;
                const key = node.arguments[0];
                const keyText = tsKeyText(key, ctx);
                if (!STATE_KEY.test(keyText))
                    return;
                if (member === 'set' && tsSetHasExpiry(node, ctx))
                    return;
                if (tsHasExpire(node, ctx))
                    return;
                ctx.report({ node, messageId: 'noExpiry', data: { call: member, key: shown(keyText) } });
            },
        },
    },
});
