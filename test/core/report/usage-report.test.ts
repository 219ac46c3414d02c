// The admin report from a usage log: exact text for a small log, --since filtering, torn
// lines skipped and counted, topics from the knowledge or note ids, and a 100,000-line log.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatReport } from '../../../src/core/report/format-report.js';
import { reportUsageFiles } from '../../../src/core/report/report-file.js';
import { FIGURES_TOPIC } from '../../../src/core/report/usage-report.js';
import type { Knowledge } from '../../../src/core/types.js';
import { fixturePack, makeAssistant } from '../../helpers/assistant.js';
import { loadKnowledge } from '../../../src/core/knowledge/load.js';
import {
  ANSWERED,
  DOWN_VOTES,
  FIGURES_ONLY,
  GAP_FAMILIES,
  LARGE_LOG_LINES,
  NOISE,
  UP_VOTES,
  asked,
  largeLog,
  toLines,
  voted,
} from './generate-log.js';

let dir: string;
let knowledge: Knowledge;
let small: string;

const SMALL_LOG = toLines([
  asked('Is there a colour code?', '2025-12-30T08:00:00.000Z', 'no_answer', [], 'old'),
  asked('How do I clean the device?', '2026-01-02T08:00:00.000Z', 'no_answer', [], 'u1'),
  asked('how do i clean the device', '2026-01-03T08:00:00.000Z', 'no_answer', [], 'u2'),
  asked('How do I clean the device after a shift?', '2026-01-04T08:00:00.000Z', 'no_answer', [], 'u1'),
  asked('Who signs the form?', '2026-01-05T08:00:00.000Z', 'no_answer'),
  asked('Who removes the barbs?', '2026-01-05T09:00:00.000Z', 'answered', ['aftercare'], 'u1'),
  asked(
    'What aftercare is needed after firing?',
    '2026-01-05T10:00:00.000Z',
    'answered',
    ['aftercare', 'aftercare'],
    'u2',
  ),
  asked('Where do I holster the device?', '2026-01-06T08:00:00.000Z', 'answered', ['holster-side'], 'u3'),
  asked(
    'How often do I need to recertify?',
    '2026-01-06T09:00:00.000Z',
    'answered',
    ['recertification', 'holster-side'],
    'u3',
  ),
  asked('What happened to the old rule?', '2026-01-06T10:00:00.000Z', 'answered', ['retired-note'], 'u3'),
  asked('How many incidents in Northshire?', '2026-01-07T08:00:00.000Z', 'answered', [], 'u4', ['northshire-2020-21']),
  voted('a1', 'down', '2026-01-07T09:00:00.000Z', ['aftercare'], 'u1'),
  voted('a1', 'down', '2026-01-07T09:00:01.000Z', ['aftercare'], 'u1'),
  voted('a2', 'down', '2026-01-07T09:30:00.000Z', ['aftercare'], 'u2'),
  voted('a3', 'up', '2026-01-07T10:00:00.000Z', ['aftercare'], 'u3'),
  voted('a4', 'down', '2026-01-07T11:00:00.000Z', ['holster-side'], 'u3'),
  voted('a5', 'up', '2026-01-07T11:30:00.000Z', ['holster-side'], 'u3'),
  voted('a6', 'up', '2026-01-07T12:00:00.000Z', ['holster-side'], 'u4'),
  voted('a7', 'down', '2026-01-07T13:00:00.000Z', ['recertification'], 'u4'),
  voted('a7', 'up', '2026-01-07T13:05:00.000Z', ['recertification'], 'u4'),
]);

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'report-'));
  knowledge = (await makeAssistant()).knowledge;
  small = path.join(dir, 'small.jsonl');
  await writeFile(small, `${SMALL_LOG}{"type":"question","at":"2026-01-08T0`);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the usage report', () => {
  it('shows unanswered questions grouped, notes with the most 👎, and the most asked topics', async () => {
    const report = await reportUsageFiles([small], { knowledge });
    expect(formatReport(report)).toBe(
      [
        `Usage report for ${small}`,
        '11 questions (6 answered, 5 unanswered), 7 votes (4 👍, 3 👎), from 2025-12-30 to 2026-01-07.',
        'Skipped 1 unreadable line (line 21): a crash can cut the last line short; the rest is intact.',
        '',
        'Unanswered questions, similar wordings grouped (3 groups; most asked first):',
        '  3  How do I clean the device after a shift? (2 people)',
        '     also: "how do i clean the device", "How do I clean the device?"',
        '  1  Who signs the form?',
        '  1  Is there a colour code? (1 person)',
        '',
        "Words in unanswered questions that no note uses (add them to a note's questions or a synonyms group):",
        '  3  clean',
        '  1  code',
        '  1  colour',
        '  1  form',
        '  1  signs',
        '',
        'Notes with the most 👎:',
        '  2 👎  1 👍  aftercare — Aftercare after a discharge',
        '  1 👎  2 👍  holster-side — Which side the device is holstered',
        '',
        'Most asked topics (answered questions):',
        '  2  carry',
        '  2  use',
        `  1  ${FIGURES_TOPIC}`,
        '  1  retired-note (note no longer in the knowledge)',
        '  1  training',
        '',
      ].join('\n'),
    );
  });

  it("lists words officers used that no note uses, with the knowledge's own word for them when English or a clipping has one", async () => {
    const log = path.join(dir, 'words.jsonl');
    await writeFile(
      log,
      toLines([
        asked('has anyone ever died from a dog bite', '2026-01-02T08:00:00.000Z', 'no_answer', [], 'u1'),
        asked('anyone died after a bite', '2026-01-02T09:00:00.000Z', 'no_answer', [], 'u2'),
        asked('is a muzzle compulsory at the weekend', '2026-01-02T10:00:00.000Z', 'no_answer', [], 'u1'),
        asked('ops at the weekend', '2026-01-02T11:00:00.000Z', 'no_answer', [], 'u2'),
      ]),
    );
    const { knowledge: dogs } = await loadKnowledge(fixturePack('everyday-words'));
    const report = await reportUsageFiles([log], { knowledge: dogs! });
    expect(formatReport(report)).toContain(
      [
        "Words in unanswered questions that no note uses (add them to a note's questions or a synonyms group):",
        '  2  died — the knowledge says: death',
        '  2  weekend',
        '  1  compulsory — the knowledge says: mandatory',
        '  1  ops — the knowledge says: operations',
        '',
      ].join('\n'),
    );
  });

  it('counts only use since the given date', async () => {
    const report = await reportUsageFiles([small], { knowledge, since: new Date('2026-01-05T00:00:00Z') });
    expect(report.questions).toEqual({ total: 7, answered: 6, unanswered: 1 });
    expect(report.unanswered.map((g) => g.example)).toEqual(['Who signs the form?']);
    expect(formatReport(report).split('\n')[1]).toBe(
      'Since 2026-01-05: 7 questions (6 answered, 1 unanswered), 7 votes (4 👍, 3 👎), from 2026-01-05 to 2026-01-07.',
    );
  });

  it('names cited notes instead of topics when no knowledge is given', async () => {
    const report = await reportUsageFiles([small]);
    expect(report.topicsBy).toBe('note ids');
    expect(report.topics).toEqual([
      { topic: 'aftercare', questions: 2 },
      { topic: 'holster-side', questions: 2 },
      { topic: FIGURES_TOPIC, questions: 1 },
      { topic: 'recertification', questions: 1 },
      { topic: 'retired-note', questions: 1 },
    ]);
    expect(report.downvoted[0]).toEqual({ id: 'aftercare', down: 2, up: 1 });
    expect(formatReport(report)).toContain(
      '\nMost cited notes (answered questions; give --knowledge to see topics):\n  2  aftercare\n',
    );
  });

  it('says "none" for empty sections and limits rows with top', async () => {
    const empty = path.join(dir, 'empty.jsonl');
    await writeFile(empty, '');
    expect(formatReport(await reportUsageFiles([empty]))).toBe(
      [
        `Usage report for ${empty}`,
        '0 questions (0 answered, 0 unanswered), 0 votes (0 👍, 0 👎).',
        '',
        'Unanswered questions, similar wordings grouped (0 groups; most asked first):',
        '  none',
        '',
        'Notes with the most 👎:',
        '  none',
        '',
        'Most cited notes (answered questions; give --knowledge to see topics):',
        '  none',
        '',
      ].join('\n'),
    );
    const top1 = formatReport(await reportUsageFiles([small], { knowledge, top: 1 }));
    expect(top1).toContain(
      '  3  How do I clean the device after a shift? (2 people)\n     also: "how do i clean the device", "How do I clean the device?"\n  … 2 smaller groups not shown (--top N shows more)\n',
    );
  });
});

