import { Worker } from 'node:worker_threads';
import { ChunkQueue } from './chunk-queue.js';
import { createFileAnalyser } from './file-analysis.js';
import { isCodeKind } from './file-kinds.js';
/**
 * How much of each language a scan needs before threads beat one thread, measured on two cores. A worker repeats
 * the start-up and the optimising compiler's work on the parser and the rules it runs (about 2.3 s more CPU with a
 * second thread on TypeScript), which competes with the analysis for the cores: one thread was as fast as two on
 * 14 MB of the bench corpus's TypeScript, on 32 MB of public SDK code and on 2.4 MB of the corpus's Python
 * (docs/performance.md, fourteenth pass). More cores should lower the break-even, by at most half since every
 * worker still compiles; that is not measured here.
 */
const BREAK_EVEN_BYTES = { python: 4 * 1024 * 1024, typescript: 24 * 1024 * 1024 };
/** Workers when asked for explicitly (`--jobs N`), else only when there is enough code to repay their start-up. */
export function useWorkers(files, jobs, explicit) {
    if (jobs <= 1 || files.length < 2)
        return false;
    if (explicit)
        return true;
    let work = 0;
    for (const file of files)
        if (isCodeKind(file.kind))
            work += file.size / BREAK_EVEN_BYTES[file.kind];
    return work >= 1;
}
export async function analyseInThread(files, setup) {
    const analyse = await createFileAnalyser(setup);
    return analyse(files);
}
/**
 * Spreads files over `jobs` threads, this one and `jobs - 1` workers, in small
 * chunks handed out as threads finish (so one huge file does not serialize the
 * run). Each thread keeps to one language while it has files (see ChunkQueue).
 * This thread analyses from the start, while the workers load; each worker holds
 * a second chunk so it never waits on this thread between chunks. Outcomes come
 * back indexed by discovery order. A worker that dies gives its unfinished
 * chunks back; whatever no worker finished is analysed here.
 */
export async function analyseInWorkers(files, jobs, setup, timings) {
    const outcomes = new Array(files.length);
    const queue = new ChunkQueue(files);
    const workerSetup = { config: setup.config, onlyRules: setup.onlyRules, kinds: setup.kinds, roots: setup.roots, timing: setup.timing, prefilters: setup.prefilters };
    const workersDone = Promise.all(Array.from({ length: Math.min(jobs, files.length) - 1 }, (_, worker) => runWorker(workerSetup, files, queue, worker + 1, outcomes, timings)));
    const analyse = await createFileAnalyser({ active: setup.active, kinds: new Set(setup.kinds), roots: setup.roots, knownRuleIds: setup.knownRuleIds, timings, prefilters: setup.prefilters });
    // The files at `indexes` in one call, so they are read as one batch; each outcome goes to its discovery index.
    const analyseInto = (indexes) => analyse(indexes.map((index) => files[index])).forEach((outcome, position) => (outcomes[indexes[position]] = outcome));
    for (let chunk = queue.take(0); chunk.length > 0; chunk = queue.take(0)) {
        analyseInto(chunk);
        // Lets the workers' results in, and their next chunks out, between this thread's chunks.
        await new Promise((resolve) => setImmediate(resolve));
    }
    await workersDone;
    analyseInto(files.flatMap((_, index) => (outcomes[index] ? [] : [index])));
    return outcomes;
}
/** One worker thread, fed chunks until there are none; resolves when it has stopped, whatever the reason. */
function runWorker(setup, files, queue, thread, outcomes, timings) {
    return new Promise((resolve) => {
        const worker = new Worker(new URL('./audit-worker.js', import.meta.url), { workerData: setup });
        const inFlight = [];
        let finished = false;
        const finish = () => {
            if (finished)
                return;
            finished = true;
            for (const chunk of inFlight.splice(0))
                queue.giveBack(chunk.filter((index) => !outcomes[index]));
            resolve();
        };
        const send = () => {
            const chunk = queue.take(thread);
            if (chunk.length === 0) {
                if (inFlight.length === 0)
                    worker.postMessage({ done: true });
                return;
            }
            inFlight.push(chunk);
            worker.postMessage({ chunk: chunk.map((index) => ({ index, file: files[index] })) });
        };
        worker.on('message', (message) => {
            if ('outcomes' in message) {
                for (const { index, outcome } of message.outcomes)
                    outcomes[index] = outcome;
                inFlight.shift();
                send();
            }
            else if ('timings' in message) {
                for (const [label, ms] of message.timings)
                    timings?.add(label, ms);
                void worker.terminate();
                finish();
            }
            else {
                send();
                send();
            }
        });
        worker.on('error', () => {
            void worker.terminate();
            finish();
        });
        worker.on('exit', finish);
    });
}
