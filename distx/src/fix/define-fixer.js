export function defineFixer(fixer) {
    return fixer;
}
