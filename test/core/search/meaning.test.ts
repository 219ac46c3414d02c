// Notes ordered by closeness in meaning: a note that says what was asked in other words leads,
// the order alone changes, and a failing model never costs the answer.
import { describe, expect, it } from 'vitest';
import { buildSnapshots } from '../../../src/core/snapshot.js';
import { UniversalSentenceEncoder } from '../../../src/core/search/universal-sentence-encoder.js';
import { fixturePack, makeAssistant } from '../../helpers/assistant.js';

const pack = fixturePack('meaning');
const asked = 'has anyone ever died after being tasered';

describe('GIVEN a question that shares more words with the wrong note than with the right one', () => {
  it('THEN with the meaning model the note about deaths leads the answer and is cited first', async () => {
    const answer = await (await makeAssistant(pack)).answer(asked);
    expect(answer.status).toBe('answered');
    expect(answer.text.split('\n')[0]).toContain('has been implicated in a small number of deaths');
    expect(answer.citations[0]?.noteId).toBe('taser-relatively-safe');
  });

  it("THEN without it (meaning: false) the search's own order quotes only the training note", async () => {
    const answer = await (await makeAssistant(pack, { meaning: false })).answer(asked);
    expect(answer.text).toContain('three days of training');
    expect(answer.text).not.toContain('deaths');
  });

  it('THEN a question the words already answer gets the same answer either way', async () => {
    const question = 'how often is taser refresher training';
    const withMeaning = await (await makeAssistant(pack)).answer(question);
    const without = await (await makeAssistant(pack, { meaning: false })).answer(question);
    expect(withMeaning.text).toBe(without.text);
    expect(withMeaning.text).toContain('refresher training every year');
  });
});

describe('GIVEN a meaning model that fails', () => {
  it("THEN the answer is still given, in the search's order, and the failure is reported", async () => {
    const failures: unknown[] = [];
    const broken = { embed: () => Promise.reject(new Error('model files missing')) };
    const assistant = await makeAssistant(pack, { meaning: broken, onMeaningError: (e) => failures.push(e) });
    const answer = await assistant.answer(asked);
    expect(answer.status).toBe('answered');
    expect(answer.text).toContain('three days of training');
    expect(answer.text).not.toContain('deaths');
    expect(failures.map((e) => (e as Error).message)).toEqual(['model files missing']);
  });
});

describe('GIVEN the Universal Sentence Encoder shipped in node_modules', () => {
  const encoder = new UniversalSentenceEncoder({ maxCached: 2 });
  const dot = (a: Float32Array, b: Float32Array) => a.reduce((sum, x, i) => sum + x * b[i]!, 0);

  it('THEN a paraphrase is closer than an unrelated sentence, and vectors have unit length', async () => {
    const [hurt, injured, weather] = await encoder.embed([
      'the officer was hurt',
      'the constable was injured',
      'it will be sunny tomorrow',
    ]);
    expect(dot(hurt!, injured!)).toBeGreaterThan(dot(hurt!, weather!) + 0.2);
    expect(dot(hurt!, hurt!)).toBeCloseTo(1, 5);
  });

  it('THEN a text asked for twice in one call, or past the cache size, gets its own vector', async () => {
    const texts = ['one', 'two', 'three', 'one'];
    const vectors = await encoder.embed(texts);
    expect(vectors).toHaveLength(4);
    expect(vectors[3]).toEqual(vectors[0]);
    expect(dot(vectors[0]!, vectors[0]!)).toBeCloseTo(1, 5);
  });
});

describe('GIVEN a bot that embeds its notes ahead of questions', () => {
  /** The real encoder, recording each text it is asked to embed for the first time. */
  function recording(onCall: (texts: readonly string[]) => void = () => {}) {
    const real = new UniversalSentenceEncoder();
    const seen = new Set<string>();
    const asked: string[] = [];
    return {
      asked,
      encoder: {
        embed: (texts: readonly string[]) => {
          for (const text of texts) if (!seen.has(text)) asked.push(text);
          for (const text of texts) seen.add(text);
          onCall(texts);
          return real.embed(texts);
        },
      },
    };
  }

  it("THEN every note's title and example questions are embedded, and a question then adds only itself", async () => {
    const { asked, encoder } = recording();
    const assistant = await makeAssistant(pack, { meaning: encoder });
    expect(await assistant.embedNotesAhead()).toBe(3);
    expect(asked).toEqual(
      expect.arrayContaining(['Initial CED training', 'Has Taser been linked to deaths in the UK?']),
    );
    asked.length = 0;
    const answer = await assistant.answer('has anyone ever died after being tasered');
    expect(answer.citations[0]?.noteId).toBe('taser-relatively-safe');
    expect(asked).toEqual(['has anyone ever died after being tasered']);
  });

  it('THEN a reload midway stops it: the new knowledge is embedded by its own call', async () => {
    const reloaded: { assistant?: Awaited<ReturnType<typeof makeAssistant>> } = {};
    const { encoder } = recording(() => {
      const assistant = reloaded.assistant;
      assistant?.replaceSnapshots(buildSnapshots(assistant.knowledge));
    });
    reloaded.assistant = await makeAssistant(pack, { meaning: encoder });
    expect(await reloaded.assistant.embedNotesAhead()).toBeLessThan(3);
  });

  it('THEN without a meaning model nothing is embedded', async () => {
    expect(await (await makeAssistant(pack, { meaning: false })).embedNotesAhead()).toBe(0);
  });
});
