import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PROVIDER_KEYS, providerKeyIn } from '../src/languages/secrets.js';
// One key per format, written into surrounding text: providerKeyIn screens with one marker pattern first, which must let every format through.
const SAMPLES = {
    'Anthropic API': 'sk-ant-api03-Qm7vR2kLp9WcZ4nB8dTfJ1sH6yXg',
    'OpenAI API': 'sk-proj-Vb3nQ8wLz2RkT5mYp7cJ9dHf',
    'Google API': 'AIzaSyD4rT8kLm2Qp7Vw9Zx3Bc6Nf1Hj5Gs0KaQ',
    'AWS access': 'AKIAQ7R2LMVP4XZ9KT3B',
    'GitHub token': 'ghp_Rk2Lm9Qv7Wz4Tc8Nb3Xp6Yd1Hf5Gj0Ks2AmQ7R2',
    'Slack token': 'xoxb-4815162342-Rk2Lm9Qv7Wz',
    'Stripe live': 'sk_live_Rk2Lm9Qv7Wz4Tc8Nb3Xp',
    'Groq API': 'gsk_Rk2Lm9Qv7Wz4Tc8Nb3Xp6Yd1Hf5Gj0Ks2AmQ7R2Zw',
    'Hugging Face': 'hf_Rk2Lm9Qv7Wz4Tc8Nb3Xp6Yd1Hf5Gj0Ks',
    'xAI API': 'xai-Rk2Lm9Qv7Wz4Tc8Nb3Xp6Yd1Hf5Gj0Ks2AmQ7R2Zw',
    'private key': '-----BEGIN OPENSSH PRIVATE KEY-----',
};
test('providerKeyIn finds every provider format inside a longer string', () => {
    assert.deepEqual(Object.keys(SAMPLES).sort(), PROVIDER_KEYS.map((entry) => entry.provider).sort(), 'a sample per provider format');
    for (const [provider, key] of Object.entries(SAMPLES)) {
        assert.deepEqual(providerKeyIn(`client = make("${key}")`), { provider, key }, provider);
    }
    assert.equal(providerKeyIn('an ordinary sentence with no key in it'), undefined);
});
