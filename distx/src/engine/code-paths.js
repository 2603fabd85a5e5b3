import { lastPathMemo } from '../util/last-path-memo.js';
/**
 * Files that do not run inside the deployed server: tests, fixtures, CLI and
 * build scripts, examples, notebooks' exports, migrations. Rules about server
 * behaviour (print logging, bind config) stay silent there.
 */
const NON_SERVER_DIRECTORY = /(?:^|\/)(?:tests?|__tests__|spec|specs|e2e|fixtures?|scripts?|bin|tools|examples?|samples?|demos?|notebooks?|docs?|benchmarks?|bench|evals?|evaluation|migrations|alembic|\.github|cypress|playwright)\//i;
const NON_SERVER_FILE = /(?:^|\/)(?:test_[^/]*\.py|[^/]*_test\.py|conftest\.py|setup\.py|noxfile\.py|tasks\.py|fabfile\.py|manage\.py|cli\.py|[^/]*\.(?:test|spec|e2e|stories)\.[cm]?[jt]sx?|[^/]*\.config\.[cm]?[jt]s|(?:gulpfile|gruntfile|jest\.setup|vitest\.setup|cli)\.[cm]?[jt]s)$/i;
export const isNonServerPath = lastPathMemo((path) => NON_SERVER_DIRECTORY.test(path) || NON_SERVER_FILE.test(path));
// Test code only: rules about data and state stay on in examples and samples, which real agent repos ship as their servers.
const TEST_DIRECTORY = /(?:^|\/)(?:tests?|__tests__|spec|specs|e2e|cypress|playwright)\//i;
const TEST_FILE = /(?:^|\/)(?:test_[^/]*\.py|[^/]*_test\.py|conftest\.py|[^/]*\.(?:test|spec|e2e)\.[cm]?[jt]sx?)$/i;
export const isTestPath = lastPathMemo((path) => TEST_DIRECTORY.test(path) || TEST_FILE.test(path));
