// First: tracing patches node:http before fastify loads it.
import { shutdownTracing } from './tracing.js';
import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { createLogger } from './logger.js';

const logger = createLogger();

function configOrExit(): Config {
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    logger.fatal(error.message);
    process.exit(1);
  }
}

const config = configOrExit();
logger.level = config.LOG_LEVEL;
const { app, startDraining } = await buildApp(config, logger);

// On SIGTERM/SIGINT: report not-ready, stop accepting connections, let in-flight
// requests finish, close Redis, flush the last spans; exit 1 if that takes longer than the grace period.
closeWithGrace({ delay: config.SHUTDOWN_GRACE_MS, logger }, async ({ signal, err }) => {
  if (err) app.log.error({ err }, 'shutting down after a fatal error');
  else app.log.info({ signal }, 'shutting down');
  startDraining();
  await app.close();
  await shutdownTracing();
});

await app.listen({ host: config.HOST, port: config.PORT });
