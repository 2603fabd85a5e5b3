/**
 * What bounds the size of request input, for every language: body-size strings as body parsers
 * take them, and the schema members (zod, JSON schema, TypeBox) that cap a string or an array.
 * Shared by unbounded-request-input and the fixers that add the bounds, so both judge alike.
 */
/** `'50mb'`, `'100kb'`, `52428800` (the `bytes` package's notation body parsers use): a size in bytes, or undefined. */
export declare function sizeInBytes(value: unknown): number | undefined;
/** zod members that cap a string or an array. */
export declare const ZOD_BOUNDS: Set<string>;
/** zod string formats whose length the format itself fixes. */
export declare const ZOD_BOUNDED_FORMATS: Set<string>;
/** zod 3 `z.object`, zod 4 `z.strictObject`/`z.looseObject`. */
export declare const ZOD_OBJECTS: Set<string>;
/** JSON-schema keys that bound a `type: 'string'`. */
export declare const JSON_STRING_BOUNDS: string[];
