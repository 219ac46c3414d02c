// `npm run report` end to end: the real command in a child process, on logs in temporary
// folders; asserts what an admin reads on stdout and stderr, and the exit code.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturePack } from '../../helpers/assistant.js';
import { asked, largeLog, toLines, voted } from '../../core/report/generate-log.js';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the report command as `npm run report -- …` would, with a clean environment. */
function report(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/adapters/cli/report.ts', ...args],
      { cwd: ROOT, env: { PATH: process.env.PATH ?? '', ...env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

let dir: string;
let data: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'report-cli-'));
  data = path.join(dir, 'data');
  await mkdir(data);
  const log = toLines([
    asked('Is there a colour code?', '2025-12-30T08:00:00.000Z', 'no_answer', [], 'a'),
    asked('How do I clean the device?', '2026-01-02T08:00:00.000Z', 'no_answer', [], 'b'),
    asked('Cleaning the device?', '2026-01-03T08:00:00.000Z', 'no_answer', [], 'c'),
    asked('Who removes the barbs?', '2026-01-04T08:00:00.000Z', 'answered', ['aftercare'], 'b'),
    asked('Where do I holster the device?', '2026-01-04T09:00:00.000Z', 'answered', ['holster-side'], 'c'),
    asked('What aftercare is needed after firing?', '2026-01-04T10:00:00.000Z', 'answered', ['aftercare'], 'a'),
    voted('x', 'down', '2026-01-05T08:00:00.000Z', ['aftercare'], 'b'),
  ]);
  // The last line is what a crash mid-write leaves.
  await writeFile(path.join(data, 'usage.jsonl'), `${log}{"type":"feedback","answerId":"y","vo`);
}, 30_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('npm run report', () => {
  it('prints the report for --data, naming topics from --knowledge, and skips the torn last line', async () => {
    const run = await report(['--data', data, '--knowledge', fixturePack()]);
    expect(run).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        `Usage report for ${data}/usage.jsonl`,
        '6 questions (3 answered, 3 unanswered), 1 vote (0 👍, 1 👎), from 2025-12-30 to 2026-01-05.',
        'Skipped 1 unreadable line (line 8): a crash can cut the last line short; the rest is intact.',
        '',
        'Unanswered questions, similar wordings grouped (2 groups; most asked first):',
        '  2  Cleaning the device? (2 people)',
        '     also: "How do I clean the device?"',
        '  1  Is there a colour code? (1 person)',
        '',
        "Words in unanswered questions that no note uses (add them to a note's questions or a synonyms group):",
        '  2  clean',
        '  1  code',
        '  1  colour',
        '',
        'Notes with the most 👎:',
        '  1 👎  0 👍  aftercare — Aftercare after a discharge',
        '',
        'Most asked topics (answered questions):',
        '  2  use',
        '  1  carry',
        '',
      ].join('\n'),
    });
  }, 30_000);

  it('reads DATA_DIR and KNOWLEDGE_DIR when no options are given, and filters with --since into JSON', async () => {
    const run = await report(['--since', '2026-01-03', '--json'], { DATA_DIR: data, KNOWLEDGE_DIR: fixturePack() });
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json).toMatchObject({
      files: [`${data}/usage.jsonl`],
      since: '2026-01-03T00:00:00.000Z',
      questions: { total: 4, answered: 3, unanswered: 1 },
      votes: { up: 0, down: 1 },
      unanswered: [{ count: 1, example: 'Cleaning the device?', askers: 1 }],
      topics: [
        { topic: 'use', questions: 2 },
        { topic: 'carry', questions: 1 },
      ],
      topicsBy: 'knowledge',
      skipped: {
        count: 1,
        lines: [{ file: `${data}/usage.jsonl`, line: 8, reason: 'not a complete JSON line (cut short by a crash?)' }],
      },
    });
  }, 30_000);

  it('falls back to note ids, saying why, when the knowledge cannot be loaded', async () => {
    const run = await report(['--data', data, '--knowledge', path.join(dir, 'no-knowledge')]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      `Topics are shown as note ids: the knowledge in ${dir}/no-knowledge could not be loaded (cannot read the knowledge directory: no such directory); npm run validate says more.\n`,
    );
    expect(run.stdout).toContain(
      '\nMost cited notes (answered questions; give --knowledge to see topics):\n  2  aftercare\n  1  holster-side\n',
    );
  }, 30_000);

  it('GIVEN three instances each with its own log THEN it reports them as one, in time order', async () => {
    const instances = path.join(dir, 'instances');
    await mkdir(instances);
    // Instance a answered; the person voted down on c, then changed to up on b; b's last line is torn.
    const answer = '2026-02-01T08:00:00.000Z-Who removes the barbs?';
    await writeFile(
      path.join(instances, 'usage-a.jsonl'),
      toLines([
        asked('Who removes the barbs?', '2026-02-01T08:00:00.000Z', 'answered', ['aftercare'], 'p'),
        asked('Is there a colour code?', '2026-02-01T10:00:00.000Z', 'no_answer', [], 'q'),
      ]),
    );
    await writeFile(
      path.join(instances, 'usage-b.jsonl'),
      `${toLines([
        voted(answer, 'up', '2026-02-01T09:00:00.000Z', ['aftercare'], 'p'),
        asked('Is there a colour code at all?', '2026-02-01T11:00:00.000Z', 'no_answer', [], 'r'),
      ])}{"type":"question","at":"2026-02`,
    );
    await writeFile(
      path.join(instances, 'usage-c.jsonl'),
      toLines([voted(answer, 'down', '2026-02-01T08:05:00.000Z', ['aftercare'], 'p')]),
    );
    const run = await report(['--data', instances, '--knowledge', fixturePack()]);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').slice(0, 3)).toEqual([
      `Usage report for 3 usage logs, merged: ${['a', 'b', 'c'].map((i) => `${instances}/usage-${i}.jsonl`).join(', ')}`,
      '3 questions (1 answered, 2 unanswered), 1 vote (1 👍, 0 👎), from 2026-02-01 to 2026-02-01.',
      'Skipped 1 unreadable line (line usage-b.jsonl:3): a crash can cut the last line short; the rest is intact.',
    ]);
    expect(run.stdout).toContain('Most asked topics (answered questions):\n  1  use\n');
  }, 30_000);

  it('exits 1 with a clear message when there is no log', async () => {
    const run = await report(['--data', path.join(dir, 'empty'), '--knowledge', fixturePack()]);
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr: `No usage log at ${dir}/empty/usage.jsonl: the bot writes it when the first question is asked (check --data or DATA_DIR).\n`,
    });
  }, 30_000);

  it('exits 2 with the usage for a date it cannot read', async () => {
    const run = await report(['--since', '31/01/2026', '--data', data]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      /^--since must be a date such as 2026-01-31 \(or an ISO date and time\); got "31\/01\/2026"\n\nUsage: npm run --silent report -- \[--since DATE\]/,
    );
  }, 30_000);

  it('reports on a 100,000-line log', async () => {
    const big = path.join(dir, 'big');
    await mkdir(big);
    await writeFile(path.join(big, 'usage.jsonl'), `${largeLog().join('\n')}\n`);
    const run = await report(['--data', big, '--knowledge', fixturePack(), '--top', '3']);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[1]).toBe(
      '94,500 questions (60,000 answered, 34,500 unanswered), 5,500 votes (1,500 👍, 4,000 👎), from 2025-01-10 to 2026-09-19.',
    );
    expect(lines.slice(3, 11)).toEqual([
      'Unanswered questions, similar wordings grouped (15,004 groups; most asked first):',
      '  9,000  How do I clean the device? (50 people)',
      '         also: "Cleaning the device", "How do I clean the device after a shift?"',
      '  6,000  Can I carry a spare cartridge? (50 people)',
      '         also: "How many spare cartridges can I carry?", "spare cartridges"',
      '  3,000  What is the battery charger model? (50 people)',
      '         also: "battery charger"',
      '  … 15,001 smaller groups not shown (--top N shows more)',
    ]);
  }, 60_000);
});
