import {
  evaluateGate
} from "./chunk-XKEKMC6E.js";
import {
  loadRenderer,
  rendererFor
} from "./chunk-AJEJ33E3.js";
import "./chunk-WM5XJUWO.js";
import {
  useColor,
  writeFileAtomic,
  writeToStdout
} from "./chunk-F2P5FCHE.js";
import {
  AuditCache,
  DEFAULT_CACHE_DIRECTORY,
  assignFingerprints,
  audit,
  compareFindings,
  computeScore,
  loadAuditConfig
} from "./chunk-XIWPFLSK.js";
import "./chunk-KNFCEM4Y.js";
import "./chunk-WRLAY6UH.js";
import {
  Timings
} from "./chunk-GTDUGOFN.js";
import "./chunk-PPTL4YM3.js";
import {
  loadRules
} from "./chunk-WYGLH33U.js";
import "./chunk-JA4UPIMU.js";
import {
  EXIT,
  UsageError
} from "./chunk-MTL4NPGF.js";
import "./chunk-V6FMGJSC.js";
import "./chunk-JQ7ZJZHD.js";
import "./chunk-X2RKU2FG.js";
import "./chunk-AOFGELH4.js";
import "./chunk-6B4KTA3T.js";
import "./chunk-PZ5AY32C.js";

// dist/src/cli/audit-action.js
import { resolve as resolve3 } from "node:path";
import { performance as performance2 } from "node:perf_hooks";

// dist/src/engine/baseline.js
import { readFileSync } from "node:fs";
function keyOf(entry) {
  return `${entry.file}\0${entry.ruleId}\0${entry.fingerprint}`;
}
function createBaseline(findings) {
  const counts = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const entry = { file: finding.location.file, ruleId: finding.ruleId, fingerprint: finding.fingerprint, count: 0 };
    const known = counts.get(keyOf(entry)) ?? entry;
    known.count++;
    counts.set(keyOf(entry), known);
  }
  const entries = [...counts.values()].sort((a, b) => keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0);
  return { version: 1, entries };
}
function serializeBaseline(baseline) {
  return `${JSON.stringify(baseline, null, 2)}
`;
}
async function readBaseline(file) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new UsageError(`cannot read baseline ${file} (${error.code ?? "error"}); write one with --write-baseline`);
  }
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    throw new UsageError(`baseline ${file} is not valid JSON; write it again with --write-baseline`);
  }
  const { z } = await import("zod");
  const baselineSchema = z.object({
    version: z.literal(1),
    entries: z.array(z.object({ file: z.string(), ruleId: z.string(), fingerprint: z.string(), count: z.number().int().positive() }))
  });
  const parsed = baselineSchema.safeParse(data);
  if (!parsed.success)
    throw new UsageError(`baseline ${file} is not an agent-harden baseline (version 1); write it again with --write-baseline`);
  return parsed.data;
}
function compareWithBaseline(findings, baseline) {
  const remaining = /* @__PURE__ */ new Map();
  for (const entry of baseline.entries)
    remaining.set(keyOf(entry), (remaining.get(keyOf(entry)) ?? 0) + entry.count);
  const fresh = [];
  let matched = 0;
  for (const finding of findings) {
    const key = keyOf({ file: finding.location.file, ruleId: finding.ruleId, fingerprint: finding.fingerprint });
    const left = remaining.get(key) ?? 0;
    if (left > 0) {
      remaining.set(key, left - 1);
      matched++;
    } else {
      fresh.push(finding);
    }
  }
  const stale = [];
  for (const entry of baseline.entries) {
    const left = remaining.get(keyOf(entry)) ?? 0;
    if (left <= 0)
      continue;
    const count = Math.min(left, entry.count);
    stale.push({ ...entry, count });
    remaining.set(keyOf(entry), left - count);
  }
  return { fresh, matched, stale };
}
function pruneBaseline(baseline, stale) {
  const drop = new Map(stale.map((entry) => [keyOf(entry), entry.count]));
  const entries = baseline.entries.map((entry) => ({ ...entry, count: entry.count - (drop.get(keyOf(entry)) ?? 0) })).filter((entry) => entry.count > 0);
  return { version: 1, entries };
}

