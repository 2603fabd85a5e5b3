import type { Generator } from '../define-generator.js';
import health from './health.js';

/** Every generator, in the order `scaffold list` shows them. */
export const GENERATORS: readonly Generator<any>[] = [health];

export function findGenerator(id: string): Generator<any> | undefined {
  return GENERATORS.find((generator) => generator.id === id);
}
