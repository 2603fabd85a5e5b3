// dist/src/scaffold/server/languages.js
var SERVER_LANGUAGES = ["typescript", "python"];

export {
  SERVER_LANGUAGES
};
//# sourceMappingURL=chunk-XLST72IT.js.map