// dist/src/engine/services.js
import { statSync } from "node:fs";
import { resolve } from "node:path";
function areServiceRoots(paths, cwd) {
  if (paths.length < 2)
    return false;
  return paths.every((path) => {
    try {
      return statSync(resolve(cwd, path)).isDirectory();
    } catch {
      return false;
    }
  });
}
var CHECK_RANK = { fail: 2, pass: 1, "not-applicable": 0 };
async function auditServices(paths, options) {
  const started = performance.now();
  const services = [];
  for (const path of paths) {
    const config = await loadAuditConfig({ paths: [path], cwd: options.cwd });
    const result = await audit({ paths: [path], cwd: options.cwd, config, maxFileSize: options.maxFileSize, inlineIgnores: options.inlineIgnores, jobs: options.jobs, prefilters: options.prefilters });
    services.push({ id: path.replace(/\\/g, "/").replace(/\/+$/, "") || ".", result });
  }
  const findings = services.flatMap((service) => service.result.findings).sort(compareFindings);
  const rules = /* @__PURE__ */ new Map();
  const checks = {};
  for (const { result } of services) {
    for (const rule of result.rules)
      if (!rules.has(rule.id))
        rules.set(rule.id, rule);
    for (const [id, status] of Object.entries(result.checks))
      if (!checks[id] || CHECK_RANK[status] > CHECK_RANK[checks[id]])
        checks[id] = status;
  }
  const summaries = services.map((service) => service.result.summary);
  const byFile = (items) => items.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  const descriptors = [...rules.values()];
  return {
    kind: "audit",
    findings,
    score: computeScore(descriptors, checks, findings),
    summary: {
      filesScanned: summaries.reduce((sum, summary) => sum + summary.filesScanned, 0),
      filesSkipped: byFile(summaries.flatMap((summary) => summary.filesSkipped)),
      parseErrors: byFile(summaries.flatMap((summary) => summary.parseErrors)),
      ruleErrors: byFile(summaries.flatMap((summary) => summary.ruleErrors)),
      suppressionProblems: byFile(summaries.flatMap((summary) => summary.suppressionProblems)),
      suppressed: summaries.reduce((sum, summary) => sum + summary.suppressed, 0),
      durationMs: Math.round(performance.now() - started)
    },
    rules: descriptors,
    checks,
    cwd: resolve(options.cwd),
    services
  };
}

// dist/src/engine/since-ref.js
import { existsSync as existsSync2 } from "node:fs";
import { dirname, resolve as resolve2 } from "node:path";

