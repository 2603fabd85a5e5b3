import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ProjectModel } from '../src/engine/project-model.js';
function manifest(...dependencies) {
    return { kind: 'package-json', language: 'typescript', dependencies: new Set(dependencies), scripts: {} };
}
// A unit's dependencies are its own manifests' and those of every directory above it, up to the scan root; never a
// sibling's, even one whose name starts with the unit's.
test('a unit depends on what its own and its enclosing directories\' manifests declare', () => {
    const project = new ProjectModel(['.', 'services', 'services/api', 'services/api-admin', 'tools']);
    project.manifests.set('package.json', manifest('typescript'));
    project.manifests.set('services/package.json', manifest('pino'));
    project.manifests.set('services/api/package.json', manifest('express'));
    project.manifests.set('services/api/requirements.txt', { ...manifest('fastapi'), kind: 'requirements', language: 'python' });
    project.manifests.set('services/api-admin/package.json', manifest('fastify'));
    project.manifests.set('tools/package.json', manifest('eslint'));
    const sorted = (unit) => [...project.dependenciesOf(unit)].sort();
    assert.deepEqual(sorted('services/api'), ['express', 'fastapi', 'pino', 'typescript']);
    assert.deepEqual(sorted('services/api-admin'), ['fastify', 'pino', 'typescript']);
    assert.deepEqual(sorted('services'), ['pino', 'typescript']);
    assert.deepEqual(sorted('.'), ['typescript']);
    assert.deepEqual(sorted('services/api/v2'), ['express', 'fastapi', 'pino', 'typescript']);
    // A manifest read after the first question counts in the next answer.
    project.manifests.set('services/api/v2/package.json', manifest('hono'));
    assert.deepEqual(sorted('services/api/v2'), ['express', 'fastapi', 'hono', 'pino', 'typescript']);
});
