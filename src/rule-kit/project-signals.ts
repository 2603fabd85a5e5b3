import type { AppInfo, ProjectModel } from '../engine/project-model.js';
import { commandText } from '../languages/text/dockerfile.js';
import type { PythonFile } from '../languages/python/file.js';
import type { TypeScriptFile } from '../languages/typescript/file.js';

/**
 * Helpers for project rules that ask "does this service have X anywhere"
 * (metrics, tracing, structured logs, request ids): evidence is recorded as
 * facts while files are walked, and each app unit is decided in `finish`.
 */

/** True when the file imports one of `modules` (or a name from one: `from opentelemetry import metrics`). */
export function importsAny(file: PythonFile | TypeScriptFile, modules: readonly string[]): boolean {
  if (modules.some((module) => file.importsModule(module))) return true;
  if (!('moduleAssignments' in file)) return false;
  for (const qualified of file.imports.values()) {
    if (modules.some((module) => qualified === module || qualified.startsWith(`${module}.`))) return true;
  }
  return false;
}

/** First app of every unit that has no fact `key` and declares none of `dependencies`. */
export function appsWithout(project: ProjectModel, key: string, dependencies: ReadonlySet<string>): AppInfo[] {
  const lacking: AppInfo[] = [];
  for (const apps of project.appsByUnit()) {
    const app = apps[0];
    if (project.hasFact(app, key)) continue;
    if ([...project.dependenciesOf(app.unit)].some((dependency) => dependencies.has(dependency))) continue;
    lacking.push(app);
  }
  return lacking;
}

/**
 * True when a start command of the unit — Dockerfile CMD/ENTRYPOINT/ENV, Procfile,
 * compose or Kubernetes YAML, package.json scripts — matches `pattern`:
 * `opentelemetry-instrument uvicorn …`, `node --require @opentelemetry/auto-instrumentations-node/register`.
 */
export function startCommandsMatch(project: ProjectModel, unit: string, pattern: RegExp): boolean {
  const inUnit = (path: string) => project.unitOf(path) === unit;
  for (const [path, dockerfile] of project.dockerfiles) {
    if (!inUnit(path)) continue;
    const commands = dockerfile.instructions.filter((instruction) => instruction.keyword === 'CMD' || instruction.keyword === 'ENTRYPOINT' || instruction.keyword === 'ENV');
    if (commands.some((instruction) => pattern.test(commandText(instruction.args)))) return true;
  }
  for (const [path, text] of project.configTexts) {
    const kind = project.files.find((file) => file.path === path)?.kind;
    if ((kind === 'procfile' || kind === 'compose' || kind === 'kubernetes') && inUnit(path) && pattern.test(text)) return true;
  }
  for (const [path, manifest] of project.manifests) {
    if (inUnit(path) && Object.values(manifest.scripts).some((script) => pattern.test(script))) return true;
  }
  return false;
}
