import { type Generator } from '../define-generator.js';
declare const _default: Generator<Record<string, never>>;
export default _default;
