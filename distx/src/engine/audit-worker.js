import { parentPort, workerData } from 'node:worker_threads';
import { activeRules, createFileAnalyser } from './file-analysis.js';
import { loadRules } from './registry.js';
import { Timings } from './timing.js';
// A worker thread of `audit` (see parallel.ts): binds the same rules, analyses the chunks it is sent.
const setup = workerData;
const port = parentPort;
const rules = await loadRules();
const timings = setup.timing ? new Timings() : undefined;
const analyse = await createFileAnalyser({
    active: await activeRules(rules, setup.config.config, setup.config.file, setup.onlyRules),
    kinds: new Set(setup.kinds),
    roots: setup.roots,
    knownRuleIds: new Set(rules.map((rule) => rule.id)),
    timings,
    prefilters: setup.prefilters,
});
port.on('message', (message) => {
    if ('done' in message) {
        port.postMessage({ timings: timings ? [...timings.totals] : [] });
        return;
    }
    const outcomes = analyse(message.chunk.map(({ file }) => file));
    port.postMessage({ outcomes: message.chunk.map(({ index }, position) => ({ index, outcome: outcomes[position] })) });
});
port.postMessage({ ready: true });
