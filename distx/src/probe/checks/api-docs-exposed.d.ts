import { type KnownRoute } from '../define-probe.js';
type Document = Record<string, unknown>;
/** Routes without path parameters, so later checks can call them as they are. */
export declare function routesFromOpenApi(document: Document): KnownRoute[];
declare const _default: import("../define-probe.js").ProbeDefinition<"openapi" | "ui" | "devUi">;
export default _default;
