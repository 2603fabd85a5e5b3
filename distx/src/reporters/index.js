import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
import { sarif } from './sarif.js';
import { text } from './text.js';
// `satisfies`: a format listed for the CLI without a reporter, or a reporter not listed, fails to compile.
export const REPORTERS = { text, json, sarif, github, junit, markdown };
