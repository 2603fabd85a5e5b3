import {
  UsageError
} from "./chunk-MTL4NPGF.js";

// dist/src/cli/output.js
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { dirname, join, basename } from "node:path";
function useColor(flag, stream = process.stdout) {
  if (flag === false)
    return false;
  if (process.env.NO_COLOR !== void 0 && process.env.NO_COLOR !== "")
    return false;
  return !!stream.isTTY;
}
async function writeToStdout(pieces) {
  const stdout = process.stdout;
  for (const piece of pieces) {
    if (stdout.destroyed)
      return;
    if (stdout.write(piece))
      continue;
    await new Promise((resolve) => {
      const done = () => {
        stdout.off("drain", done).off("close", done).off("error", done);
        resolve();
      };
      stdout.on("drain", done).on("close", done).on("error", done);
    });
  }
}
function writeFileAtomic(file, content) {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    mkdirSync(dirname(file), { recursive: true });
    const fd = openSync(temp, "w");
    try {
      for (const piece of typeof content === "string" ? [content] : content)
        writeSync(fd, piece);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
  } catch (error) {
    try {
      rmSync(temp, { force: true });
    } catch {
    }
    const code = error.code;
    throw new UsageError(`cannot write ${file} (${code ?? "error"}); check that its directory can be created and written`);
  }
}

export {
  useColor,
  writeToStdout,
  writeFileAtomic
};
//# sourceMappingURL=chunk-F2P5FCHE.js.map
