// The usage log survives crashes: a writer killed mid-run, or a line torn short, never costs
// an earlier line, and the next run's events are readable. flush() means "on disk".
import { spawn } from 'node:child_process';
import { appendFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readUsageLog, UsageLogError, type SkippedLine } from '../../../src/core/usage/read-usage.js';
import { JsonlUsageLog, type QuestionEvent, type UsageEvent } from '../../../src/core/usage/usage-log.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.join(here, '..', '..', '..');

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'usage-log-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function question(n: number, status: QuestionEvent['status'] = 'answered'): QuestionEvent {
  return {
    type: 'question',
    at: `2026-02-0${(n % 9) + 1}T10:00:00.000Z`,
    answerId: `a${n}`,
    question: `Question ${n}?`,
    status,
    notes: status === 'answered' ? ['aftercare'] : [],
    statistics: [],
  };
}

async function readAll(file: string): Promise<{ events: UsageEvent[]; skipped: SkippedLine[] }> {
  const events: UsageEvent[] = [];
  const skipped: SkippedLine[] = [];
  for await (const e of readUsageLog(file, { onSkip: (s) => skipped.push(s) })) events.push(e);
  return { events, skipped };
}

describe('a crash while writing', () => {
  it('keeps every earlier line when a line was torn short, and the next run starts a fresh line', async () => {
    const before = new JsonlUsageLog(dir);
    await before.append(question(1));
    await before.append(question(2, 'no_answer'));
    await before.flush();
    // What a crash in the middle of writing the third event would leave behind.
    await appendFile(before.file, JSON.stringify(question(3)).slice(0, 37));

    const after = new JsonlUsageLog(dir);
    await after.append(question(4));
    await after.append(question(5, 'no_answer'));
    await after.flush();

    const raw = (await readFile(after.file, 'utf8')).split('\n');
    expect(raw).toHaveLength(6);
    expect(raw[2]).toBe('{"type":"question","at":"2026-02-04T1');
    expect(raw[5]).toBe('');

    const { events, skipped } = await readAll(after.file);
    expect(events).toEqual([question(1), question(2, 'no_answer'), question(4), question(5, 'no_answer')]);
    expect(skipped).toEqual([{ line: 3, reason: 'not a complete JSON line (cut short by a crash?)' }]);
  });

  it('keeps every line a killed writer finished, in order, and appends after it on restart', async () => {
    // One process (node with the tsx loader, not the tsx launcher) so SIGKILL stops the writer itself.
    const writer = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'helpers', 'endless-writer.ts'), dir], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      writer.on('exit', (_code, signal) => resolve(signal)),
    );
    try {
      await new Promise<void>((resolve, reject) => {
        writer.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('written') && resolve());
        writer.on('exit', (code) => reject(new Error(`writer exited early with code ${code}`)));
      });
    } finally {
      writer.kill('SIGKILL');
    }
    expect(await exited).toBe('SIGKILL');

    const restarted = new JsonlUsageLog(dir);
    await restarted.append({ ...question(0), answerId: 'after-restart' });
    await restarted.flush();

    const { events, skipped } = await readAll(restarted.file);
    const written = events.slice(0, -1).map((e) => e.answerId);
    expect(written.length).toBeGreaterThan(200);
    expect(written).toEqual(written.map((_, n) => `a${n}`));
    expect(events.at(-1)!.answerId).toBe('after-restart');
    // A line cut by the kill, if the kill landed mid-write, is the only thing skipped.
    expect(skipped.length).toBeLessThanOrEqual(1);
  }, 30_000);
});

