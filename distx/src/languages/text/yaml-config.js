import { createRequire } from 'node:module';
let yaml;
// Several rules read the same compose or Kubernetes file in one pass; they share its parse.
let last;
/**
 * Parses every document of a YAML file, keeping syntax errors on the documents
 * (Helm templates with `{{ }}` do not parse). The `yaml` package is loaded on
 * first use, so audits without compose or Kubernetes files never pay for it.
 */
export function parseYaml(text) {
    if (last?.text === text)
        return last.parsed;
    yaml ??= createRequire(import.meta.url)('yaml');
    const lines = new yaml.LineCounter();
    let documents;
    try {
        const parsed = yaml.parseAllDocuments(text, { lineCounter: lines, logLevel: 'silent' });
        documents = Array.isArray(parsed) ? parsed : [];
    }
    catch {
        documents = [];
    }
    last = { text, parsed: { yaml, documents, lines } };
    return last.parsed;
}
/** Every document of a YAML file as plain data; documents that do not parse are left out. */
export function readYamlDocuments(text) {
    return parseYaml(text)
        .documents.filter((document) => document.errors.length === 0)
        .map((document) => document.toJS());
}
