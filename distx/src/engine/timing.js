import { performance } from 'node:perf_hooks';
/**
 * Time spent per rule, framework detector and engine phase in one audit, for
 * `AGENT_HARDEN_TIMING` (like ESLint's TIMING). Off by default: wrapping every
 * visitor call in two clock reads costs a few percent.
 */
export class Timings {
    totals = new Map();
    add(label, ms) {
        this.totals.set(label, (this.totals.get(label) ?? 0) + ms);
    }
    /** Runs `work` and adds its duration to `label`. */
    measure(label, work) {
        const started = performance.now();
        try {
            return work();
        }
        finally {
            this.add(label, performance.now() - started);
        }
    }
    /** `fn` with its every call timed under `label`. */
    wrap(label, fn) {
        return (...args) => {
            const started = performance.now();
            try {
                fn(...args);
            }
            finally {
                this.add(label, performance.now() - started);
            }
        };
    }
    /** Labels by time spent, slowest first. */
    slowest(count = Number.POSITIVE_INFINITY) {
        return [...this.totals]
            .map(([label, ms]) => ({ label, ms }))
            .sort((a, b) => b.ms - a.ms || (a.label < b.label ? -1 : 1))
            .slice(0, count);
    }
}
