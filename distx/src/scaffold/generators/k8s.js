import { z } from 'zod';
import { UsageError } from '../../core/errors.js';
import { defineGenerator } from '../define-generator.js';
import { render } from '../templates.js';
// Kubernetes object names are DNS-1123 labels.
const dnsLabel = z.string().regex(/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/, 'a lower-case DNS label (a-z, 0-9, -; at most 63 characters)');
// registry/repository:tag or @sha256:digest; no spaces, quotes or YAML syntax can get through.
const imageReference = z.string().regex(/^[a-z0-9][a-z0-9._\/:-]{0,254}(?::[\w][\w.-]{0,127})?(?:@sha256:[0-9a-f]{64})?$/, 'an image reference such as ghcr.io/acme/agent:1.2.3');
/** A manifest name squeezed into a DNS label: `@acme/Support_Agent` → `support-agent`. */
function toDnsLabel(name) {
    return name.replace(/^@[^/]+\//, '').toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 63).replace(/-+$/, '') || 'app';
}
export default defineGenerator({
    id: 'k8s',
    summary: 'Kubernetes Deployment (liveness/readiness/startup probes, non-root read-only securityContext, resources), Service and PodDisruptionBudget',
    repairs: ['dockerfile-missing-healthcheck'],
    frameworks: ['fastapi', 'starlette', 'flask', 'express', 'fastify', 'hono'],
    answers: z.object({
        name: dnsLabel.optional(),
        image: imageReference.optional(),
        port: z.number().int().min(1).max(65535).optional(),
        replicas: z.number().int().min(1).max(100).default(2),
    }),
    async plan(answers, project) {
        if (!project.framework || !project.entry)
            throw new UsageError(`no HTTP app found in ${project.root}; scaffold k8s needs a server to probe`);
        const name = answers.name ?? dnsLabel.parse(toDnsLabel(project.name));
        const image = answers.image ?? imageReference.parse(`${name}:${project.version ?? '0.1.0'}`);
        const python = project.language === 'python';
        const content = await render('k8s', 'kubernetes', 'app.yaml', {
            name,
            image,
            replicas: answers.replicas,
            port: answers.port ?? (python ? 8000 : 3000),
            livenessPath: project.livenessPath ?? '/livez',
            readinessPath: project.readinessPath ?? '/readyz',
            // The Dockerfile scaffold's users: `app` (10001) in Python images, `node` (1000) in Node images.
            uid: python ? 10001 : 1000,
        });
        return [{ kind: 'create', path: 'k8s/app.yaml', content }];
    },
});
