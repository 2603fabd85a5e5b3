import { parse as parseToml } from 'smol-toml';

export interface Manifest {
  kind: 'requirements' | 'pyproject' | 'package-json' | 'pipfile';
  language: 'python' | 'typescript';
  /** Normalised dependency names: lower-case, `_` → `-` for Python. */
  dependencies: Set<string>;
  /** package.json scripts, for dev-server checks. */
  scripts: Record<string, string>;
}

export function normalisePythonName(name: string): string {
  return name.toLowerCase().replace(/[_.]+/g, '-');
}

const REQUIREMENT_NAME = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/;

export function readRequirements(text: string): Manifest {
  const dependencies = new Set<string>();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/\s+#.*$/, '').trim();
    if (!line || line.startsWith('#') || line.startsWith('-')) continue;
    const match = REQUIREMENT_NAME.exec(line);
    if (match) dependencies.add(normalisePythonName(match[1]));
  }
  return { kind: 'requirements', language: 'python', dependencies, scripts: {} };
}

function addRequirementStrings(target: Set<string>, values: unknown): void {
  if (!Array.isArray(values)) return;
  for (const value of values) {
    if (typeof value !== 'string') continue;
    const match = REQUIREMENT_NAME.exec(value);
    if (match) target.add(normalisePythonName(match[1]));
  }
}

/** PEP 621 `[project]` dependencies, optional groups, dependency groups and Poetry tables. */
export function readPyproject(text: string): Manifest {
  const dependencies = new Set<string>();
  let data: Record<string, unknown>;
  try {
    data = parseToml(text) as Record<string, unknown>;
  } catch {
    return { kind: 'pyproject', language: 'python', dependencies, scripts: {} };
  }
  const project = (data.project ?? {}) as Record<string, unknown>;
  addRequirementStrings(dependencies, project.dependencies);
  for (const group of Object.values((project['optional-dependencies'] ?? {}) as Record<string, unknown>)) addRequirementStrings(dependencies, group);
  for (const group of Object.values((data['dependency-groups'] ?? {}) as Record<string, unknown>)) addRequirementStrings(dependencies, group);
  const poetry = ((data.tool ?? {}) as Record<string, unknown>).poetry as Record<string, unknown> | undefined;
  for (const table of [poetry?.dependencies, poetry?.['dev-dependencies']]) {
    for (const name of Object.keys((table ?? {}) as object)) if (name !== 'python') dependencies.add(normalisePythonName(name));
  }
  return { kind: 'pyproject', language: 'python', dependencies, scripts: {} };
}

export function readPackageJson(text: string): Manifest {
  const dependencies = new Set<string>();
  let scripts: Record<string, string> = {};
  try {
    const data = JSON.parse(text) as Record<string, unknown>;
    for (const key of ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies']) {
      for (const name of Object.keys((data[key] ?? {}) as object)) dependencies.add(name);
    }
    if (data.scripts && typeof data.scripts === 'object') {
      scripts = Object.fromEntries(Object.entries(data.scripts).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
    }
  } catch {
    // An unparsable package.json declares nothing; the audit goes on.
  }
  return { kind: 'package-json', language: 'typescript', dependencies, scripts };
}
