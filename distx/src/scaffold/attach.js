import { posix } from 'node:path';
import { UsageError } from '../core/errors.js';
import { attachToPythonApp, siblingImport } from './python-source.js';
import { render } from './templates.js';
import { attachToTsApp, relativeSpecifier } from './ts-source.js';
/** Where a generated module beside the entry file lives, and how the entry imports it. */
export async function siblingModule(project, target, name) {
    const dir = posix.dirname(target.entry);
    const entryText = project.text(target.entry);
    if (project.language === 'python') {
        const inPackage = project.text(posix.join(dir, '__init__.py')) !== undefined;
        const packagePath = inPackage ? (dir === '.' ? '' : dir.split('/').join('.')) : undefined;
        return { path: posix.join(dir, `${name}.py`), specifier: await siblingImport(entryText, name, packagePath) };
    }
    const extension = posix.extname(target.entry);
    if (!['.ts', '.mts', '.tsx'].includes(extension)) {
        throw new UsageError(`${target.entry} is JavaScript; scaffold writes TypeScript modules and supports TypeScript entry files only for now`);
    }
    return { path: posix.join(dir, `${name}${extension === '.tsx' ? '.ts' : extension}`), specifier: await relativeSpecifier(target.entry, entryText, name) };
}
/**
 * The two actions most generators need: create `<name>` from
 * `templates/<generator>/<framework>/<name>.hbs` beside the entry file, and
 * patch the entry file to import it and wire it into the app.
 */
export async function moduleAndWiring(project, target, generator, name, context, wiring) {
    const module = await siblingModule(project, target, name);
    const content = await render(generator, target.framework, name, context);
    const entryText = project.text(target.entry);
    let after;
    if (project.language === 'python') {
        const { names, statements } = wiring.python;
        after = await attachToPythonApp(entryText, target.app.line, target.app.column, {
            imports: names.map((binding) => ({ line: `from ${module.specifier} import ${binding}`, binds: binding })),
            statements,
        });
    }
    else {
        const { names, statements, extraImports = [] } = wiring.typescript;
        after = await attachToTsApp(target.entry, entryText, target.app.line, target.app.column, {
            imports: [{ module: module.specifier, named: names }, ...extraImports],
            statements,
        });
    }
    return [
        { kind: 'create', path: module.path, content },
        { kind: 'patch', path: target.entry, before: entryText, after, reason: `wires ${name} into the ${target.framework} app` },
    ];
}
