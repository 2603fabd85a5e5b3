/** The languages `scaffold server` writes; apart from options.ts so `--help` does not load zod. */
export const SERVER_LANGUAGES = ['typescript', 'python'];
