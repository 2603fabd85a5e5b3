import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { FIXTURES } from './paths.js';
const schema = JSON.parse(readFileSync(join(FIXTURES, 'schemas', 'sarif-schema-2.1.0.json'), 'utf8'));
// The official OASIS SARIF 2.1.0 schema is JSON Schema draft-04; formats (uri, date-time) are checked too.
// Both packages are CommonJS with `exports.default`; under NodeNext the class sits on `.default`.
const Ajv = AjvDraft04.default;
const addFormats = ajvFormats.default;
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);
/** Validation errors against the official SARIF 2.1.0 schema; empty when valid. */
export function sarifErrors(document) {
    if (validate(document))
        return [];
    return (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`);
}
