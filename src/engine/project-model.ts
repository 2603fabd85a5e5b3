import { posix } from 'node:path';
import type { SourceLocation } from '../core/types.js';
import type { Dockerfile } from '../languages/text/dockerfile.js';
import type { Manifest } from '../languages/text/manifest.js';
import type { FileKind } from './file-kinds.js';
import { directoriesAbove } from './path-set.js';

export type CodeLanguage = 'python' | 'typescript';

export type FrameworkId =
  | 'fastapi'
  | 'starlette'
  | 'a2a'
  | 'adk'
  | 'flask'
  | 'express'
  | 'fastify'
  | 'hono'
  | 'koa'
  | 'nextjs';

/** A place in the tree a project finding can point at. */
export interface Anchor {
  location: SourceLocation;
  snippet: string;
}

export interface AppInfo extends Anchor {
  framework: FrameworkId;
  language: CodeLanguage;
  /** The variable the app is bound to (`app`), when there is one. */
  name?: string;
  /** The service root the app belongs to (see `unitOf`). */
  unit: string;
}

export interface RouteInfo extends Anchor {
  framework: FrameworkId;
  language: CodeLanguage;
  method: string;
  /** The route path, or null when it is not a literal. */
  path: string | null;
  unit: string;
}

/** Something a rule or framework module observed in a file, kept for the project phase. */
export interface Fact extends Partial<Anchor> {
  key: string;
  language: CodeLanguage | 'text';
  file: string;
  unit: string;
  value?: string;
}

export interface ScannedFile {
  /** Relative to the working directory, POSIX form. */
  path: string;
  kind: FileKind;
  unit: string;
}

/**
 * What the whole scanned tree says, for project rules: apps, routes, facts,
 * manifests and Dockerfiles, grouped into units (service roots). Facts hold
 * locations and short strings only, never syntax trees, so memory stays flat.
 */
export class ProjectModel {
  readonly apps: AppInfo[] = [];
  readonly routes: RouteInfo[] = [];
  readonly facts: Fact[] = [];
  readonly files: ScannedFile[] = [];
  readonly manifests = new Map<string, Manifest>();
  readonly dockerfiles = new Map<string, Dockerfile>();
  /** Raw text of small configuration files (ignore files, env files, compose, k8s) by path. */
  readonly configTexts = new Map<string, string>();
  private readonly unitRoots: Set<string>;
  // What a file's unit is when no root encloses it: the scan root as given ('.' or '').
  private readonly outermostUnit: string;
  private readonly unitByDirectory = new Map<string, string>();
  // Project rules ask for facts and routes by unit for every app: indexed once after the file phase,
  // not filtered per question (which made the project phase quadratic in the size of the tree).
  private factIndex: Index<Fact> | undefined;
  private routeIndex: Index<RouteInfo> | undefined;
  private dependencyIndex: { manifests: number; byDirectory: Map<string, string[]> } | undefined;

  constructor(unitRoots: Iterable<string>) {
    this.unitRoots = new Set(unitRoots);
    this.outermostUnit = this.unitRoots.has('.') || !this.unitRoots.has('') ? '.' : '';
  }

  /**
   * The service root of a file: the nearest directory (within the scan) holding
   * a manifest, else the scan root. Apps, routes and facts in one unit are
   * decided together, so routers and middleware split across files still count.
   */
  unitOf(file: string): string {
    // Up the file's own directories, nearest first: a few lookups, however many units the tree has, and each
    // directory's answer kept for the other files in it.
    if (this.unitRoots.has(file)) return file;
    const slash = file.lastIndexOf('/');
    if (slash <= 0) return this.outermostUnit;
    const directory = file.slice(0, slash);
    let unit = this.unitByDirectory.get(directory);
    if (unit === undefined) this.unitByDirectory.set(directory, (unit = this.unitOf(directory)));
    return unit;
  }

  get httpApps(): AppInfo[] {
    return this.apps;
  }

  routesOf(app: AppInfo): RouteInfo[] {
    this.routeIndex = indexed(this.routeIndex, this.routes, (route) => `${route.unit}\0${route.language}`);
    return [...(this.routeIndex.groups.get(`${app.unit}\0${app.language}`) ?? [])];
  }

  factsOf(app: AppInfo, key: string): Fact[] {
    return this.factsOfUnit(app.unit, key).filter((fact) => fact.language === app.language || fact.language === 'text');
  }

  hasFact(app: AppInfo, key: string): boolean {
    return this.factsOfUnit(app.unit, key).some((fact) => fact.language === app.language || fact.language === 'text');
  }

  private factsOfUnit(unit: string, key: string): readonly Fact[] {
    this.factIndex = indexed(this.factIndex, this.facts, (fact) => `${fact.key}\0${fact.unit}`);
    return this.factIndex.groups.get(`${key}\0${unit}`) ?? [];
  }

  factsWithKey(key: string): Fact[] {
    return this.facts.filter((fact) => fact.key === key);
  }

  /**
   * Declared dependencies of the unit: of the manifests in its directory, in each directory above it, and at the
   * scan root. Several project rules ask for every app, so manifests are grouped by directory once and each answer
   * takes a lookup per level (it went through every manifest per question: apps × manifests per rule).
   */
  dependenciesOf(unit: string): Set<string> {
    const byDirectory = this.manifestDependencies();
    const result = new Set<string>();
    const addFrom = (directory: string) => {
      for (const dependency of byDirectory.get(directory) ?? []) result.add(dependency);
    };
    addFrom('.');
    if (unit !== '.') addFrom(unit);
    for (const directory of directoriesAbove(unit)) addFrom(directory);
    return result;
  }

  private manifestDependencies(): Map<string, string[]> {
    // Manifests are only added, during the file phase: their count says whether the grouping is current.
    if (this.dependencyIndex?.manifests !== this.manifests.size) {
      const byDirectory = new Map<string, string[]>();
      for (const [file, manifest] of this.manifests) {
        const directory = posix.dirname(file);
        let dependencies = byDirectory.get(directory);
        if (!dependencies) byDirectory.set(directory, (dependencies = []));
        dependencies.push(...manifest.dependencies);
      }
      this.dependencyIndex = { manifests: this.manifests.size, byDirectory };
    }
    return this.dependencyIndex.byDirectory;
  }

  filesOfKind(kind: FileKind): ScannedFile[] {
    return this.files.filter((file) => file.kind === kind);
  }

  /** One app per unit and language is the decision point for project rules. */
  appsByUnit(): AppInfo[][] {
    const groups = new Map<string, AppInfo[]>();
    for (const app of this.apps) {
      const key = `${app.unit}\0${app.language}`;
      groups.set(key, [...(groups.get(key) ?? []), app]);
    }
    return [...groups.values()];
  }
}

/** Items grouped by a key, in their original order, with what they were built from. */
interface Index<T> {
  groups: Map<string, T[]>;
  length: number;
  last: T | undefined;
}

/** `index` while `items` is as it was built from (same length, same last item), else a fresh one. */
function indexed<T>(index: Index<T> | undefined, items: readonly T[], keyOf: (item: T) => string): Index<T> {
  if (index && index.length === items.length && index.last === items[items.length - 1]) return index;
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return { groups, length: items.length, last: items[items.length - 1] };
}
