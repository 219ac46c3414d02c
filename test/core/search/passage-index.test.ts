// PassageIndex.find stops reading MiniSearch's results once none can enter the top `limit`:
// its answer must be exactly the first `limit` of the full ranking, for every limit.
import { beforeAll, describe, expect, it } from 'vitest';
import { readQuestionFile } from '../../../src/core/eval/question-file.js';
import { loadKnowledge } from '../../../src/core/knowledge/load.js';
import { formatProblem } from '../../../src/core/knowledge/problems.js';
import { PassageIndex, type PassageHit } from '../../../src/core/search/passage-index.js';
import type { Audience } from '../../../src/core/types.js';

/** More than the bundled knowledge has passages, so nothing is cut: the full ranking. */
const EVERYTHING = 100_000;

const EXTRA = [
  'taser',
  'officer training course hours',
  'what happens after it is fired',
  'who removes barbs from skin',
  'the the and',
  'zzzz qqqq',
];

const summary = (hits: PassageHit[]) =>
  hits.map((h) => ({ id: h.passage.id, score: h.score, coverage: h.coverage, evidence: h.evidence }));

describe('PassageIndex.find on the bundled knowledge', () => {
  let index: PassageIndex;
  let questions: string[];
  beforeAll(async () => {
    const { knowledge, problems } = await loadKnowledge('knowledge', { today: '2026-01-01' });
    if (!knowledge) throw new Error(`bundled knowledge is invalid:\n${problems.map(formatProblem).join('\n')}`);
    index = new PassageIndex(knowledge);
    questions = [...(await readQuestionFile('test/eval/bundled-questions.yaml')).map((q) => q.ask), ...EXTRA];
  });

  it.each<Audience>(['public', 'internal'])(
    'gives the first `limit` of the full ranking for %s questions',
    (audience) => {
      let compared = 0;
      for (const question of questions) {
        const full = index.find(question, audience, EVERYTHING).hits;
        for (let i = 1; i < full.length; i++) expect(full[i]!.score).toBeLessThanOrEqual(full[i - 1]!.score);
        for (const limit of [1, 2, 3, 5, 10]) {
          expect(summary(index.find(question, audience, limit).hits), `${question} (limit ${limit})`).toEqual(
            summary(full.slice(0, limit)),
          );
          if (full.length > limit) compared++;
        }
      }
      // Most questions match more passages than the limits, so the early stop was really exercised.
      expect(compared).toBeGreaterThan(questions.length * 3);
    },
  );

  it('finds nothing for a limit of 0', () => {
    expect(index.find('is carrying a taser optional', 'public', 0).hits).toEqual([]);
  });
});
