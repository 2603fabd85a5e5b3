import type { AppInfo, ProjectModel } from '../engine/project-model.js';
import type { PythonFile } from '../languages/python/file.js';
import type { TypeScriptFile } from '../languages/typescript/file.js';
/**
 * Helpers for project rules that ask "does this service have X anywhere"
 * (metrics, tracing, structured logs, request ids): evidence is recorded as
 * facts while files are walked, and each app unit is decided in `finish`.
 */
/** True when the file imports one of `modules` (or a name from one: `from opentelemetry import metrics`). */
export declare function importsAny(file: PythonFile | TypeScriptFile, modules: readonly string[]): boolean;
/** First app of every unit that has no fact `key` and declares none of `dependencies`. */
export declare function appsWithout(project: ProjectModel, key: string, dependencies: ReadonlySet<string>): AppInfo[];
/**
 * True when a start command of the unit — Dockerfile CMD/ENTRYPOINT/ENV, Procfile,
 * compose or Kubernetes YAML, package.json scripts — matches `pattern`:
 * `opentelemetry-instrument uvicorn …`, `node --require @opentelemetry/auto-instrumentations-node/register`.
 */
export declare function startCommandsMatch(project: ProjectModel, unit: string, pattern: RegExp): boolean;
