/** The directory holding agent-harden's own package.json (dist/ has none, so the first one up is ours). */
export declare function packageRoot(): string;
