import type { SourceFile } from 'ts-morph';
export interface TsAttachment {
    imports: {
        module: string;
        named?: string[];
        default?: string;
    }[];
    /** Statements placed right after the app's construction. */
    statements: string[];
}
type TsMorph = typeof import('ts-morph');
/** ts-morph is heavy; only scaffold and fix load it. */
export declare function loadTsMorph(): Promise<TsMorph>;
/** An in-memory ts-morph source file for `text`; nothing is read from or written to disk. */
export declare function tsSourceFile(path: string, text: string): Promise<{
    file: SourceFile;
    morph: TsMorph;
}>;
/** Adds imports and statements after the app constructor (AST-located); unchanged text when already attached. */
export declare function attachToTsApp(path: string, text: string, appLine: number, appColumn: number, attachment: TsAttachment): Promise<string>;
/** `.js` when the entry's own relative imports carry an extension (NodeNext/ESM), else none. */
export declare function relativeSpecifier(path: string, text: string, moduleName: string): Promise<string>;
export {};
