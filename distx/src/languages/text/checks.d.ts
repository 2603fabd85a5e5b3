import type { TextRuleContext } from '../../engine/report.js';
import type { Dockerfile } from './dockerfile.js';
import type { EnvEntry } from './env-file.js';
import type { Manifest } from './manifest.js';
/** Checks over files read by the small text readers; each gets the parsed form. */
export interface TextChecks {
    dockerfile?: (dockerfile: Dockerfile, ctx: TextRuleContext) => void;
    env?: (entries: EnvEntry[], ctx: TextRuleContext) => void;
    manifest?: (manifest: Manifest, ctx: TextRuleContext) => void;
    /** Procfile, compose and Kubernetes YAML: raw lines, for command checks. */
    lines?: (lines: string[], ctx: TextRuleContext) => void;
}
