import { z } from 'zod';
import { SERVER_LANGUAGES } from './languages.js';
export { SERVER_LANGUAGES } from './languages.js';
// The name becomes an npm/Python package name, a container name and Kubernetes object
// names, so it must satisfy the strictest of them: a DNS-1123 label.
export const ServerName = z
    .string()
    .regex(/^[a-z]([a-z0-9-]{0,38}[a-z0-9])?$/, 'use 1-40 lowercase letters, digits and dashes, starting with a letter and not ending with a dash');
export const ServerOptions = z.object({
    lang: z.enum(SERVER_LANGUAGES, { error: `must be one of ${SERVER_LANGUAGES.join(', ')}` }),
    name: ServerName,
    dir: z.string().min(1).optional(),
    force: z.boolean().default(false),
});
