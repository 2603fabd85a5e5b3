import assert from 'node:assert/strict';
import { test } from 'node:test';
import { WordAutomaton } from '../src/util/word-automaton.js';

/** The labels of the words found in `text` (or its UTF-8 bytes), each once, in the order first found. */
function found(automaton: WordAutomaton<string>, text: string | Buffer): string[] {
  const labels: string[] = [];
  automaton.scan(typeof text === 'string' ? Buffer.from(text) : text, (label) => {
    if (!labels.includes(label)) labels.push(label);
    return false;
  });
  return labels;
}

const words = (...list: string[]) => new WordAutomaton(list.map((word) => ({ word, label: word })));

test('finds every word in any case, where words overlap, nest or share a start', () => {
  const automaton = words('retr', 'p-retry', 'try', 'he', 'she', 'hers', '\\u', 'x-request-id');
  assert.deepEqual(found(automaton, 'import pRetry from "P-RETRY"'), ['retr', 'try', 'p-retry']);
  assert.deepEqual(found(automaton, 'ushers'), ['she', 'he', 'hers']);
  assert.deepEqual(found(automaton, 'c\\u0061tch'), ['\\u']);
  assert.deepEqual(found(automaton, "headers['X-Request-Id']"), ['he', 'x-request-id']);
  assert.deepEqual(found(automaton, "h.get('x-request-id')"), ['x-request-id']);
  assert.deepEqual(found(automaton, 'x-requestid r-e-t-r'), []);
});

// As a case-insensitive Unicode pattern folds them: the Kelvin sign is a `k`, the long s an `s`; nothing else non-ASCII matches.
test('folds the two non-ASCII letters whose case folding is ASCII, and no other', () => {
  const automaton = words('kelvin', 'sleep', 'cafe');
  assert.deepEqual(found(automaton, '\u212aelvin \u017fleep'), ['kelvin', 'sleep']);
  assert.deepEqual(found(automaton, 'caf\u00e9 \u0138elvin'), []);
  assert.ok(/kelvin/iu.test('\u212aelvin') && /sleep/iu.test('\u017fleep'));
});

// Read as a decoder reads them: any other character, or an invalid sequence (U+FFFD), ends a match wherever it falls.
test('reads UTF-8: other multi-byte characters and invalid sequences end a match', () => {
  const automaton = words('kelvin', 'sleep', 'token');
  assert.deepEqual(found(automaton, 'to\u00e9ken t\u{1F600}oken \u0138elvin \u017eleep'), []);
  assert.deepEqual(found(automaton, '\u00e9\u{1F600}token\u212a'), ['token']);
  const invalid = (...parts: (string | number[])[]) => Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part) : Buffer.from(part))));
  assert.deepEqual(found(automaton, invalid('to', [0xe2, 0x84], 'ken')), []);
  assert.deepEqual(found(automaton, invalid([0xe2, 0x84], 'token', [0xc5])), ['token']);
  assert.deepEqual(found(automaton, invalid([0xf0, 0xe2, 0x84, 0xaa], 'elvin', [0xbf], 'sleep')), ['kelvin', 'sleep']);
});

test('a word may carry several labels, and a label several words; the scan stops when asked', () => {
  const automaton = new WordAutomaton([
    { word: 'catch', label: 'a' },
    { word: 'catch', label: 'b' },
    { word: 'await', label: 'b' },
  ]);
  const seen: string[] = [];
  automaton.scan(Buffer.from('await x; try {} catch {} await y'), (label) => {
    seen.push(label);
    return seen.length === 2;
  });
  assert.deepEqual(seen, ['b', 'a']);
});

test('refuses an empty or non-ASCII word', () => {
  assert.throws(() => words(''), /not a non-empty ASCII word/);
  assert.throws(() => words('café'), /not a non-empty ASCII word/);
});
