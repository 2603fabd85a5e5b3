import type * as Yaml from 'yaml';
/** A YAML file parsed once: its documents (with node ranges) and the line counter that maps ranges to lines. */
export interface ParsedYaml {
    yaml: typeof Yaml;
    documents: Yaml.Document[];
    lines: Yaml.LineCounter;
}
/**
 * Parses every document of a YAML file, keeping syntax errors on the documents
 * (Helm templates with `{{ }}` do not parse). The `yaml` package is loaded on
 * first use, so audits without compose or Kubernetes files never pay for it.
 */
export declare function parseYaml(text: string): ParsedYaml;
/** Every document of a YAML file as plain data; documents that do not parse are left out. */
export declare function readYamlDocuments(text: string): unknown[];
