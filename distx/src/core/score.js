import { CATEGORIES } from './types.js';
/** How much a check weighs, like Lighthouse audit weights: severe checks move the score more. */
export const SEVERITY_WEIGHT = { critical: 10, high: 6, medium: 3, low: 1, info: 0.5 };
/** A failing check loses its weight in proportion to how sure the finding is. */
export const CONFIDENCE_FACTOR = { high: 1, medium: 0.75, low: 0.5 };
/**
 * Scores 0–100 per category and overall from per-rule checks: each applicable
 * check contributes its severity weight; a failing one loses that weight scaled
 * by the highest confidence among its findings. Not-applicable checks are left
 * out; a category with none is `null`. See docs/scoring.md.
 */
export function computeScore(rules, checks, findings) {
    const confidenceByRule = new Map();
    for (const finding of findings) {
        const factor = CONFIDENCE_FACTOR[finding.confidence];
        confidenceByRule.set(finding.ruleId, Math.max(confidenceByRule.get(finding.ruleId) ?? 0, factor));
    }
    const totals = new Map();
    for (const rule of rules) {
        const status = checks[rule.id];
        if (!status || status === 'not-applicable')
            continue;
        const weight = SEVERITY_WEIGHT[rule.severity];
        const total = totals.get(rule.category) ?? { possible: 0, earned: 0 };
        total.possible += weight;
        total.earned += status === 'pass' ? weight : weight * (1 - (confidenceByRule.get(rule.id) ?? 1));
        totals.set(rule.category, total);
    }
    const categories = Object.fromEntries(CATEGORIES.map((category) => {
        const total = totals.get(category);
        return [category, total && total.possible > 0 ? Math.round((100 * total.earned) / total.possible) : null];
    }));
    let possible = 0;
    let earned = 0;
    for (const total of totals.values()) {
        possible += total.possible;
        earned += total.earned;
    }
    return { overall: possible > 0 ? Math.round((100 * earned) / possible) : null, categories };
}
