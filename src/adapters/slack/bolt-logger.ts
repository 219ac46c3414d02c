// Bolt logs through its own Logger interface; this forwards it to the app's pino logger,
// so Slack messages share the JSON log stream (and its secret redaction).
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../logger.js';

/** A Bolt Logger writing to `logger`; pino's level decides what is kept. */
export function boltLogger(logger: Logger): BoltLogger {
  const child = logger.child({ component: 'slack-bolt' });
  let level: LogLevel = LogLevel.INFO;
  return {
    debug: (...msg: unknown[]) => child.debug(describe(msg)),
    info: (...msg: unknown[]) => child.info(describe(msg)),
    warn: (...msg: unknown[]) => child.warn(describe(msg)),
    error: (...msg: unknown[]) => child.error(describe(msg)),
    // Bolt calls setLevel with its own default; the app's LOG_LEVEL stays in charge.
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}

function describe(parts: unknown[]): string {
  return parts
    .map((p) => {
      if (typeof p === 'string') return p;
      if (p instanceof Error) return p.message;
      try {
        return JSON.stringify(p);
      } catch {
        return String(p);
      }
    })
    .join(' ');
}
