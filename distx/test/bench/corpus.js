import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
/** mulberry32: small, fast, good enough for shaping test data. */
function prng(seed) {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
const NOUNS = ['order', 'ticket', 'invoice', 'customer', 'session', 'profile', 'document', 'payment', 'shipment', 'booking', 'report', 'lead', 'catalog', 'claim', 'policy', 'account', 'message', 'task', 'review', 'quote'];
const VERBS = ['fetch', 'create', 'update', 'summarize', 'classify', 'route', 'validate', 'enrich', 'search', 'rank', 'draft', 'resolve', 'sync', 'score', 'extract'];
class Writer {
    random;
    constructor(random) {
        this.random = random;
    }
    int(min, max) {
        return min + Math.floor(this.random() * (max - min + 1));
    }
    pick(items) {
        return items[Math.floor(this.random() * items.length)];
    }
    chance(p) {
        return this.random() < p;
    }
    /**
     * Blocks per file from a log-normal: median ~6, a long tail up to 120 (files of 20 to ~1,500 lines),
     * so the mean file is about as long as in the public agent repositories issue 7 measured (150–170 lines).
     */
    blockCount() {
        const u1 = Math.max(this.random(), 1e-9);
        const u2 = this.random();
        const normal = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
        return Math.max(1, Math.min(120, Math.round(Math.exp(1.8 + 1.0 * normal))));
    }
    name() {
        return `${this.pick(VERBS)}_${this.pick(NOUNS)}`;
    }
    camel() {
        const noun = this.pick(NOUNS);
        return `${this.pick(VERBS)}${noun[0].toUpperCase()}${noun.slice(1)}`;
    }
    pascal() {
        const noun = this.pick(NOUNS);
        return `${noun[0].toUpperCase()}${noun.slice(1)}${this.pick(['Service', 'Repository', 'Client', 'Store', 'Handler'])}`;
    }
}
const PY_HEADER = `import asyncio
import logging
from datetime import datetime, timezone
from typing import Any

import httpx
import requests
from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel, Field

from ..settings import settings
from ..agents import runner, graph

logger = logging.getLogger(__name__)
router = APIRouter()
`;
function pythonBlock(w, index) {
    const name = `${w.name()}_${index}`;
    const model = `${w.pick(NOUNS)[0].toUpperCase()}${w.pick(NOUNS).slice(1)}Request${index}`;
    switch (w.int(0, 6)) {
        case 0:
            return `
class ${model}(BaseModel):
    user_id: str
    session_id: str
    message: str = Field(max_length=${w.int(500, 8000)})
    metadata: dict[str, Any] = Field(default_factory=dict)


@router.post("/${name.replace(/_/g, '-')}")
async def ${name}(request: ${model}):
    logger.info("${name}.start", extra={"session": request.session_id})
    reply = ""
${w.chance(0.5) ? `    async with asyncio.timeout(settings.agent_timeout_seconds):
        async for event in runner.run_async(user_id=request.user_id, session_id=request.session_id, new_message=request.message):
            if event.is_final_response():
                reply = event.content.parts[0].text` : `    async for event in runner.run_async(user_id=request.user_id, session_id=request.session_id, new_message=request.message):
        if event.is_final_response():
            reply = event.content.parts[0].text`}
    return {"reply": reply, "at": datetime.now(timezone.utc).isoformat()}
`;
        case 1:
            return `
def ${name}(identifier: str, *, include_history: bool = False) -> dict[str, Any]:
    """Looks up a record in the partner system."""
    url = f"{settings.partner_url}/v1/${w.pick(NOUNS)}s/{identifier}"
    response = requests.get(url, params={"history": include_history}${w.chance(0.6) ? ', timeout=settings.http_timeout' : ''})
    if response.status_code == 404:
        return {"status": "not_found", "id": identifier}
    response.raise_for_status()
    payload = response.json()
    return {key: value for key, value in payload.items() if not key.startswith("_")}
`;
        case 2:
            return `
class ${w.pascal()}${index}:
    def __init__(self, base_url: str, retries: int = ${w.int(1, 5)}):
        self._client = httpx.AsyncClient(base_url=base_url${w.chance(0.2) ? ', timeout=None' : ''})
        self._retries = retries
        self._cache: dict[str, Any] = {}

    async def get(self, key: str) -> Any:
        if key in self._cache:
            return self._cache[key]
        for attempt in range(self._retries):
            try:
                response = await self._client.get(f"/items/{key}")
                response.raise_for_status()
                self._cache[key] = response.json()
                return self._cache[key]
            except httpx.HTTPError as error:
                logger.warning("retry", extra={"attempt": attempt, "error": str(error)})
                await asyncio.sleep(2**attempt)
        raise HTTPException(status_code=502, detail="upstream unavailable")

    async def close(self) -> None:
        await self._client.aclose()
`;
        case 3:
            return `
@router.get("/${w.pick(NOUNS)}s/{item_id}")
async def get_${name}(item_id: str, limit: int = ${w.int(10, 100)}):
    try:
        state = await ${w.chance(0.5) ? `asyncio.wait_for(graph.ainvoke({"item": item_id}), timeout=${w.int(5, 60)})` : 'graph.ainvoke({"item": item_id})'}
    except Exception:
        logger.exception("${name}.failed")
        raise
    items = [entry for entry in state.get("items", []) if entry.get("visible", True)]
    return {"items": items[:limit], "total": len(items)}
`;
        case 4:
            return `
def ${name}(rows: list[dict[str, Any]], threshold: float = ${(w.int(1, 99) / 100).toFixed(2)}) -> list[dict[str, Any]]:
    scored = []
    for row in rows:
        score = sum(float(value) for key, value in row.items() if key.startswith("signal_"))
        if score < threshold:
            continue
        scored.append({**row, "score": round(score, 3)})
    scored.sort(key=lambda item: item["score"], reverse=True)
    return scored
`;
        case 5:
            return `
${name.toUpperCase()}_PROMPT = """You are a careful assistant for ${w.pick(NOUNS)} questions.
Answer briefly, cite the record ids you used, and refuse anything outside the domain.
"""


def build_${name}_messages(question: str, context: list[str]) -> list[dict[str, str]]:
    joined = "\\n".join(f"- {line}" for line in context[:${w.int(5, 20)}])
    return [
        {"role": "system", "content": ${name.toUpperCase()}_PROMPT},
        {"role": "user", "content": f"Context:\\n{joined}\\n\\nQuestion: {question}"},
    ]
`;
        default:
            return `
async def ${name}(items: list[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    async with asyncio.TaskGroup() as group:
        tasks = [group.create_task(asyncio.to_thread(len, item)) for item in items]
    for item, task in zip(items, tasks):
        counts[item] = task.result()
    logger.debug("${name}.counted", extra={"n": len(counts)})
    return counts
`;
    }
}
/**
 * What a TypeScript file of an agent service is for, with its share of the files. The shares are those
 * of 630 files of public agent code (a sample of vercel/ai and langchainjs, and five agent services):
 * 27 % import a server framework, 9 % register routes, 38 % import a model SDK, about 4 % call out over
 * HTTP, and 40 % do none of these (types, schemas, helpers, prompts); 0.19 calls per line.
 */
const TS_ROLES = [
    { role: 'routes', share: 9 },
    { role: 'middleware', share: 18 },
    { role: 'agents', share: 29 },
    { role: 'clients', share: 4 },
    { role: 'lib', share: 40 },
];
function typescriptRole(w) {
    let draw = w.int(1, 100);
    for (const { role, share } of TS_ROLES) {
        if (draw <= share)
            return role;
        draw -= share;
    }
    return 'lib';
}
const TS_HEADERS = {
    routes: `import { Router, type Request, type Response } from 'express';
import OpenAI from 'openai';
import { z } from 'zod';
import { config } from '../config';
import { graph } from '../agents/graph';
import { logger } from '../logger';

export const router = Router();
const openai = new OpenAI({ apiKey: config.openaiKey, timeout: config.llmTimeoutMs });
`,
    middleware: `import type { NextFunction, Request, Response } from 'express';
import { config } from '../config';
import { logger } from '../logger';
`,
    agents: `import OpenAI from 'openai';
import { z } from 'zod';
import { config } from '../config';
import { logger } from '../logger';

const openai = new OpenAI({ apiKey: config.openaiKey, timeout: config.llmTimeoutMs });
`,
    clients: `import axios from 'axios';
import { config } from '../config';
import { logger } from '../logger';
`,
    lib: `import { z } from 'zod';
`,
};
const TS_FOLDERS = {
    routes: ['routes'],
    middleware: ['middleware', 'server'],
    agents: ['agents', 'chains', 'tools'],
    clients: ['clients', 'services'],
    lib: ['lib', 'types', 'utils', 'schemas', 'prompts'],
};
/** Blocks a file of each role is made of: a route file also holds schemas and helpers, a library file only those. */
const TS_BLOCKS = {
    routes: [agentRoute, modelRoute, agentRoute, modelRoute, schema, transform],
    middleware: [middleware, middleware, errorHandler, transform, recordType],
    agents: [modelCall, modelCall, tool, promptBuilder, recordType, schema],
    clients: [partnerFetch, cachedClient, recordType],
    lib: [recordType, schema, transform, promptBuilder, constants, formatter],
};
function typescriptBlock(w, role, index) {
    return w.pick(TS_BLOCKS[role])(w, `${w.camel()}${index}`, index);
}
function agentRoute(w, name) {
    return `
router.post('/${name.toLowerCase()}', async (req: Request, res: Response) => {
  const body = ${name}Schema.parse(req.body);
  const state = await graph.invoke({ messages: [{ role: 'user', content: body.message }] }${w.chance(0.5) ? ', { signal: AbortSignal.timeout(config.agentTimeoutMs) }' : ''});
  logger.info({ session: body.sessionId }, '${name} done');
  res.json({ reply: state.messages.at(-1)?.content ?? '' });
});

const ${name}Schema = z.object({
  sessionId: z.string().uuid(),
  message: z.string().max(${w.int(500, 8000)}),
  tags: z.array(z.string()).max(10).default([]),
});
`;
}
function modelRoute(w, name) {
    return `
router.post('/${name.toLowerCase()}/answer', async (req: Request, res: Response) => {
  try {
    const completion = await openai.chat.completions.create({
      model: config.model,
      max_tokens: ${w.int(256, 2048)},
      messages: [{ role: 'system', content: 'Answer briefly.' }, ...req.body.messages],
    });
    res.json(completion.choices[0].message);
  } catch (error) {
    logger.error({ error }, '${name} failed');
    res.status(502).json({ error: 'upstream error' });
  }
});
`;
}
function partnerFetch(w, name) {
    return `
/**
 * Reads one record from the partner API. A missing record is a result, not an error; every other
 * failure is thrown so that the caller decides whether to retry.
 */
export async function ${name}(id: string): Promise<Record<string, unknown>> {
  const url = \`\${config.partnerUrl}/v1/${w.pick(NOUNS)}s/\${encodeURIComponent(id)}\`;
  const response = await fetch(url, { headers: { accept: 'application/json' }${w.chance(0.6) ? ', signal: AbortSignal.timeout(config.httpTimeoutMs)' : ''} });
  if (response.status === 404) return { status: 'not_found', id };
  if (!response.ok) throw new Error(\`partner returned \${response.status}\`);
  const payload = (await response.json()) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(payload).filter(([key]) => !key.startsWith('_')));
}
`;
}
function recordType(w, _name, index) {
    return `
/** A record as the store returns it; prices are in minor units. */
export interface ${w.pascal()}Record${index} {
  id: string;
  createdAt: string;
  status: 'open' | 'pending' | 'closed';
  owner?: { id: string; email: string };
  items: { sku: string; quantity: number; price: number }[];
}

// Totals are computed here, not stored, so that a price change shows at once.
export function total${index}(record: ${w.pascal()}Record${index} | { items: { quantity: number; price: number }[] }): number {
  return record.items.reduce((sum, item) => sum + item.quantity * item.price, 0);
}
`;
}
function cachedClient(w, _name, index) {
    return `
/**
 * A read-through client for the items service. Entries are kept for the life of the process:
 * the items it serves are immutable once published.
 */
export class ${w.pascal()}${index} {
  private readonly cache = new Map<string, unknown>();

  constructor(private readonly baseUrl: string, private readonly retries = ${w.int(1, 5)}) {}

  async get(key: string): Promise<unknown> {
    if (this.cache.has(key)) return this.cache.get(key);
    for (let attempt = 0; attempt < this.retries; attempt += 1) {
      try {
        const { data } = await axios.get(\`\${this.baseUrl}/items/\${key}\`${w.chance(0.5) ? ', { timeout: 5_000 }' : ''});
        this.cache.set(key, data);
        return data;
      } catch (error) {
        logger.warn({ attempt, error }, 'retrying');
        await new Promise((resolve) => setTimeout(resolve, 2 ** attempt * 100));
      }
    }
    throw new Error('upstream unavailable');
  }
}
`;
}
function transform(w, name) {
    return `
/**
 * Scores rows by the sum of their signal columns and keeps those at or above the threshold,
 * best first.
 */
export function ${name}(rows: Array<Record<string, number>>, threshold = ${(w.int(1, 99) / 100).toFixed(2)}): Array<Record<string, number>> {
  return rows
    .map((row) => ({ ...row, score: Object.entries(row).filter(([key]) => key.startsWith('signal')).reduce((sum, [, value]) => sum + value, 0) }))
    .filter((row) => row.score >= threshold)
    .sort((a, b) => b.score - a.score);
}
`;
}
function promptBuilder(w, name) {
    return `
// Kept short: the model follows a few plain rules better than a long list.
const ${name}Prompt = \`You are a careful assistant for ${w.pick(NOUNS)} questions.
Answer briefly, cite the record ids you used, and refuse anything outside the domain.\`;

export function build${name[0].toUpperCase()}${name.slice(1)}Messages(question: string, context: string[]) {
  const joined = context.slice(0, ${w.int(5, 20)}).map((line) => \`- \${line}\`).join('\\n');
  return [
    { role: 'system' as const, content: ${name}Prompt },
    { role: 'user' as const, content: \`Context:\\n\${joined}\\n\\nQuestion: \${question}\` },
  ];
}
`;
}
function middleware(w, name) {
    const noun = w.pick(NOUNS);
    return `
/** Requires the ${noun} id header and hands it to the handlers in \`res.locals\`. */
export function ${name}(req: Request, res: Response, next: NextFunction): void {
  const id = req.header('x-${noun}-id');
  if (!id) {
    res.status(400).json({ error: 'missing ${noun} id' });
    return;
  }
  res.locals.${noun}Id = id;
  logger.debug({ ${noun}Id: id }, '${name}');
  next();
}
`;
}
function errorHandler(_w, name) {
    return `
/**
 * The last error handler: logs the error and answers with a generic message, so that nothing
 * internal reaches the client.
 */
export function ${name}(error: unknown, _req: Request, res: Response, next: NextFunction): void {
  if (res.headersSent) return next(error);
  logger.error({ error }, 'request failed');
  res.status(500).json({ error: 'internal error', requestId: res.locals.requestId });
}
`;
}
function modelCall(w, name) {
    return `
/**
 * Answers a question from the given context only. The caller supplies the context and is
 * responsible for trimming it to the model's window.
 */
export async function ${name}(question: string, context: string[]): Promise<string> {
  const completion = await openai.chat.completions.create({
    model: config.model,${w.chance(0.7) ? `\n    max_tokens: ${w.int(256, 2048)},` : ''}
    messages: [
      { role: 'system', content: 'Answer from the context only.' },
      { role: 'user', content: \`\${context.join('\\n')}\\n\\n\${question}\` },
    ],
  });
  logger.debug({ usage: completion.usage }, '${name}');
  return completion.choices[0]?.message?.content ?? '';
}
`;
}
function tool(w, name) {
    const noun = w.pick(NOUNS);
    return `
/** A tool the agent may call; the model sees its name, description and parameters. */
export const ${name}Tool = {
  name: '${name}',
  description: 'Looks up a ${noun} by id and returns its status.',
  parameters: z.object({ id: z.string().min(1), includeHistory: z.boolean().default(false) }),
  async execute({ id, includeHistory }: { id: string; includeHistory: boolean }) {
    const record = await config.store.get(\`${noun}:\${id}\`);
    return record ? { id, status: record.status, history: includeHistory ? record.history : [] } : { id, status: 'not_found' };
  },
};
`;
}
function schema(w, _name, index) {
    const type = `${w.pascal()}${index}`;
    return `
/** What the API accepts for a ${type}; unknown keys are stripped. */
export const ${type}Schema = z.object({
  id: z.string().uuid(),
  name: z.string().min(1).max(${w.int(80, 400)}),
  status: z.enum(['open', 'pending', 'closed']),
  amount: z.number().nonnegative().optional(),
  tags: z.array(z.string().max(40)).max(${w.int(5, 20)}).default([]),
});

export type ${type} = z.infer<typeof ${type}Schema>;
`;
}
function constants(w, name) {
    return `
// Limits agreed with the upstream service; raising them needs their sign-off.
export const ${name.toUpperCase()}_LIMITS = {
  maxItems: ${w.int(10, 500)},
  maxLength: ${w.int(200, 8000)},
  windowMs: ${w.int(1, 60) * 1000},
} as const;

export type ${name[0].toUpperCase()}${name.slice(1)}Limit = keyof typeof ${name.toUpperCase()}_LIMITS;
`;
}
function formatter(w, name) {
    return `
/** Formats an amount for display; not for storage or arithmetic. */
export function ${name}(value: number, currency = '${w.pick(['EUR', 'USD', 'GBP'])}', locale = 'en-GB'): string {
  if (!Number.isFinite(value)) return '—';
  return new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 2 }).format(value);
}
`;
}
const PY_MAIN = (w) => `import logging

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from .routes import agent, records
from .settings import settings

logging.basicConfig(level=settings.log_level)
app = FastAPI(title="${w.pick(NOUNS)}-agent")
app.add_middleware(CORSMiddleware, allow_origins=${w.chance(0.5) ? '["*"]' : 'settings.cors_origins'}, allow_methods=["GET", "POST"])
app.include_router(agent.router, prefix="/v1")
app.include_router(records.router, prefix="/v1/records")


@app.get("/healthz")
async def healthz():
    return {"status": "ok"}
`;
const TS_MAIN = (w) => `import express from 'express';
import cors from 'cors';
import { router } from './routes/agent';
import { config } from './config';

const app = express();
app.use(express.json({ limit: '${w.int(1, 10)}mb' }));
app.use(cors(${w.chance(0.5) ? '' : '{ origin: config.allowedOrigins }'}));
app.use('/api', router);
app.get('/healthz', (_req, res) => res.json({ status: 'ok' }));
app.listen(config.port);
`;
/** Writes the corpus under `dir` (emptied first) and returns its size. */
export function writeCorpus(dir, options) {
    rmSync(dir, { recursive: true, force: true });
    const w = new Writer(prng(options.seed));
    const stats = { files: 0, pythonFiles: 0, typescriptFiles: 0, otherFiles: 0, lines: 0, bytes: 0 };
    const emit = (path, text, kind) => {
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, text);
        stats.files += 1;
        stats.lines += text.split('\n').length;
        stats.bytes += Buffer.byteLength(text);
        if (kind === 'python')
            stats.pythonFiles += 1;
        else if (kind === 'typescript')
            stats.typescriptFiles += 1;
        else
            stats.otherFiles += 1;
    };
    const services = [...Array.from({ length: options.pythonServices }, () => true), ...Array.from({ length: options.typescriptServices }, () => false)];
    for (const [service, python] of services.entries()) {
        const root = join(dir, `${python ? 'py' : 'ts'}-service-${String(service).padStart(3, '0')}`);
        if (python) {
            emit(join(root, 'pyproject.toml'), `[project]\nname = "service-${service}"\nversion = "0.1.0"\ndependencies = ["fastapi>=0.115", "google-adk>=1.0", "httpx>=0.27", "requests>=2.32"]\n`, 'other');
            emit(join(root, 'app', 'main.py'), PY_MAIN(w), 'python');
        }
        else {
            emit(join(root, 'package.json'), `${JSON.stringify({ name: `service-${service}`, private: true, type: 'module', dependencies: { express: '^4.21.0', cors: '^2.8.5', openai: '^4.77.0', axios: '^1.7.0', zod: '^3.24.0' } }, null, 2)}\n`, 'other');
            emit(join(root, 'src', 'server.ts'), TS_MAIN(w), 'typescript');
        }
        if (w.chance(0.6))
            emit(join(root, 'Dockerfile'), python ? 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install .\nCMD ["uvicorn", "app.main:app", "--host", "0.0.0.0"]\n' : 'FROM node:22-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci\nUSER node\nCMD ["node", "dist/server.js"]\n', 'other');
        for (let index = 1; index < options.filesPerService; index += 1) {
            const blocks = w.blockCount();
            if (python) {
                const folder = w.pick(['routes', 'agents', 'tools', 'models', 'services']);
                let text = PY_HEADER;
                for (let block = 0; block < blocks; block += 1)
                    text += pythonBlock(w, block);
                emit(join(root, 'app', folder, `${w.name()}_${index}.py`), text, 'python');
            }
            else {
                const role = typescriptRole(w);
                let text = TS_HEADERS[role];
                for (let block = 0; block < blocks; block += 1)
                    text += typescriptBlock(w, role, block);
                emit(join(root, 'src', w.pick(TS_FOLDERS[role]), `${w.camel()}${index}.ts`), text, 'typescript');
            }
        }
    }
    return stats;
}
