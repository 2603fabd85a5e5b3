import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { packageRoot } from '../../util/package-root.js';
// npm drops dot-files such as .gitignore from published packages, so templates store
// them as `dot-<name>`; `.hbs` marks the few files with placeholders, the rest are copied.
function outputPath(templatePath) {
    return templatePath
        .split('/')
        .map((part) => (part.startsWith('dot-') ? `.${part.slice(4)}` : part))
        .join('/')
        .replace(/\.hbs$/, '');
}
function listFiles(dir) {
    return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const path = join(dir, entry.name);
        return entry.isDirectory() ? listFiles(path) : [path];
    });
}
export function templateDir(lang) {
    return join(packageRoot(), 'templates', 'server', lang);
}
/** Renders every template of one language, sorted by output path so runs are byte-identical. */
export async function renderServer(lang, values) {
    const { default: Handlebars } = await import('handlebars');
    const root = templateDir(lang);
    const files = listFiles(root).map((file) => {
        const templatePath = relative(root, file).split(sep).join('/');
        const source = readFileSync(file, 'utf8');
        const content = templatePath.endsWith('.hbs')
            ? Handlebars.compile(source, { noEscape: true, strict: true })(values)
            : source;
        return { path: outputPath(templatePath), content };
    });
    return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
