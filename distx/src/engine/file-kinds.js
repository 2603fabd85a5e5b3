import { posix } from 'node:path';
const TS_EXTENSIONS = new Set(['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs']);
const ENV_TEMPLATE = /\.(?:example|sample|template|dist|defaults?)$/i;
/** Whether files of this kind are parsed as code and walked by rules' visitors, rather than read as text. */
export function isCodeKind(kind) {
    return kind === 'python' || kind === 'typescript';
}
/**
 * What a file is, by name: the only place that decides which reader or parser
 * gets a file. Unknown kinds are not scanned (and not counted as skipped).
 */
export function fileKind(relativePath) {
    const base = posix.basename(relativePath);
    const lower = base.toLowerCase();
    const extension = posix.extname(lower);
    if (extension === '.py' || extension === '.pyi')
        return 'python';
    if (TS_EXTENSIONS.has(extension))
        return lower.endsWith('.d.ts') || lower.endsWith('.min.js') ? undefined : 'typescript';
    if (lower === 'dockerfile' || lower === 'containerfile' || lower.startsWith('dockerfile.') || lower.endsWith('.dockerfile') || lower.startsWith('containerfile.'))
        return 'dockerfile';
    if (lower === '.env' || (lower.startsWith('.env.') && !ENV_TEMPLATE.test(lower)) || (lower.endsWith('.env') && extension === '.env'))
        return 'env';
    if (lower === '.gitignore')
        return 'gitignore';
    if (lower === '.dockerignore')
        return 'dockerignore';
    if (/^requirements.*\.txt$/.test(lower) || (lower.endsWith('.txt') && posix.basename(posix.dirname(relativePath)) === 'requirements'))
        return 'requirements';
    if (lower === 'pyproject.toml')
        return 'pyproject';
    if (lower === 'package.json')
        return 'package-json';
    if (/^(?:docker-)?compose(?:\.[\w-]+)?\.ya?ml$/.test(lower))
        return 'compose';
    if (lower === 'procfile')
        return 'procfile';
    if ((extension === '.yaml' || extension === '.yml') && /(?:^|\/)(?:k8s|kubernetes|deploy|deployment|manifests|helm|charts|kustomize)(?:\/|$)/i.test(relativePath))
        return 'kubernetes';
    return undefined;
}
export function isEnvTemplateName(file) {
    return ENV_TEMPLATE.test(file);
}
