// dist/src/engine/timing.js
import { performance } from "node:perf_hooks";
var Timings = class {
  totals = /* @__PURE__ */ new Map();
  add(label, ms) {
    this.totals.set(label, (this.totals.get(label) ?? 0) + ms);
  }
  /** Runs `work` and adds its duration to `label`. */
  measure(label, work) {
    const started = performance.now();
    try {
      return work();
    } finally {
      this.add(label, performance.now() - started);
    }
  }
  /** `fn` with its every call timed under `label`. */
  wrap(label, fn) {
    return (...args) => {
      const started = performance.now();
      try {
        fn(...args);
      } finally {
        this.add(label, performance.now() - started);
      }
    };
  }
  /** Labels by time spent, slowest first. */
  slowest(count = Number.POSITIVE_INFINITY) {
    return [...this.totals].map(([label, ms]) => ({ label, ms })).sort((a, b) => b.ms - a.ms || (a.label < b.label ? -1 : 1)).slice(0, count);
  }
};

export {
  Timings
};
//# sourceMappingURL=chunk-GTDUGOFN.js.map
