export declare const isNonServerPath: (path: string) => boolean;
export declare const isTestPath: (path: string) => boolean;
