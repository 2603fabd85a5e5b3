import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

let yaml: typeof Yaml | undefined;

/** A YAML file parsed once: its documents (with node ranges) and the line counter that maps ranges to lines. */
export interface ParsedYaml {
  yaml: typeof Yaml;
  documents: Yaml.Document[];
  lines: Yaml.LineCounter;
}

// Several rules read the same compose or Kubernetes file in one pass; they share its parse.
let last: { text: string; parsed: ParsedYaml } | undefined;

/**
 * Parses every document of a YAML file, keeping syntax errors on the documents
 * (Helm templates with `{{ }}` do not parse). The `yaml` package is loaded on
 * first use, so audits without compose or Kubernetes files never pay for it.
 */
export function parseYaml(text: string): ParsedYaml {
  if (last?.text === text) return last.parsed;
  yaml ??= createRequire(import.meta.url)('yaml') as typeof Yaml;
  const lines = new yaml.LineCounter();
  let documents: Yaml.Document[];
  try {
    const parsed: unknown = yaml.parseAllDocuments(text, { lineCounter: lines, logLevel: 'silent' });
    documents = Array.isArray(parsed) ? (parsed as Yaml.Document[]) : [];
  } catch {
    documents = [];
  }
  last = { text, parsed: { yaml, documents, lines } };
  return last.parsed;
}

/** Every document of a YAML file as plain data; documents that do not parse are left out. */
export function readYamlDocuments(text: string): unknown[] {
  return parseYaml(text)
    .documents.filter((document) => document.errors.length === 0)
    .map((document) => document.toJS() as unknown);
}
