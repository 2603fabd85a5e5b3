import {
  SERVER_LANGUAGES
} from "./chunk-XLST72IT.js";
import {
  REPORT_FORMATS
} from "./chunk-WM5XJUWO.js";
import {
  useColor,
  writeFileAtomic,
  writeToStdout
} from "./chunk-F2P5FCHE.js";
import {
  describeRule,
  loadRules
} from "./chunk-WYGLH33U.js";
import {
  EXIT,
  UsageError
} from "./chunk-MTL4NPGF.js";
import {
  packageRoot
} from "./chunk-AOFGELH4.js";
import {
  CONFIDENCES,
  SEVERITIES
} from "./chunk-6B4KTA3T.js";
import "./chunk-PZ5AY32C.js";

// dist/src/cli/audit.js
import { Option } from "commander";

// dist/src/cli/options.js
import { InvalidArgumentError } from "commander";
function choice(allowed, what) {
  return (value) => {
    if (!allowed.includes(value))
      throw new InvalidArgumentError(`${what} must be one of ${allowed.join(", ")}.`);
    return value;
  };
}
var parseGateLevel = choice([...SEVERITIES, "none"], "the level");
var parseConfidence = choice(CONFIDENCES, "the confidence");
function parsePositiveInteger(value) {
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0)
    throw new InvalidArgumentError("expected a positive whole number.");
  return number;
}
function parseScore(value) {
  const number = Number(value);
  if (!Number.isFinite(number) || number < 0 || number > 100)
    throw new InvalidArgumentError("expected a number from 0 to 100.");
  return number;
}
function parsePositiveNumber(value) {
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0)
    throw new InvalidArgumentError("expected a positive number.");
  return number;
}

// dist/src/cli/audit.js
function environmentVariable(longFlag) {
  return `AGENT_HARDEN_${longFlag.replace(/^--(no-)?/, "").replace(/-/g, "_").toUpperCase()}`;
}
function registerAudit(program, setExitCode) {
  const command = program.command("audit");
  command.createOption = (flags, description) => {
    const option = new Option(flags, description);
    return option.negate || option.long === "--help" ? option : option.env(environmentVariable(option.long));
  };
  command.description("statically find production gaps in an agent server and gate CI on them").argument("[paths...]", "files or directories to scan", ["."]).option("-f, --format <name>", `report format: ${REPORT_FORMATS.join(", ")}`, "text").option("-o, --output <file>", "write the report to a file instead of stdout").option("--fail-on <level>", "exit 1 when a finding is at or above: critical, high, medium, low, info, none (default: high)", parseGateLevel).option("--min-confidence <level>", "only findings at or above this confidence fail the gate: high, medium, low (default: medium)", parseConfidence).option("--min-score <n>", "exit 1 when the overall readiness score is below n (0-100)", parseScore).option("-c, --config <file>", "config file (default: nearest agent-harden.config.json/.yaml above the first path)").option("--max-file-size <bytes>", "skip files larger than this (default: 1048576)", parsePositiveInteger).option("-j, --jobs <n>", "worker threads (default: available CPUs; small projects use one thread)", parsePositiveInteger).option("--cache", "reuse results for unchanged files from the last run (off by default)").option("--cache-location <dir>", "where --cache keeps its file (default: .agent-harden-cache)").option("--no-color", "never colour the output").option("--write-baseline <file>", "record every current finding in a baseline file, then exit 0").option("--baseline <file>", "report and gate only findings the baseline file does not hold").option("--prune-baseline", "with --baseline: drop entries that no longer match from the baseline file").option("--baseline-ref <git-ref>", "report and gate only findings that the commit git-ref did not have (scanned in a temporary worktree)").option("--no-inline-ignores", "audit with every agent-harden-ignore comment off").option("--sarif-output <file>", "also write a SARIF report of the same scan to file").option("--json-output <file>", "also write a JSON report of the same scan to file (re-render it later with `agent-harden report`)").option("--junit-output <file>", "also write a JUnit XML report of the same scan to file").option("--markdown-output <file>", "also write a markdown summary of the same scan to file").option("--changed-since <git-ref>", "report and gate only findings on lines (line rules) or in apps (project rules) changed since git-ref");
  command.action(async (paths, flags) => {
    const { auditAction } = await import("./chunk-HQBOUOMC.js");
    await auditAction(paths, flags, setExitCode);
  });
}

// dist/src/cli/explain.js
import { readFileSync } from "node:fs";
import { join } from "node:path";

// dist/src/util/closest.js
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
function closest(input, candidates, limit = 3) {
  const words = new Set(input.split(/[-_\s]+/).filter((word) => word.length > 2));
  return candidates.map((candidate) => {
    const shared = candidate.split("-").some((word) => words.has(word));
    return { candidate, distance: editDistance(input, candidate) - (shared ? 4 : 0) };
  }).filter(({ distance }) => distance <= Math.max(3, Math.floor(input.length / 3))).sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate)).slice(0, limit).map(({ candidate }) => candidate);
}

