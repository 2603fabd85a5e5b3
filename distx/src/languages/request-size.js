/**
 * What bounds the size of request input, for every language: body-size strings as body parsers
 * take them, and the schema members (zod, JSON schema, TypeBox) that cap a string or an array.
 * Shared by unbounded-request-input and the fixers that add the bounds, so both judge alike.
 */
const MIB = 1024 * 1024;
const UNITS = { b: 1, kb: 1024, mb: MIB, gb: 1024 * MIB, tb: 1024 * 1024 * MIB };
/** `'50mb'`, `'100kb'`, `52428800` (the `bytes` package's notation body parsers use): a size in bytes, or undefined. */
export function sizeInBytes(value) {
    if (typeof value === 'number')
        return value;
    if (typeof value !== 'string')
        return undefined;
    const match = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb|tb)?\s*$/i.exec(value);
    if (!match)
        return undefined;
    return Math.floor(Number(match[1]) * UNITS[(match[2] ?? 'b').toLowerCase()]);
}
/** zod members that cap a string or an array. */
export const ZOD_BOUNDS = new Set(['max', 'length', 'size']);
/** zod string formats whose length the format itself fixes. */
export const ZOD_BOUNDED_FORMATS = new Set(['uuid', 'cuid', 'cuid2', 'ulid', 'datetime', 'date', 'time', 'ip', 'ipv4', 'ipv6', 'cidr', 'nanoid', 'duration']);
/** zod 3 `z.object`, zod 4 `z.strictObject`/`z.looseObject`. */
export const ZOD_OBJECTS = new Set(['object', 'strictObject', 'looseObject']);
/** JSON-schema keys that bound a `type: 'string'`. */
export const JSON_STRING_BOUNDS = ['maxLength', 'enum', 'const', 'format'];
