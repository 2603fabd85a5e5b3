// Prints a sample project's findings in expected-findings.txt form, for review before pasting:
//   npm run build && node dist/test/support/print-findings.js fixtures/projects/<name>
import { resolve } from 'node:path';
import { audit } from '../../src/engine/audit.js';
import { findingLines } from './expected-findings.js';
const project = resolve(process.argv[2] ?? '.');
const result = await audit({ paths: ['.'], cwd: project });
process.stdout.write(`${findingLines(result.findings).join('\n')}\n`);
