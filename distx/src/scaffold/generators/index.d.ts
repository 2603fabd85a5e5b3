import type { Generator } from '../define-generator.js';
/** Every generator, in the order `scaffold list` shows them. */
export declare const GENERATORS: readonly Generator<any>[];
export declare function findGenerator(id: string): Generator<any> | undefined;
