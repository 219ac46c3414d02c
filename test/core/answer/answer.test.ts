// Specification of text answers on a small invented pack (not the seed knowledge): quoted
// sentences with numbered citations, honest refusals, visibility, review notices, follow-ups.
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeAssistant } from '../../../src/core/create-assistant.js';
import { MemoryUsageLog } from '../../../src/core/usage/usage-log.js';
import { makeAssistant } from '../../helpers/assistant.js';

let assistant: KnowledgeAssistant;
const log = new MemoryUsageLog();

beforeAll(async () => {
  assistant = await makeAssistant(undefined, { usageLog: log, maxQuestionLength: 200 });
});

describe('GIVEN a policy question the knowledge answers', () => {
  it('THEN the answer quotes the note verbatim and cites its source', async () => {
    const answer = await assistant.answer('Where do I holster the device?');
    expect(answer.status).toBe('answered');
    expect(answer.text).toBe(
      "The device is carried in a holster on the side opposite the officer's baton. It must never be carried in a trouser pocket. [1]",
    );
    expect(answer.citations).toEqual([
      {
        n: 1,
        sourceId: 'manual',
        title: 'Northshire Conducted Energy Device Manual',
        publisher: 'Northshire Police',
        date: '2024-05-01',
        url: 'https://example.org/northshire/ced-manual',
        noteId: 'holster-side',
        snippet:
          "The device is carried in a holster on the side opposite the officer's baton. It must never be carried in a trouser pocket.",
      },
    ]);
  });

  it('THEN a synonym from the knowledge finds the note ("first aid" means aftercare)', async () => {
    const answer = await assistant.answer('what first aid is needed');
    expect(answer.citations[0]?.noteId).toBe('aftercare');
    // The note's own sentence that says the synonym ("Aftercare …") leads.
    expect(answer.text).toMatch(/^Aftercare is part of every deployment, not an afterthought\. \[1\]/);
  });

  it('THEN a typo still finds the note', async () => {
    const answer = await assistant.answer('how often do I recertfy');
    expect(answer.status).toBe('answered');
    expect(answer.citations[0]?.noteId).toBe('recertification');
  });

  it('THEN a half-typed last word is matched as a prefix', async () => {
    const answer = await assistant.answer('where do I holst');
    expect(answer.citations[0]?.noteId).toBe('holster-side');
  });

  it('THEN a note past its review date is flagged in the answer and the citation', async () => {
    const answer = await assistant.answer('How often do I need to recertify?');
    expect(answer.notices).toEqual([
      '"Annual recertification" was due for review on 2021-01-01: check it is still current.',
    ]);
    expect(answer.citations[0]?.reviewDue).toBe(true);
  });
});

describe('GIVEN a question outside the knowledge', () => {
  it.each([
    'what time does the canteen open',
    'stop and search policy',
    'who won the football last night',
    'pension contributions for sergeants',
  ])('THEN "%s" gets an honest no_answer with suggestions, never a snippet', async (question) => {
    const answer = await assistant.answer(question);
    expect(answer.status).toBe('no_answer');
    expect(answer.text).toBe("I can't find that in my knowledge. The nearest topics I know about:");
    expect(answer.citations).toEqual([]);
    expect(answer.suggestions.length).toBeGreaterThan(0);
  });

  it('THEN an empty or punctuation-only question asks for a question', async () => {
    for (const q of ['', '   ', '???', '\u200b\u0000']) {
      const answer = await assistant.answer(q);
      expect(answer.status).toBe('no_answer');
      expect(answer.citations).toEqual([]);
    }
    expect((await assistant.answer('')).text).toBe(
      'Ask me a question about the policy or the figures in my knowledge, for example:',
    );
  });

  it('THEN an over-long question is refused politely with the limit', async () => {
    const answer = await assistant.answer(`holster ${'x'.repeat(300)}`);
    expect(answer.status).toBe('no_answer');
    expect(answer.text).toBe(
      'That question is too long (308 characters; the limit is 200). Please ask it in fewer words.',
    );
  });

  it('THEN accents and emoji do not get in the way', async () => {
    const answer = await assistant.answer('Where do I hölster the dévice? 🚓');
    expect(answer.status).toBe('answered');
    expect(answer.citations[0]?.noteId).toBe('holster-side');
  });

  it('THEN markup and mentions in a question give a well-formed answer, not an error', async () => {
    const answer = await assistant.answer('<!channel> @everyone <script>alert(1)</script> \u202e holster');
    expect(['answered', 'no_answer']).toContain(answer.status);
    expect(answer.text).not.toContain('<script>');
  });
});

describe('GIVEN notes marked internal', () => {
  it('THEN a public audience never sees them, in answers, suggestions or completions', async () => {
    const publicAnswer = await assistant.answer('When do I check the battery?', { audience: 'public' });
    expect(publicAnswer.status).toBe('no_answer');
    expect(JSON.stringify([publicAnswer.text, publicAnswer.citations, publicAnswer.suggestions])).not.toMatch(
      /battery/i,
    );
    expect(assistant.complete('batt', 'public')).toEqual([]);
    expect(assistant.overview('public').examples.join(' ')).not.toMatch(/battery/i);
  });

  it('THEN an internal audience gets the note', async () => {
    const answer = await assistant.answer('When do I check the battery?', { audience: 'internal' });
    expect(answer.text).toBe(
      'The battery level is checked at the start of every shift. A battery below twenty percent is replaced before patrol. [1]',
    );
    expect(new Set(assistant.complete('batt', 'internal'))).toEqual(
      new Set(['When do I check the battery?', 'Daily battery check']),
    );
  });
});

describe('GIVEN the assistant keeps recent answers and logs use', () => {
  it('THEN recall returns an earlier answer by id, and feedback is logged with the cited notes', async () => {
    const answer = await assistant.answer('Who removes the barbs?', { userId: 'slack:U1', platform: 'slack' });
    expect(await assistant.recall(answer.id)).toEqual(answer);
    await assistant.feedback(answer.id, 'down', { userId: 'slack:U1', platform: 'slack' });
    const events = log.events.filter((e) => e.answerId === answer.id);
    expect(events.map((e) => e.type)).toEqual(['question', 'feedback']);
    expect(events[1]).toMatchObject({ vote: 'down', notes: ['aftercare'], platform: 'slack' });
    expect(events[0]?.user).toMatch(/^[0-9a-f]{16}$/);
    expect(JSON.stringify(events)).not.toContain('U1');
  });

  it('THEN completion offers whole questions for a half-typed word', () => {
    expect(assistant.complete('where do I hol')[0]).toBe('Where do I holster the device?');
    expect(assistant.complete('', 'public', 2)).toHaveLength(2);
    expect(assistant.complete('where do')).toEqual(['Where do I holster the device?']);
  });

  it('THEN the overview describes what the knowledge holds', () => {
    const o = assistant.overview('public');
    expect(o.topics).toEqual([
      { topic: 'carry', notes: 1 },
      { topic: 'use', notes: 1 },
      { topic: 'training', notes: 1 },
    ]);
    expect(o.forces).toEqual([
      { id: 'northshire', name: 'Northshire Police' },
      { id: 'westmarch', name: 'Westmarch Constabulary' },
    ]);
    expect(o.periods.map((p) => p.label)).toEqual(['April 2019 – March 2020', 'April 2020 – March 2021']);
    expect(o.overdueReviews).toBe(1);
    expect(o.notes).toBe(3);
  });
});
