import {
  maxSeverity
} from "./chunk-KNFCEM4Y.js";
import {
  loadConfig
} from "./chunk-WRLAY6UH.js";
import {
  ProjectModel,
  TEXT_CHECK_FOR_KIND,
  activeRules,
  createFileAnalyser,
  matchSuppression,
  unusedSuppressionProblems
} from "./chunk-PPTL4YM3.js";
import {
  describeRule,
  loadRules,
  ruleIds
} from "./chunk-WYGLH33U.js";
import {
  UsageError
} from "./chunk-MTL4NPGF.js";
import {
  interpolate,
  redactSecrets
} from "./chunk-V6FMGJSC.js";
import {
  rawFinding
} from "./chunk-JQ7ZJZHD.js";
import {
  toolVersion
} from "./chunk-X2RKU2FG.js";
import {
  CATEGORIES
} from "./chunk-6B4KTA3T.js";

// dist/src/engine/cache.js
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
var FORMAT = 1;
var FILE_NAME = "audit-cache.bin";
var DEFAULT_CACHE_DIRECTORY = ".agent-harden-cache";
var AuditCache = class {
  dir;
  /** Paths analysed by the last run because their entry was missing or stale. */
  misses = [];
  hits = 0;
  stored = /* @__PURE__ */ new Map();
  used = /* @__PURE__ */ new Map();
  salt = "";
  constructor(dir) {
    this.dir = dir;
  }
  /** Loads entries written under the same salt; anything unreadable counts as empty. */
  open(salt) {
    this.salt = salt;
    try {
      const stored = deserialize(readFileSync(join(this.dir, FILE_NAME)));
      if (stored.format === FORMAT && stored.salt === salt)
        this.stored = stored.entries;
    } catch {
    }
  }
  static key(path, unit, content) {
    return createHash("sha256").update(path).update("\0").update(unit).update("\0").update(content).digest("base64url");
  }
  get(key, path) {
    const outcome = this.stored.get(key);
    if (outcome) {
      this.hits++;
      this.used.set(key, outcome);
    } else {
      this.misses.push(path);
    }
    return outcome;
  }
  set(key, outcome) {
    this.used.set(key, outcome);
  }
  /** Writes this run's entries (atomically: a crash leaves the old file or none). */
  save() {
    mkdirSync(this.dir, { recursive: true });
    const temporary = join(this.dir, `${FILE_NAME}.${process.pid}.tmp`);
    writeFileSync(temporary, serialize({ format: FORMAT, salt: this.salt, entries: this.used }));
    renameSync(temporary, join(this.dir, FILE_NAME));
  }
};
function cacheSalt(parts) {
  return createHash("sha256").update(JSON.stringify(parts)).digest("base64url");
}

// dist/src/engine/audit.js
import { readFileSync as readFileSync3 } from "node:fs";
import { availableParallelism } from "node:os";
import { resolve as resolve2 } from "node:path";
import { performance } from "node:perf_hooks";

// dist/src/core/score.js
var SEVERITY_WEIGHT = { critical: 10, high: 6, medium: 3, low: 1, info: 0.5 };
var CONFIDENCE_FACTOR = { high: 1, medium: 0.75, low: 0.5 };
function computeScore(rules, checks, findings) {
  const confidenceByRule = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const factor = CONFIDENCE_FACTOR[finding.confidence];
    confidenceByRule.set(finding.ruleId, Math.max(confidenceByRule.get(finding.ruleId) ?? 0, factor));
  }
  const totals = /* @__PURE__ */ new Map();
  for (const rule of rules) {
    const status = checks[rule.id];
    if (!status || status === "not-applicable")
      continue;
    const weight = SEVERITY_WEIGHT[rule.severity];
    const total = totals.get(rule.category) ?? { possible: 0, earned: 0 };
    total.possible += weight;
    total.earned += status === "pass" ? weight : weight * (1 - (confidenceByRule.get(rule.id) ?? 1));
    totals.set(rule.category, total);
  }
  const categories = Object.fromEntries(CATEGORIES.map((category) => {
    const total = totals.get(category);
    return [category, total && total.possible > 0 ? Math.round(100 * total.earned / total.possible) : null];
  }));
  let possible = 0;
  let earned = 0;
  for (const total of totals.values()) {
    possible += total.possible;
    earned += total.earned;
  }
  return { overall: possible > 0 ? Math.round(100 * earned / possible) : null, categories };
}

