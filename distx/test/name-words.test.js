import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nameWords } from '../src/languages/name-words.js';
// The specification nameWords' one-pass splitter must agree with: two boundary rewrites, lower-case, split on the rest.
function byPatterns(name) {
    return name
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter(Boolean);
}
test('nameWords splits the identifier styles rules meet', () => {
    assert.deepEqual(nameWords('OPENAI_API_KEY'), ['openai', 'api', 'key']);
    assert.deepEqual(nameWords('openaiAPIKey'), ['openai', 'api', 'key']);
    assert.deepEqual(nameWords('x-api-key'), ['x', 'api', 'key']);
    assert.deepEqual(nameWords('createPaymentIntent'), ['create', 'payment', 'intent']);
    assert.deepEqual(nameWords('HTTPServerError'), ['http', 'server', 'error']);
    assert.deepEqual(nameWords('ABC1Def'), ['abc1', 'def']);
    assert.deepEqual(nameWords('__init__'), ['init']);
    assert.deepEqual(nameWords(''), []);
});
test('nameWords agrees with the pattern specification on ASCII and non-ASCII names', () => {
    // Non-ASCII takes the patterns themselves: the Kelvin sign lower-cases to an ASCII k, ß stays a separator.
    for (const name of ['\u212Aey', 'straßeName', 'İdToken', 'naïveUser', 'café_KEY'])
        assert.deepEqual(nameWords(name), byPatterns(name), name);
    // Every string of up to 5 characters over an alphabet with each character class, and both cases of the letters around boundaries.
    const alphabet = ['a', 'b', 'A', 'B', '0', '_', '-', '.'];
    const names = [''];
    for (let length = 1; length <= 5; length++) {
        for (const prefix of names.filter((name) => name.length === length - 1))
            for (const char of alphabet)
                names.push(prefix + char);
    }
    for (const name of names)
        assert.deepEqual(nameWords(name), byPatterns(name), JSON.stringify(name));
});
