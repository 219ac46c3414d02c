// The bot as operators run it: src/main.ts under tsx (or the compiled dist/main.js) in a child
// process with only the environment a test or the bench gives it, its JSON log lines read from stderr.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac } from 'node:crypto';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const TSX = pathToFileURL(path.join(repoRoot, 'node_modules/tsx/dist/loader.mjs')).href;

export interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

export interface BotProcess {
  child: ChildProcess;
  logs: LogLine[];
  /** The first log line (already written or still to come) whose message satisfies `match`. */
  waitForLog(match: (msg: string) => boolean): Promise<LogLine>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves with the events URL once listening in Slack HTTP mode and ready; rejects if it exits first. */
  listening(): Promise<string>;
  /** SIGKILL it if still running (cleanup after a failed test). */
  kill(): Promise<void>;
}

export interface StartBotOptions {
  cwd: string;
  /** Run dist/main.js (after `npm run build`) instead of src/main.ts under tsx. */
  compiled?: boolean;
  /**
   * Run `npm start` itself (in the repository, `cwd` ignored), so `child` is npm's process and
   * the bot a process below it, as when an operator or a process manager runs the start command.
   */
  npmStart?: boolean;
  /** Own process group, so a test can signal the group as a terminal or container runtime would. */
  detached?: boolean;
}

export function startBot(env: Record<string, string>, options: StartBotOptions): BotProcess {
  if (options.npmStart) {
    const child = spawn('npm', ['start', '--silent'], {
      cwd: repoRoot,
      // npm wants a HOME for its own configuration; the bot's environment is still only the test's.
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? repoRoot, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Always its own process group, so cleanup can kill the bot below npm too.
      detached: true,
    });
    return watchBot(child, { group: true });
  }
  const args = options.compiled
    ? [path.join(repoRoot, 'dist/main.js')]
    : ['--import', TSX, path.join(repoRoot, 'src/main.ts')];
  // Only what the test sets: no tokens from the developer's environment or a .env can leak in.
  const child = spawn(process.execPath, args, {
    cwd: options.cwd,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: options.detached === true,
  });
  return watchBot(child);
}

/**
 * Log lines and exit of a bot child process however it was spawned. `group`: the child leads its
 * own process group, and `kill()` kills the whole group (npm and the bot below it).
 */
export function watchBot(child: ChildProcess, options: { group?: boolean } = {}): BotProcess {
  const logs: LogLine[] = [];
  const waiters: { match: (msg: string) => boolean; resolve: (line: LogLine) => void }[] = [];
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const onLine = (text: string) => {
    let line: LogLine;
    try {
      line = JSON.parse(text) as LogLine;
    } catch {
      line = { level: 0, msg: text }; // not a log line: e.g. a start-up error, kept to show in a failure
    }
    logs.push(line);
    for (const w of waiters.filter((w) => w.match(line.msg))) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve(line);
    }
  };
  createInterface({ input: child.stderr! }).on('line', onLine);
  if (child.stdout) createInterface({ input: child.stdout }).on('line', onLine);
  const waitForLog = (match: (msg: string) => boolean) => {
    const found = logs.find((l) => match(l.msg));
    return found ? Promise.resolve(found) : new Promise<LogLine>((resolve) => waiters.push({ match, resolve }));
  };
  const prefix = 'Slack: listening for events on ';
  return {
    child,
    logs,
    exited,
    waitForLog,
    listening: async () => {
      const early = exited.then((exit) => {
        throw new Error(
          `the bot exited before it was ready (${JSON.stringify(exit)}):\n${logs.map((l) => l.msg).join('\n')}`,
        );
      });
      const line = await Promise.race([waitForLog((m) => m.startsWith(prefix)), early]);
      // 'bot ready' is logged as the signal handlers are installed.
      await Promise.race([waitForLog((m) => m === 'bot ready'), early]);
      return line.msg.slice(prefix.length);
    },
    kill: async () => {
      if (options.group) {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code !== 'ESRCH') throw e; // ESRCH: the group is already gone
        }
      }
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGKILL');
      await exited;
    },
  };
}

/** Headers that make `body` a request Slack signed with `secret`, now. */
export function slackSignature(secret: string, body: string): Record<string, string> {
  const timestamp = Math.floor(Date.now() / 1000);
  return {
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`,
  };
}
