// Snapshots built in one thread and restored in another answer exactly as snapshots built in place:
// the same text, citations and suggestions for every audience, and nothing internal leaks into the
// public snapshot on the way.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPack } from '../../src/bench/pack.js';
import { questionMix } from '../../src/bench/questions.js';
import { writePack } from '../../src/bench/write-pack.js';
import { createAssistant, type KnowledgeAssistant } from '../../src/core/create-assistant.js';
import { loadKnowledge } from '../../src/core/knowledge/load.js';
import { buildSnapshots, restoreSnapshots, serialiseSnapshots, type SnapshotsData } from '../../src/core/snapshot.js';
import type { Answer, Audience, Knowledge } from '../../src/core/types.js';

let dir: string;
let knowledge: Knowledge;
let questions: string[];
let data: SnapshotsData;
let built: KnowledgeAssistant;
let restored: KnowledgeAssistant;
let pauses = 0;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'snapshot-'));
  // A generated pack with internal notes (8% of them) and enough terms for several slices.
  const pack = buildPack({ seed: 7, passages: 1500 });
  await writePack(pack, dir);
  const loaded = await loadKnowledge(dir, { today: '2026-01-01' });
  if (!loaded.knowledge) throw new Error('the generated pack should load');
  knowledge = loaded.knowledge;
  questions = questionMix(pack).map((q) => q.ask);
  // Through structured cloning, as between the load worker and the main thread.
  data = structuredClone(serialiseSnapshots(buildSnapshots(knowledge)));
  const options = { today: () => '2026-01-01' };
  built = createAssistant(knowledge, options);
  restored = createAssistant(knowledge, options);
  restored.replaceSnapshots(
    await restoreSnapshots(structuredClone(knowledge), data, async () => {
      pauses++;
      await new Promise((resolve) => setImmediate(resolve));
    }),
  );
}, 60_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

/** What a user sees of an answer: its text, what it cites, what it suggests and notes. */
function seen(answer: Answer) {
  return {
    status: answer.status,
    text: answer.text,
    citations: answer.citations,
    suggestions: answer.suggestions,
    notices: answer.notices,
  };
}

describe('GIVEN indexes built and serialised in one place and restored in another', () => {
  it('THEN the public snapshot and a separate internal one travel, the terms in several slices', () => {
    expect(data.internal).toBeDefined();
    expect(data.public.passages.search.terms.length).toBeGreaterThan(1);
    expect(pauses).toBeGreaterThan(data.public.passages.search.terms.length);
  });

  for (const audience of ['public', 'internal'] as Audience[]) {
    it(`WHEN ${audience} users ask the benchmark's questions THEN every answer is the one built indexes give`, async () => {
      for (const question of questions) {
        const expected = seen(await built.answer(question, { audience }));
        expect({ question, ...seen(await restored.answer(question, { audience })) }).toEqual({ question, ...expected });
      }
    });

    it(`WHEN ${audience} users type the start of a question THEN the completions are the same`, () => {
      for (const question of questions.slice(0, 40)) {
        const partial = question.slice(0, Math.ceil(question.length / 2));
        expect(restored.complete(partial, audience)).toEqual(built.complete(partial, audience));
      }
    });
  }

  it('WHEN the overview is shown THEN it counts the same notes for each audience', () => {
    expect(restored.overview('public')).toEqual(built.overview('public'));
    expect(restored.overview('internal')).toEqual(built.overview('internal'));
  });
});
