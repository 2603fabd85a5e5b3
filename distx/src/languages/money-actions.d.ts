/**
 * Whether a route path or a function, tool or skill name says it moves money or
 * creates an order-like record: the operations a retried request must not repeat
 * (seed 000: `add_to_checkout`, `start_payment`, `complete_checkout`). Judged by
 * words, language-neutral; shared by the rules about idempotency.
 */
/**
 * The record a function, tool or skill creates or pays for, judged by its name
 * (`place_order` → order, `pay` → payment, `bookFlight` → booking), else undefined.
 */
export declare function moneyActionOfName(name: string): string | undefined;
/**
 * The record a POST to `path` creates or pays for: a collection of money records
 * (`/orders`, `/v1/checkout-sessions`), a money verb (`/cart/checkout`, `/pay`), or a
 * completing verb under one (`/orders/{id}/confirm`). Path parameters are ignored.
 */
export declare function moneyActionOfPath(path: string): string | undefined;
export declare const IDEMPOTENCY_WORDS: string[];
export declare const IDEMPOTENCY_EVIDENCE: RegExp;
