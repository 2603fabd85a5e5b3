import assert from 'node:assert/strict';
import { test } from 'node:test';
import { moduleMatcher, tsSingleAttemptLlm } from '../src/languages/resilience.js';
test('moduleMatcher names the first listed module a name is, or is inside, at a separator', () => {
    const fromModule = (name, modules, separator) => moduleMatcher(modules, separator)(name);
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
test('tsSingleAttemptLlm names the client a callee constructs, by its module and export, and nothing beside them', () => {
    assert.match(tsSingleAttemptLlm('@google/genai.GoogleGenAI')?.label ?? '', /@google\/genai/);
    assert.match(tsSingleAttemptLlm('@google/generative-ai.GoogleGenerativeAI')?.label ?? '', /generative-ai/);
    assert.equal(tsSingleAttemptLlm('@google/adk.LlmAgent'), tsSingleAttemptLlm('@google/adk.Agent'));
    assert.ok(tsSingleAttemptLlm('@google/adk.Agent'));
    for (const other of ['@google/genai.GoogleGenAIX', '@google/genai', '@google/genaiX.GoogleGenAI', '@google/adk.Runner', '@google/adk/x.Agent', '@google/adk_Agent', 'GoogleGenAI']) {
        assert.equal(tsSingleAttemptLlm(other), undefined, other);
    }
});
