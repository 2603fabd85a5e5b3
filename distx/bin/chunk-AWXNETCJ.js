import {
  confirm,
  describeChanges,
  runScaffoldCommand
} from "./chunk-UORI6Y4J.js";
import "./chunk-XIWPFLSK.js";
import "./chunk-KNFCEM4Y.js";
import "./chunk-WRLAY6UH.js";
import "./chunk-PPTL4YM3.js";
import "./chunk-WYGLH33U.js";
import "./chunk-JA4UPIMU.js";
import "./chunk-MTL4NPGF.js";
import "./chunk-PPZQD3HO.js";
import "./chunk-V6FMGJSC.js";
import "./chunk-JQ7ZJZHD.js";
import "./chunk-X2RKU2FG.js";
import "./chunk-AOFGELH4.js";
import "./chunk-6B4KTA3T.js";
import "./chunk-PZ5AY32C.js";
export {
  confirm,
  describeChanges,
  runScaffoldCommand
};
//# sourceMappingURL=chunk-AWXNETCJ.js.map
