import { UsageError } from '../core/errors.js';
export function parseTarget(raw) {
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new UsageError(`"${raw}" is not a URL; give the server's base URL, e.g. http://127.0.0.1:8000`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new UsageError(`only http:// and https:// targets can be probed, not ${url.protocol}//`);
    }
    if (url.username || url.password) {
        // Credentials in the URL would end up in every printed location.
        throw new UsageError('remove the credentials from the URL and pass them with --header (they are never printed)');
    }
    url.hash = '';
    url.search = '';
    const basePath = url.pathname.replace(/\/+$/, '');
    return {
        url: url.href,
        origin: url.origin,
        basePath,
        https: url.protocol === 'https:',
        host: url.host,
        resolve(path) {
            if (/^https?:\/\//.test(path))
                return path;
            return `${url.origin}${basePath}${path.startsWith('/') ? path : `/${path}`}`;
        },
    };
}
