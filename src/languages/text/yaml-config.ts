import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

let yaml: typeof Yaml | undefined;

/**
 * Every document of a YAML file as plain data; documents that do not parse
 * (Helm templates with `{{ }}`) are left out. The `yaml` package is loaded on
 * first use, so audits without compose or Kubernetes files never pay for it.
 */
export function readYamlDocuments(text: string): unknown[] {
  yaml ??= createRequire(import.meta.url)('yaml') as typeof Yaml;
  try {
    return yaml
      .parseAllDocuments(text, { logLevel: 'silent' })
      .filter((document) => !('errors' in document) || document.errors.length === 0)
      .map((document) => document.toJS() as unknown);
  } catch {
    return [];
  }
}
