import {
  Timings
} from "./chunk-GTDUGOFN.js";
import {
  activeRules,
  createFileAnalyser
} from "./chunk-PPTL4YM3.js";
import {
  loadRules
} from "./chunk-WYGLH33U.js";
import "./chunk-JA4UPIMU.js";
import "./chunk-MTL4NPGF.js";
import "./chunk-JQ7ZJZHD.js";
import "./chunk-PZ5AY32C.js";

// dist/src/engine/audit-worker.js
import { parentPort, workerData } from "node:worker_threads";
var setup = workerData;
var port = parentPort;
var rules = await loadRules();
var timings = setup.timing ? new Timings() : void 0;
var analyse = await createFileAnalyser({
  active: await activeRules(rules, setup.config.config, setup.config.file, setup.onlyRules),
  kinds: new Set(setup.kinds),
  roots: setup.roots,
  knownRuleIds: new Set(rules.map((rule) => rule.id)),
  timings,
  prefilters: setup.prefilters
});
port.on("message", (message) => {
  if ("done" in message) {
    port.postMessage({ timings: timings ? [...timings.totals] : [] });
    return;
  }
  const outcomes = analyse(message.chunk.map(({ file }) => file));
  port.postMessage({ outcomes: message.chunk.map(({ index }, position) => ({ index, outcome: outcomes[position] })) });
});
port.postMessage({ ready: true });
//# sourceMappingURL=audit-worker.js.map