// dist/src/cli/explain.js
function registerExplain(program) {
  program.command("explain").description("explain a rule offline: why it matters, what it flags, examples and how to fix").argument("<rule-id>", "the rule to explain (see `agent-harden rules`)").action(async (id) => {
    const rules = await loadRules();
    const rule = rules.find((candidate) => candidate.id === id);
    if (!rule) {
      const suggestions = closest(id, rules.map((candidate) => candidate.id));
      const hint = suggestions.length > 0 ? `; did you mean ${suggestions.join(", ")}?` : "; run `agent-harden rules` to list them";
      throw new UsageError(`unknown rule "${id}"${hint}`);
    }
    const meta = describeRule(rule);
    const page = readFileSync(join(packageRoot(), "rules", `${id}.md`), "utf8");
    const header = [
      `${meta.id} \u2014 ${meta.summary}`,
      `category: ${meta.category}   severity: ${meta.severity}   confidence: ${meta.confidence}   languages: ${meta.languages.join(", ")}`,
      `seeds: ${meta.seeds.join(", ") || "none"}   fixable by \`agent-harden fix\`: ${rule.fixable ? "yes" : "no"}`,
      `fix: ${meta.fixHint}`
    ];
    const body = page.slice(page.indexOf("## "));
    process.stdout.write(`${header.join("\n")}

${body.trimEnd()}
`);
  });
}

// dist/src/cli/init.js
function registerInit(program) {
  program.command("init").description("write a commented starter agent-harden.config.yaml for the stack in this directory").option("--force", "overwrite an existing config file").action(async (flags) => {
    const { initAction } = await import("./chunk-NQPVYSNU.js");
    initAction(flags);
  });
}

// dist/src/cli/probe.js
var collect = (value, previous) => [...previous, value];
function registerProbe(program, setExitCode) {
  program.command("probe").description("run bounded live checks against a running agent server (read-only by default)").argument("<url>", "base URL of the server, e.g. http://127.0.0.1:8000").option("-H, --header <header>", 'send this header with every request ("Authorization: Bearer \u2026"); repeatable; values are never printed', collect, []).option("--endpoint <endpoint>", 'a route the checks may use, as "METHOD /path" (e.g. "POST /chat"); repeatable', collect, []).option("--allow-mutating", "allow state-changing requests to the named --endpoint routes").option("--budget <requests>", "most requests the whole run may send (default 120, at most 500)", parsePositiveInteger).option("--deadline <seconds>", "stop the whole run after this long (default 60)", parsePositiveNumber).option("--timeout <seconds>", "give up on one request after this long (default 10)", parsePositiveNumber).option("--concurrency <n>", "requests in flight at once (default 2, at most 4)", parsePositiveInteger).option("--rate-limit-burst <requests>", "most requests the rate-limit check sends (default 60)", parsePositiveInteger).option("--dry-run", "list every request the checks would send, and send none").option("-f, --format <name>", "report format: text, json, sarif, github", "text").option("-o, --output <file>", "write the report to a file instead of stdout").option("--fail-on <level>", "exit 1 when a finding is at or above: critical, high, medium, low, info, none (default: high)", parseGateLevel).option("--min-confidence <level>", "only findings at or above this confidence fail the gate: high, medium, low (default: medium)", parseConfidence).option("-c, --config <file>", "config file (default: nearest agent-harden.config.json/.yaml above the working directory)").option("--no-color", "never colour the output").action(async (url, flags) => {
    const { runProbeCommand } = await import("./chunk-WPWMHJES.js");
    setExitCode(await runProbeCommand(url, flags));
  });
}

// dist/src/cli/report.js
import { readFileSync as readFileSync2 } from "node:fs";
function readSavedResult(file) {
  let data;
  try {
    data = JSON.parse(readFileSync2(file, "utf8"));
  } catch (error) {
    const code = error.code;
    throw new UsageError(code ? `cannot read ${file} (${code})` : `${file} is not valid JSON; save one with --format json or --json-output`);
  }
  if (data.schemaVersion !== 1 || data.kind !== "audit" && data.kind !== "probe" || !Array.isArray(data.findings)) {
    throw new UsageError(`${file} is not an agent-harden JSON report (schemaVersion 1); save one with --format json or --json-output`);
  }
  if (!Array.isArray(data.rules)) {
    throw new UsageError(`${file} was saved by an older agent-harden without rule descriptors; audit again to re-render it`);
  }
  const { findings, score, summary, rules, checks, kind } = data;
  return { kind, findings, score, summary, rules, checks, ...kind === "audit" ? { cwd: process.cwd() } : {} };
}
function registerReport(program) {
  program.command("report").description("re-render a saved JSON result (from --format json or --json-output) in another format, without scanning").argument("<results>", "a JSON report file").option("-f, --format <name>", `report format: ${REPORT_FORMATS.join(", ")}`, "text").option("-o, --output <file>", "write the report to a file instead of stdout").option("--no-color", "never colour the output").action(async (file, flags) => {
    const { rendererFor } = await import("./chunk-72QPGCBV.js");
    const render = await rendererFor(flags.format);
    const rendered = render(readSavedResult(file), { color: !flags.output && useColor(flags.color) });
    if (flags.output)
      writeFileAtomic(flags.output, rendered);
    else
      await writeToStdout(rendered);
  });
}

