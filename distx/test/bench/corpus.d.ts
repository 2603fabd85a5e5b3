/**
 * A deterministic corpus of agent-server code for `npm run bench`: Python
 * (FastAPI + ADK/LangGraph) and TypeScript (Express + OpenAI) services built
 * from realistic blocks, with a long-tailed file size distribution. Every
 * Python file is a router that calls the agent, the model and partner APIs (the
 * dense case); TypeScript files have the roles real agent code gives its files
 * (TS_ROLES). Same seed, same bytes; no third-party code is copied.
 */
export interface CorpusStats {
    files: number;
    pythonFiles: number;
    typescriptFiles: number;
    otherFiles: number;
    lines: number;
    bytes: number;
}
/** Writes the corpus under `dir` (emptied first) and returns its size. */
export declare function writeCorpus(dir: string, options: {
    seed: number;
    pythonServices: number;
    typescriptServices: number;
    filesPerService: number;
}): CorpusStats;
