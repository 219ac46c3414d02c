// Bolt logs through its own Logger interface; this forwards it to the app's pino logger,
// so Slack messages share the JSON log stream (and its secret redaction).
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import { logLine, type Logger } from '../../logger.js';

/** A Bolt Logger writing to `logger`; pino's level decides what is kept. */
export function boltLogger(logger: Logger): BoltLogger {
  const child = logger.child({ component: 'slack-bolt' });
  let level: LogLevel = LogLevel.INFO;
  return {
    debug: (...msg: unknown[]) => child.debug(logLine(msg)),
    info: (...msg: unknown[]) => child.info(logLine(msg)),
    warn: (...msg: unknown[]) => child.warn(logLine(msg)),
    error: (...msg: unknown[]) => child.error(logLine(msg)),
    // Bolt calls setLevel with its own default; the app's LOG_LEVEL stays in charge.
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}
