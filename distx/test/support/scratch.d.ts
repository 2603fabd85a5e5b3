/** A fresh directory that is removed when this test process exits. */
export declare function scratchDir(prefix: string): string;
