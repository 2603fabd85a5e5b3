// Regenerates docs/config.schema.json from the zod config schema: npm run docs:schema
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderConfigJsonSchema } from '../../src/core/config-schema.js';
import { REPO_ROOT } from './paths.js';
writeFileSync(join(REPO_ROOT, 'docs', 'config.schema.json'), renderConfigJsonSchema());
