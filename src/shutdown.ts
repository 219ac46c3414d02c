// Graceful shutdown on SIGTERM/SIGINT: stop accepting questions, finish the answers in progress,
// stop watching the knowledge, flush the usage log to disk, exit 0. A second signal exits at once,
// unless it is the first one again, relayed by a parent process (see shutdownOnSignal).
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

/**
 * How long after the first signal the same signal counts as that one again. A signal to the
 * process group (Ctrl-C, `kill -TERM -PGID`, a container or systemd stop) reaches the bot directly
 * and again through npm, which relays SIGINT and SIGTERM to its script at once; a person pressing
 * Ctrl-C twice to stop without waiting is slower than that.
 */
const DUPLICATE_SIGNAL_MS = 1000;

/**
 * Run `shutdown` on the first SIGTERM or SIGINT and exit with its code. A different signal, or the
 * same one more than `duplicateMs` (default DUPLICATE_SIGNAL_MS) later, exits at once with 1.
 */
export function shutdownOnSignal(parts: ShutdownParts, duplicateMs: number = DUPLICATE_SIGNAL_MS): void {
  let first: { signal: NodeJS.Signals; at: number } | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    if (first) {
      if (signal === first.signal && performance.now() - first.at <= duplicateMs) {
        parts.logger.info({ signal }, 'the same signal again (relayed by a parent process): already shutting down');
        return;
      }
      parts.logger.warn({ signal }, 'second signal: exiting without waiting for answers in progress');
      process.exit(1);
    }
    first = { signal, at: performance.now() };
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