// dist/src/engine/git.js
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { isAbsolute, join, relative } from "node:path";
function git(args, cwd) {
  return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 64 * 1024 * 1024 });
}
function repositoryRoot(cwd, flag) {
  try {
    return git(["rev-parse", "--show-toplevel"], cwd).trim();
  } catch {
    throw new UsageError(`${flag} needs a git repository, and ${cwd} is not inside one`);
  }
}
function resolveCommit(ref, cwd, flag) {
  repositoryRoot(cwd, flag);
  try {
    return git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], cwd).trim();
  } catch {
    throw new UsageError(`${flag} ${ref}: no such commit in this repository`);
  }
}
async function withWorktree(commit, cwd, use) {
  const root = realpathSync(repositoryRoot(cwd, "--baseline-ref"));
  const dir = mkdtempSync(join(tmpdir(), "agent-harden-base-"));
  git(["worktree", "add", "--detach", "--quiet", dir, commit], root);
  const toOld = (path) => {
    const inside = relative(root, existsSync(path) ? realpathSync(path) : path);
    return inside.startsWith("..") || isAbsolute(inside) ? path : join(dir, inside);
  };
  try {
    return await use(toOld(cwd), toOld);
  } finally {
    try {
      git(["worktree", "remove", "--force", dir], root);
    } catch {
      rmSync(dir, { recursive: true, force: true });
      git(["worktree", "prune"], root);
    }
  }
}
function renamesSince(commit, cwd) {
  const renames = /* @__PURE__ */ new Map();
  const out = git(["diff", "-M", "--name-status", "--relative", "-z", commit, "--"], cwd);
  const fields = out.split("\0");
  for (let i = 0; i < fields.length; ) {
    const status = fields[i];
    if (!status)
      break;
    if (status.startsWith("R") || status.startsWith("C")) {
      if (status.startsWith("R"))
        renames.set(fields[i + 1], fields[i + 2]);
      i += 3;
    } else {
      i += 2;
    }
  }
  return renames;
}
function changedLinesSince(commit, cwd) {
  const changed = /* @__PURE__ */ new Map();
  const diff = git(["diff", "-U0", "--no-color", "--no-ext-diff", "-M", "--relative", commit, "--"], cwd);
  let file;
  for (const line of diff.split("\n")) {
    if (line.startsWith("+++ ")) {
      const target = line.slice(4);
      file = target === "/dev/null" ? void 0 : target.replace(/^b\//, "");
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (!hunk || !file)
      continue;
    const start = Number(hunk[1]);
    const count = hunk[2] === void 0 ? 1 : Number(hunk[2]);
    const lines = changed.get(file);
    const set = lines instanceof Set ? lines : /* @__PURE__ */ new Set();
    if (count === 0)
      set.add(Math.max(start, 1));
    for (let n = start; n < start + count; n++)
      set.add(n);
    if (lines !== "all")
      changed.set(file, set);
  }
  for (const name of git(["diff", "--name-only", "--diff-filter=A", "--relative", "-z", commit, "--"], cwd).split("\0")) {
    if (name)
      changed.set(name, "all");
  }
  for (const name of git(["ls-files", "--others", "--exclude-standard", "-z"], cwd).split("\0")) {
    if (name)
      changed.set(name, "all");
  }
  return changed;
}

// dist/src/engine/since-ref.js
async function baselineAtRef(ref, options) {
  const commit = resolveCommit(ref, options.cwd, "--baseline-ref");
  const old = await withWorktree(commit, options.cwd, (oldCwd, toOld) => audit({ paths: options.paths, cwd: oldCwd, maxFileSize: options.maxFileSize, inlineIgnores: options.inlineIgnores, config: { ...options.config, baseDir: toOld(options.config.baseDir) } }));
  const renames = renamesSince(commit, options.cwd);
  const moved = old.findings.map((finding) => {
    const file = renames.get(finding.location.file);
    return file ? { ...finding, location: { ...finding.location, file } } : finding;
  });
  moved.sort(compareFindings);
  assignFingerprints(moved);
  return createBaseline(moved);
}
function unitOf(file, cwd) {
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    if (["package.json", "pyproject.toml", "requirements.txt"].some((name) => existsSync2(resolve2(cwd, dir, name))))
      return dir;
    if (dir === "." || dir === "/" || dir === dirname(dir))
      return ".";
  }
}
async function limitToChangedSince(result, ref, cwd) {
  const commit = resolveCommit(ref, cwd, "--changed-since");
  const changed = changedLinesSince(commit, cwd);
  const projectRules = new Set((await loadRules()).filter((rule) => rule.finish).map((rule) => rule.id));
  const changedUnits = new Set([...changed.keys()].map((file) => unitOf(file, cwd)));
  return result.findings.filter((finding) => {
    if (projectRules.has(finding.ruleId))
      return changedUnits.has(unitOf(finding.location.file, cwd));
    const lines = changed.get(finding.location.file);
    if (!lines)
      return false;
    if (lines === "all")
      return true;
    for (let line = finding.location.line; line <= finding.location.endLine; line++)
      if (lines.has(line))
        return true;
    return false;
  });
}

// dist/src/cli/timing.js
function timingRows(value) {
  if (!value || value === "0" || value === "false")
    return void 0;
  if (value === "all")
    return Number.POSITIVE_INFINITY;
  const count = Number(value);
  return Number.isInteger(count) && count > 1 ? count : 10;
}
function formatTimings(timings, rows) {
  const all = timings.slowest();
  const total = all.reduce((sum, entry) => sum + entry.ms, 0) || 1;
  const shown = all.slice(0, rows);
  const width = Math.max(4, ...shown.map((entry) => entry.label.length));
  const lines = [`${"Rule".padEnd(width)} | Time (ms) | Relative`, `${"-".repeat(width)}-|-----------|---------`];
  for (const { label, ms } of shown)
    lines.push(`${label.padEnd(width)} | ${ms.toFixed(1).padStart(9)} | ${(100 * ms / total).toFixed(1).padStart(7)}%`);
  return `${lines.join("\n")}
`;
}

// dist/src/cli/audit-action.js
var EXTRA_OUTPUTS = [
  ["sarifOutput", "sarif"],
  ["jsonOutput", "json"],
  ["junitOutput", "junit"],
  ["markdownOutput", "markdown"]
];
function checkCombinations(flags) {
  if (flags.pruneBaseline && !flags.baseline)
    throw new UsageError("--prune-baseline needs --baseline FILE (the baseline to prune)");
  if (flags.baseline && flags.baselineRef)
    throw new UsageError("use either --baseline FILE or --baseline-ref REF, not both");
  if (flags.writeBaseline && (flags.baseline || flags.baselineRef || flags.changedSince)) {
    throw new UsageError("--write-baseline records every finding; drop --baseline, --baseline-ref and --changed-since");
  }
}
async function auditAction(paths, flags, setExitCode) {
  const render = await rendererFor(flags.format);
  checkCombinations(flags);
  const config = await loadAuditConfig({ paths, configFile: flags.config });
  const timingRowCount = timingRows(process.env.AGENT_HARDEN_TIMING);
  const timings = timingRowCount ? new Timings() : void 0;
  const jobs = flags.jobs ?? config.config.jobs;
  const prefilters = process.env.AGENT_HARDEN_PREFILTER !== "off";
  const perService = !flags.config && areServiceRoots(paths, process.cwd());
  const cache = !perService && (flags.cache || flags.cacheLocation) ? new AuditCache(resolve3(flags.cacheLocation ?? DEFAULT_CACHE_DIRECTORY)) : void 0;
  const result = perService ? await auditServices(paths, { cwd: process.cwd(), maxFileSize: flags.maxFileSize, inlineIgnores: flags.inlineIgnores, jobs, prefilters }) : await audit({ paths, config, maxFileSize: flags.maxFileSize, inlineIgnores: flags.inlineIgnores, jobs, timings, cache, prefilters });
  if (flags.writeBaseline) {
    writeFileAtomic(flags.writeBaseline, serializeBaseline(createBaseline(result.findings)));
    process.stderr.write(`agent-harden: wrote ${result.findings.length} finding(s) to baseline ${flags.writeBaseline}
`);
    return;
  }
  await applyBaseline(result, flags, paths, config);
  if (flags.changedSince)
    result.findings = await limitToChangedSince(result, flags.changedSince, result.cwd);
  if (result.services) {
    const kept = new Set(result.findings);
    for (const service of result.services)
      service.result.findings = service.result.findings.filter((finding) => kept.has(finding));
  }
  const gate = evaluateGate(result, {
    failOn: flags.failOn ?? config.config.failOn ?? "high",
    minConfidence: flags.minConfidence ?? config.config.minConfidence ?? "medium",
    minScore: flags.minScore ?? config.config.minScore
  });
  const reportStarted = performance2.now();
  for (const [flag, extraFormat] of EXTRA_OUTPUTS) {
    const file = flags[flag];
    if (file)
      writeFileAtomic(file, (await loadRenderer(extraFormat))(result, { color: false }));
  }
  const report = render(result, { color: !flags.output && useColor(flags.color) });
  if (flags.output)
    writeFileAtomic(flags.output, report);
  else
    await writeToStdout(report);
  timings?.add(`(report: ${flags.format})`, performance2.now() - reportStarted);
  if (gate.scoreBelowMinimum)
    process.stderr.write(`agent-harden: readiness score ${result.score.overall} is below --min-score ${flags.minScore ?? config.config.minScore}
`);
  if (timings)
    process.stderr.write(formatTimings(timings, timingRowCount));
  if (timings && cache)
    process.stderr.write(`cache: ${cache.hits} files reused, ${cache.misses.length} analysed
`);
  setExitCode(gate.passed ? EXIT.ok : EXIT.gateFailed);
}
async function applyBaseline(result, flags, paths, config) {
  if (flags.baselineRef) {
    const baseline2 = await baselineAtRef(flags.baselineRef, { paths, cwd: result.cwd, config, maxFileSize: flags.maxFileSize, inlineIgnores: flags.inlineIgnores });
    result.findings = compareWithBaseline(result.findings, baseline2).fresh;
    return;
  }
  if (!flags.baseline)
    return;
  const baseline = await readBaseline(flags.baseline);
  const { fresh, stale } = compareWithBaseline(result.findings, baseline);
  result.findings = fresh;
  const staleCount = stale.reduce((sum, entry) => sum + entry.count, 0);
  if (flags.pruneBaseline) {
    if (staleCount > 0)
      writeFileAtomic(flags.baseline, serializeBaseline(pruneBaseline(baseline, stale)));
    process.stderr.write(`agent-harden: pruned ${staleCount} stale entr${staleCount === 1 ? "y" : "ies"} from baseline ${flags.baseline}
`);
  } else if (staleCount > 0) {
    process.stderr.write(`agent-harden: baseline ${flags.baseline} has ${staleCount} stale entr${staleCount === 1 ? "y" : "ies"} (fixed or gone); --prune-baseline drops them
`);
  }
}
export {
  auditAction
};
//# sourceMappingURL=chunk-HQBOUOMC.js.map