// dist/src/engine/discover.js
import { lstatSync, readdirSync, readFileSync as readFileSync2, realpathSync, statSync } from "node:fs";
import { join as join2, relative, resolve, sep } from "node:path";
import ignore from "ignore";

// dist/src/engine/file-kinds.js
import { posix } from "node:path";
var TS_EXTENSIONS = /* @__PURE__ */ new Set([".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"]);
var ENV_TEMPLATE = /\.(?:example|sample|template|dist|defaults?)$/i;
function isCodeKind(kind) {
  return kind === "python" || kind === "typescript";
}
function fileKind(relativePath) {
  const base = posix.basename(relativePath);
  const lower = base.toLowerCase();
  const extension = posix.extname(lower);
  if (extension === ".py" || extension === ".pyi")
    return "python";
  if (TS_EXTENSIONS.has(extension))
    return lower.endsWith(".d.ts") || lower.endsWith(".min.js") ? void 0 : "typescript";
  if (lower === "dockerfile" || lower === "containerfile" || lower.startsWith("dockerfile.") || lower.endsWith(".dockerfile") || lower.startsWith("containerfile."))
    return "dockerfile";
  if (lower === ".env" || lower.startsWith(".env.") && !ENV_TEMPLATE.test(lower) || lower.endsWith(".env") && extension === ".env")
    return "env";
  if (lower === ".gitignore")
    return "gitignore";
  if (lower === ".dockerignore")
    return "dockerignore";
  if (/^requirements.*\.txt$/.test(lower) || lower.endsWith(".txt") && posix.basename(posix.dirname(relativePath)) === "requirements")
    return "requirements";
  if (lower === "pyproject.toml")
    return "pyproject";
  if (lower === "package.json")
    return "package-json";
  if (/^(?:docker-)?compose(?:\.[\w-]+)?\.ya?ml$/.test(lower))
    return "compose";
  if (lower === "procfile")
    return "procfile";
  if ((extension === ".yaml" || extension === ".yml") && /(?:^|\/)(?:k8s|kubernetes|deploy|deployment|manifests|helm|charts|kustomize)(?:\/|$)/i.test(relativePath))
    return "kubernetes";
  return void 0;
}

