// dist/src/core/errors.js
var UsageError = class extends Error {
  name = "UsageError";
};
var ConfigError = class extends Error {
  file;
  name = "ConfigError";
  constructor(message, file) {
    super(file ? `${file}: ${message}` : message);
    this.file = file;
  }
};
function isUserError(error) {
  return error instanceof UsageError || error instanceof ConfigError;
}
var EXIT = {
  ok: 0,
  gateFailed: 1,
  usage: 2,
  internal: 3
};

export {
  UsageError,
  ConfigError,
  isUserError,
  EXIT
};
//# sourceMappingURL=chunk-MTL4NPGF.js.map
