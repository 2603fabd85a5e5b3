import { z } from 'zod';
import { toolVersion } from '../../core/tool-info.js';
import { defineGenerator } from '../define-generator.js';
import { render } from '../templates.js';
// Actions pinned to full commit SHAs (a tag can be moved; a SHA cannot), with the release in a comment.
const ACTIONS = {
    checkout: { ref: 'actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683', version: 'v4.2.2' },
    setupNode: { ref: 'actions/setup-node@39370e3970a6d050c480ffad4ff0ed4d3fdee5af', version: 'v4.1.0' },
    uploadSarif: { ref: 'github/codeql-action/upload-sarif@5d4e8d1aca955e8d8589aabd499c5cae939e33c7', version: 'v4.31.9' },
};
export default defineGenerator({
    id: 'ci',
    summary: 'GitHub workflow: pinned actions, least permissions, SARIF uploaded to code scanning, gate on --fail-on high',
    repairs: [],
    frameworks: [],
    needsNoApp: true,
    answers: z.object({
        failOn: z.enum(['critical', 'high', 'medium', 'low', 'info']).default('high'),
        branch: z.string().regex(/^[\w./-]{1,100}$/, 'a branch name').default('main'),
    }),
    async plan(answers) {
        const content = await render('ci', 'github', 'agent-harden.yml', { ...answers, actions: ACTIONS, version: toolVersion() });
        return [{ kind: 'create', path: '.github/workflows/agent-harden.yml', content }];
    },
});