// dist/src/engine/discover.js
var DEFAULT_MAX_FILE_SIZE = 1024 * 1024;
var EXCLUDED_DIRECTORIES = /* @__PURE__ */ new Set([
  "node_modules",
  ".git",
  ".hg",
  ".svn",
  "__pycache__",
  ".venv",
  "venv",
  ".tox",
  ".nox",
  ".mypy_cache",
  ".pytest_cache",
  ".ruff_cache",
  "site-packages",
  "dist",
  "build",
  ".next",
  ".nuxt",
  ".svelte-kit",
  ".turbo",
  ".vercel",
  "coverage",
  ".cache",
  ".terraform",
  ".serverless",
  ".eggs",
  ".agent-harden-cache"
]);
var IGNORE_FILES = [".gitignore", ".agent-hardenignore"];
function toPosix(path) {
  return sep === "/" ? path : path.split(sep).join("/");
}
function readIgnoreLayer(dir, listed) {
  let matcher;
  for (const name of IGNORE_FILES) {
    if (!listed(name))
      continue;
    try {
      matcher ??= ignore();
      matcher.add(readFileSync2(join2(dir, name), "utf8"));
    } catch {
    }
  }
  return matcher ? { dir, matcher } : void 0;
}
function relativeTo(from, to) {
  return to.length > from.length + 1 && to.startsWith(from) && to[from.length] === sep ? to.slice(from.length + 1) : relative(from, to);
}
function isIgnored(layers, absolutePath, isDirectory) {
  for (const layer of layers) {
    const rel = toPosix(relativeTo(layer.dir, absolutePath));
    if (!rel || rel.startsWith(".."))
      continue;
    if (layer.matcher.ignores(isDirectory ? `${rel}/` : rel))
      return true;
  }
  return false;
}
function isInside(root, target) {
  const rel = relative(root, target);
  return rel === "" || !rel.startsWith("..") && !rel.startsWith(sep) && !/^[A-Za-z]:/.test(rel);
}
function discover(options) {
  const files = [];
  const skipped = [];
  const manifestDirs = /* @__PURE__ */ new Set();
  const configIgnore = options.ignorePatterns.length > 0 ? { dir: options.ignoreBase, matcher: ignore().add(options.ignorePatterns) } : void 0;
  const seen = /* @__PURE__ */ new Set();
  const rel = (absolute) => toPosix(relativeTo(options.cwd, absolute)) || ".";
  const handleSymlink = (absolutePath, root) => {
    const path = rel(absolutePath);
    let target;
    try {
      target = realpathSync(absolutePath);
    } catch (error) {
      const code = error.code;
      skipped.push({ file: path, reason: code === "ELOOP" ? "symlink-loop" : "unreadable", detail: `symlink: ${code ?? "unresolvable"}` });
      return;
    }
    if (!isInside(realpathSync(root), target)) {
      skipped.push({ file: path, reason: "symlink-outside-root", detail: "points outside the scanned root; not followed" });
    } else if (fileKind(path) || statSync(target).isDirectory()) {
      skipped.push({ file: path, reason: "symlink-inside-root", detail: "its target is scanned under its own path" });
    }
  };
  const walk = (dir, root, layers) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      const code = error.code;
      skipped.push(code === "ENOENT" ? { file: rel(dir), reason: "vanished" } : { file: rel(dir), reason: "unreadable", detail: code });
      return;
    }
    const listed = (name) => entries.some((entry) => entry.name === name);
    if (listed("pyvenv.cfg") && dir !== root) {
      skipped.push({ file: rel(dir), reason: "excluded-directory", detail: "Python virtual environment" });
      return;
    }
    const layer = readIgnoreLayer(dir, listed);
    const active = layer ? [...layers, layer] : layers;
    for (const entry of entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) {
      const name = entry.name;
      const absolutePath = dir.endsWith(sep) ? dir + name : dir + sep + name;
      let stats;
      if (!entry.isFile() && !entry.isDirectory() && !entry.isSymbolicLink()) {
        stats = lstatOrVanished(absolutePath);
        if (!stats)
          continue;
      }
      const type = stats ?? entry;
      if (type.isSymbolicLink()) {
        if (!isIgnored(active, absolutePath, false))
          handleSymlink(absolutePath, root);
        continue;
      }
      const isDirectory = type.isDirectory();
      if (isDirectory && EXCLUDED_DIRECTORIES.has(name)) {
        if (name === ".agent-harden-cache")
          continue;
        skipped.push({ file: rel(absolutePath), reason: "excluded-directory", detail: "dependencies, caches or build output" });
        continue;
      }
      if (isIgnored(active, absolutePath, isDirectory) || configIgnore && isIgnored([configIgnore], absolutePath, isDirectory)) {
        if (isDirectory || fileKind(name))
          skipped.push({ file: rel(absolutePath), reason: "ignored-by-config" });
        continue;
      }
      if (isDirectory)
        walk(absolutePath, root, active);
      else if (type.isFile())
        considerFile(absolutePath, root, stats);
    }
  };
  const considerFile = (absolutePath, root, known) => {
    const path = rel(absolutePath);
    const kind = fileKind(path);
    if (!kind)
      return;
    const stats = known ?? lstatOrVanished(absolutePath);
    if (!stats)
      return;
    if (kind === "requirements" || kind === "pyproject" || kind === "package-json") {
      manifestDirs.add(path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : ".");
    }
    if (stats.size > options.maxFileSize) {
      skipped.push({ file: path, reason: "too-large", detail: `${stats.size} bytes > limit ${options.maxFileSize}` });
      return;
    }
    files.push({ absolutePath, path, kind, size: stats.size, root });
  };
  const lstatOrVanished = (absolutePath) => {
    try {
      return lstatSync(absolutePath);
    } catch {
      skipped.push({ file: rel(absolutePath), reason: "vanished" });
      return void 0;
    }
  };
  for (const requested of options.roots) {
    const absoluteRoot = resolve(options.cwd, requested);
    let stats;
    try {
      stats = statSync(absoluteRoot);
    } catch {
      throw new UsageError(`path not found: ${requested} (give a directory or file to audit)`);
    }
    const key = realpathSync(absoluteRoot);
    if (seen.has(key))
      continue;
    seen.add(key);
    manifestDirs.add(rel(stats.isDirectory() ? absoluteRoot : resolve(absoluteRoot, "..")));
    if (stats.isDirectory())
      walk(absoluteRoot, absoluteRoot, []);
    else
      considerFile(absoluteRoot, resolve(absoluteRoot, ".."), stats);
  }
  files.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  skipped.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  return { files, skipped, roots: [...manifestDirs].sort() };
}