// dist/src/cli/rules.js
function rulesTable(rules) {
  const rows = rules.map((rule) => [rule.id, rule.category, rule.severity, rule.confidence, rule.summary]);
  const header = ["id", "category", "severity", "confidence", "summary"];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells) => cells.map((cell, column) => column === cells.length - 1 ? cell : cell.padEnd(widths[column])).join("  ");
  return `${[line(header), ...rows.map(line)].join("\n")}
`;
}
function registerRules(program) {
  program.command("rules").description("list every rule with its category, severity, confidence and summary").option("-f, --format <name>", "text or json", "text").action(async (flags) => {
    if (flags.format !== "text" && flags.format !== "json")
      throw new UsageError(`unknown format "${flags.format}"; use text or json`);
    const rules = (await loadRules()).map(describeRule);
    process.stdout.write(flags.format === "json" ? `${JSON.stringify(rules, null, 2)}
` : rulesTable(rules));
  });
}

// dist/src/cli/fix.js
function registerFix(program, setExitCode) {
  program.command("fix").description("apply safe, AST-located source fixes for audit findings; shows a diff first, then re-audits").argument("[paths...]", "limit to files under these paths (relative to --dir)").option("-d, --dir <path>", "the project directory (default: the current directory)").option("--rule <id...>", "only fix these rule ids").option("--dry-run", "show the diff; write nothing").option("-y, --yes", "apply without asking (also when stdin is not a terminal)").action(async (paths, flags) => {
    const { runFixCommand } = await import("./chunk-USWCOKZJ.js");
    setExitCode(await runFixCommand(paths, flags));
  });
}

// dist/src/cli/scaffold.js
var NEXT_STEPS = {
  typescript: "npm ci && npm run build && npm start",
  python: "python3 -m app  (install the packages pinned in pyproject.toml first)"
};
async function scaffoldServerCommand(flags) {
  if (!flags.lang || !flags.name)
    throw new UsageError(`scaffold server needs --lang (${SERVER_LANGUAGES.join(", ")}) and --name`);
  const { scaffoldServer } = await import("./chunk-ZDVXZA2B.js");
  const result = await scaffoldServer({ lang: flags.lang, name: flags.name, dir: flags.dir, force: flags.force ?? false });
  process.stdout.write(`wrote ${result.files.length} files to ${result.dir}
next: cd ${result.dir} && ${NEXT_STEPS[flags.lang]}
`);
  return EXIT.ok;
}
function registerScaffold(program, setExitCode) {
  program.command("scaffold").description("write production pieces into the project (`scaffold list` shows them; diff first), or `scaffold server` for a whole reference server").argument("<generator>", 'generator id, "list", or "server" (a whole reference server: --lang, --name)').option("-d, --dir <path>", "the project directory (default: the current directory)").option("--framework <id>", "override the detected framework").option("--entry <file>", "override the detected entry file (the one that creates the app)").option("--dry-run", "show the plan and diff; write nothing").option("-y, --yes", "apply without asking (also when stdin is not a terminal)").option("--force", "overwrite files you changed or that agent-harden did not write").option("--port <number>", "the port the server listens on", parsePositiveInteger).option("--origin <url...>", "allowed CORS origins").option("--name <name>", "service name (k8s); project name (server)").option("--lang <language>", `server language: ${SERVER_LANGUAGES.join(", ")}`).option("--image <ref>", "container image reference (k8s)").action(async (generator, flags) => {
    if (generator === "server") {
      setExitCode(await scaffoldServerCommand(flags));
      return;
    }
    const { runScaffoldCommand } = await import("./chunk-AWXNETCJ.js");
    await runScaffoldCommand(generator, flags);
  });
}

// dist/src/cli/commands.js
function registerCommands(program, setExitCode) {
  registerAudit(program, setExitCode);
  registerProbe(program, setExitCode);
  registerInit(program);
  registerReport(program);
  registerRules(program);
  registerExplain(program);
  registerScaffold(program, setExitCode);
  registerFix(program, setExitCode);
}
export {
  registerCommands
};
//# sourceMappingURL=chunk-UW6IBBBX.js.map
