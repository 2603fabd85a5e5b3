import { parse as parseToml } from 'smol-toml';
export function normalisePythonName(name) {
    return name.toLowerCase().replace(/[_.]+/g, '-');
}
const REQUIREMENT_NAME = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/;
export function readRequirements(text) {
    const dependencies = new Set();
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.replace(/\s+#.*$/, '').trim();
        if (!line || line.startsWith('#') || line.startsWith('-'))
            continue;
        const match = REQUIREMENT_NAME.exec(line);
        if (match)
            dependencies.add(normalisePythonName(match[1]));
    }
    return { kind: 'requirements', language: 'python', dependencies, scripts: {} };
}
function addRequirementStrings(target, values) {
    if (!Array.isArray(values))
        return;
    for (const value of values) {
        if (typeof value !== 'string')
            continue;
        const match = REQUIREMENT_NAME.exec(value);
        if (match)
            target.add(normalisePythonName(match[1]));
    }
}
/** PEP 621 `[project]` dependencies, optional groups, dependency groups and Poetry tables. */
export function readPyproject(text) {
    const dependencies = new Set();
    let data;
    try {
        data = parseToml(text);
    }
    catch {
        return { kind: 'pyproject', language: 'python', dependencies, scripts: {} };
    }
    const project = (data.project ?? {});
    addRequirementStrings(dependencies, project.dependencies);
    for (const group of Object.values((project['optional-dependencies'] ?? {})))
        addRequirementStrings(dependencies, group);
    for (const group of Object.values((data['dependency-groups'] ?? {})))
        addRequirementStrings(dependencies, group);
    const poetry = (data.tool ?? {}).poetry;
    for (const table of [poetry?.dependencies, poetry?.['dev-dependencies']]) {
        for (const name of Object.keys((table ?? {})))
            if (name !== 'python')
                dependencies.add(normalisePythonName(name));
    }
    return { kind: 'pyproject', language: 'python', dependencies, scripts: {} };
}
export function readPackageJson(text) {
    const dependencies = new Set();
    let scripts = {};
    try {
        const data = JSON.parse(text);
        for (const key of ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies']) {
            for (const name of Object.keys((data[key] ?? {})))
                dependencies.add(name);
        }
        if (data.scripts && typeof data.scripts === 'object') {
            scripts = Object.fromEntries(Object.entries(data.scripts).filter((entry) => typeof entry[1] === 'string'));
        }
    }
    catch {
        // An unparsable package.json declares nothing; the audit goes on.
    }
    return { kind: 'package-json', language: 'typescript', dependencies, scripts };
}
