/**
 * Whether a compose file declares a service `healthcheck`, or a Kubernetes
 * manifest a liveness/readiness/startup probe: either replaces a Dockerfile
 * `HEALTHCHECK` (catalog reading on dockerfile-missing-healthcheck). Helm
 * templates are not YAML until rendered, so they are read line by line.
 */
export declare function declaresOrchestratorProbe(kind: 'compose' | 'kubernetes', text: string): boolean;
