import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fromModule } from '../src/languages/resilience.js';

test('fromModule names the first listed module a name is, or is inside, at a separator', () => {
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
});
