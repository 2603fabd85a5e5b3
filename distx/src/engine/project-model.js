import { posix } from 'node:path';
import { directoriesAbove } from './path-set.js';
/**
 * What the whole scanned tree says, for project rules: apps, routes, facts,
 * manifests and Dockerfiles, grouped into units (service roots). Facts hold
 * locations and short strings only, never syntax trees, so memory stays flat.
 */
export class ProjectModel {
    apps = [];
    routes = [];
    facts = [];
    files = [];
    manifests = new Map();
    dockerfiles = new Map();
    /** Raw text of small configuration files (ignore files, env files, compose, k8s) by path. */
    configTexts = new Map();
    unitRoots;
    // What a file's unit is when no root encloses it: the scan root as given ('.' or '').
    outermostUnit;
    // Project rules ask for facts and routes by unit for every app: indexed once after the file phase,
    // not filtered per question (which made the project phase quadratic in the size of the tree).
    factIndex;
    routeIndex;
    dependencyIndex;
    constructor(unitRoots) {
        this.unitRoots = new Set(unitRoots);
        this.outermostUnit = this.unitRoots.has('.') || !this.unitRoots.has('') ? '.' : '';
    }
    /**
     * The service root of a file: the nearest directory (within the scan) holding
     * a manifest, else the scan root. Apps, routes and facts in one unit are
     * decided together, so routers and middleware split across files still count.
     */
    unitOf(file) {
        // Up the file's own directories, nearest first: a few lookups, however many units the tree has.
        if (this.unitRoots.has(file))
            return file;
        for (const directory of directoriesAbove(file))
            if (this.unitRoots.has(directory))
                return directory;
        return this.outermostUnit;
    }
    get httpApps() {
        return this.apps;
    }
    routesOf(app) {
        this.routeIndex = indexed(this.routeIndex, this.routes, (route) => `${route.unit}\0${route.language}`);
        return [...(this.routeIndex.groups.get(`${app.unit}\0${app.language}`) ?? [])];
    }
    factsOf(app, key) {
        return this.factsOfUnit(app.unit, key).filter((fact) => fact.language === app.language || fact.language === 'text');
    }
    hasFact(app, key) {
        return this.factsOfUnit(app.unit, key).some((fact) => fact.language === app.language || fact.language === 'text');
    }
    factsOfUnit(unit, key) {
        this.factIndex = indexed(this.factIndex, this.facts, (fact) => `${fact.key}\0${fact.unit}`);
        return this.factIndex.groups.get(`${key}\0${unit}`) ?? [];
    }
    factsWithKey(key) {
        return this.facts.filter((fact) => fact.key === key);
    }
    /**
     * Declared dependencies of the unit: of the manifests in its directory, in each directory above it, and at the
     * scan root. Several project rules ask for every app, so manifests are grouped by directory once and each answer
     * takes a lookup per level (it went through every manifest per question: apps × manifests per rule).
     */
    dependenciesOf(unit) {
        const byDirectory = this.manifestDependencies();
        const result = new Set();
        const addFrom = (directory) => {
            for (const dependency of byDirectory.get(directory) ?? [])
                result.add(dependency);
        };
        addFrom('.');
        if (unit !== '.')
            addFrom(unit);
        for (const directory of directoriesAbove(unit))
            addFrom(directory);
        return result;
    }
    manifestDependencies() {
        // Manifests are only added, during the file phase: their count says whether the grouping is current.
        if (this.dependencyIndex?.manifests !== this.manifests.size) {
            const byDirectory = new Map();
            for (const [file, manifest] of this.manifests) {
                const directory = posix.dirname(file);
                let dependencies = byDirectory.get(directory);
                if (!dependencies)
                    byDirectory.set(directory, (dependencies = []));
                dependencies.push(...manifest.dependencies);
            }
            this.dependencyIndex = { manifests: this.manifests.size, byDirectory };
        }
        return this.dependencyIndex.byDirectory;
    }
    filesOfKind(kind) {
        return this.files.filter((file) => file.kind === kind);
    }
    /** One app per unit and language is the decision point for project rules. */
    appsByUnit() {
        const groups = new Map();
        for (const app of this.apps) {
            const key = `${app.unit}\0${app.language}`;
            groups.set(key, [...(groups.get(key) ?? []), app]);
        }
        return [...groups.values()];
    }
}
/** `index` while `items` is as it was built from (same length, same last item), else a fresh one. */
function indexed(index, items, keyOf) {
    if (index && index.length === items.length && index.last === items[items.length - 1])
        return index;
    const groups = new Map();
    for (const item of items) {
        const key = keyOf(item);
        const group = groups.get(key);
        if (group)
            group.push(item);
        else
            groups.set(key, [item]);
    }
    return { groups, length: items.length, last: items[items.length - 1] };
}