describe('a 100,000-line log', () => {
  let large: string;
  beforeAll(async () => {
    large = path.join(dir, 'large.jsonl');
    const lines = largeLog();
    lines.splice(50_000, 0, '{"type":"feedback","at":"2026-0');
    await writeFile(large, `${lines.join('\n')}\n`);
  });

  it('is read in one pass with every count right', async () => {
    const report = await reportUsageFiles([large], { knowledge, top: 6 });
    const gaps = GAP_FAMILIES.reduce((s, f) => s + f.count, 0);
    expect(LARGE_LOG_LINES).toBe(100_000);
    expect(report.skipped).toEqual({
      count: 1,
      lines: [{ file: large, line: 50_001, reason: 'not a complete JSON line (cut short by a crash?)' }],
    });
    expect(report.questions).toEqual({
      total: 100_000 - DOWN_VOTES - UP_VOTES,
      answered: 58_000 + FIGURES_ONLY,
      unanswered: gaps + NOISE,
    });
    expect(report.votes).toEqual({ up: UP_VOTES, down: DOWN_VOTES });
    expect(report.unansweredGroups).toBe(GAP_FAMILIES.length + NOISE);
    expect(report.unanswered.slice(0, 4).map((g) => [g.count, g.distinctWordings, g.askers])).toEqual([
      [9000, 3, 50],
      [6000, 3, 50],
      [3000, 2, 50],
      [1500, 2, 50],
    ]);
    expect(report.unanswered.slice(0, 4).map((g) => g.example)).toEqual(GAP_FAMILIES.map((f) => f.wordings[0]));
    expect(report.unanswered.slice(4).map((g) => g.count)).toEqual([1, 1]);
    expect(report.downvoted).toEqual([
      { id: 'aftercare', title: 'Aftercare after a discharge', down: DOWN_VOTES, up: UP_VOTES },
    ]);
    expect(report.topics).toEqual([
      { topic: 'use', questions: ANSWERED.aftercare },
      { topic: 'carry', questions: ANSWERED['holster-side'] },
      { topic: 'training', questions: ANSWERED.recertification },
      { topic: FIGURES_TOPIC, questions: FIGURES_ONLY },
    ]);
  }, 60_000);

  it('filters by date on the way through', async () => {
    const report = await reportUsageFiles([large], { since: new Date('2026-01-01T00:00:00Z') });
    // Odd-numbered events are in 2026; the generator alternates years.
    expect(report.questions.total + report.votes.up + report.votes.down).toBe(50_000);
    expect(report.first! >= '2026-01-01').toBe(true);
  }, 60_000);
});
