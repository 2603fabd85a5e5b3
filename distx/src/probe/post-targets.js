/**
 * Where to send a body that cannot pass validation: routes the OpenAPI
 * document lists, then endpoints the user named, then the root (the A2A
 * JSON-RPC endpoint and many single-route agent servers live there).
 */
export function postTargets(state, options) {
    const paths = [
        ...state.routes.filter((route) => route.method === 'POST').map((route) => route.path),
        ...options.endpoints.filter((endpoint) => endpoint.method === 'POST').map((endpoint) => endpoint.path),
        '/',
    ];
    return [...new Set(paths)];
}
