import { type CheckStatus, type Confidence, type Finding, type RuleDescriptor, type Score, type Severity } from './types.js';
/** How much a check weighs, like Lighthouse audit weights: severe checks move the score more. */
export declare const SEVERITY_WEIGHT: Record<Severity, number>;
/** A failing check loses its weight in proportion to how sure the finding is. */
export declare const CONFIDENCE_FACTOR: Record<Confidence, number>;
/**
 * Scores 0–100 per category and overall from per-rule checks: each applicable
 * check contributes its severity weight; a failing one loses that weight scaled
 * by the highest confidence among its findings. Not-applicable checks are left
 * out; a category with none is `null`. See docs/scoring.md.
 */
export declare function computeScore(rules: RuleDescriptor[], checks: Record<string, CheckStatus>, findings: Finding[]): Score;
