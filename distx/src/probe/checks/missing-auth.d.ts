declare const _default: import("../define-probe.js").ProbeDefinition<"readWithoutCredentials" | "validatedWithoutCredentials" | "mutatedWithoutCredentials">;
export default _default;
