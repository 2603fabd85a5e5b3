import { InvalidArgumentError } from 'commander';
import { CONFIDENCES, SEVERITIES } from '../core/types.js';
function choice(allowed, what) {
    return (value) => {
        if (!allowed.includes(value))
            throw new InvalidArgumentError(`${what} must be one of ${allowed.join(', ')}.`);
        return value;
    };
}
export const parseGateLevel = choice([...SEVERITIES, 'none'], 'the level');
export const parseConfidence = choice(CONFIDENCES, 'the confidence');
export function parsePositiveInteger(value) {
    const number = Number(value);
    if (!Number.isInteger(number) || number <= 0)
        throw new InvalidArgumentError('expected a positive whole number.');
    return number;
}
export function parseScore(value) {
    const number = Number(value);
    if (!Number.isFinite(number) || number < 0 || number > 100)
        throw new InvalidArgumentError('expected a number from 0 to 100.');
    return number;
}
export function parsePositiveNumber(value) {
    const number = Number(value);
    if (!Number.isFinite(number) || number <= 0)
        throw new InvalidArgumentError('expected a positive number.');
    return number;
}
