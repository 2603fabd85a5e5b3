import type { TestContext } from 'node:test';
import { type Replica } from './replica.js';
import type { TraceSink } from './trace-sink.js';
/** How a language's generated server is started; everything else is shared. */
export interface ServerUnderTest {
    dir: string;
    start(port: number, env: Record<string, string>): Promise<Replica>;
    /** The tracing backend this server exports to, listening on loopback for one test. */
    startTraceSink(): Promise<TraceSink>;
}
/** The "Done when" list, run against two live replicas sharing one real Redis. */
export declare function runLiveSuite(t: TestContext, server: ServerUnderTest): Promise<void>;
