import assert from 'node:assert/strict';
import { test } from 'node:test';
import { moduleMatcher, TS_SINGLE_ATTEMPT_LLM } from '../src/languages/resilience.js';

test('moduleMatcher names the first listed module a name is, or is inside, at a separator', () => {
  const fromModule = (name: string, modules: string[], separator: '.' | '/') => moduleMatcher(modules, separator)(name);
  const modules = ['p-retry', 'cockatiel', '@google/genai', '@google'];
  assert.equal(fromModule('p-retry', modules, '/'), 'p-retry');
  assert.equal(fromModule('p-retry.default', modules, '/'), 'p-retry');
  assert.equal(fromModule('p-retryer', modules, '/'), undefined);
  assert.equal(fromModule('@google/genai.GoogleGenAI', modules, '/'), '@google/genai');
  assert.equal(fromModule('@google/adk.Runner', modules, '/'), '@google');
  // Listed first wins, as the list says which module a name belongs to.
  assert.equal(fromModule('@google/genai', ['@google', '@google/genai'], '/'), '@google');
  assert.equal(fromModule('tenacity.retry', ['tenacity'], '.'), 'tenacity');
  assert.equal(fromModule('tenacity/retry', ['tenacity'], '.'), undefined);
  assert.equal(fromModule('anything', [], '.'), undefined);
  // Names shorter than the two characters every module starts with, and a one-character module.
  assert.equal(fromModule('p', modules, '/'), undefined);
  assert.equal(fromModule('', modules, '/'), undefined);
  assert.equal(fromModule('q.retry', ['q'], '.'), 'q');
});

test('each single-attempt LLM pattern names a callee of its own module (no-retry lets other calls go by their start)', () => {
  for (const { module, pattern } of TS_SINGLE_ATTEMPT_LLM) {
    assert.ok(pattern.source.startsWith(`^${module.replace(/[./]/g, '\\$&')}\\.`), `${pattern} starts with ${module}.`);
  }
});
