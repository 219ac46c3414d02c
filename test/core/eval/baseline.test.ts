// The plain-MiniSearch baseline: answers with the top passage and its note's citation, refuses
// only when no word matches, and knows nothing of stems, synonyms or audiences beyond visibility.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BaselineAnswerer, compareSummaries, comparisonTable } from '../../../src/core/eval/baseline.js';
import { evaluate } from '../../../src/core/eval/evaluate.js';
import { readQuestionFile, type EvalQuestion } from '../../../src/core/eval/question-file.js';
import { loadKnowledge } from '../../../src/core/knowledge/load.js';
import type { Knowledge } from '../../../src/core/types.js';
import { fixturePack, makeAssistant } from '../../helpers/assistant.js';

const root = path.resolve(import.meta.dirname, '../../..');

async function load(dir: string): Promise<Knowledge> {
  const { knowledge, problems } = await loadKnowledge(dir, { today: '2026-01-01' });
  if (!knowledge) throw new Error(problems.map((p) => p.message).join('\n'));
  return knowledge;
}

let baseline: BaselineAnswerer;
beforeAll(async () => {
  baseline = new BaselineAnswerer(await load(fixturePack()), '2026-01-01');
});

describe('BaselineAnswerer', () => {
  it('answers with the top passage and cites its note', async () => {
    const answer = await baseline.answer('trouser pocket');
    expect(answer.status).toBe('answered');
    expect(answer.text).toBe('It must never be carried in a trouser pocket. [1]');
    expect(answer.citations).toEqual([
      {
        n: 1,
        sourceId: 'manual',
        title: 'Northshire Conducted Energy Device Manual',
        publisher: 'Northshire Police',
        date: '2024-05-01',
        url: 'https://example.org/northshire/ced-manual',
        noteId: 'holster-side',
        snippet: 'It must never be carried in a trouser pocket.',
      },
    ]);
  });

  it('refuses only when no word of the question occurs in any passage', async () => {
    const answer = await baseline.answer('zebra xylophone');
    expect(answer).toMatchObject({ status: 'no_answer', citations: [], figures: [] });
  });

  it('matches a bare stop word, as plain MiniSearch does (its simplest threshold)', async () => {
    expect((await baseline.answer('the')).status).toBe('answered');
  });

  it('has no stemming and no synonyms', async () => {
    expect((await baseline.answer('holstering')).status).toBe('no_answer');
    expect((await baseline.answer('stun gun')).status).toBe('no_answer');
  });

  it('never shows an internal passage to a public audience', async () => {
    const internal = await baseline.answer('battery level', 'internal');
    expect(internal.citations.map((c) => c.noteId)).toEqual(['battery-check']);
    const pub = await baseline.answer('battery level', 'public');
    expect(pub.citations.map((c) => c.noteId)).not.toContain('battery-check');
  });
});

describe('comparison with the project', () => {
  it('prints the three measures side by side as a Markdown table', async () => {
    const questions: EvalQuestion[] = [
      {
        ask: 'Where do I holster the device?',
        expect: 'answered',
        contains: ['opposite'],
        contains_any: [],
        cites: ['holster-side'],
      },
      { ask: 'holstering', expect: 'answered', contains: ['holster'], contains_any: [], cites: ['holster-side'] },
      { ask: 'what is the weather like on the moon', expect: 'no_answer', contains: [], contains_any: [], cites: [] },
    ];
    const assistant = await makeAssistant();
    const rows = compareSummaries(
      await evaluate(questions, (q) => assistant.answer(q)),
      await evaluate(questions, (q) => baseline.answer(q)),
    );
    expect(comparisonTable(rows)).toBe(
      [
        '| Measure | This project | Plain MiniSearch |',
        '|---|---:|---:|',
        '| Right answers (2 answerable questions) | 100.0% | 50.0% |',
        '| Refusals (1 out-of-scope questions) | 100.0% | 0.0% |',
        '| MRR of the first right citation | 1.000 | 0.500 |',
        '| Questions passed | 3/3 | 1/3 |',
      ].join('\n'),
    );
    expect(rows.every((r) => r.notBehind)).toBe(true);
  });

  it('shows the project ahead of the baseline on the bundled knowledge and its question file', async () => {
    const knowledge = await load(path.join(root, 'knowledge'));
    const questions = await readQuestionFile(path.join(root, 'test/eval/bundled-questions.yaml'));
    const assistant = await makeAssistant(path.join(root, 'knowledge'));
    const plain = new BaselineAnswerer(knowledge, '2026-01-01');
    const project = await evaluate(questions, (q) => assistant.answer(q));
    const base = await evaluate(questions, (q) => plain.answer(q));
    expect(project.rightAnswerRate).toBeGreaterThan(base.rightAnswerRate);
    expect(project.refusalRate).toBeGreaterThan(base.refusalRate);
    expect(project.meanReciprocalRank).toBeGreaterThan(base.meanReciprocalRank);
  });
});
