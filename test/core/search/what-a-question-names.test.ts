// How a question's words weigh when the knowledge never uses them, and what a question names that
// an answering note must say.
import { describe, expect, it } from 'vitest';
import { expectRefused, fixturePack, makeAssistant } from '../../helpers/assistant.js';
import { loadKnowledge } from '../../../src/core/knowledge/load.js';
import { PassageIndex } from '../../../src/core/search/passage-index.js';

const dir = fixturePack('answer-kind');

describe('GIVEN two questions that differ only in one word the pack never uses', () => {
  it('THEN a noun ("price") leaves more of the question unanswered than an adverb ("quickly")', async () => {
    const { knowledge } = await loadKnowledge(dir);
    const index = new PassageIndex(knowledge!);
    const kennel = (question: string) =>
      index.find(question, 'public').hits.find((h) => h.passage.noteId === 'dog-unit-kennels')!.coverage;
    expect(kennel('dog unit kennel price')).toBeLessThan(kennel('dog unit kennel quickly'));
  });
});

describe('GIVEN a note on dog kennels that gives no price', () => {
  const pack = makeAssistant(dir);

  it('WHEN asked "dog unit kennel costs per dog", a price without a question word, THEN it refuses', async () => {
    expectRefused(await (await pack).answer('dog unit kennel costs per dog'));
  });
});

describe('GIVEN a pack that writes "Southvale" only as a name, in one note', () => {
  const pack = makeAssistant(dir);

  it('THEN a question naming Southvale is not answered from a note that does not say it', async () => {
    const answer = await (await pack).answer('how many handlers are in the southvale dog unit');
    expectRefused(answer);
  });

  it('THEN the same question without the name is answered from that note', async () => {
    const answer = await (await pack).answer('how many handlers are in the dog unit');
    expect(answer.text.split('\n')[0]).toMatch(/^The unit has 14 handlers on its strength\./);
  });
});

describe('GIVEN a pack that writes "Eastmoor" only in a tag and an example question, with a capital', () => {
  const pack = makeAssistant(dir);

  it("THEN another unit's figure is not given for Eastmoor's, sure or unsure", async () => {
    const answer = await (await pack).answer('how many handlers are in the eastmoor dog unit');
    expectRefused(answer);
  });
});

describe('GIVEN a pack whose admin tagged a note "cornwall", in lower case, a word English has only as a name', () => {
  const pack = makeAssistant(dir);

  it("THEN another unit's figure is not given for Cornwall's", async () => {
    const answer = await (await pack).answer('how many handlers are in the cornwall dog unit');
    expectRefused(answer);
  });
});

describe('GIVEN a pack that never mentions Kent, Scotland or Wales', () => {
  const pack = makeAssistant(dir);

  it.each([
    'how many handlers are in the kent dog unit',
    'how many handlers are in the dog unit in wales',
    'dog unit handlers scotland',
  ])('WHEN asked "%s" THEN it refuses rather than answer about its own dog unit', async (question) => {
    const answer = await (await pack).answer(question);
    expectRefused(answer);
  });
});

describe('GIVEN a pack that never says "Scottish" or "Welsh", adjectives English has only of a name', () => {
  const pack = makeAssistant(dir);

  it.each(['how many handlers are in the scottish dog unit', 'do welsh police dogs live at the handlers home'])(
    'WHEN asked "%s" THEN it refuses rather than answer about its own dog unit',
    async (question) => {
      expectRefused(await (await pack).answer(question));
    },
  );
});

describe('GIVEN a pack that never mentions Gwent or Avon and Somerset, which English has no entry for', () => {
  const pack = makeAssistant(dir);

  it.each([
    'do gwent police dogs live at the handlers home',
    'do avon and somerset constabulary dogs live at the handlers home',
  ])('WHEN asked "%s" THEN the words before "police" are a force it lacks, and it refuses', async (question) => {
    const answer = await (await pack).answer(question);
    expectRefused(answer);
  });

  it('THEN an everyday word before "police" says what kind, and is answered over', async () => {
    const answer = await (await pack).answer('do traffic police dogs live at the handlers home');
    expect(answer.text.split('\n')[0]).toBe(
      "Each dog lives at its handler's home in a kennel inspected by the unit sergeant. [1]",
    );
  });
});

describe('GIVEN a pack that never mentions the Met', () => {
  const pack = makeAssistant(dir);

  it.each([
    'how many handlers does the met have in the dog unit',
    'how many dog handlers did the mets unit have',
    'how many met police dog handlers are in the unit',
  ])(
    'WHEN asked "%s" THEN a word English has only as a verb, after "the" or before "police", is a name, and it refuses',
    async (question) => {
      const answer = await (await pack).answer(question);
      expectRefused(answer);
    },
  );
});

describe('GIVEN an index built in one thread and restored in another (a live reload)', () => {
  it('THEN it still knows which words the pack writes only as names', async () => {
    const { knowledge } = await loadKnowledge(dir);
    const built = new PassageIndex(knowledge!);
    const restored = await PassageIndex.restore(knowledge!, structuredClone(built.serialise()), async () => {});
    const question = 'how many handlers are in the southvale dog unit';
    const handlers = (index: PassageIndex) =>
      index.find(question, 'public').hits.find((h) => h.passage.noteId === 'dog-unit-handlers')!.missedName;
    expect(handlers(built)).toBe('known');
    expect(handlers(restored)).toBe('known');
  });
});
