// Graceful shutdown on SIGTERM/SIGINT: stop accepting questions, finish the answers in progress,
// stop watching the knowledge, flush the usage log to disk, exit 0. A second signal exits at once.
import type { Logger } from './logger.js';

/** What the running bot is made of, in the order it is stopped. */
export interface ShutdownParts {
  /** Each stops accepting, then resolves when its replies in progress have been sent. */
  adapters: { stop(): Promise<void> }[];
  assistant: { idle(): Promise<void> };
  reloader: { stop(): Promise<void> };
  usageLog: { flush(): Promise<void> };
  /** Shared state (Redis): closed last, after every answer that might still use it. */
  state?: { close(): Promise<void> };
  logger: Logger;
}

/** Stop everything in order; resolves with the exit code (1 only when the log could not be flushed). */
export async function shutdown(parts: ShutdownParts): Promise<number> {
  const { logger } = parts;
  const stopped = await Promise.allSettled(parts.adapters.map((adapter) => adapter.stop()));
  for (const result of stopped) {
    if (result.status === 'rejected') logger.error({ err: result.reason }, 'an adapter did not stop cleanly');
  }
  await parts.assistant.idle();
  await parts.reloader.stop();
  try {
    await parts.usageLog.flush();
  } catch (err) {
    logger.error({ err }, 'could not flush the usage log to disk; its last lines may be lost');
    return 1;
  }
  await parts.state?.close().catch((err: unknown) => logger.warn({ err }, 'Redis: closing the connection failed'));
  logger.info('stopped');
  return 0;
}

/** Run `shutdown` on the first SIGTERM or SIGINT and exit with its code. */
export function shutdownOnSignal(parts: ShutdownParts): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      parts.logger.warn({ signal }, 'second signal: exiting without waiting for answers in progress');
      process.exit(1);
    }
    stopping = true;
    parts.logger.info({ signal }, 'shutting down: no new questions; finishing the answers in progress');
    shutdown(parts).then(
      (code) => process.exit(code),
      (err: unknown) => {
        parts.logger.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