// dist/src/engine/finalize.js
import * as crypto from "node:crypto";
function compareFindings(a, b) {
  return compareText(a.location.file, b.location.file) || a.location.line - b.location.line || a.location.column - b.location.column || compareText(a.ruleId, b.ruleId) || a.location.endLine - b.location.endLine || a.location.endColumn - b.location.endColumn || compareText(a.message, b.message);
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
var sha256Hex = typeof crypto.hash === "function" ? (text) => crypto.hash("sha256", text) : (text) => crypto.createHash("sha256").update(text).digest("hex");
function normaliseCode(snippet) {
  return snippet.replace(/\s+/g, " ").trim();
}
function assignFingerprints(findings) {
  const occurrences = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const key = `${finding.ruleId}\0${finding.location.file}\0${normaliseCode(finding.snippet)}`;
    const index = occurrences.get(key) ?? 0;
    occurrences.set(key, index + 1);
    finding.fingerprint = sha256Hex(`${key}\0${index}`).slice(0, 32);
  }
}
function shareRedactions(findings) {
  const byFile = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    if (!finding.redact?.length)
      continue;
    const known = byFile.get(finding.location.file) ?? /* @__PURE__ */ new Set();
    for (const secret of finding.redact)
      known.add(secret);
    byFile.set(finding.location.file, known);
  }
  if (byFile.size === 0)
    return findings;
  return findings.map((finding) => {
    const known = byFile.get(finding.location.file);
    return known ? { ...finding, redact: [...known] } : finding;
  });
}
function toFinding(raw, rule, severityOverride) {
  const template = rule.messages[raw.messageId];
  if (template === void 0)
    throw new TypeError(`rule ${rule.id} reported unknown messageId "${raw.messageId}"`);
  const secrets = raw.redact ?? [];
  const data = secrets.length === 0 ? { ...raw.data } : Object.fromEntries(Object.entries(raw.data ?? {}).map(([key, value]) => [key, redactSecrets(value, secrets)]));
  const reported = raw.severity ? maxSeverity(rule.severity, raw.severity) : rule.severity;
  return {
    ruleId: rule.id,
    messageId: raw.messageId,
    data,
    message: interpolate(template, data, rule.id),
    severity: severityOverride ?? reported,
    confidence: raw.confidence ?? rule.confidence,
    category: rule.category,
    location: raw.location,
    snippet: secrets.length === 0 ? raw.snippet : redactSecrets(raw.snippet, secrets),
    fixHint: rule.fixHint,
    fixable: rule.fixable ?? false,
    fingerprint: "",
    source: "audit"
  };
}

// dist/src/engine/parallel.js
import { Worker } from "node:worker_threads";

