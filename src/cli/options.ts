import { InvalidArgumentError } from 'commander';
import { CONFIDENCES, SEVERITIES, type Confidence, type Severity } from '../core/types.js';

export type GateLevel = Severity | 'none';

function choice<T extends string>(allowed: readonly T[], what: string) {
  return (value: string): T => {
    if (!(allowed as readonly string[]).includes(value)) throw new InvalidArgumentError(`${what} must be one of ${allowed.join(', ')}.`);
    return value as T;
  };
}

export const parseGateLevel = choice<GateLevel>([...SEVERITIES, 'none'], 'the level');
export const parseConfidence = choice<Confidence>(CONFIDENCES, 'the confidence');

export function parsePositiveInteger(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0) throw new InvalidArgumentError('expected a positive whole number.');
  return number;
}

export function parseScore(value: string): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number < 0 || number > 100) throw new InvalidArgumentError('expected a number from 0 to 100.');
  return number;
}

export function parsePositiveNumber(value: string): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) throw new InvalidArgumentError('expected a positive number.');
  return number;
}
