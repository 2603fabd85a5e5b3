import signal

import uvicorn

from .config import get_settings

settings = get_settings()
# Uvicorn stops accepting on SIGTERM, lets in-flight requests finish within the grace
# period, runs the lifespan shutdown (closing Redis), then re-raises the signal it
# caught. This handler absorbs that re-raise, so a completed drain exits 0.
signal.signal(signal.SIGTERM, lambda _signum, _frame: None)
uvicorn.run(
    "app.main:app",
    host=settings.host,
    port=settings.port,
    proxy_headers=settings.trust_proxy,
    server_header=False,
    date_header=False,
    access_log=False,
    timeout_graceful_shutdown=settings.shutdown_grace_ms // 1000,
    log_level=settings.python_log_level(),
)