// dist/src/engine/chunk-queue.js
var CHUNK_BYTES = 64 * 1024;
var CHUNK_FILES = 32;
function laneOf(file) {
  return isCodeKind(file.kind) ? file.kind : "text";
}
var ChunkQueue = class {
  files;
  lanes = /* @__PURE__ */ new Map();
  codeLanes;
  returned = [];
  constructor(files) {
    this.files = files;
    const order = files.map((_, index) => index).sort((a, b) => files[b].size - files[a].size || a - b);
    for (const index of order) {
      const lane = laneOf(files[index]);
      let entry = this.lanes.get(lane);
      if (!entry)
        this.lanes.set(lane, entry = { order: [], next: 0, bytesLeft: 0 });
      entry.order.push(index);
      entry.bytesLeft += files[index].size;
    }
    this.codeLanes = ["python", "typescript"].filter((lane) => this.lanes.has(lane)).sort((a, b) => this.lanes.get(b).bytesLeft - this.lanes.get(a).bytesLeft);
  }
  giveBack(chunk) {
    if (chunk.length > 0)
      this.returned.push(chunk);
  }
  /** The next chunk for thread `thread` (0 is the main thread); empty when every file is handed out. */
  take(thread) {
    const returned = this.returned.shift();
    if (returned)
      return returned;
    let lane = this.codeLanes.length > 0 ? this.lanes.get(this.codeLanes[thread % this.codeLanes.length]) : void 0;
    if (!lane || lane.next >= lane.order.length) {
      lane = void 0;
      for (const candidate of this.lanes.values()) {
        if (candidate.next < candidate.order.length && (!lane || candidate.bytesLeft > lane.bytesLeft))
          lane = candidate;
      }
      if (!lane)
        return [];
    }
    const chunk = [];
    let bytes = 0;
    while (lane.next < lane.order.length && chunk.length < CHUNK_FILES && bytes < CHUNK_BYTES) {
      const index = lane.order[lane.next++];
      chunk.push(index);
      bytes += this.files[index].size;
      lane.bytesLeft -= this.files[index].size;
    }
    return chunk;
  }
};

// dist/src/engine/parallel.js
var BREAK_EVEN_BYTES = { python: 4 * 1024 * 1024, typescript: 24 * 1024 * 1024 };
function useWorkers(files, jobs, explicit) {
  if (jobs <= 1 || files.length < 2)
    return false;
  if (explicit)
    return true;
  let work = 0;
  for (const file of files)
    if (isCodeKind(file.kind))
      work += file.size / BREAK_EVEN_BYTES[file.kind];
  return work >= 1;
}
async function analyseInThread(files, setup) {
  const analyse = await createFileAnalyser(setup);
  return analyse(files);
}
async function analyseInWorkers(files, jobs, setup, timings) {
  const outcomes = new Array(files.length);
  const queue = new ChunkQueue(files);
  const workerSetup = { config: setup.config, onlyRules: setup.onlyRules, kinds: setup.kinds, roots: setup.roots, timing: setup.timing, prefilters: setup.prefilters };
  const workersDone = Promise.all(Array.from({ length: Math.min(jobs, files.length) - 1 }, (_, worker) => runWorker(workerSetup, files, queue, worker + 1, outcomes, timings)));
  const analyse = await createFileAnalyser({ active: setup.active, kinds: new Set(setup.kinds), roots: setup.roots, knownRuleIds: setup.knownRuleIds, timings, prefilters: setup.prefilters });
  const analyseInto = (indexes) => analyse(indexes.map((index) => files[index])).forEach((outcome, position) => outcomes[indexes[position]] = outcome);
  for (let chunk = queue.take(0); chunk.length > 0; chunk = queue.take(0)) {
    analyseInto(chunk);
    await new Promise((resolve3) => setImmediate(resolve3));
  }
  await workersDone;
  analyseInto(files.flatMap((_, index) => outcomes[index] ? [] : [index]));
  return outcomes;
}
function runWorker(setup, files, queue, thread, outcomes, timings) {
  return new Promise((resolve3) => {
    const worker = new Worker(new URL("./audit-worker.js", import.meta.url), { workerData: setup });
    const inFlight = [];
    let finished = false;
    const finish = () => {
      if (finished)
        return;
      finished = true;
      for (const chunk of inFlight.splice(0))
        queue.giveBack(chunk.filter((index) => !outcomes[index]));
      resolve3();
    };
    const send = () => {
      const chunk = queue.take(thread);
      if (chunk.length === 0) {
        if (inFlight.length === 0)
          worker.postMessage({ done: true });
        return;
      }
      inFlight.push(chunk);
      worker.postMessage({ chunk: chunk.map((index) => ({ index, file: files[index] })) });
    };
    worker.on("message", (message) => {
      if ("outcomes" in message) {
        for (const { index, outcome } of message.outcomes)
          outcomes[index] = outcome;
        inFlight.shift();
        send();
      } else if ("timings" in message) {
        for (const [label, ms] of message.timings)
          timings?.add(label, ms);
        void worker.terminate();
        finish();
      } else {
        send();
        send();
      }
    });
    worker.on("error", () => {
      void worker.terminate();
      finish();
    });
    worker.on("exit", finish);
  });
}

