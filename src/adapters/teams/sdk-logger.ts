// The Teams SDK logs through its own ILogger; this forwards it to the app's pino logger, so its
// lines share the JSON log stream and its redaction. The SDK's debug lines include whole
// activities (user text), so they go to pino's trace level, kept only when LOG_LEVEL=trace.
import type { ILogger, LogLevel } from '@microsoft/teams.common';
import { logLine, type Logger } from '../../logger.js';

/** An ILogger writing to `logger`; pino's level decides what is kept. */
export function sdkLogger(logger: Logger, name = 'teams-sdk'): ILogger {
  const child = logger.child({ component: name });
  const write: Record<LogLevel, (msg: string) => void> = {
    error: (msg) => child.error(msg),
    warn: (msg) => child.warn(msg),
    info: (msg) => child.info(msg),
    debug: (msg) => child.trace(msg),
    trace: (msg) => child.trace(msg),
  };
  const log = (level: LogLevel, ...msg: unknown[]) => write[level](logLine(msg));
  return {
    error: (...msg: unknown[]) => log('error', ...msg),
    warn: (...msg: unknown[]) => log('warn', ...msg),
    info: (...msg: unknown[]) => log('info', ...msg),
    debug: (...msg: unknown[]) => log('debug', ...msg),
    trace: (...msg: unknown[]) => log('trace', ...msg),
    log,
    child: (childName: string) => sdkLogger(logger, `${name}/${childName}`),
  };
}
