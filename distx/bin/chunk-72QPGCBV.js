import {
  rendererFor
} from "./chunk-AJEJ33E3.js";
import "./chunk-WM5XJUWO.js";
import "./chunk-MTL4NPGF.js";
import "./chunk-PZ5AY32C.js";
export {
  rendererFor
};
//# sourceMappingURL=chunk-72QPGCBV.js.map
