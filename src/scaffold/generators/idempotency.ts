import { z } from 'zod';
import type { FrameworkId } from '../../engine/project-model.js';
import { siblingModule } from '../attach.js';
import { defineGenerator, type FileAction } from '../define-generator.js';
import { requireApp } from '../project.js';
import { attachToPythonApp } from '../python-source.js';
import { render } from '../templates.js';

// Pure ASGI middleware serves FastAPI, Starlette and the A2A SDK's Starlette app; Flask gets request hooks.
const FRAMEWORKS: FrameworkId[] = ['fastapi', 'starlette', 'flask'];

/** The module `scaffold idempotency` writes beside the entry; `fix` decorates money tools with its `idempotent_tool`. */
export const IDEMPOTENCY_MODULE = 'idempotency';

export default defineGenerator({
  id: 'idempotency',
  summary: 'Idempotency-Key middleware (ASGI, Flask hooks) replaying the first response (409 while running, 422 on a different body), @idempotent_tool for ADK tools keyed by session and arguments; Redis SET NX when the project uses redis, else in-process (one replica)',
  repairs: ['missing-idempotency'],
  frameworks: FRAMEWORKS,
  answers: z.object({}),
  async plan(_answers, project) {
    const target = requireApp(project, { id: 'idempotency', frameworks: FRAMEWORKS });
    const module = await siblingModule(project, target, IDEMPOTENCY_MODULE);
    const flask = target.framework === 'flask';
    const redis = project.dependencies.has('redis');
    const adk = project.dependencies.has('google-adk');
    // asyncio and typing for the ASGI middleware and async tools; logging for the Redis fallback warning and tool results.
    const context = { flask, redis, adk, asyncio: !flask || adk, logs: redis || adk };
    const content = await render('idempotency', 'python', IDEMPOTENCY_MODULE, context);
    const entryText = project.text(target.entry)!;
    const binding = flask ? 'install_idempotency' : 'IdempotencyMiddleware';
    const after = await attachToPythonApp(entryText, target.app.line, target.app.column, {
      imports: [{ line: `from ${module.specifier} import ${binding}`, binds: binding }],
      statements: [flask ? `install_idempotency(${target.app.name})` : `${target.app.name}.add_middleware(IdempotencyMiddleware)`],
    });
    const actions: FileAction[] = [{ kind: 'create', path: module.path, content }];
    if (after !== entryText) actions.push({ kind: 'patch', path: target.entry, before: entryText, after, reason: `replays responses for repeated Idempotency-Key requests in the ${target.framework} app` });
    return actions;
  },
});
