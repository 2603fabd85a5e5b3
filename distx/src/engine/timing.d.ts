/**
 * Time spent per rule, framework detector and engine phase in one audit, for
 * `AGENT_HARDEN_TIMING` (like ESLint's TIMING). Off by default: wrapping every
 * visitor call in two clock reads costs a few percent.
 */
export declare class Timings {
    readonly totals: Map<string, number>;
    add(label: string, ms: number): void;
    /** Runs `work` and adds its duration to `label`. */
    measure<T>(label: string, work: () => T): T;
    /** `fn` with its every call timed under `label`. */
    wrap<A extends unknown[]>(label: string, fn: (...args: A) => unknown): (...args: A) => void;
    /** Labels by time spent, slowest first. */
    slowest(count?: number): {
        label: string;
        ms: number;
    }[];
}