describe('readUsageLog', () => {
  it('skips blank lines and lines that are JSON but not events, saying which line and why', async () => {
    const file = path.join(dir, 'usage.jsonl');
    const lines = [
      JSON.stringify(question(1)),
      '',
      JSON.stringify({
        type: 'question',
        at: 'yesterday',
        answerId: 'x',
        question: 'q',
        status: 'answered',
        notes: [],
        statistics: [],
      }),
      JSON.stringify({ type: 'vote' }),
      JSON.stringify({
        type: 'feedback',
        at: '2026-02-01T10:00:00.000Z',
        answerId: 'a1',
        vote: 'down',
        notes: ['aftercare'],
      }),
      '[1,2',
    ];
    await writeFile(file, `${lines.join('\n')}\n`);
    const { events, skipped } = await readAll(file);
    expect(events).toEqual([
      question(1),
      { type: 'feedback', at: '2026-02-01T10:00:00.000Z', answerId: 'a1', vote: 'down', notes: ['aftercare'] },
    ]);
    expect(skipped).toEqual([
      { line: 3, reason: 'not a usage event: at: not a date and time' },
      { line: 4, reason: 'not a usage event: type must be "question" or "feedback" (got "vote")' },
      { line: 6, reason: 'not a complete JSON line (cut short by a crash?)' },
    ]);
  });

  it('fills in lists an older log left out', async () => {
    const file = path.join(dir, 'usage.jsonl');
    await writeFile(
      file,
      '{"type":"question","at":"2026-02-01T10:00:00Z","answerId":"a","question":"q?","status":"no_answer"}',
    );
    expect((await readAll(file)).events).toEqual([
      {
        type: 'question',
        at: '2026-02-01T10:00:00Z',
        answerId: 'a',
        question: 'q?',
        status: 'no_answer',
        notes: [],
        statistics: [],
      },
    ]);
  });

  it('streams a large log line by line', async () => {
    const file = path.join(dir, 'usage.jsonl');
    const lines: string[] = [];
    for (let n = 0; n < 150_000; n++) lines.push(JSON.stringify(question(n, n % 3 === 0 ? 'no_answer' : 'answered')));
    lines.splice(75_000, 0, '{"type":"quest');
    await writeFile(file, `${lines.join('\n')}\n`);
    let count = 0;
    let unanswered = 0;
    const skipped: SkippedLine[] = [];
    for await (const e of readUsageLog(file, { onSkip: (s) => skipped.push(s) })) {
      count += 1;
      if (e.type === 'question' && e.status === 'no_answer') unanswered += 1;
    }
    expect(count).toBe(150_000);
    expect(unanswered).toBe(50_000);
    expect(skipped).toEqual([{ line: 75_001, reason: 'not a complete JSON line (cut short by a crash?)' }]);
  }, 30_000);

  it('says where to look when there is no log yet', async () => {
    const missing = path.join(dir, 'nowhere', 'usage.jsonl');
    const reading = readAll(missing);
    await expect(reading).rejects.toBeInstanceOf(UsageLogError);
    await expect(readAll(missing)).rejects.toThrow(
      `No usage log at ${missing}: the bot writes it when the first question is asked (check --data or DATA_DIR).`,
    );
  });
});

describe('JsonlUsageLog', () => {
  it('creates the data folder, and flush() resolves once every event appended so far is in the file, in order', async () => {
    const log = new JsonlUsageLog(path.join(dir, 'data'));
    for (let n = 0; n < 100; n++) void log.append(question(n));
    await log.flush();
    const { events } = await readAll(log.file);
    expect(events.map((e) => e.answerId)).toEqual(Array.from({ length: 100 }, (_, n) => `a${n}`));
  });

  it('creates no file when nothing was written', async () => {
    const log = new JsonlUsageLog(path.join(dir, 'data'));
    await log.flush();
    await expect(readFile(log.file)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('reports a failed write to its caller, and later writes succeed once the problem is fixed', async () => {
    const blocked = path.join(dir, 'data');
    await writeFile(blocked, 'a file where the data folder should be');
    const log = new JsonlUsageLog(blocked);
    await expect(log.append(question(1))).rejects.toMatchObject({ code: 'EEXIST' });
    await log.flush();

    await rm(blocked);
    await log.append(question(2));
    await log.flush();
    expect((await readAll(log.file)).events).toEqual([question(2)]);
  });

  it('does not end a complete last line again on restart', async () => {
    await mkdir(dir, { recursive: true });
    await new JsonlUsageLog(dir).append(question(1));
    await new JsonlUsageLog(dir).append(question(2));
    expect(await readFile(path.join(dir, 'usage.jsonl'), 'utf8')).toBe(
      `${JSON.stringify(question(1))}\n${JSON.stringify(question(2))}\n`,
    );
  });
});
