/**
 * Whether a route path or a function, tool or skill name says it moves money or
 * creates an order-like record: the operations a retried request must not repeat
 * (seed 000: `add_to_checkout`, `start_payment`, `complete_checkout`). Judged by
 * words, language-neutral; shared by the rules about idempotency.
 */
import { nameWords } from './name-words.js';
// Records whose duplicate costs money or stock. Carts are left out: a doubled cart line is
// visible and fixed before anything is paid; the checkout that holds the totals is not.
const MONEY_NOUNS = new Map([
    ['order', 'order'], ['orders', 'order'],
    ['payment', 'payment'], ['payments', 'payment'],
    ['charge', 'charge'], ['charges', 'charge'],
    ['checkout', 'checkout'], ['checkouts', 'checkout'],
    ['booking', 'booking'], ['bookings', 'booking'],
    ['reservation', 'reservation'], ['reservations', 'reservation'],
    ['transfer', 'transfer'], ['transfers', 'transfer'],
    ['payout', 'payout'], ['payouts', 'payout'],
    ['refund', 'refund'], ['refunds', 'refund'],
    ['purchase', 'purchase'], ['purchases', 'purchase'],
    ['reimbursement', 'reimbursement'], ['reimbursements', 'reimbursement'],
]);
// Verbs that move money on their own, first in a name: `pay`, `charge_card`, `book_flight`, `checkout`.
const MONEY_VERBS = new Map([
    ['pay', 'payment'], ['charge', 'charge'], ['refund', 'refund'], ['purchase', 'purchase'], ['buy', 'purchase'],
    ['checkout', 'checkout'], ['book', 'booking'], ['reserve', 'reservation'], ['reimburse', 'reimbursement'],
]);
// Verbs that create or complete one of the records above: `create_order`, `start_payment`, `add_to_checkout`.
const CREATE_VERBS = new Set([
    'create', 'place', 'submit', 'make', 'start', 'open', 'initiate', 'init', 'begin', 'new', 'add', 'complete', 'confirm',
    'finalize', 'finalise', 'process', 'execute', 'capture', 'send', 'issue', 'request', 'perform', 'settle', 'authorize', 'authorise',
]);
// `transfer_funds`, `send_money`, `withdraw_funds`: but not ADK's `transfer_to_agent`.
const TRANSFER_VERBS = new Set(['transfer', 'send', 'wire', 'move', 'withdraw', 'deposit']);
const TRANSFER_OBJECTS = new Set(['funds', 'money', 'cash', 'balance', 'payment', 'payout']);
// Reads, edits and reversals repeat harmlessly (or have their own guard): `get_order`, `cancel_order`,
// `update_checkout`, `payment_webhook`, `estimate_booking`, `is_paid`.
const NOT_CREATING = new Set([
    'get', 'list', 'lookup', 'look', 'find', 'search', 'fetch', 'read', 'load', 'show', 'view', 'check', 'status', 'track', 'tracking',
    'history', 'cancel', 'cancellation', 'update', 'edit', 'modify', 'remove', 'delete', 'validate', 'validation', 'verify', 'estimate',
    'calculate', 'compute', 'quote', 'preview', 'summary', 'summarize', 'details', 'detail', 'info', 'webhook', 'webhooks', 'callback',
    'notify', 'notification', 'count', 'export', 'report', 'is', 'has', 'can', 'should', 'format', 'parse', 'render', 'mock', 'fake',
    'test', 'schema', 'model', 'options', 'methods',
]);
// Prefixes that say how a function is called, not what it does: `handle_create_order`, `onCheckout`.
const CALLING_PREFIXES = new Set(['handle', 'on', 'api', 'do', 'tool', 'async', 'run', 'route', 'endpoint', 'action']);
function actionOf(words) {
    if (words.some((word) => NOT_CREATING.has(word)))
        return undefined;
    let start = 0;
    while (start < words.length - 1 && CALLING_PREFIXES.has(words[start]))
        start++;
    const rest = words.slice(start);
    if (rest.length === 0)
        return undefined;
    const byVerb = MONEY_VERBS.get(rest[0]);
    if (byVerb)
        return byVerb;
    if (TRANSFER_VERBS.has(rest[0]) && rest.some((word) => TRANSFER_OBJECTS.has(word)))
        return 'transfer';
    const noun = rest.map((word) => MONEY_NOUNS.get(word)).find(Boolean);
    return noun && rest.some((word) => CREATE_VERBS.has(word)) ? noun : undefined;
}
/**
 * The record a function, tool or skill creates or pays for, judged by its name
 * (`place_order` → order, `pay` → payment, `bookFlight` → booking), else undefined.
 */
export function moneyActionOfName(name) {
    return actionOf(nameWords(name));
}
/**
 * The record a POST to `path` creates or pays for: a collection of money records
 * (`/orders`, `/v1/checkout-sessions`), a money verb (`/cart/checkout`, `/pay`), or a
 * completing verb under one (`/orders/{id}/confirm`). Path parameters are ignored.
 */
export function moneyActionOfPath(path) {
    const segments = path
        .split('/')
        .filter((segment) => segment && !/^[:{<*]/.test(segment) && !/^\[.*\]$/.test(segment));
    const last = segments.at(-1);
    if (!last)
        return undefined;
    const all = segments.flatMap(nameWords);
    if (all.some((word) => NOT_CREATING.has(word)))
        return undefined;
    const lastWords = nameWords(last);
    const byName = actionOf(lastWords);
    if (byName)
        return byName;
    const collection = lastWords.map((word) => MONEY_NOUNS.get(word)).find(Boolean);
    if (collection)
        return collection;
    if (lastWords.some((word) => CREATE_VERBS.has(word)))
        return all.map((word) => MONEY_NOUNS.get(word)).find(Boolean);
    return undefined;
}
// An idempotency key read or passed on (`Idempotency-Key`, `idempotency_key=`, `idempotencyKey`), an
// idempotency middleware or store, or a dedupe lookup (`processed_requests`, `dedupe_key`).
export const IDEMPOTENCY_WORDS = ['idempot', 'dedup'];
export const IDEMPOTENCY_EVIDENCE = new RegExp(IDEMPOTENCY_WORDS.join('|'), 'i');