// dist/src/engine/audit.js
function ruleApplies(rule, project, kinds) {
  if (rule.finish) {
    return project.apps.some((app) => rule.languages.includes(app.language) || rule.languages.length === 0 || rule.languages.includes("text"));
  }
  if (rule.python && kinds.has("python"))
    return true;
  if (rule.typescript && kinds.has("typescript"))
    return true;
  if (rule.text) {
    for (const kind of kinds) {
      const check = TEXT_CHECK_FOR_KIND[kind];
      if (check && rule.text[check])
        return true;
    }
  }
  return false;
}
async function loadAuditConfig(options) {
  const cwd = resolve2(options.cwd ?? process.cwd());
  return loadConfig({
    explicitFile: options.configFile ? resolve2(cwd, options.configFile) : void 0,
    scanRoot: resolve2(cwd, options.paths[0] ?? "."),
    knownRuleIds: new Set(ruleIds())
  });
}
async function audit(options) {
  const started = performance.now();
  const cwd = resolve2(options.cwd ?? process.cwd());
  const paths = options.paths.length > 0 ? options.paths : ["."];
  const loaded = options.config ?? await loadAuditConfig({ paths, cwd, configFile: options.configFile });
  const timings = options.timings;
  const phase = (label, work) => timings ? timings.measure(label, work) : work();
  const discovery = phase("(discover)", () => discover({
    roots: paths,
    cwd,
    maxFileSize: options.maxFileSize ?? loaded.config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    ignorePatterns: loaded.config.ignore,
    ignoreBase: loaded.baseDir
  }));
  const project = new ProjectModel(discovery.roots);
  const sink = { findings: [], project };
  const kinds = new Set(discovery.files.map((file) => file.kind));
  const rules = await loadRules();
  const knownRuleIds = new Set(rules.map((rule) => rule.id));
  const active = await activeRules(rules, loaded.config, loaded.file, options.onlyRules);
  const activeIds = new Set(active.map(({ rule }) => rule.id));
  const setup = { active, kinds, roots: discovery.roots, knownRuleIds, timings, prefilters: options.prefilters };
  const cache = options.cache;
  const outcomes = new Array(discovery.files.length);
  const cacheKeys = new Array(discovery.files.length);
  if (cache) {
    phase("(cache lookup)", () => {
      const ruleSet = active.map(({ rule, options: ruleOptions, severity }) => [rule.id, ruleOptions, severity ?? null]);
      cache.open(cacheSalt({ tool: toolVersion(), node: process.version, config: loaded.config, ruleSet, maxFileSize: options.maxFileSize ?? null, prefilters: options.prefilters ?? true }));
      discovery.files.forEach((file, index) => {
        let content;
        try {
          content = readFileSync3(file.absolutePath);
        } catch {
          return;
        }
        cacheKeys[index] = AuditCache.key(file.path, project.unitOf(file.path), content);
        outcomes[index] = cache.get(cacheKeys[index], file.path);
      });
    });
  }
  const toAnalyse = discovery.files.map((_, index) => index).filter((index) => !outcomes[index]);
  const files = toAnalyse.map((index) => discovery.files[index]);
  const jobs = options.jobs ?? availableParallelism();
  const analysed = useWorkers(files, jobs, options.jobs !== void 0) ? await analyseInWorkers(files, jobs, { ...setup, config: loaded, onlyRules: options.onlyRules, kinds: [...kinds], roots: [...discovery.roots], timing: !!timings, prefilters: options.prefilters }, timings) : files.length > 0 ? await analyseInThread(files, setup) : [];
  toAnalyse.forEach((index, position) => {
    outcomes[index] = analysed[position];
    if (cache && cacheKeys[index])
      cache.set(cacheKeys[index], analysed[position]);
  });
  if (cache)
    phase("(cache save)", () => cache.save());
  const parseErrors = [];
  const ruleErrors = [];
  const suppressionProblems = [];
  const suppressionsByFile = /* @__PURE__ */ new Map();
  const skipped = [...discovery.skipped];
  let filesScanned = 0;
  for (const outcome of outcomes) {
    if (outcome.skipped) {
      skipped.push(outcome.skipped);
      continue;
    }
    const file = outcome.scanned;
    filesScanned++;
    project.files.push(file);
    if (outcome.manifest)
      project.manifests.set(file.path, outcome.manifest);
    if (outcome.dockerfile)
      project.dockerfiles.set(file.path, outcome.dockerfile);
    if (outcome.configText !== void 0)
      project.configTexts.set(file.path, outcome.configText);
    project.apps.push(...outcome.apps);
    project.routes.push(...outcome.routes);
    project.facts.push(...outcome.facts);
    sink.findings.push(...outcome.findings);
    parseErrors.push(...outcome.parseErrors);
    ruleErrors.push(...outcome.ruleErrors);
    if (options.inlineIgnores !== false) {
      if (outcome.suppressions.length > 0)
        suppressionsByFile.set(file.path, outcome.suppressions);
      suppressionProblems.push(...outcome.suppressionProblems);
    }
  }
  for (const { rule, options: ruleOptions } of active) {
    if (!rule.finish)
      continue;
    const ctx = {
      options: ruleOptions,
      report(descriptor) {
        sink.findings.push(rawFinding(descriptor, rule.id, descriptor.at.location, descriptor.at.snippet));
      }
    };
    try {
      phase(rule.id, () => rule.finish(project, ctx));
    } catch (error) {
      ruleErrors.push({ ruleId: rule.id, file: "(project)", message: error instanceof Error ? error.message : String(error) });
    }
  }
  const finalizeStarted = performance.now();
  options.onProject?.(project);
  const byId = new Map(active.map((entry) => [entry.rule.id, entry]));
  let suppressed = 0;
  const findings = [];
  for (const raw of shareRedactions(dedupe(sink.findings))) {
    const entry = byId.get(raw.ruleId);
    const suppression = matchSuppression(suppressionsByFile.get(raw.location.file) ?? [], raw.ruleId, raw.location.line);
    if (suppression) {
      suppression.used = true;
      suppressed++;
      continue;
    }
    findings.push(toFinding(raw, entry.rule, entry.severity));
  }
  for (const [file, suppressions] of suppressionsByFile) {
    suppressionProblems.push(...unusedSuppressionProblems(file, suppressions.filter((s) => activeIds.has(s.ruleId))));
  }
  findings.sort(compareFindings);
  assignFingerprints(findings);
  const checks = {};
  const failing = new Set(findings.map((finding) => finding.ruleId));
  for (const { rule } of active) {
    checks[rule.id] = failing.has(rule.id) ? "fail" : ruleApplies(rule, project, kinds) ? "pass" : "not-applicable";
  }
  const descriptors = active.map(({ rule, severity }) => ({ ...describeRule(rule), ...severity ? { severity } : {} }));
  suppressionProblems.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line);
  timings?.add("(suppressions, fingerprints, score)", performance.now() - finalizeStarted);
  return {
    kind: "audit",
    findings,
    score: computeScore(descriptors, checks, findings),
    summary: {
      filesScanned,
      filesSkipped: skipped.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0),
      parseErrors,
      ruleErrors,
      suppressionProblems,
      suppressed,
      durationMs: Math.round(performance.now() - started)
    },
    rules: descriptors,
    checks,
    cwd
  };
}
function dedupe(findings) {
  const seen = /* @__PURE__ */ new Set();
  return findings.filter((finding) => {
    const { file, line, column, endLine, endColumn } = finding.location;
    const key = `${finding.ruleId}\0${file}\0${line}:${column}-${endLine}:${endColumn}\0${finding.messageId}`;
    if (seen.has(key))
      return false;
    seen.add(key);
    return true;
  });
}

export {
  computeScore,
  DEFAULT_CACHE_DIRECTORY,
  AuditCache,
  isCodeKind,
  compareFindings,
  assignFingerprints,
  loadAuditConfig,
  audit
};
//# sourceMappingURL=chunk-XIWPFLSK.js.map
