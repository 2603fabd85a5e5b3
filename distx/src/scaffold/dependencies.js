function versionParts(version) {
    return version.split('.').map((part) => Number.parseInt(part, 10) || 0);
}
function older(version, than) {
    const [a, b] = [versionParts(version), versionParts(than)];
    for (let i = 0; i < Math.max(a.length, b.length); i++)
        if ((a[i] ?? 0) !== (b[i] ?? 0))
            return (a[i] ?? 0) < (b[i] ?? 0);
    return false;
}
/**
 * Raises requirement lines (requirements.txt, or pyproject's quoted entries) whose only
 * specifier `==`, `>=` or `~=` names a version below a dependency's `minimum`; markers and extras stay.
 */
function raiseFloors(text, dependencies) {
    const floors = new Map(dependencies.filter((dependency) => dependency.minimum).map((dependency) => [normalise(dependency.name), dependency.minimum]));
    if (floors.size === 0)
        return text;
    return text
        .split('\n')
        .map((line) => {
        const match = /^(\s*["']?)([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?\s*(==|>=|~=)\s*([0-9][0-9.]*)(\s*(?:;[^"']*)?["']?\s*,?\s*(?:#.*)?)$/.exec(line);
        const minimum = match ? floors.get(normalise(match[2])) : undefined;
        if (!match || !minimum || !older(match[5], minimum))
            return line;
        return `${match[1]}${match[2]}${match[3] ?? ''}>=${minimum}${match[6]}`;
    })
        .join('\n');
}
function normalise(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-').replace(/\[.*$/, '');
}
function packageJsonPatch(text, dependencies) {
    const manifest = JSON.parse(text);
    const declared = new Set([...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.devDependencies ?? {})]);
    const missing = dependencies.filter((dependency) => !declared.has(dependency.name));
    if (missing.length === 0)
        return text;
    for (const field of ['dependencies', 'devDependencies']) {
        const added = missing.filter((dependency) => !!dependency.dev === (field === 'devDependencies'));
        if (added.length === 0)
            continue;
        const merged = { ...(manifest[field] ?? {}) };
        for (const dependency of added)
            merged[dependency.name] = dependency.range;
        manifest[field] = Object.fromEntries(Object.entries(merged).sort(([a], [b]) => a.localeCompare(b)));
    }
    const indent = /^[ \t]+(?=")/m.exec(text)?.[0] ?? '  ';
    return `${JSON.stringify(manifest, null, indent)}${text.endsWith('\n') ? '\n' : ''}`;
}
function requirementsPatch(original, dependencies, declared) {
    const text = raiseFloors(original, dependencies);
    const missing = dependencies.filter((dependency) => !dependency.dev && !dependency.minimum && !declared.has(normalise(dependency.name)));
    if (missing.length === 0)
        return text;
    const prefix = text === '' || text.endsWith('\n') ? text : `${text}\n`;
    return prefix + missing.map((dependency) => `${dependency.name}${dependency.range}\n`).join('');
}
/** Inserts into `[project] dependencies = [...]`; TOML, not code, located by its section and key lines. */
function pyprojectPatch(original, dependencies, declared) {
    const text = raiseFloors(original, dependencies);
    const missing = dependencies.filter((dependency) => !dependency.dev && !dependency.minimum && !declared.has(normalise(dependency.name)));
    if (missing.length === 0)
        return text;
    const lines = text.split('\n');
    const section = lines.findIndex((line) => line.trim() === '[project]');
    if (section === -1)
        return undefined;
    let key = -1;
    for (let i = section + 1; i < lines.length && !lines[i].trim().startsWith('['); i++) {
        if (/^dependencies\s*=\s*\[/.test(lines[i]))
            key = i;
    }
    if (key === -1)
        return undefined;
    const entries = missing.map((dependency) => JSON.stringify(`${dependency.name}${dependency.range}`));
    const line = lines[key];
    if (line.trimEnd().endsWith(']')) {
        const body = line.slice(line.indexOf('[') + 1, line.lastIndexOf(']')).trim().replace(/,$/, '');
        lines[key] = `${line.slice(0, line.indexOf('['))}[${[body, ...entries].filter(Boolean).join(', ')}]`;
    }
    else {
        let close = key + 1;
        while (close < lines.length && lines[close].trim() !== ']')
            close++;
        if (close === lines.length)
            return undefined;
        const before = lines[close - 1];
        if (close - 1 > key && !before.trimEnd().endsWith(','))
            lines[close - 1] = `${before},`;
        lines.splice(close, 0, ...entries.map((entry) => `    ${entry},`));
    }
    return lines.join('\n');
}
/**
 * The manifest edit that declares `dependencies` for the project: package.json,
 * requirements.txt, or pyproject's [project] table; a new requirements.txt
 * when a Python project has none of them; Python requirements below a `minimum`
 * are raised. Undefined when nothing is missing.
 */
export function dependencyPatch(project, dependencies) {
    if (dependencies.length === 0)
        return undefined;
    const added = dependencies.filter((dependency) => !dependency.minimum).map((dependency) => dependency.name);
    const raised = dependencies.filter((dependency) => dependency.minimum).map((dependency) => `${dependency.name} to >=${dependency.minimum}`);
    const reason = [added.length > 0 ? `declares ${added.join(', ')}` : '', raised.length > 0 ? `raises ${raised.join(', ')} where pinned lower` : ''].filter(Boolean).join('; ') + ' (not installed; run your package manager)';
    const declared = new Set([...project.dependencies].map(normalise));
    if (project.language === 'typescript') {
        const text = project.text('package.json');
        if (text === undefined)
            return undefined;
        const after = packageJsonPatch(text, dependencies);
        return after === text ? undefined : { kind: 'patch', path: 'package.json', before: text, after, reason };
    }
    const pyproject = project.text('pyproject.toml');
    const requirements = project.text('requirements.txt');
    if (pyproject !== undefined && requirements === undefined) {
        const after = pyprojectPatch(pyproject, dependencies, declared);
        if (after !== undefined)
            return after === pyproject ? undefined : { kind: 'patch', path: 'pyproject.toml', before: pyproject, after, reason };
    }
    const after = requirementsPatch(requirements ?? '', dependencies, declared);
    return after === (requirements ?? '') ? undefined : { kind: 'patch', path: 'requirements.txt', before: requirements, after, reason };
}
