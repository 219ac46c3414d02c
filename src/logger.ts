// Structured logging (pino). Secrets are redacted by key so a token can never reach a log line.
import { createRequire } from 'node:module';
import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

const SECRET_KEYS = ['token', 'botToken', 'appToken', 'signingSecret', 'authorization', 'password', 'secret'];

/**
 * A logger on stderr, so stdout stays free for answers: readable coloured lines when stderr is a
 * terminal (a person is watching), JSON lines otherwise (a log collector is).
 */
export function createLogger(level: string = 'info', pretty: boolean = process.stderr.isTTY === true): Logger {
  return pino(
    {
      level,
      base: undefined,
      redact: { paths: [...SECRET_KEYS, ...SECRET_KEYS.map((k) => `*.${k}`)], censor: '[redacted]' },
    },
    (pretty && prettyStream()) || pino.destination(2),
  );
}

/**
 * pino-pretty is a development dependency: production installs (`npm ci --omit=dev`) run without a
 * terminal and log JSON, so its absence there is expected and not an error. It is loaded at the
 * first line logged: the terminal chat usually logs nothing, and loading it costs ~50 ms of start-up.
 */
function prettyStream(): DestinationStream | undefined {
  const require = createRequire(import.meta.url);
  try {
    require.resolve('pino-pretty');
  } catch {
    return undefined;
  }
  let stream: DestinationStream | undefined;
  const build = () =>
    (require('pino-pretty') as (options: object) => DestinationStream)({
      destination: 2,
      sync: true,
      colorize: true,
      translateTime: 'SYS:HH:MM:ss',
      ignore: 'pid,hostname',
    });
  return { write: (line: string) => (stream ??= build()).write(line) };
}

/** A logger that drops everything, for tests and one-shot commands. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}

/**
 * The arguments an SDK passes to its own logger (strings, errors, objects) as one line for pino,
 * so Bolt's and the Teams SDK's messages read alike in the app's log.
 */
export function logLine(parts: unknown[]): string {
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
