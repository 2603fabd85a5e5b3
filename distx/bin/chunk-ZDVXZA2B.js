import {
  SERVER_LANGUAGES
} from "./chunk-XLST72IT.js";
import {
  UsageError
} from "./chunk-MTL4NPGF.js";
import {
  packageRoot
} from "./chunk-AOFGELH4.js";
import "./chunk-PZ5AY32C.js";

// dist/src/scaffold/server/write.js
import { mkdirSync, readdirSync as readdirSync2, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join as join2, resolve } from "node:path";

// dist/src/scaffold/server/options.js
import { z } from "zod";
var ServerName = z.string().regex(/^[a-z]([a-z0-9-]{0,38}[a-z0-9])?$/, "use 1-40 lowercase letters, digits and dashes, starting with a letter and not ending with a dash");
var ServerOptions = z.object({
  lang: z.enum(SERVER_LANGUAGES, { error: `must be one of ${SERVER_LANGUAGES.join(", ")}` }),
  name: ServerName,
  dir: z.string().min(1).optional(),
  force: z.boolean().default(false)
});

// dist/src/scaffold/server/render.js
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
function outputPath(templatePath) {
  return templatePath.split("/").map((part) => part.startsWith("dot-") ? `.${part.slice(4)}` : part).join("/").replace(/\.hbs$/, "");
}
function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(path) : [path];
  });
}
function templateDir(lang) {
  return join(packageRoot(), "templates", "server", lang);
}
async function renderServer(lang, values) {
  const { default: Handlebars } = await import("handlebars");
  const root = templateDir(lang);
  const files = listFiles(root).map((file) => {
    const templatePath = relative(root, file).split(sep).join("/");
    const source = readFileSync(file, "utf8");
    const content = templatePath.endsWith(".hbs") ? Handlebars.compile(source, { noEscape: true, strict: true })(values) : source;
    return { path: outputPath(templatePath), content };
  });
  return files.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

// dist/src/scaffold/server/write.js
function describeIssues(error) {
  return error.issues.map((issue) => `--${String(issue.path[0] ?? "option")}: ${issue.message}`).join("; ");
}
function isNonEmptyDirectory(dir) {
  try {
    if (!statSync(dir).isDirectory())
      throw new UsageError(`${dir} exists and is not a directory; choose another --dir`);
    return readdirSync2(dir).length > 0;
  } catch (error) {
    if (error.code === "ENOENT")
      return false;
    throw error;
  }
}
function writeAtomically(file, content) {
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, content);
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new UsageError(`cannot write ${file} (${error.code ?? "error"}); check that the directory is writable`);
  }
}
async function scaffoldServer(input, cwd = process.cwd()) {
  const parsed = ServerOptions.safeParse(input);
  if (!parsed.success)
    throw new UsageError(describeIssues(parsed.error));
  const options = parsed.data;
  const dir = resolve(cwd, options.dir ?? options.name);
  if (!options.force && isNonEmptyDirectory(dir)) {
    throw new UsageError(`${dir} is not empty; choose another --dir or pass --force to overwrite the generated files`);
  }
  const files = await renderServer(options.lang, { name: options.name });
  for (const file of files)
    writeAtomically(join2(dir, file.path), file.content);
  return { dir, files };
}
export {
  scaffoldServer
};
//# sourceMappingURL=chunk-ZDVXZA2B.js.map
