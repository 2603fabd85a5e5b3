import { createServer } from 'node:http';
/**
 * A small OpenAI-compatible chat-completions server on 127.0.0.1. Its answer names the
 * number of messages it received, so tests can see whether history reached the model.
 */
export async function startFakeLlm() {
    const fake = { baseUrl: '', calls: [], mode: { kind: 'ok', delayMs: 0 }, close: async () => undefined };
    const server = createServer((request, response) => {
        let body = '';
        request.setEncoding('utf8');
        request.on('data', (chunk) => (body += chunk));
        request.on('end', () => {
            const payload = JSON.parse(body);
            const call = { startedAt: Date.now(), messages: payload.messages, stream: payload.stream === true, headers: request.headers };
            fake.calls.push(call);
            const mode = fake.mode;
            if (mode.kind === 'fail') {
                call.endedAt = Date.now();
                response.writeHead(500, { 'content-type': 'application/json' }).end('{"error":{"message":"boom"}}');
                return;
            }
            const timer = setTimeout(() => {
                call.endedAt = Date.now();
                const content = `answer to ${payload.messages.length} messages`;
                if (call.stream) {
                    response.writeHead(200, { 'content-type': 'text/event-stream' });
                    for (const piece of [content.slice(0, 6), content.slice(6)]) {
                        const chunk = { id: 'c1', object: 'chat.completion.chunk', created: 1, model: 'fake', choices: [{ index: 0, delta: { content: piece }, finish_reason: null }] };
                        response.write(`data: ${JSON.stringify(chunk)}\n\n`);
                    }
                    response.end('data: [DONE]\n\n');
                    return;
                }
                response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({
                    id: 'c1',
                    object: 'chat.completion',
                    created: 1,
                    model: 'fake',
                    choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
                    usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
                }));
            }, mode.delayMs);
            response.on('close', () => clearTimeout(timer));
        });
    });
    server.keepAliveTimeout = 1_000;
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    fake.baseUrl = `http://127.0.0.1:${server.address().port}/v1`;
    fake.close = () => new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
    });
    return fake;
}
