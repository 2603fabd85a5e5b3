import auth from './auth.js';
import ci from './ci.js';
import config from './config.js';
import cors from './cors.js';
import dockerfile from './dockerfile.js';
import health from './health.js';
import idempotency from './idempotency.js';
import k8s from './k8s.js';
import logging from './logging.js';
import metrics from './metrics.js';
import ratelimit from './ratelimit.js';
import retries from './retries.js';
import shutdown from './shutdown.js';
import tracing from './tracing.js';
/** Every generator, in the order `scaffold list` shows them. */
export const GENERATORS = [health, ratelimit, auth, cors, config, logging, metrics, tracing, retries, shutdown, idempotency, dockerfile, k8s, ci];
export function findGenerator(id) {
    return GENERATORS.find((generator) => generator.id === id);
}
